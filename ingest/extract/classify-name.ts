// Types a capitalised name by its head word: "… Party", "… Fund", "Ministry of …", "… Ltd", "… Institute".
import type { EntityType } from '../../core/types.ts';
import type { Signals } from './gazetteer.ts';

/** A type guess and how sure the head word makes it (2 strong, 1 weak). */
export interface TypeGuess {
  type: EntityType;
  strength: 1 | 2;
}

const STRONG_GOVERNMENT = new Set([
  'ministry', 'department', 'parliament', 'senate', 'congress', 'assembly', 'agency', 'authority', 'bureau',
  'administration', 'directorate', 'police', 'army', 'navy', 'treasury', 'cabinet', 'court', 'legislature',
  'government', 'inspectorate', 'regulator', 'forces', 'duma', 'knesset', 'commissioner', 'corps', 'registry',
]);
const GOVERNMENT_QUALIFIERS = new Set([
  'national', 'federal', 'state', 'parliamentary', 'senate', 'house', 'royal', 'foreign', 'interior', 'justice',
  'defence', 'defense', 'security', 'intelligence', 'cyber', 'public', 'home', 'finance', 'treasury', 'select',
  'standing', 'joint', 'european', 'supreme', 'constitutional', 'central', 'presidential', 'municipal', 'city',
  'county', 'general', 'armed', 'congressional', 'government', 'ministerial', 'cabinet', 'commons', 'lords',
  'standards', 'privileges', 'liaison', 'appropriations', 'intelligence', 'oversight', 'judiciary', 'advisory',
]);

// Policy areas that make a committee or commission an official one: "Trade and Industry Committee",
// "Securities and Exchange Commission", "Electoral Commission".
const POLICY_AREAS = new Set([
  'trade', 'industry', 'science', 'technology', 'health', 'education', 'transport', 'environment', 'energy',
  'culture', 'media', 'sport', 'agriculture', 'fisheries', 'work', 'pensions', 'affairs', 'justice', 'securities',
  'exchange', 'competition', 'electoral', 'election', 'communications', 'business', 'enterprise', 'innovation',
  'skills', 'housing', 'welfare', 'immigration', 'employment', 'procedure', 'accounts', 'budget', 'banking',
  'audit', 'ethics', 'equality', 'taxation', 'monopolies', 'mergers', 'utilities', 'constitution', 'regulatory',
]);
const POLICY_HEADS = new Set(['committee', 'commission']);
const POLITICAL_CREEDS = new Set(['muslim', 'awami', 'democracy', 'democratic', 'national', 'people', 'peoples', 'socialist', 'liberal', 'communist', 'conservative', 'nationalist', 'unionist', 'republican', 'labour', 'workers']);
// Fields a parliament's committees cover, beyond POLICY_AREAS ("the foreign affairs committee").
const COMMITTEE_FIELDS = new Set([...POLICY_AREAS, 'foreign', 'home', 'defence', 'defense', 'treasury', 'public', 'international', 'development', 'finance', 'intelligence', 'security', 'standards', 'privileges', 'liaison', 'transport', 'constitutional', 'administration', 'digital', 'armed', 'services', 'judiciary', 'appropriations', 'oversight', 'foreign affairs', 'investment', 'export', 'exports', 'economy', 'economic', 'planning', 'commerce', 'labour', 'labor', 'interior', 'communications']);
COMMITTEE_FIELDS.delete('audit');
COMMITTEE_FIELDS.delete('ethics');

/** A word naming a field of government ("trade", "science", "foreign"): it makes a committee a parliament's. */
export function isCommitteeField(word: string): boolean {
  return COMMITTEE_FIELDS.has(word);
}

/**
 * Guesses the type of a multiword name from its words (lower case), or undefined when no head
 * word says. `countryInside` tells whether a country or demonym is part of the name.
 * @example classifyName(['socialist','left','party'], signals) → {type:'PoliticalParty', strength:2}
 */
export function classifyName(words: string[], signals: Signals, countryInside = false): TypeGuess | undefined {
  if (words.length === 0) return undefined;
  const ofIndex = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on' || w === 'against'));
  if (ofIndex > 0) {
    // "Ministry of Foreign Affairs", "Institute of Directors": the head before "of" decides; else the
    // tail's own head ("Church of England Pensions Board").
    const head = words.slice(0, ofIndex);
    const tail = words.slice(ofIndex + 1);
    if (OF_HEADS.has(head[head.length - 1]!)) return classifyHead(words, head, signals, countryInside);
    return classifyHead(words, tail, signals, countryInside) ?? classifyHead(words, head, signals, countryInside);
  }
  return classifyHead(words, words, signals, countryInside);
}

const OF_HEADS = new Set([
  'ministry', 'department', 'institute', 'university', 'college', 'school', 'bank', 'committee', 'commission',
  'council', 'office', 'bureau', 'house', 'court', 'federation', 'association', 'society', 'academy', 'union',
  'league', 'party', 'movement', 'front', 'alliance', 'chamber', 'board', 'agency', 'authority', 'service',
  'museum', 'coalition', 'organisation', 'organization', 'embassy', 'parliament', 'assembly', 'congress',
  'senate', 'centre', 'center', 'foundation', 'fund', 'staff', 'forces', 'government',
]);

function classifyHead(words: string[], head: string[], signals: Signals, countryInside: boolean): TypeGuess | undefined {
  if (head.length === 0) return undefined;
  const last = head[head.length - 1]!;
  const lastTwo = head.length >= 2 ? `${head[head.length - 2]} ${last}` : '';
  const lastThree = head.length >= 3 ? `${head[head.length - 3]} ${lastTwo}` : '';
  const multi = words.length >= 2;

  if (multi && (signals.partySuffixes.has(last) && (last === 'party' || /s$/.test(last) || last === 'front' || last === 'movement'))) {
    if (last === 'party' || last === 'front' || last === 'movement' || /^(democrats|republicans|socialists|conservatives|liberals|greens)$/.test(last))
      return { type: 'PoliticalParty', strength: 2 };
  }
  for (const phrase of [lastThree, lastTwo]) {
    if (phrase && signals.fundSuffixes.has(phrase)) return { type: 'Fund', strength: 2 };
  }
  if (multi && signals.fundSuffixes.has(last)) return { type: 'Fund', strength: last === 'capital' ? 1 : 2 };
  if (multi && STRONG_GOVERNMENT.has(last)) return { type: 'GovernmentBody', strength: 2 };
  for (const phrase of [lastThree, lastTwo]) {
    if (phrase && signals.governmentSuffixes.has(phrase)) return { type: 'GovernmentBody', strength: 2 };
  }
  if (multi && signals.companySuffixes.has(last)) {
    if (last === 'exchange' && words.includes('stock')) return { type: 'Company', strength: 2 };
    if (['bank', 'banking'].includes(last) && (words.includes('central') || words.includes('national') && countryInside))
      return { type: 'GovernmentBody', strength: 1 };
    return { type: 'Company', strength: 2 };
  }
  if (multi && signals.governmentSuffixes.has(last)) {
    // "National Cyber Security Centre", "Security Council", "Intelligence and Security Committee".
    if (countryInside || words.some((w) => GOVERNMENT_QUALIFIERS.has(w))) return { type: 'GovernmentBody', strength: 2 };
    if (POLICY_HEADS.has(last) && words.some((w) => POLICY_AREAS.has(w))) return { type: 'GovernmentBody', strength: 2 };
    return { type: 'Organization', strength: 1 };
  }
  // "Awami League", "Pakistan Muslim League": a league of a political creed is a party.
  if (multi && last === 'league' && (countryInside || words.some((w) => POLITICAL_CREEDS.has(w)))) return { type: 'PoliticalParty', strength: 2 };
  if (multi && signals.organizationSuffixes.has(last)) {
    if ((last === 'centre' || last === 'center' || last === 'council' || last === 'commission') && words.some((w) => GOVERNMENT_QUALIFIERS.has(w)))
      return { type: 'GovernmentBody', strength: 2 };
    if (POLICY_HEADS.has(last) && words.some((w) => POLICY_AREAS.has(w))) return { type: 'GovernmentBody', strength: 2 };
    return { type: 'Organization', strength: 2 };
  }
  if (multi && signals.placeSuffixes.has(last)) return { type: 'Place', strength: 2 };
  return undefined;
}

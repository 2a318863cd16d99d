// Affiliations without a role word or body next to the name: "Tory Dominic Grieve", "Ana Diaz, from Oxfam,", "said chief executive X" (the company in view).
import type { Mention } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { HONORIFICS } from './lexicon.ts';
import { isEntity, isPunct, isWordUnit } from './scan.ts';
import type { SentenceUnits, Unit } from './units.ts';

const BODY_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'Fund']);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'warned', 'argued', 'explained', 'insisted', 'claimed', 'believes', 'thinks']);

/** Corporate titles that, with no body named, belong to the company the text is about. */
const CORPORATE_TITLES: Array<[string[], 'LEADS' | 'WORKS_FOR']> = [
  [['chief', 'executive', 'officer'], 'LEADS'],
  [['chief', 'executive'], 'LEADS'],
  [['ceo'], 'LEADS'],
  [['managing', 'director'], 'LEADS'],
  [['chairman'], 'LEADS'],
  [['chairwoman'], 'LEADS'],
  [['finance', 'director'], 'WORKS_FOR'],
  [['chief', 'financial', 'officer'], 'WORKS_FOR'],
  [['chief', 'operating', 'officer'], 'WORKS_FOR'],
  [['company', 'spokesman'], 'WORKS_FOR'],
  [['company', 'spokeswoman'], 'WORKS_FOR'],
];

/** Title words ending right before unit `end` (exclusive), across honorifics; the relation they give. */
function corporateTitleBefore(units: Unit[], end: number): { start: number; type: 'LEADS' | 'WORKS_FOR' } | null {
  let e = end;
  while (isWordUnit(units[e - 1]) && HONORIFICS.has((units[e - 1] as { w: string }).w)) e--;
  for (const [words, type] of CORPORATE_TITLES) {
    const start = e - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => isWordUnit(units[start + k], w))) return { start, type };
  }
  return null;
}

/**
 * The company a bare title refers to: the only company named in this sentence, else the only one
 * named in the sentence before.
 */
function companyInView(su: SentenceUnits, previous: Mention[]): Mention | null {
  const here = new Map<string, Mention>();
  for (const u of su.units) if (isEntity(u) && u.m.type === 'Company') here.set(u.m.name, u.m);
  if (here.size === 1) return [...here.values()][0]!;
  if (here.size > 1) return null;
  const before = new Map<string, Mention>();
  for (const m of previous) if (m.type === 'Company') before.set(m.name, m);
  return before.size === 1 ? [...before.values()][0]! : null;
}

/** Whether a body after "from"/"of" closes the phrase: a comma, a speech verb, a bracket or the end. */
function closesAffiliation(u: Unit | undefined): boolean {
  return !u || isPunct(u, ',', ')', '-', ':') || (u.k === 'w' && SPEECH.has(u.w));
}

/**
 * Reads affiliations that carry no role word next to a body, in one sentence. `previous` holds
 * the mentions of the sentence before, for titles whose company is named there.
 */
export function matchAffiliations(su: SentenceUnits, out: Candidate[], previous: Mention[] = []): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u)) continue;

    // "Tory Dominic Grieve", "Republican Ann Cole": a party name or adjective right before a person.
    if (u.m.type === 'PoliticalParty' && !u.poss) {
      const next = units[i + 1];
      if (isEntity(next) && next.m.type === 'Person' && !isWordUnit(units[i - 1], 'of', 'for', 'from', 'to')) {
        addCandidate(out, next.m, 'MEMBER_OF', u.m, 0.7, 'party-before-person');
      }
      continue;
    }
    if (u.m.type !== 'Person') continue;

    // "Ana Diaz, from Oxfam, said" / "Ana Diaz of Oxfam said" / "(Ana Diaz, from Oxfam)"
    let j = i + 1;
    const comma = isPunct(units[j], ',');
    if (comma) j++;
    if (isWordUnit(units[j], 'from', 'of', 'at')) {
      let k = j + 1;
      if (isWordUnit(units[k], 'the')) k++;
      const body = units[k];
      if (isEntity(body) && BODY_TYPES.has(body.m.type) && !body.poss && closesAffiliation(units[k + 1]) && (comma || (units[j] as { w: string }).w !== 'from')) {
        addCandidate(out, u.m, 'WORKS_FOR', body.m, 0.65, 'person-from-body');
      }
    }

    // "said chief executive Alan Lovell": the title's company is the one in view.
    const title = corporateTitleBefore(units, i);
    if (title) {
      const before = units[title.start - 1];
      // A body right before the title is read by the role patterns ("Acme chief executive X").
      if (isEntity(before)) continue;
      const company = companyInView(su, previous);
      if (company) addCandidate(out, u.m, title.type, company, 0.55, 'title-company-in-view');
    }
  }
}

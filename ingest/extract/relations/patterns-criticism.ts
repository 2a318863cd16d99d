// Criticism constructions beyond plain verbs: "branded X's handling 'scandalous'", "X came under fire from Y", "called for X to resign", "questioned X's judgement", "deplored the infighting at X", "X's plans were attacked by Y".
import { addCandidate, type Candidate } from './candidate.ts';
import {
  addPairs,
  BE_FORMS,
  findObject,
  findSubject,
  isEntity,
  isMainVerb,
  isNegation,
  isPunct,
  isWordUnit,
} from './scan.ts';
import type { Mention } from '../types.ts';
import type { SentenceUnits, Unit, WordUnit } from './units.ts';

/** Verbs that pin a label on something: the label decides whether it is criticism. */
const LABEL_VERBS = new Set([
  'branded',
  'brand',
  'brands',
  'branding',
  'labelled',
  'labeled',
  'label',
  'labels',
  'dubbed',
  'dub',
  'dubs',
  'described',
  'describe',
  'describes',
  'describing',
  'called',
  'call',
  'calls',
  'calling',
  'termed',
]);

/** Negative verdicts that make a label a criticism ("scandalous", "a disgrace"). */
export const NEGATIVE_VERDICTS = new Set([
  'scandalous',
  'scandal',
  'disgraceful',
  'disgrace',
  'shameful',
  'shambles',
  'appalling',
  'outrageous',
  'outrage',
  'ridiculous',
  'absurd',
  'unacceptable',
  'irresponsible',
  'reckless',
  'dangerous',
  'deplorable',
  'disastrous',
  'disaster',
  'fiasco',
  'farce',
  'incompetent',
  'hypocritical',
  'hypocrisy',
  'cynical',
  'dishonest',
  'shocking',
  'appalled',
  'inadequate',
  'misguided',
  'wrong',
  'unfair',
  'unjust',
  'illegal',
  'immoral',
  'morally',
  'bankrupt',
  'pathetic',
  'contemptible',
  'insulting',
  'insult',
  'betrayal',
  'failure',
  'flawed',
  'chaotic',
  'chaos',
  'nonsense',
  'mess',
  'laughable',
  'abysmal',
  'woeful',
  'lamentable',
  'unforgivable',
  'indefensible',
  'crazy',
  'madness',
  'sham',
  'cover-up',
  'whitewash',
  'inconsistent',
  'excessive',
  'unjustified',
  'unwarranted',
  'misleading',
  'negligent',
  'unlawful',
  'corrupt',
  'damaging',
  'harmful',
  'inappropriate',
  'unethical',
  'unreasonable',
  'counterproductive',
  'counter-productive',
  'complacent',
  'arrogant',
  'secretive',
  'deceitful',
  'untrue',
  'vacuous',
  'rubbish',
  'charade',
  'ill-judged',
  'ill-conceived',
  'unworkable',
  'divisive',
  'threat',
  'menace',
  'liability',
  'poor',
  'piecemeal',
  'joke',
  'botched',
  'shoddy',
  'feeble',
  'inept',
  'half-hearted',
  'lacklustre',
  'derisory',
  'paltry',
  'insufficient',
]);

/** Words of a demand that someone leaves office: "called for X to resign". */
const DEPARTURE_WORDS = new Set([
  'resign',
  'quit',
  'go',
  'step',
  'stand',
  'be',
  'leave',
  'apologise',
  'apologize',
  'face',
]);
const DEMAND_VERBS = new Set([
  'called',
  'call',
  'calls',
  'calling',
  'urged',
  'urge',
  'urges',
  'urging',
  'demanded',
  'demand',
  'demands',
  'demanding',
  'challenged',
  'challenge',
  'challenges',
  'wants',
  'want',
  'wanted',
]);
/** Words after "go", "step", "stand" that make no departure: "go ahead", "stand for election". */
const NO_DEPARTURE_AFTER = new Set([
  'ahead',
  'further',
  'on',
  'back',
  'through',
  'into',
  'to',
  'for',
  'beyond',
  'up',
  'in',
  'as',
]);
/** What one questions when one doubts someone: "questioned X's judgement". */
const DOUBTED_NOUNS = new Set([
  'judgement',
  'judgment',
  'competence',
  'motives',
  'figures',
  'claims',
  'claim',
  'credibility',
  'integrity',
  'handling',
  'record',
  'account',
  'honesty',
  'commitment',
  'decision',
  'leadership',
  'conduct',
  'version',
  'assurances',
  'logic',
  'wisdom',
  'ability',
  'sincerity',
  'independence',
  'numbers',
  'data',
  'methods',
  'accounting',
  'explanation',
  'justification',
  'legitimacy',
  'legality',
  'fitness',
  'suitability',
  'impartiality',
  'use',
  'treatment',
  'response',
  'performance',
  'approach',
  'policies',
  'policy',
  'strategy',
  'stewardship',
  'oversight',
]);
const FIRE_NOUNS = new Set(['fire', 'attack', 'criticism', 'scrutiny', 'assault']);
const COME_VERBS = new Set(['came', 'come', 'comes', 'coming', 'been']);
const QUESTION_VERBS = new Set([
  'questioned',
  'questions',
  'questioning',
  'queried',
  'challenged',
  'challenges',
  'challenging',
  'doubted',
  'disputed',
]);

function negatedBefore(units: Unit[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (isNegation(units[j])) return true;
  return false;
}

function emit(
  out: Candidate[],
  units: Unit[],
  sources: number[],
  targets: number[],
  confidence: number,
  pattern: string,
): void {
  addPairs(out, units, sources, targets, 'CRITICIZED', confidence, pattern);
}

/** Index of a negative verdict within `reach` units after `from`, before a sentence break; -1 when none. */
function verdictAfter(units: Unit[], from: number, reach: number): number {
  for (let j = from; j < units.length && j < from + reach; j++) {
    const u = units[j]!;
    if (u.k === 'p' && (u.p === ';' || u.p === ':')) return -1;
    if (u.k === 'w' && NEGATIVE_VERDICTS.has(u.w)) return j;
  }
  return -1;
}

function isFireNoun(u: Unit | undefined): boolean {
  return isWordUnit(u) && FIRE_NOUNS.has(u.w);
}

/** The entity a passive label is about: the nearest one before the verb "be" at `be`, across a few nouns ("X's bonus scheme was …"). */
function labelledBefore(units: Unit[], be: number): number {
  for (let j = be - 1; j >= 0 && j >= be - 5; j--) {
    const u = units[j]!;
    if (isEntity(u)) return j;
    if (u.k !== 'w' || !u.tags.has('Noun') || isNegation(u)) return -1;
  }
  return -1;
}

/** Stems of verbs that criticise their object. */
const CRITICAL_STEMS = [
  'criticis',
  'criticiz',
  'condemn',
  'deplor',
  'denounc',
  'lambast',
  'attack',
  'slam',
  'blast',
  'castigat',
  'decr',
  'berat',
];
const BODY_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'Fund', 'PoliticalParty']);
/** Nouns of what a body does or plans: "Moves to lift X's ban were condemned by Y". */
const DOING_NOUNS = new Set([
  'moves',
  'move',
  'plans',
  'plan',
  'proposals',
  'proposal',
  'decision',
  'attempts',
  'attempt',
  'bid',
  'policy',
  'policies',
  'reforms',
  'changes',
  'cuts',
  'scheme',
  'handling',
  'stance',
  'approach',
  'deal',
  'strategy',
  'budget',
]);

// Checked on every word: a set of four-letter heads first, the stems only for the few that match.
const CRITICAL_HEADS = new Set(CRITICAL_STEMS.map((stem) => stem.slice(0, 4)));

function isCriticalVerb(w: string): boolean {
  if (!CRITICAL_HEADS.has(w.slice(0, 4))) return false;
  return (
    CRITICAL_STEMS.some((stem) => w.startsWith(stem)) &&
    !w.endsWith('ism') &&
    !w.endsWith('isms') &&
    !w.endsWith('ics') &&
    !w.endsWith('ic')
  );
}

/** "deplored the infighting at X", "condemned conditions within X": a body's internal trouble criticises the body. */
function matchTroubleAt(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (isWordUnit(units[i - 1]) && BE_FORMS.has((units[i - 1] as { w: string }).w)) return;
  let j = i + 1;
  if (isWordUnit(units[j], 'the', 'a', 'an')) j++;
  const first = j;
  while (
    j < first + 3 &&
    isWordUnit(units[j]) &&
    !isMainVerb(units[j] as WordUnit) &&
    !isWordUnit(units[j], 'at', 'within', 'of', 'in', 'by', 'and')
  )
    j++;
  if (j === first || !isWordUnit(units[j], 'at', 'within')) return;
  const at = isWordUnit(units[j + 1], 'the') ? j + 2 : j + 1;
  const body = units[at];
  if (!isEntity(body) || body.poss || !BODY_TYPES.has(body.m.type)) return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated) emit(out, units, subject.members, [at], 0.6, 'criticism-trouble-at');
}

/** Named agents after "by": "by Y", "by rights groups and Y". */
function agentsAfterBy(su: SentenceUnits, by: number): number[] | null {
  const direct = findObject(su, by + 1, 3);
  if (direct) return direct;
  const units = su.units;
  for (let j = by + 1; j < units.length && j < by + 6; j++) {
    const u = units[j]!;
    if (u.k !== 'w') return null;
    if (
      u.w === 'and' &&
      isWordUnit(units[j - 1]) &&
      (units[j - 1] as { tags: Set<string> }).tags.has('Plural')
    )
      return findObject(su, j + 1, 2);
  }
  return null;
}

/**
 * "Moves to lift the EU's ban have been condemned by Y", "Tory plans were attacked by Y": the
 * sentence opens with a body's doing, the agent criticises the body.
 */
function matchPassiveDoing(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let be = i - 1;
  while (
    be >= 0 &&
    isWordUnit(units[be]) &&
    !BE_FORMS.has((units[be] as { w: string }).w) &&
    (units[be] as { tags: Set<string> }).tags.has('Adverb')
  )
    be--;
  if (!isWordUnit(units[be]) || !BE_FORMS.has((units[be] as { w: string }).w)) return;
  let by = i + 1;
  while (by < units.length && by < i + 3 && !isWordUnit(units[by], 'by')) by++;
  if (!isWordUnit(units[by], 'by')) return;
  // The opening noun phrase: "(the) [Tory] moves/plans …" up to the verb "be".
  let j = 0;
  while (isWordUnit(units[j], 'the', 'but', 'and', 'however', 'new', 'latest', 'controversial')) j++;
  let target = -1;
  const opener = units[j];
  if (
    isEntity(opener) &&
    !opener.demonym &&
    BODY_TYPES.has(opener.m.type) &&
    isWordUnit(units[j + 1]) &&
    DOING_NOUNS.has((units[j + 1] as { w: string }).w)
  ) {
    target = j; // "Tory plans", "the Kelbrook deal", "Kelbrook's plans"
  } else if (isWordUnit(units[j]) && DOING_NOUNS.has((units[j] as { w: string }).w)) {
    // "Moves to lift the EU's ban …", "Plans by X to …": the possessor or the agent named inside.
    for (let k = j + 1; k < be; k++) {
      const u = units[k]!;
      if (u.k === 'p' && u.p !== '-') break;
      if (u.k === 'w' && isMainVerb(u) && !isWordUnit(units[k - 1], 'to')) break;
      if (isEntity(u) && !u.demonym && (u.poss || isWordUnit(units[k - 1], 'by'))) {
        target = k;
        break;
      }
    }
  }
  if (target < 0) return;
  for (let k = target + 1; k < be; k++) if (isPunct(units[k], ',', ';', ':')) return;
  const agents = agentsAfterBy(su, by);
  if (agents) emit(out, units, agents, [target], 0.6, 'criticism-passive-doing');
}

const DISMISS_VERBS = new Set([
  'dismissed',
  'dismisses',
  'dismiss',
  'dismissing',
  'derided',
  'derides',
  'ridiculed',
  'ridicules',
  'mocked',
  'mocks',
]);
/** "dismissed X as chief executive" removes someone from a post: no verdict. */
const POST_WORDS = new Set([
  'chief',
  'chairman',
  'chairwoman',
  'head',
  'director',
  'manager',
  'coach',
  'minister',
  'secretary',
  'president',
  'editor',
  'boss',
  'ceo',
  'leader',
  'governor',
  'member',
]);

/** "Y dismissed X's budget as 'vote now, pay later'", "dismissed the Tories as a fading force": dismissal is a verdict. */
function matchDismissedAs(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (isWordUnit(units[i - 1]) && BE_FORMS.has((units[i - 1] as WordUnit).w)) return;
  const objects = findObject(su, i + 1, 3);
  if (!objects) return;
  let j = objects[objects.length - 1]! + 1;
  for (let n = 0; n < 4 && j < units.length && !isWordUnit(units[j], 'as'); n++, j++) {
    const u = units[j]!;
    if (u.k !== 'w' || isMainVerb(u)) return;
  }
  if (!isWordUnit(units[j], 'as')) return;
  let k = j + 1;
  if (isWordUnit(units[k], 'a', 'an', 'the')) k++;
  if (isWordUnit(units[k]) && POST_WORDS.has((units[k] as WordUnit).w)) return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated) emit(out, units, subject.members, objects, 0.6, 'criticism-dismissed-as');
}

const ADDRESS_TITLES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady']);

/** Where the person asked to go stands after a demand verb: "called for X", "wants X", "wants a date set for X"; -1 when none. */
function demandedAt(units: Unit[], i: number): number {
  let j = i + 1;
  if (isWordUnit(units[j], 'for', 'on', 'that')) j++;
  while (isWordUnit(units[j]) && ADDRESS_TITLES.has((units[j] as WordUnit).w) && j < i + 4) j++;
  if (isEntity(units[j])) return j;
  // "wants a date to be set for Mr X to be replaced"
  for (let k = i + 1; k < units.length && k < i + 9; k++) {
    const w = units[k]!;
    if (w.k !== 'w') return -1;
    if (w.w === 'for') {
      let e = k + 1;
      if (isWordUnit(units[e]) && ADDRESS_TITLES.has((units[e] as WordUnit).w)) e++;
      return isEntity(units[e]) ? e : -1;
    }
  }
  return -1;
}

/** "Y called for X to resign", "Y wants X to be replaced as leader", "Y challenged X to stand down": true when read. */
function matchDemandDeparture(su: SentenceUnits, i: number, out: Candidate[]): boolean {
  const units = su.units;
  const j = demandedAt(units, i);
  const target = units[j];
  if (!isEntity(target) || target.poss) return false;
  const group = su.groupOf.get(j);
  const targets = group ? group.members.filter((m) => m >= j) : [j];
  let after = targets[targets.length - 1]! + 1;
  // "demanded that Y resign" / "that Y should resign": the bare verb stands where "to" would.
  if (isWordUnit(units[i + 1], 'that')) {
    if (!isWordUnit(units[after], 'should', 'must')) after--;
  } else if (!isWordUnit(units[after], 'to')) return false;
  const verb = units[after + 1];
  const next = units[after + 2];
  if (!isWordUnit(verb) || !DEPARTURE_WORDS.has(verb.w)) return false;
  if (
    verb.w === 'be' &&
    !isWordUnit(
      next,
      'sacked',
      'fired',
      'dismissed',
      'removed',
      'suspended',
      'replaced',
      'prosecuted',
      'investigated',
      'expelled',
      'ousted',
      'deselected',
    )
  )
    return false;
  if (verb.w === 'face' && !isWordUnit(next, 'charges', 'prosecution', 'justice', 'sanctions', 'inquiry'))
    return false;
  if ((verb.w === 'step' || verb.w === 'stand') && !isWordUnit(next, 'down', 'aside')) return false;
  if (verb.w === 'go' && isWordUnit(next) && NO_DEPARTURE_AFTER.has(next.w)) return false;
  // "wants the UK to leave the EU" is no demand that a person goes.
  if (verb.w === 'leave' && target.m.type !== 'Person') return false;
  const subject = findSubject(su, i);
  if (!subject || subject.negated) return false;
  emit(out, units, subject.members, targets, 0.7, 'criticism-demand-departure');
  return true;
}

/** Nouns of a verbal attack and the prepositions that name its target: "X's attack on Y", "a broadside at Y". */
const ATTACK_NOUNS = new Map<string, Set<string>>([
  ['attack', new Set(['on', 'against'])],
  ['attacks', new Set(['on', 'against'])],
  ['onslaught', new Set(['on', 'against'])],
  ['criticism', new Set(['of'])],
  ['criticisms', new Set(['of'])],
  ['condemnation', new Set(['of'])],
  ['denunciation', new Set(['of'])],
  ['complaint', new Set(['against', 'about'])],
  ['complaints', new Set(['against', 'about'])],
  ['broadside', new Set(['at', 'against', 'on'])],
  ['swipe', new Set(['at'])],
  ['tirade', new Set(['against', 'at', 'on'])],
  ['rebuke', new Set(['of', 'to'])],
  ['anger', new Set(['at', 'over', 'with'])],
  ['outrage', new Set(['at', 'over'])],
  ['fury', new Set(['at', 'over'])],
]);
/** Attacks that may be military when a country makes them or suffers them ("Russia's attack on Ukraine"). */
const ARMED_NOUNS = new Set(['attack', 'attacks', 'onslaught']);
/** Verbs that make an attack or bring a case: "launched a broadside at Y", "filed a complaint against Y". */
const LAUNCH_VERBS = new Set([
  'voiced',
  'voices',
  'expressed',
  'expresses',
  'vented',
  'launched',
  'launches',
  'launch',
  'launching',
  'made',
  'makes',
  'make',
  'mounted',
  'mounts',
  'delivered',
  'unleashed',
  'issued',
  'lodged',
  'lodges',
  'lodge',
  'filed',
  'files',
  'file',
  'opened',
  'opens',
  'open',
  'brought',
  'brings',
  'bring',
  'took',
  'takes',
  'take',
  'began',
  'begins',
  'started',
  'starts',
  'initiated',
  'renewed',
  'stepped',
]);
/** Cases one brings against someone: "launched proceedings against Y". */
const CASE_NOUNS = new Set([
  'proceedings',
  'action',
  'case',
  'lawsuit',
  'suit',
  'charges',
  'investigation',
  'probe',
  'complaint',
  'complaints',
]);
const NOUN_OPENERS = new Set([
  'a',
  'an',
  'the',
  'fresh',
  'new',
  'fierce',
  'stinging',
  'scathing',
  'strong',
  'bitter',
  'blistering',
  'furious',
  'angry',
  'formal',
  'legal',
  'latest',
  'further',
  'personal',
  'sharp',
  'public',
  'outspoken',
  'antitrust',
  'official',
  'separate',
  'similar',
]);
const PERSON_POSSESSIVES = new Set(['his', 'her']);
const BODY_POSSESSIVES = new Set(['its', 'their']);

/** Words that make an act only possible or wished: "were X to take action", "could launch". */
const HEDGES = new Set([
  'to',
  'if',
  'whether',
  'unless',
  'could',
  'would',
  'might',
  'may',
  'should',
  'were',
  'threatened',
  'threatens',
  'considering',
  'consider',
  'considered',
]);

/** Whether a hedge stands in the few words before the verb at i (its clause only). */
function hedgedBefore(units: Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const u = units[j]!;
    if (u.k === 'p' && u.p !== '-') return false;
    if (u.k === 'w' && HEDGES.has(u.w)) return true;
  }
  return false;
}

/** The nearest entity before i of a person (or a body), for "his"/"its". */
function possessorBefore(units: Unit[], i: number, person: boolean): number {
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j];
    if (!isEntity(u) || u.demonym) continue;
    if (person ? u.m.type === 'Person' : BODY_TYPES.has(u.m.type)) return j;
  }
  return -1;
}

/**
 * "X's attack on Y", "his attack on Labour", "X launched a broadside at Y", "X filed a complaint against Y",
 * "the regulator launched proceedings against Y": the maker of the attack or case criticises its target.
 * `previous` are the persons of the sentence before, for a "his" with no person before it.
 */
export function matchAttackNoun(su: SentenceUnits, i: number, out: Candidate[], previous?: Mention[]): void {
  const units = su.units;
  const u = units[i];
  if (!isWordUnit(u)) return;
  const preps = ATTACK_NOUNS.get(u.w);
  const isCase = CASE_NOUNS.has(u.w);
  if (!preps && !isCase) return;
  const prep = units[i + 1];
  if (!isWordUnit(prep) || !((preps && preps.has(prep.w)) || (isCase && prep.w === 'against'))) return;
  const targets = findObject(su, i + 2, 3, true);
  if (!targets) return;
  // The maker: a possessor, a possessive pronoun, or the subject of a verb that launches it.
  let j = i - 1;
  while (
    j > i - 4 &&
    isWordUnit(units[j]) &&
    NOUN_OPENERS.has((units[j] as WordUnit).w) &&
    !isEntity(units[j])
  )
    j--;
  const before = units[j];
  let sources: number[] | null = null;
  let external: Mention[] | null = null;
  if (isEntity(before) && before.poss) sources = [j];
  else if (isWordUnit(before) && (PERSON_POSSESSIVES.has(before.w) || BODY_POSSESSIVES.has(before.w))) {
    const person = PERSON_POSSESSIVES.has(before.w);
    const k = possessorBefore(units, j, person);
    if (k >= 0) sources = [k];
    else if (person && previous && previous.length === 1) external = previous;
  } else if (
    isWordUnit(before) &&
    LAUNCH_VERBS.has(before.w) &&
    !negatedBefore(units, j) &&
    !hedgedBefore(units, j)
  ) {
    const subject = findSubject(su, j);
    if (subject && !subject.negated) sources = subject.members;
  }
  if (!sources && !external) return;
  if (ARMED_NOUNS.has(u.w)) {
    const armed = (m: Mention) => m.type === 'Country' || m.type === 'Place';
    if (targets.some((t) => isEntity(units[t]) && armed((units[t] as { m: Mention }).m))) return;
    if (sources?.some((s) => isEntity(units[s]) && armed((units[s] as { m: Mention }).m))) return;
  }
  if (sources) {
    emit(out, units, sources, targets, 0.6, 'criticism-attack-noun');
    return;
  }
  for (const m of external!) {
    for (const t of targets) {
      const target = units[t];
      if (isEntity(target) && target.m !== m)
        addCandidate(out, m, 'CRITICIZED', target.m, 0.55, 'criticism-attack-noun');
    }
  }
}

/** The entities a label verb at i pins a negative verdict on: "branded X's response as 'poor'"; null when none. */
function labelledObjects(su: SentenceUnits, i: number): number[] | null {
  const objects = findObject(su, i + 1, 4);
  if (!objects) return null;
  return verdictAfter(su.units, objects[objects.length - 1]! + 1, 10) >= 0 ? objects : null;
}

/**
 * "And he branded X's response as 'poor'" with no person before "he" in the sentence: the pronoun
 * stands for the one person who opened the sentence before (`previous`).
 */
export function matchPronounLabel(
  su: SentenceUnits,
  i: number,
  out: Candidate[],
  previous?: Mention[],
): void {
  const units = su.units;
  const u = units[i];
  if (!isWordUnit(u) || !LABEL_VERBS.has(u.w) || !previous || previous.length !== 1) return;
  let p = i - 1;
  while (isWordUnit(units[p]) && (units[p] as WordUnit).tags.has('Adverb') && p > i - 3) p--;
  if (!isWordUnit(units[p], 'he', 'she')) return;
  for (let j = 0; j < p; j++)
    if (isEntity(units[j]) || !isWordUnit(units[j], 'and', 'but', 'yet', 'also')) return;
  const objects = labelledObjects(su, i);
  if (!objects) return;
  for (const t of objects) {
    const target = units[t];
    if (isEntity(target) && target.m !== previous[0])
      addCandidate(out, previous[0]!, 'CRITICIZED', target.m, 0.55, 'criticism-label-pronoun');
  }
}

const WRITE_VERBS = new Set(['written', 'wrote', 'write', 'writes', 'writing']);
/** What one writes to someone to do when the letter is a criticism: "wrote to Y to challenge …". */
const CHALLENGE_INFINITIVES = new Set([
  'challenge',
  'criticise',
  'criticize',
  'condemn',
  'protest',
  'complain',
  'object',
  'query',
  'question',
  'rebuke',
  'reprimand',
  'accuse',
  'demand',
  'warn',
  'dispute',
  'express',
]);

/** "The Commission has written to Y and Z to challenge the rates they charge", "wrote to Y on Monday to complain". */
function matchWroteToChallenge(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i + 1], 'to')) return;
  const targets = findObject(su, i + 2, 6);
  if (!targets) return;
  let j = targets[targets.length - 1]! + 1;
  for (let n = 0; n < 4 && j < units.length && !isWordUnit(units[j], 'to'); n++, j++) {
    const w = units[j]!;
    if (w.k !== 'w' || isMainVerb(w)) return;
  }
  const verb = units[j + 1];
  if (!isWordUnit(units[j], 'to') || !isWordUnit(verb) || !CHALLENGE_INFINITIVES.has(verb.w)) return;
  // "to express thanks" is no protest.
  if (
    verb.w === 'express' &&
    !isWordUnit(units[j + 2], 'concern', 'concerns', 'dismay', 'anger', 'outrage', 'disappointment', 'alarm')
  )
    return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated)
    emit(out, units, subject.members, targets, 0.6, 'criticism-wrote-to-challenge');
}

const SEND_VERBS = new Set(['sent', 'send', 'sends', 'issued', 'issues', 'issue', 'served', 'serves']);

/** "Y and Z were sent statements of objections by X", "X sent Y a statement of objections": a regulator's charge sheet. */
function matchStatementOfObjections(su: SentenceUnits, k: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[k - 1], 'of') || !isWordUnit(units[k - 2], 'statement', 'statements')) return;
  let sent = k - 3;
  while (sent > k - 7 && sent >= 0 && !isPunct(units[sent]) && !isWordUnit(units[sent], ...SEND_VERBS))
    sent--;
  if (sent < 0 || !isWordUnit(units[sent]) || !SEND_VERBS.has((units[sent] as WordUnit).w)) return;
  let be = sent - 1;
  while (be > sent - 3 && isWordUnit(units[be]) && (units[be] as WordUnit).tags.has('Adverb')) be--;
  const passive = isWordUnit(units[be]) && BE_FORMS.has((units[be] as WordUnit).w);
  let agents: number[] | null = null;
  let targets: number[] | null = null;
  if (passive) {
    let by = k + 1;
    while (by < units.length && by < k + 5 && !isWordUnit(units[by], 'by')) by++;
    if (!isWordUnit(units[by], 'by')) return;
    agents = findObject(su, by + 1, 2);
    const patients = findSubject(su, sent);
    // "Y and Z, the other big operator, were sent …": the whole group, not only its nearest member.
    targets = patients && !patients.negated ? [...patients.members] : null;
    while (targets && isWordUnit(units[targets[0]! - 1], 'and') && isEntity(units[targets[0]! - 2]))
      targets.unshift(targets[0]! - 2);
  } else {
    const subject = findSubject(su, sent);
    agents = subject && !subject.negated ? subject.members : null;
    if (isEntity(units[sent + 1])) targets = findObject(su, sent + 1, 1);
    else if (isWordUnit(units[k + 1], 'to', 'against')) targets = findObject(su, k + 2, 3);
  }
  if (agents && targets) emit(out, units, agents, targets, 0.6, 'criticism-objections');
}

const QUOTE_MARKS = /['"‘’“”]\s*$/;

/**
 * "X quits 'shameful' Y", "Minister slams 'disgraceful' Y": a quoted negative verdict right before
 * the object of the subject's verb is the subject's verdict on it (headline style).
 */
function matchQuotedVerdictObject(su: SentenceUnits, j: number, out: Candidate[]): void {
  const units = su.units;
  const verdict = units[j - 1];
  const verb = units[j - 2];
  if (!isWordUnit(verdict) || !NEGATIVE_VERDICTS.has(verdict.w) || !isWordUnit(verb) || !isMainVerb(verb))
    return;
  // Only a verdict in quotes: the quote mark opens right before it.
  const text = su.sentence.text;
  const before = text.slice(
    Math.max(0, verdict.start - su.sentence.start - 2),
    verdict.start - su.sentence.start,
  );
  if (!QUOTE_MARKS.test(before)) return;
  const target = units[j];
  if (!isEntity(target) || target.demonym) return;
  const subject = findSubject(su, j - 2);
  if (subject && !subject.negated) emit(out, units, subject.members, [j], 0.55, 'criticism-quoted-verdict');
}

/** Verbs that push back against what someone charged: "rejected X's allegations", "is appealing against X's ruling". */
const REJECT_VERBS = new Set([
  'rejected',
  'rejects',
  'reject',
  'rejecting',
  'denied',
  'denies',
  'deny',
  'denying',
  'disputed',
  'disputes',
  'dispute',
  'disputing',
  'contested',
  'contests',
  'contest',
  'contesting',
  'appealing',
  'appealed',
  'appeal',
  'appeals',
  'resist',
  'resists',
  'resisted',
  'resisting',
  'fought',
  'fight',
  'fights',
  'fighting',
  'rebutted',
  'rebuts',
  'refuted',
  'refutes',
]);
/** What one pushes back against. */
const CHARGE_NOUNS = new Set([
  'allegations',
  'allegation',
  'accusations',
  'accusation',
  'charges',
  'claims',
  'findings',
  'ruling',
  'decision',
  'fine',
  'criticism',
  'criticisms',
  'conclusions',
  'verdict',
  'objections',
  'complaint',
  'complaints',
  'assertions',
]);

/** "Y rejected X's allegations", "Y is appealing against X's ruling": Y objects to X. */
function matchRejectedCharges(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (isWordUnit(units[j], 'against')) j++;
  if (isWordUnit(units[j], 'the')) j++;
  const accuser = units[j];
  if (!isEntity(accuser) || !accuser.poss || accuser.demonym) return;
  let n = j + 1;
  while (isWordUnit(units[n]) && (units[n] as WordUnit).tags.has('Adjective') && n < j + 3) n++;
  if (!isWordUnit(units[n]) || !CHARGE_NOUNS.has((units[n] as WordUnit).w)) return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated) emit(out, units, subject.members, [j], 0.55, 'criticism-rejected-charges');
}

const OBJECT_VERBS = new Set(['objected', 'objects', 'object', 'objecting']);

/** "X objected to Y's plans", "X objected to Y": an objection to a named body or its doing. */
function matchObjectedTo(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i + 1], 'to')) return;
  let j = i + 2;
  if (isWordUnit(units[j], 'the')) j++;
  const target = units[j];
  if (!isEntity(target) || target.demonym) return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated)
    emit(out, units, subject.members, groupFromHere(su, j), 0.6, 'criticism-objected-to');
}

function groupFromHere(su: SentenceUnits, j: number): number[] {
  const group = su.groupOf.get(j);
  return group ? group.members.filter((m) => m >= j) : [j];
}

/** "X was highly critical of Y", "X has been openly critical of Y's plans". */
function matchCriticalOf(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i + 1], 'of')) return;
  let b = i - 1;
  while (
    b > i - 3 &&
    isWordUnit(units[b]) &&
    (units[b] as WordUnit).tags.has('Adverb') &&
    !isNegation(units[b])
  )
    b--;
  if (!isWordUnit(units[b]) || !BE_FORMS.has((units[b] as WordUnit).w) || negatedBefore(units, i)) return;
  const targets = findObject(su, i + 2, 3, true);
  const subject = targets ? findSubject(su, b) : null;
  if (targets && subject && !subject.negated)
    emit(out, units, subject.members, targets, 0.6, 'criticism-critical-of');
}

/** "X rounded on Y": a sudden attack on someone. */
function matchRoundedOn(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i + 1], 'on') || !isEntity(units[i + 2])) return;
  const subject = findSubject(su, i);
  if (subject && !subject.negated)
    emit(out, units, subject.members, groupFromHere(su, i + 2), 0.6, 'criticism-rounded-on');
}

/** Reads the criticism constructions of one sentence. */
export function matchCriticism(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k === 'e' && i >= 2) matchQuotedVerdictObject(su, i, out);
    if (u.k !== 'w') continue;
    // "Tory plans were attacked": "plans" hedges a verb after it, never this one; a real "not" does.
    if (
      isCriticalVerb(u.w) &&
      !isWordUnit(units[i - 1], 'not', 'never') &&
      !isWordUnit(units[i - 2], 'not', 'never')
    ) {
      matchTroubleAt(su, i, out);
      matchPassiveDoing(su, i, out);
    }
    if (negatedBefore(units, i)) continue;
    if (DISMISS_VERBS.has(u.w)) matchDismissedAs(su, i, out);
    if (WRITE_VERBS.has(u.w)) matchWroteToChallenge(su, i, out);
    if (REJECT_VERBS.has(u.w)) matchRejectedCharges(su, i, out);
    if (OBJECT_VERBS.has(u.w)) matchObjectedTo(su, i, out);
    if (u.w === 'critical') matchCriticalOf(su, i, out);
    if (u.w === 'rounded' || u.w === 'rounds') matchRoundedOn(su, i, out);
    if (u.w === 'objections' || u.w === 'objection') matchStatementOfObjections(su, i, out);

    // "Y branded X's handling of the affair 'scandalous'", "described the X plan as a disgrace"
    if (LABEL_VERBS.has(u.w)) {
      // "Kolm's plan was branded 'a fiasco' by Y": the agent after "by" labels the subject.
      if (isWordUnit(units[i - 1], 'was', 'were', 'been', 'is', 'are', 'be')) {
        const verdict = verdictAfter(units, i + 1, 6);
        let by = verdict;
        while (by >= 0 && by < units.length && by < verdict + 5 && !isWordUnit(units[by], 'by')) by++;
        const agents = verdict >= 0 && isWordUnit(units[by], 'by') ? findObject(su, by + 1, 3) : null;
        const patient = agents ? labelledBefore(units, i - 1) : -1;
        if (agents && patient >= 0) emit(out, units, agents, [patient], 0.6, 'criticism-label-passive');
        continue;
      }
      const objects = labelledObjects(su, i);
      const subject = objects ? findSubject(su, i) : null;
      if (objects && subject && !subject.negated) {
        emit(out, units, subject.members, objects, 0.65, 'criticism-label');
        continue;
      }
    }

    // "X came under fire from Y", "X has come under attack from Y and Z"
    if (COME_VERBS.has(u.w) && isWordUnit(units[i + 1], 'under') && isFireNoun(units[i + 2])) {
      let j = i + 3;
      while (isWordUnit(units[j]) && !isWordUnit(units[j], 'from', 'by') && j < i + 6) j++;
      if (!isWordUnit(units[j], 'from', 'by')) continue;
      const critics = findObject(su, j + 1, 4);
      const patients = findSubject(su, i);
      if (critics && patients && !patients.negated)
        emit(out, units, critics, patients.members, 0.7, 'criticism-under-fire');
      continue;
    }

    // "Y called for X to resign", "Y urged X to step down", "the party challenged X to stand down"
    if (DEMAND_VERBS.has(u.w) && matchDemandDeparture(su, i, out)) continue;

    // "Y questioned X's judgement", "Y challenged X's figures"
    if (QUESTION_VERBS.has(u.w)) {
      let j = i + 1;
      if (isWordUnit(units[j], 'the')) j++;
      const target = units[j];
      if (!isEntity(target) || !target.poss) continue;
      // "questioned X's judgement", not "questioned Norway's finance minister".
      let n = j + 1;
      while (isWordUnit(units[n]) && (units[n] as { tags: Set<string> }).tags.has('Adjective') && n < j + 3)
        n++;
      if (!isWordUnit(units[n]) || !DOUBTED_NOUNS.has((units[n] as { w: string }).w)) continue;
      const subject = findSubject(su, i);
      if (subject && !subject.negated) emit(out, units, subject.members, [j], 0.6, 'criticism-question');
    }
  }
}

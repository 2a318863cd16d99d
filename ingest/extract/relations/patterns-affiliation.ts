// Affiliations without a role word or body next to the name: "Tory Dominic Grieve", "Ana Diaz, from Oxfam,", "said chief executive X" (the company in view).
import type { ExtractedEntity } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { OFFICE_TITLES } from './office-titles.ts';
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
 * The company a bare title refers to: the only company named before it in this sentence, else the
 * only one named in the sentence before.
 */
function companyInView(su: SentenceUnits, previous: Mention[], person: number): Mention | null {
  const here = new Map<string, Mention>();
  su.units.forEach((u, j) => {
    if (isEntity(u) && u.m.type === 'Company' && j < person) here.set(u.m.name, u.m);
  });
  // A company named only after the person ("… seeking a listing on the Stock Exchange") is no employer.
  if (here.size === 0 && su.units.some((u, j) => j > person && isEntity(u) && u.m.type === 'Company')) return null;
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
export function matchAffiliations(su: SentenceUnits, out: Candidate[], previous: Mention[] = [], entities: ExtractedEntity[] = []): void {
  const units = su.units;
  const bodies = new Map(entities.filter((e) => e.type === 'GovernmentBody').map((e) => [e.name.toLowerCase(), e]));
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

    // "Foreign Secretary Jack Straw", "Jack Straw, the foreign secretary," → the ministry the article names.
    if (bodies.size > 0) {
      const office = officeOf(units, i, bodies);
      if (office) addCandidate(out, u.m, 'WORKS_FOR', { entityId: office.id, name: office.name, type: office.type, surface: office.name, sentence: u.m.sentence, start: u.m.start, end: u.m.start }, 0.6, 'office-title');
    }

    // "said chief executive Alan Lovell": the title's company is the one in view.
    const title = corporateTitleBefore(units, i);
    if (title) {
      const before = units[title.start - 1];
      // A body right before the title is read by the role patterns ("Acme chief executive X");
      // "vice-chairman", "Arsenal chairman" name another post or body.
      if (isEntity(before) || isPunct(before, '-') || (isWordUnit(before) && (before.cap || ['vice', 'deputy', 'assistant', 'former', 'club', 'party'].includes(before.w)))) continue;
      const company = companyInView(su, previous, i);
      if (company) addCandidate(out, u.m, title.type, company, 0.55, 'title-company-in-view');
    }
  }
}

const OFFICES = OFFICE_TITLES.map(([title, names]) => ({ words: title.split(' '), names })).sort((a, b) => b.words.length - a.words.length);

/** Lower-case words right before unit i (across honorifics), or after ", the" when the title follows the name. */
function titleWords(units: Unit[], i: number): string[][] {
  const before: string[] = [];
  let j = i - 1;
  while (isWordUnit(units[j]) && HONORIFICS.has((units[j] as { w: string }).w)) j--;
  for (; j >= 0 && before.length < 6 && isWordUnit(units[j]); j--) before.unshift((units[j] as { w: string }).w);
  const after: string[] = [];
  if (isPunct(units[i + 1], ',') && isWordUnit(units[i + 2], 'the')) {
    for (let k = i + 3; k < units.length && after.length < 6 && isWordUnit(units[k]); k++) after.push((units[k] as { w: string }).w);
    if (!isPunct(units[i + 3 + after.length], ',')) after.length = 0;
  }
  return [before, after];
}

/** The article's ministry that an office title next to the person at i names. */
function officeOf(units: Unit[], i: number, bodies: Map<string, ExtractedEntity>): ExtractedEntity | null {
  const [before, after] = titleWords(units, i);
  for (const office of OFFICES) {
    const n = office.words.length;
    const endsBefore = before.length >= n && office.words.every((w, k) => before[before.length - n + k] === w);
    const isAfter = after.length === n && office.words.every((w, k) => after[k] === w);
    if (!endsBefore && !isAfter) continue;
    // "shadow foreign secretary" holds no office.
    const lead = endsBefore ? before[before.length - n - 1] : undefined;
    if (lead === 'shadow') return null;
    for (const name of office.names) {
      const body = bodies.get(name.toLowerCase());
      if (body) return body;
    }
    return null;
  }
  return null;
}

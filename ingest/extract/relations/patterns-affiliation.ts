// Affiliations without a role word or body next to the name: "Tory Dominic Grieve", "Ana Diaz, from Oxfam,", "said chief executive X" (the company in view).
import type { ExtractedEntity } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { OFFICE_TITLES } from './office-titles.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { HONORIFICS } from './lexicon.ts';
import { affiliationType } from './patterns-roles.ts';
import { findSubject, isEntity, isMainVerb, isPunct, isWordUnit } from './scan.ts';
import type { SentenceUnits, Unit } from './units.ts';

const BODY_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'Fund']);
const LEAVE_VERBS = new Set(['left', 'leave', 'leaves', 'leaving', 'quit', 'quits', 'quitting']);
const RETURN_VERBS = new Set(['return', 'returns', 'returned', 'returning', 'rejoin', 'rejoins', 'rejoined', 'rejoining']);
// Employers one returns to for a job: a company or a fund, not a place or a body one visits.
const EMPLOYER_TYPES = new Set(['Company', 'Fund']);
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
function companyInView(su: SentenceUnits, previous: Mention[], person: number, entities: ExtractedEntity[]): Mention | null {
  const here = new Map<string, Mention>();
  // '"Selling Perrier is an option," chief executive X said': a company quoted is no employer shown.
  let quoteAt = -1;
  su.units.forEach((u, j) => {
    if (j < person && isPunct(u, '"')) quoteAt = j;
  });
  // …unless it is the article's main company ('"… rebuilding Jarvis," said chief executive X').
  const main = mainCompany(entities);
  let quoted = false;
  su.units.forEach((u, j) => {
    if (isEntity(u) && u.m.type === 'Company' && j < person) {
      if (j < quoteAt && u.m.name !== main) quoted = true;
      else here.set(u.m.name, u.m);
    }
  });
  if (quoted) return null;
  // A company named only after the person ("… seeking a listing on the Stock Exchange") is no employer.
  if (here.size === 0 && su.units.some((u, j) => j > person && isEntity(u) && u.m.type === 'Company')) return null;
  if (here.size === 1) return [...here.values()][0]!;
  if (here.size > 1) return null;
  const before = new Map<string, Mention>();
  for (const m of previous) if (m.type === 'Company') before.set(m.name, m);
  return before.size === 1 ? [...before.values()][0]! : null;
}

/** The company the article names most often, when one clearly leads. */
function mainCompany(entities: ExtractedEntity[]): string | null {
  const companies = entities.filter((e) => e.type === 'Company').sort((a, b) => b.mentions - a.mentions);
  const [top, second] = companies;
  return top && (!second || top.mentions > second.mentions) ? top.name : null;
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
      // "Tom Hale, of Capital Economics in London, said"
      let close = k + 1;
      if (isWordUnit(units[close], 'in') && isEntity(units[close + 1]) && ['Place', 'Country'].includes((units[close + 1] as { m: Mention }).m.type)) close += 2;
      // "said Tom Hale from Capital Economics": after a speech verb "from" names the speaker's body.
      const spoken = isWordUnit(units[i - 1]) && SPEECH.has((units[i - 1] as { w: string }).w);
      if (isEntity(body) && BODY_TYPES.has(body.m.type) && !body.poss && closesAffiliation(units[close]) && (comma || spoken || (units[j] as { w: string }).w !== 'from')) {
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
      const company = companyInView(su, previous, i, entities);
      if (company) addCandidate(out, u.m, title.type, company, 0.55, 'title-company-in-view');
    }

    // "The PERA fund has $8m in Russian companies, spokesperson X said": the reported clause's subject.
    const speaker = bareSpokesperson(units, i);
    if (speaker) addCandidate(out, u.m, 'WORKS_FOR', speaker, 0.55, 'spokesperson-of-subject');
  }
  matchCareerMoves(su, out);
}

/**
 * Career moves: "X has left Y to join Z" (X worked for Y and now for Z), "X will return to Y",
 * "X rejoined Y". The subject is the person of the clause; hedged or negated moves give nothing.
 */
export function matchCareerMoves(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    if (LEAVE_VERBS.has(u.w)) {
      let k = i + 1;
      if (isWordUnit(units[k], 'the')) k++;
      const left = units[k];
      if (!isEntity(left) || !BODY_TYPES.has(left.m.type) && left.m.type !== 'PoliticalParty') continue;
      // "… to join Z", within a few words ("left Y in 2003 to join Z").
      let j = k + 1;
      while (j < units.length && j <= k + 4 && !isWordUnit(units[j], 'to')) j++;
      if (!isWordUnit(units[j], 'to') || !isWordUnit(units[j + 1], 'join')) continue;
      let n = j + 2;
      if (isWordUnit(units[n], 'the')) n++;
      const joined = units[n];
      const subject = findSubject(su, i);
      if (!subject || subject.negated) continue;
      for (const p of subject.members) {
        const person = units[p];
        if (!isEntity(person) || person.m.type !== 'Person') continue;
        addCandidate(out, person.m, affiliationType('work', left.m), left.m, 0.6, 'left-to-join');
        if (isEntity(joined)) addCandidate(out, person.m, affiliationType('work', joined.m), joined.m, 0.65, 'left-to-join');
      }
      continue;
    }
    if (!RETURN_VERBS.has(u.w) || !u.tags.has('Verb')) continue;
    // "return full-time to the Lagardere group", "rejoined Acme"
    let k = i + 1;
    const rejoin = u.w.startsWith('rejoin');
    if (!rejoin) {
      while (k < units.length && k <= i + 3 && !isWordUnit(units[k], 'to')) {
        const v = units[k]!;
        if (v.k === 'e' || (v.k === 'w' && (isMainVerb(v) || v.w === 'as' || v.w === 'from'))) break;
        k++;
      }
      if (!isWordUnit(units[k], 'to')) continue;
      k++;
    }
    if (isWordUnit(units[k], 'the')) k++;
    const body = units[k];
    if (!isEntity(body) || !EMPLOYER_TYPES.has(body.m.type) || body.poss) continue;
    // "return to Acme's stores" visits a part of the company.
    const after = units[k + 1];
    if (after?.k === 'w' && after.tags.has('Noun') && !DESCRIPTOR_WORDS.has(after.w) && !after.tags.has('Pronoun')) continue;
    const subject = findSubject(su, i, 8, true);
    if (!subject || subject.negated) continue;
    for (const p of subject.members) {
      const person = units[p];
      if (isEntity(person) && person.m.type === 'Person') addCandidate(out, person.m, 'WORKS_FOR', body.m, 0.6, 'return-to');
    }
  }
}

// "the Lagardere group", "Acme company": a descriptor after the name is still the name.
const DESCRIPTOR_WORDS = new Set(['group', 'company', 'firm', 'bank', 'board', 'full-time', 'next', 'last', 'this', 'after', 'in', 'on', 'as']);

const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "<clause>, spokesperson X said": the body that opens the sentence as its subject ("The PERA fund
 * has …", "Acme said …") when a bare spokes-title stands before the person and a speech verb after.
 */
function bareSpokesperson(units: Unit[], i: number): Mention | null {
  let t = i - 1;
  while (isWordUnit(units[t]) && HONORIFICS.has((units[t] as { w: string }).w)) t--;
  if (!isWordUnit(units[t]) || !SPOKES.has((units[t] as { w: string }).w) || !isPunct(units[t - 1], ',')) return null;
  if (!(isWordUnit(units[i + 1]) && SPEECH.has((units[i + 1] as { w: string }).w))) return null;
  let k = 0;
  if (isWordUnit(units[k], 'the')) k++;
  const subject = units[k];
  if (!isEntity(subject) || !BODY_TYPES.has(subject.m.type) || subject.demonym) return null;
  // "X was hit by Y's decision, spokesman Z said": whose spokesman is unclear.
  for (let j = k + 1; j < t; j++) if (isWordUnit(units[j], 'by')) return null;
  // The subject must act in the clause: a verb within a few words ("has", "said", "will").
  for (let j = k + 1; j < t && j <= k + 4; j++) {
    const v = units[j]!;
    if (v.k === 'w' && v.tags.has('Verb')) return subject.m;
    if (v.k !== 'w') return null;
  }
  return null;
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

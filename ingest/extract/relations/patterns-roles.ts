// Role patterns linking persons to bodies: "Credit Suisse CEO X", "X, the chairman of Y", "X, Y's chief operating officer", "the head of Y, X", "Liberal Democrat MP X", "X's ruling Y party".
import type { RelationType } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { ASSEMBLY_WORDS, DESCRIPTOR_NOUNS, DOMAIN_WORDS, HONORIFICS, ROLE_FILLERS, ROLE_PHRASES, SUBORDINATE_MODIFIERS, type RoleKind } from './lexicon.ts';
import { findObject, findSubject, isEntity, isMainVerb, isPunct, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit } from './units.ts';

/**
 * The relation a role gives a person towards a body: leaders LEAD; people with other roles in a
 * party or an assembly are MEMBER_OF it; elsewhere they WORK_FOR it.
 */
export function affiliationType(kind: RoleKind, target: Mention, head = ''): RelationType {
  // "Tory co-chairman X", "Labour's treasurer": a party's chairman runs its office, its leader leads it.
  if (target.type === 'PoliticalParty' && PARTY_OFFICERS.has(head)) return 'MEMBER_OF';
  // "Commons leader X", "Senate majority leader X": a leader in a chamber sits in it, the Speaker leads it.
  if (head === 'leader' && target.type === 'GovernmentBody' && LEGISLATURES.test(target.name) && !/committee|council/i.test(target.name)) return 'MEMBER_OF';
  if (kind === 'lead') return 'LEADS';
  if (target.type === 'PoliticalParty') return 'MEMBER_OF';
  if (target.type === 'GovernmentBody' && ASSEMBLY_WORDS.test(target.name)) return 'MEMBER_OF';
  if (kind === 'member' && target.type === 'Organization') return 'MEMBER_OF';
  return 'WORKS_FOR';
}

const LEGISLATURES = /\b(parliament|commons|lords|senate|house|congress|assembly|duma|bundestag|storting|knesset|diet|legislature)\b/i;
const PARTY_OFFICERS = new Set(['chairman', 'chairwoman', 'chairperson', 'chair', 'co-chairman', 'co-chair', 'co-chairwoman', 'treasurer']);
// "co-chief executive", "ex-chairman", "vice-chairman": a prefix glued to a role word by a hyphen.
const ROLE_PREFIX = /^(co|ex|vice|deputy)-(.+)$/;

const PHRASES = ROLE_PHRASES.map(([phrase, kind]) => ({ words: phrase.split(/\s+/), kind })).sort(
  (a, b) => b.words.length - a.words.length,
);
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'with', 'to']);
const LEAD_IN = new Set([
  'the', 'a', 'an', 'then', 'its', 'his', 'her', 'their', 'also', 'now', 'currently', 'who', 'is', 'was',
  'has', 'been', 'had', 'become', 'became', 'becomes', 'serves', 'served', 'serving', 'as', 'will', 'be',
  'named', 'appointed', 'elected', 'still', 'since', 'remains', 'remained', 'former', 'ex', 'outgoing',
  'longtime', 'long-time', 'veteran', 'acting', 'interim', 'current', 'newly', 'new', 'promoted', 'demoted',
  'relegated', 'reappointed', 'moved', 'to', 'both',
]);
// "Merkel's CDU-CSU alliance" names the party; "Blair's Tory lies" does not.
const PARTY_NOUNS = new Set(['party', 'alliance', 'coalition', 'bloc', 'government', 'colleagues', 'allies', 'caucus', 'group', 'faction']);
const LEADER_TITLES = new Set(['prime', 'minister', 'chancellor', 'president', 'premier', 'leader']);

interface RoleSpan {
  start: number;
  /** Index after the last role word. */
  end: number;
  kind: RoleKind;
  /** The head role word ("chairman", "minister"). */
  head: string;
}

function roleAt(units: Unit[], j: number): { len: number; kind: RoleKind; head: string; subordinate?: boolean } | null {
  const first = units[j];
  if (!first || first.k !== 'w') return null;
  const prefix = ROLE_PREFIX.exec(first.w);
  const plural = first.w.length > 4 && first.w.endsWith('s') ? first.w.slice(0, -1) : '';
  const found = phrasesStarting(first.w, plural, prefix?.[2] ?? '');
  if (!found) return null;
  for (const phrase of found) {
    // "both directors of Y": a plural one-word role.
    const whole = matchesAt(units, j, phrase.words, first.w) || (phrase.words.length === 1 && first.w.length > 4 && first.w.endsWith('s') && matchesAt(units, j, phrase.words, first.w.slice(0, -1)));
    if (!whole && !(prefix && matchesAt(units, j, phrase.words, prefix[2]!))) continue;
    const head = phrase.words[phrase.words.length - 1]!;
    const glued = !whole && prefix ? prefix[1]! : '';
    return {
      len: phrase.words.length,
      kind: phrase.kind,
      head: glued === 'co' && phrase.words.length === 1 ? `co-${head}` : head,
      subordinate: glued === 'vice' || glued === 'deputy',
    };
  }
  return null;
}

// Role phrases by their first word, in PHRASES order (longest first), so a word checks only its own.
const PHRASES_BY_FIRST = new Map<string, typeof PHRASES>();
for (const phrase of PHRASES) {
  const list = PHRASES_BY_FIRST.get(phrase.words[0]!) ?? [];
  list.push(phrase);
  PHRASES_BY_FIRST.set(phrase.words[0]!, list);
}

/** The phrases that may start with a word, its singular or its unprefixed form, longest first. */
function phrasesStarting(word: string, singular: string, unprefixed: string): typeof PHRASES | null {
  const a = PHRASES_BY_FIRST.get(word);
  const b = singular ? PHRASES_BY_FIRST.get(singular) : undefined;
  const c = unprefixed ? PHRASES_BY_FIRST.get(unprefixed) : undefined;
  if (!b && !c) return a ?? null;
  const all = [...(a ?? []), ...(b ?? []), ...(c ?? [])];
  return all.sort((x, y) => PHRASES.indexOf(x) - PHRASES.indexOf(y));
}

/** Whether the phrase's words stand at j, the first one read as `first`. */
function matchesAt(units: Unit[], j: number, words: string[], first: string): boolean {
  if (words[0] !== first) return false;
  for (let t = 1; t < words.length; t++) {
    const u = units[j + t];
    if (!u || u.k !== 'w' || u.w !== words[t]) return false;
  }
  return true;
}

/** A run of role words starting at i ("former deputy chairman", "chairman and chief executive"). */
function roleSpanAt(units: Unit[], i: number): RoleSpan | null {
  if (isWordUnit(units[i], 'and')) return null;
  // "X is the chief executive of Y": the span starts after the verb, which links it to X.
  const first = units[i] as Unit | undefined;
  const lead = first && first.k === 'w' ? first.w : '';
  if (LEAD_IN.has(lead) && !ROLE_FILLERS.has(lead) && !roleAt(units, i)) return null;
  let j = i;
  let unknown = 0;
  let end = -1;
  let kind: RoleKind | null = null;
  let head = '';
  let subordinate = false;
  let domain = false;
  while (j < units.length) {
    const u = units[j]!;
    if (u.k === 'p' && u.p === '-') {
      j++;
      continue;
    }
    // "chief UK economist at X", "European sales director": a place inside the role names its field.
    if (u.k === 'e' && end >= 0 && !u.poss && (u.demonym || u.m.type === 'Country' || u.m.type === 'Place') && roleAt(units, j + 1)) {
      domain = true;
      j++;
      continue;
    }
    // "general secretary of X": an honorific that opens a role phrase is part of it.
    if (u.k !== 'w' || ROLE_PREPOSITIONS.has(u.w) || u.w === 'as' || (HONORIFICS.has(u.w) && !roleAt(units, j))) break;
    // "deputy chair" is subordinate, though "deputy" alone is a role (a French deputy).
    if (SUBORDINATE_MODIFIERS.has(u.w) && roleAt(units, j + 1)) {
      subordinate = true;
      j++;
      continue;
    }
    const role = roleAt(units, j);
    if (role) {
      let roleKind = role.kind;
      if (roleKind === 'lead' && (subordinate || domain || role.subordinate)) roleKind = 'work';
      // "chief accountant", "chief whip": "chief" as an adjective; "NAO chief Sir John Bourn" is the head.
      let after = units[j + role.len];
      if (isEntity(after) && (after.demonym || after.m.type === 'Country' || after.m.type === 'Place')) after = units[j + role.len + 1];
      if (role.head === 'chief' && after?.k === 'w' && !ROLE_PREPOSITIONS.has(after.w) && !HONORIFICS.has(after.w) && (after.tags.has('Noun') || roleWithin(units, j + role.len, 3))) {
        // "chief strategist", "chief UK economist", "chief economic adviser": the role after "chief" is the post.
        roleKind = 'work';
      }
      // The strongest role wins: "chairman and chief executive" leads; "deputy chair" works.
      if (!kind || rank(roleKind) > rank(kind)) kind = roleKind;
      head = role.head;
      j += role.len;
      end = j;
      subordinate = false;
      continue;
    }
    if (SUBORDINATE_MODIFIERS.has(u.w)) {
      subordinate = true;
      j++;
      continue;
    }
    // "RICS housing spokesman X", "marketing director": a gerund naming the field.
    if (u.w.endsWith('ing') && !u.cap && roleAt(units, j + 1)) {
      domain = true;
      j++;
      continue;
    }
    if (DOMAIN_WORDS.has(u.w)) domain = true;
    if (ROLE_FILLERS.has(u.w) || DOMAIN_WORDS.has(u.w)) {
      j++;
      continue;
    }
    if (isMainVerb(u) || u.tags.has('Pronoun') || ++unknown > 2) break;
    if (u.tags.has('Noun')) domain = true;
    j++;
  }
  if (end < 0 || !kind) return null;
  return { start: i, end, kind, head };
}

/** Whether a role word starts within `max` plain words from j. */
function roleWithin(units: Unit[], j: number, max: number): boolean {
  for (let k = j; k < units.length && k < j + max; k++) {
    if (units[k]!.k !== 'w') return false;
    if (roleAt(units, k)) return true;
  }
  return false;
}

function rank(kind: RoleKind): number {
  return kind === 'lead' ? 3 : kind === 'member' ? 2 : 1;
}

/**
 * Whether "head of … X" heads a part of X: words with a preposition before X ("head of currency
 * strategy at Bank of America"), X's possessive ("chief of FAO's information system") or nouns
 * after X ("chairman of the Commons public accounts committee").
 */
function leadsSubUnit(units: Unit[], from: number, body: number, lastBody: number): boolean {
  for (let j = from; j < body; j++) {
    const u = units[j]!;
    if (u.k === 'w' && ROLE_PREPOSITIONS.has(u.w)) return true;
  }
  const b = units[body];
  const next = units[lastBody + 1];
  if (isEntity(b) && b.poss && next?.k === 'w') return true;
  return next?.k === 'w' && next.tags.has('Noun') && !next.tags.has('Pronoun') && !ROLE_PREPOSITIONS.has(next.w) && next.w !== 'and';
}

/** Person right after i, across honorifics and an optional comma: "chief executive, Sir X". */
function personAfter(units: Unit[], i: number, maxWords: number, allowPossessive = false): number | null {
  let words = 0;
  for (let j = i; j < units.length; j++) {
    const u = units[j]!;
    if (u.k === 'e') return u.m.type === 'Person' && (allowPossessive || !u.poss) ? j : null;
    if (u.k === 'p') {
      if (u.p === ',' && j === i) continue;
      if (u.p === '-') continue;
      return null;
    }
    if (HONORIFICS.has(u.w)) continue;
    // "MP for Kensington and Chelsea": a name after "and" continues the body, it holds no role;
    // "lawyers for Menatep, a group through which Mr K controls …": nor one in a clause of its own.
    if (isMainVerb(u) || ROLE_PREPOSITIONS.has(u.w) || u.w === 'and' || u.w === 'which' || u.w === 'who' || u.tags.has('Preposition') || ++words > maxWords) return null;
  }
  return null;
}

/** Person (group) before i, across a comma and lead-in words: "X, who is also the …", "X, the …". */
function personsBefore(su: SentenceUnits, i: number): number[] | null {
  const units = su.units;
  let sawComma = false;
  let sawVerb = false;
  let singular = false;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const u = units[j]!;
    if (u.k === 'e') {
      // "Lars Moe, a Norwegian lawmaker in …", "Ian Hale, the Labour chairman of …", "X, US chief economist at …"
      if ((u.demonym || u.m.type === 'PoliticalParty' || u.m.type === 'Country' || u.m.type === 'Place') && !u.poss) continue;
      if (u.m.type !== 'Person' || u.poss) return null;
      if (!sawComma && !sawVerb) return null;
      // "Mr X and Ms Y, a Cabinet Office minister": one post, the nearest name.
      if (singular) return [j];
      const group = su.groupOf.get(j);
      return group ? group.members.filter((m) => m <= j && (units[m] as { m: Mention }).m.type === 'Person') : [j];
    }
    if (u.k === 'p') {
      if (u.p === ',' && !sawComma) {
        sawComma = true;
        // "Tom Hale, 54, chief executive of Y": an age between commas.
        if (isWordUnit(units[j - 1]) && /^\d{1,3}$/.test((units[j - 1] as { w: string }).w) && isPunct(units[j - 2], ',')) j -= 2;
        continue;
      }
      return null;
    }
    if (u.w === 'and' && !sawComma) {
      // "X, the Lord Lieutenant of Greater London and former deputy chairman of Y": back to the comma.
      for (let k = j - 1; k >= 0 && k >= j - 10; k--) {
        const v = units[k]!;
        if (v.k === 'p' && v.p === ',') {
          const p = units[k - 1];
          return isEntity(p) && p.m.type === 'Person' && !p.poss ? [k - 1] : null;
        }
        if (v.k === 'p' || (v.k === 'w' && isMainVerb(v))) return null;
      }
      return null;
    }
    if (!LEAD_IN.has(u.w)) return null;
    if (u.w === 'a' || u.w === 'an') singular = true;
    if (u.w !== 'the' && u.w !== 'a' && u.w !== 'an' && u.w !== 'then') sawVerb = true;
  }
  return null;
}

/** "Lord Browne quits as Huawei UK chairman": a person a few words before "as". */
function personBeforeAs(units: Unit[], asIndex: number): number | null {
  for (let j = asIndex - 1; j >= 0 && j >= asIndex - 6; j--) {
    const u = units[j]!;
    if (u.k === 'e') return u.m.type === 'Person' ? j : null;
    // "X, who took over as chief executive of Y", "X, fired as party chairman"
    const participle = units[j + 1]?.k === 'w' && ((units[j + 1] as { tags: Set<string> }).tags.has('PastTense') || (units[j + 1] as { tags: Set<string> }).tags.has('Participle'));
    if (isPunct(u, ',') && (isWordUnit(units[j + 1], 'who') || participle)) continue;
    if (u.k === 'p' && u.p !== '-') return null;
  }
  return null;
}

const APPOINT_VERBS = new Set([
  'appointed', 'appoints', 'appoint', 'named', 'names', 'name', 'hired', 'hires', 'elected', 'elects', 'picked',
  'picks', 'chose', 'chosen', 'chooses', 'installed', 'recruited', 'promoted', 'made',
]);
const APPOINT_FILLERS = new Set(['as', 'its', 'their', 'the', 'a', 'an', 'new', 'next', 'permanent', 'interim', 'acting']);

/**
 * "Orbis Bank has appointed Tom Hale as its new chief executive", "Acme named X chairman": the
 * body that appoints, the person appointed, and the role after them.
 */
function appointedBy(su: SentenceUnits, span: RoleSpan): { person: number; body: number } | null {
  const units = su.units;
  let p = span.start - 1;
  while (p >= 0 && isWordUnit(units[p]) && APPOINT_FILLERS.has((units[p] as { w: string }).w)) p--;
  const person = units[p];
  const verb = units[p - 1];
  if (!isEntity(person) || person.m.type !== 'Person' || person.poss || !isWordUnit(verb) || !APPOINT_VERBS.has(verb.w)) return null;
  const subject = findSubject(su, p - 1);
  if (!subject || subject.negated || subject.members.length !== 1) return null;
  const body = units[subject.members[0]!];
  if (!isEntity(body) || body.m.type === 'Person' || body.m.type === 'Country' || body.m.type === 'Place') return null;
  return { person: p, body: subject.members[0]! };
}

function emit(out: Candidate[], su: SentenceUnits, persons: number[], target: number, span: RoleSpan, confidence: number, pattern: string): void {
  const t = su.units[target];
  if (!isEntity(t) || t.m.type === 'Person') return;
  let kind = span.kind;
  // "Minister of Defence X" heads the ministry; "the FCO Minister" is one of its ministers.
  if (span.head === 'minister' && pattern === 'role-of' && /ministry|department/i.test(t.m.name)) kind = 'lead';
  for (const p of persons) {
    const person = su.units[p];
    if (!isEntity(person) || person.m.type !== 'Person') continue;
    addCandidate(out, person.m, affiliationType(kind, t.m, span.head), t.m, confidence, pattern);
  }
}

/** Whether one of the span's words is `word`. */
function spanHas(units: Unit[], span: RoleSpan, word: string): boolean {
  for (let j = span.start; j < span.end; j++) if (isWordUnit(units[j], word)) return true;
  return false;
}

/** The persons holding "<role> of Y" ending at lastBody: a name right after Y, an apposition before, a name shortly after, "X … as <role> of Y". */
function holderOfRoleOf(su: SentenceUnits, span: RoleSpan, lastBody: number): { persons: number[]; confidence: number } | null {
  const units = su.units;
  // "Deputy Chairman of the Security Council Dmitriy Medvedev": the name right after wins.
  const next = units[lastBody + 1];
  if (isEntity(next) && next.m.type === 'Person' && !next.poss) return { persons: [lastBody + 1], confidence: 0.85 };
  const before = personsBefore(su, span.start);
  if (before) return { persons: before, confidence: 0.85 };
  const after = personAfter(units, lastBody + 1, 4);
  if (after !== null) return { persons: [after], confidence: 0.8 };
  if (isWordUnit(units[span.start - 1], 'as')) {
    const p = personBeforeAs(units, span.start - 1);
    if (p !== null) return { persons: [p], confidence: 0.7 };
  }
  return null;
}

/**
 * "co-head of European defence and aerospace group EADS": the named body after a descriptor noun,
 * across a short run of lower-case modifiers joined by "and" (no verb, no other preposition).
 */
function bodyAfterDescriptor(su: SentenceUnits, from: number): number[] | null {
  const units = su.units;
  for (let j = from; j < units.length && j < from + 8; j++) {
    const u = units[j]!;
    if (u.k === 'e') {
      if (u.demonym && !u.poss) continue;
      return null;
    }
    if (u.k === 'p') {
      if (u.p === '-') continue;
      return null;
    }
    // "founder of human rights group the Simon Wiesenthal Center"
    const at = isWordUnit(units[j + 1], 'the') ? j + 2 : j + 1;
    if (DESCRIPTOR_NOUNS.has(u.w) && isEntity(units[at])) {
      const body = units[at] as EntityUnit;
      if (body.m.type === 'Person' || body.m.type === 'Country' || body.m.type === 'Place') return null;
      return su.groupOf.get(at)?.members.filter((m) => m >= at) ?? [at];
    }
    if (isMainVerb(u) || (u.w !== 'and' && (ROLE_PREPOSITIONS.has(u.w) || u.tags.has('Preposition')))) return null;
  }
  return null;
}

const QUESTION_WORDS = new Set(['if', 'whether']);

const PRONOUN_SURFACES = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'who']);

// "chairman of the board" still leads the body.
const BOARD_WORDS = new Set(['board', 'directors', 'trustees', 'governors', 'company', 'group', 'firm', 'bank']);

/** "head of internal accounting": "of"/"for" and a lower-case field right after the role. */
function headsField(units: Unit[], end: number): boolean {
  if (!isWordUnit(units[end], 'of', 'for')) return false;
  let j = end + 1;
  if (isWordUnit(units[j], 'the')) j++;
  const u = units[j];
  return isWordUnit(u) && !u.cap && !BOARD_WORDS.has(u.w) && (u.tags.has('Noun') || u.tags.has('Adjective'));
}

/** An "if"/"whether" opens the clause holding the role at i (back to the last comma, colon or quote). */
function questionedBefore(units: Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const u = units[j]!;
    if (u.k === 'p' && u.p !== '-') return false;
    if (u.k === 'w' && QUESTION_WORDS.has(u.w)) return true;
  }
  return false;
}

/** Reads the role spans of a sentence and links the persons and bodies around them. */
export function matchRoles(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    const span = roleSpanAt(units, i);
    if (!span) continue;
    i = span.end - 1;

    const prep = units[span.end];
    const rolePrep = isWordUnit(prep) && ROLE_PREPOSITIONS.has(prep.w);
    let bodies = rolePrep ? (findObject(su, span.end + 1, 4) ?? bodyAfterDescriptor(su, span.end + 1)) : null;
    // "spokeswoman for women Sandra Gidley": the name after the field holds the role, it is no body.
    if (bodies && isEntity(units[bodies[0]!]) && (units[bodies[0]!] as EntityUnit).m.type === 'Person') bodies = null;
    // "a former aide to the ex-Labour leader": "to" names whom one serves, a party only by its leader.
    if (bodies && isWordUnit(prep, 'to') && (units[bodies[0]!] as EntityUnit).m.type === 'PoliticalParty') continue;
    if (bodies) {
      // "the chairman of Danone", "a lawmaker in Norway's Parliament"
      // "investment director of UK Equities at Standard Life Investments": past the place to the body.
      const first = units[bodies[0]!];
      if (isEntity(first) && (first.m.type === 'Country' || first.m.type === 'Place')) {
        for (let j = bodies[0]! + 1; j < units.length && j <= bodies[0]! + 3; j++) {
          const v = units[j]!;
          if (v.k !== 'w') break;
          if (ROLE_PREPOSITIONS.has(v.w)) {
            bodies = findObject(su, j + 1, 3) ?? bodies;
            break;
          }
        }
      }
      // "head of Yukos main shareholders' group Menatep": the body named after the descriptor.
      const firstGroup = su.groupOf.get(bodies[0]!);
      const described = firstGroup && firstGroup.members.length > 1 ? null : bodyAfterDescriptor(su, bodies[bodies.length - 1]! + 1);
      if (described) bodies = described;
      const body = bodies[0]!;
      // "the Democratic leader in the Senate" leads a group inside the Senate, not the Senate.
      if (span.kind === 'lead' && isWordUnit(prep, 'in')) span.kind = 'work';
      const group = su.groupOf.get(body);
      const lastBody = group ? Math.max(...group.members) : body;
      if (span.kind === 'lead' && leadsSubUnit(units, span.end + 1, body, lastBody)) span.kind = 'work';
      const holder = holderOfRoleOf(su, span, lastBody);
      // "Asked if she was a member of X, …", "whether he would stay chairman of X": a question states nothing.
      if (holder && questionedBefore(units, span.start)) continue;
      // "lawyers for former X chief executive Y": X opens Y's own title, the lawyers' client is Y.
      if (holder && holder.persons[0]! > lastBody && units[lastBody + 1]?.k === 'w' && roleAt(units, lastBody + 1)) continue;
      if (holder) {
        // "X, the Labour chairman of the Transport Committee" / "the Labour MP for Bolton"
        const party = units[span.start - 1];
        const partisan = isEntity(party) && party.m.type === 'PoliticalParty' && !party.poss;
        // "the Conservative spokesman for the Cabinet Office", "shadow minister for the Home Office":
        // a party's or a shadow's portfolio, not a post in the ministry (committees are posts).
        const b = units[body] as EntityUnit;
        const portfolio = (partisan || spanHas(units, span, 'shadow')) && b.m.type === 'GovernmentBody' && !ASSEMBLY_WORDS.test(b.m.name);
        if (!portfolio) emit(out, su, holder.persons, body, span, holder.confidence, 'role-of');
        if (isEntity(party) && partisan) {
          for (const p of holder.persons) addCandidate(out, (units[p] as EntityUnit).m, 'MEMBER_OF', party.m, holder.confidence - 0.05, 'party-role-of');
        }
      }
      continue;
    }

    // "Credit Suisse CEO X", "Ericsson's CEO X", "X, Turkcell's chief operating officer"
    let o = span.start - 1;
    if (isWordUnit(units[o], 'the') || isPunct(units[o], '-')) o--;
    // "Diageo North America president X": the company's regional arm, so work for the company.
    const region = units[o];
    if (isEntity(region) && !region.poss && (region.m.type === 'Place' || region.m.type === 'Country') && isEntity(units[o - 1]) && ['Company', 'Organization'].includes((units[o - 1] as EntityUnit).m.type) && !(units[o - 1] as EntityUnit).poss) {
      o--;
      span.kind = 'work';
    }
    const body = units[o];
    if (!isEntity(body) || body.m.type === 'Person') {
      const appointed = appointedBy(su, span);
      if (appointed) emit(out, su, [appointed.person], appointed.body, span, 0.7, 'appointed-as');
      continue;
    }
    // "Economy and Labour Minister X", "Labour and Social Affairs Minister X": a portfolio, not a party.
    const portfolio = isWordUnit(units[o - 1], 'and', '&') && units[o - 2]?.k === 'w' && (units[o - 2] as { cap: boolean }).cap;
    if (body.m.type === 'PoliticalParty' && (portfolio || isWordUnit(units[o + 1], 'and', '&'))) continue;
    // "WorldCom's ex-head of internal accounting": a head of a field or unit works for the body.
    if (span.kind === 'lead' && headsField(units, span.end)) span.kind = 'work';
    // "TikTok Chief Executive Shou Chew's appearance"; a name right after the role wins over one
    // before the comma ("US Secretary of State X, UN Secretary General Y").
    const direct = units[span.end];
    // "persuade Commons officials she was a minister": a pronoun is no name after a title.
    if (isEntity(direct) && PRONOUN_SURFACES.has(direct.m.surface.toLowerCase())) continue;
    if (isEntity(direct) && direct.m.type === 'Person') {
      emit(out, su, [span.end], o, span, 0.85, 'body-role');
      continue;
    }
    const before = personsBefore(su, o);
    if (before) {
      emit(out, su, before, o, span, 0.8, 'body-role');
      continue;
    }
    // "The company's vice president of policy, Adam Lisberg"
    if (isWordUnit(units[span.end], 'of', 'for')) {
      let k = span.end + 1;
      while (k < span.end + 4 && units[k]?.k === 'w') k++;
      // "The company's vice president of policy, Adam Lisberg", "Lib Dem spokeswoman for women Sandra Gidley"
      const at = isPunct(units[k], ',') ? k + 1 : k > span.end + 1 ? k : -1;
      const named = units[at];
      if (at >= 0 && isEntity(named) && named.m.type === 'Person') {
        emit(out, su, [at], o, span, 0.75, 'body-role');
        continue;
      }
    }
    const after = personAfter(units, span.end, 0, true);
    if (after !== null) {
      emit(out, su, [after], o, span, 0.85, 'body-role');
      continue;
    }
    // "quits as Huawei UK chairman", "was elected as a Labour MP"
    const asAt = isWordUnit(units[o - 1], 'as') ? o - 1 : isWordUnit(units[o - 1], 'a', 'an') && isWordUnit(units[o - 2], 'as') ? o - 2 : -1;
    if (asAt >= 0) {
      const p = personBeforeAs(units, asAt);
      if (p !== null) emit(out, su, [p], o, span, 0.7, 'body-role');
    }
  }
  matchPartyAffiliations(su, out);
}

/**
 * Party links without a role word: "Merkel's centre-right CDU-CSU alliance" (MEMBER_OF),
 * "Prime Minister Orban's ruling Fidesz party" (LEADS), "X, a Delaware Democrat", "X (Labour)",
 * "Labour's X".
 */
function matchPartyAffiliations(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u)) continue;
    if (u.m.type === 'Person' && u.poss) {
      for (let j = i + 1; j < units.length && j <= i + 5; j++) {
        const v = units[j]!;
        if (v.k === 'e') {
          const after = units[j + 1];
          const partyNoun = !(after?.k === 'w' && after.tags.has('Noun') && !PARTY_NOUNS.has(after.w));
          if (v.m.type === 'PoliticalParty' && partyNoun) {
            const title = units[i - 1];
            const leads = isWordUnit(title) && LEADER_TITLES.has(title.w);
            addCandidate(out, u.m, leads ? 'LEADS' : 'MEMBER_OF', v.m, 0.7, 'person-party');
          }
          break;
        }
        if (v.k === 'p' && v.p !== '-') break;
        if (v.k === 'w' && (isMainVerb(v) || ROLE_PREPOSITIONS.has(v.w))) break;
      }
    }
    if (u.m.type === 'PoliticalParty') {
      // "X, a Delaware Democrat"
      let j = i - 1;
      if (isEntity(units[j]) && (units[j] as { m: Mention }).m.type === 'Place') j--;
      if (isWordUnit(units[j], 'a', 'an') && isPunct(units[j - 1], ',')) {
        const p = units[j - 2];
        if (isEntity(p) && p.m.type === 'Person') addCandidate(out, p.m, 'MEMBER_OF', u.m, 0.75, 'person-a-party');
      }
      // "X (Labour)"
      if (isPunct(units[i - 1], '(') && isPunct(units[i + 1], ')')) {
        const p = units[i - 2];
        if (isEntity(p) && p.m.type === 'Person') addCandidate(out, p.m, 'MEMBER_OF', u.m, 0.75, 'person-paren-party');
      }
      // "Labour's Rachel Reeves"
      if (u.poss) {
        const p = units[i + 1];
        if (isEntity(p) && p.m.type === 'Person') addCandidate(out, p.m, 'MEMBER_OF', u.m, 0.6, 'party-person');
      }
    }
  }
}

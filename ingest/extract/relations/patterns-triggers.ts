// Subject–trigger–object patterns: "X condemned Y", "Y was blacklisted by X", "X's stake in Y", with lists distributed on both sides and negations dropped.
import type { RelationType } from '../../../core/types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { CONTINUATION_NOUNS, CONTINUATION_VERBS, SANCTION_WORDS, STATEMENT_NOUNS, TRIGGERS, type Trigger } from './lexicon.ts';
import { BE_FORMS, findObject, findSubject, headedByNoun, isEntity, isMainVerb, isNegation, isPunct, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit, WordUnit } from './units.ts';
import type { Mention } from '../types.ts';
import { affiliationType } from './patterns-roles.ts';

type TokenMatcher = { gap: true } | { gap: false; exact: Set<string>; prefixes: string[] };

interface CompiledTrigger {
  trigger: Trigger;
  tokens: TokenMatcher[];
  tail: TokenMatcher[] | null;
  needs: Set<string> | null;
}

function compilePhrase(phrase: string): TokenMatcher[] {
  return phrase.split(' ').map((token) => {
    if (token === '*') return { gap: true };
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const alt of token.split('|')) {
      if (alt.endsWith('~')) prefixes.push(alt.slice(0, -1));
      else exact.add(alt);
    }
    return { gap: false, exact, prefixes };
  });
}

const COMPILED: CompiledTrigger[] = TRIGGERS.map((trigger) => ({
  trigger,
  tokens: compilePhrase(trigger.phrase),
  tail: trigger.tail ? compilePhrase(trigger.tail) : null,
  needs: trigger.needs ? new Set(trigger.needs) : null,
}));

// Index by the first three letters of each first-token alternative, so a word checks few triggers.
const BY_PREFIX = new Map<string, CompiledTrigger[]>();
for (const compiled of COMPILED) {
  const first = compiled.tokens[0]!;
  if (first.gap) continue;
  const keys = new Set([...first.exact, ...first.prefixes].map((w) => w.slice(0, 3)));
  for (const key of keys) {
    const list = BY_PREFIX.get(key) ?? [];
    list.push(compiled);
    BY_PREFIX.set(key, list);
  }
}

function wordMatches(m: Extract<TokenMatcher, { gap: false }>, w: string): boolean {
  return m.exact.has(w) || m.prefixes.some((p) => w.startsWith(p));
}

const GAP_WORDS = 4;

/** Index after the phrase when it matches at i (words only), or -1. */
function matchPhrase(units: Unit[], i: number, tokens: TokenMatcher[], t = 0, entitiesAsWords = false): number {
  if (t === tokens.length) return i;
  const matcher = tokens[t]!;
  if (matcher.gap) {
    for (let skip = 0; skip <= GAP_WORDS; skip++) {
      const end = matchPhrase(units, i + skip, tokens, t + 1, entitiesAsWords);
      if (end >= 0) return end;
      const u = units[i + skip];
      // A gap holds modifiers, never another verb: "has sold its shares in X" is no holding.
      if (!u || u.k !== 'w' || isMainVerb(u)) return -1;
    }
    return -1;
  }
  const u = units[i];
  if (!u) return -1;
  // A tail may end in a named list: "added X to the Entity List".
  const word = u.k === 'w' ? u.w : entitiesAsWords && u.k === 'e' ? (u.m.surface.toLowerCase().split(/\s+/).pop() ?? '') : null;
  if (word === null || !wordMatches(matcher, word)) return -1;
  return matchPhrase(units, i + 1, tokens, t + 1, entitiesAsWords);
}

// "which is half owned by Y", "partly owned by": degree words between "is" and the participle.
const DEGREE_WORDS = new Set(['half', 'partly', 'partially', 'jointly', 'wholly', 'fully', 'majority', 'largely', 'mostly', 'privately', 'publicly', 'ultimately', 'indirectly', 'directly']);

/** A participle form after "was/were/been": the trigger reads passively. */
function passiveBefore(units: Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (BE_FORMS.has(u.w)) return true;
    if (!u.tags.has('Adverb') && !DEGREE_WORDS.has(u.w) && u.w !== 'also' && u.w !== 'since' && !isNegation(u)) return false;
  }
  return false;
}

/** Index of "by" right after the trigger (within two words), or -1. */
function agentBy(units: Unit[], end: number): number {
  for (let j = end; j < units.length && j <= end + 2; j++) {
    if (isWordUnit(units[j], 'by')) return j;
    if (units[j]!.k !== 'w') return -1;
  }
  return -1;
}

/** The word at i reads as a verb: tagged so, and not right after a determiner or a role modifier. */
function isVerbAt(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!u || u.k !== 'w' || !u.tags.has('Verb')) return false;
  const before = units[i - 1];
  // "a landmark building in X", "the office building": a gerund after a noun names a thing.
  if (u.w.endsWith('ing') && before?.k === 'w' && before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Verb')) return false;
  return !(before?.k === 'w' && (before.tags.has('Determiner') || before.tags.has('Adjective') || ['deputy', 'vice', 'co'].includes(before.w)));
}

function negatedAround(units: Unit[], start: number, end: number): boolean {
  for (let j = Math.max(0, start - 3); j < end; j++) if (isNegation(units[j])) return true;
  return false;
}

/** Possessive subject right before the trigger, across at most two adjectives ("Japan's new sanctions"). */
function possessiveSubject(su: SentenceUnits, i: number): number[] | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const u = su.units[j]!;
    if (u.k === 'e') return u.poss ? (su.groupOf.get(j)?.members.filter((m) => m <= j) ?? [j]) : null;
    if (u.k !== 'w' || u.tags.has('Verb')) return null;
  }
  return null;
}

// "chairs the Commons transport committee": a unit noun two words on names a part of the body.
const SUBUNIT_NOUNS = new Set(['committee', 'subcommittee', 'panel', 'unit', 'division', 'department', 'team', 'branch', 'office', 'delegation', 'group', 'operations', 'business']);

const SELF_NOUNS = new Set(['group', 'company', 'firm', 'bank', 'corporation', 'conglomerate', 'party']);

function relationFor(trigger: Trigger, target: EntityUnit, next?: Unit, afterNext?: Unit): RelationType {
  if (trigger.type === 'WORKS_FOR') return affiliationType('work', target.m);
  if (trigger.type === 'LEADS') {
    // "who led Care International operations in Iraq" leads a part of it.
    // "headed the Menatep group, the parent of …": the group is Menatep itself.
    const self = next?.k === 'w' && SELF_NOUNS.has(next.w) && !next.poss && !(afterNext?.k === 'w' && afterNext.tags.has('Noun'));
    const part =
      (next?.k === 'w' && next.tags.has('Noun') && !next.tags.has('Pronoun') && !['in', 'and', 'of'].includes(next.w) && !self) ||
      (next?.k === 'w' && !next.cap && afterNext?.k === 'w' && SUBUNIT_NOUNS.has(afterNext.w));
    return affiliationType(part ? 'work' : 'lead', target.m);
  }
  return trigger.type;
}

/**
 * What earlier sentences leave for later ones: who imposed the latest sanctions ("X and his wife
 * were also penalised"), and an act whose objects were not named yet ("the fund will exclude all
 * oil majors. This announcement affects A, B and C").
 */
export interface Discourse {
  sentence: number;
  sanctioner: { sources: Mention[]; sentence: number } | null;
  pending: { type: RelationType; sources: Mention[]; sentence: number } | null;
  /** The person who opens the last sentence read, for a "He accused Y …" opening the next one. */
  persons?: { mentions: Mention[]; sentence: number } | null;
  /** The same for the sentence before the one being read (kept for the patterns that run after the triggers). */
  priorPersons?: { mentions: Mention[]; sentence: number } | null;
}

/** A fresh discourse state for one text. */
export function createDiscourse(): Discourse {
  return { sentence: 0, sanctioner: null, pending: null, persons: null, priorPersons: null };
}

/**
 * "He also accused Y of …" opening a sentence: the one person the sentence before named (none when
 * it named two or none).
 */
function previousPerson(units: Unit[], start: number, discourse: Discourse | undefined): Mention[] | null {
  const persons = discourse?.persons;
  if (!persons || discourse.sentence - persons.sentence !== 1 || persons.mentions.length !== 1) return null;
  if (!isWordUnit(units[0], 'he', 'she')) return null;
  for (let j = 1; j < start; j++) {
    const u = units[j]!;
    if (u.k !== 'w' || !(u.tags.has('Adverb') || u.tags.has('Auxiliary') || ['also', 'has', 'had', 'have', 'then', 'later', 'previously', 'repeatedly', 'publicly'].includes(u.w))) return null;
    if (isNegation(u)) return null;
  }
  return persons.mentions;
}

/**
 * Remembers the person who opens this sentence as its subject ("Tom Vance spoke …", "Labour MP Tom
 * Vance said …") for the next one; a sentence opening with a pronoun or a verb leaves none.
 */
function notePersons(su: SentenceUnits, discourse: Discourse): void {
  discourse.priorPersons = discourse.persons ?? null;
  const units = su.units;
  let opener: Mention | null = null;
  for (let j = 0; j < units.length && j < 6; j++) {
    const u = units[j]!;
    if (u.k === 'e') {
      if (u.m.type === 'Person' && !u.poss) opener = u.m;
      else if (u.m.type === 'Person' || !u.poss && !isWordUnit(units[j + 1])) break;
      if (opener) break;
      continue;
    }
    if (u.k === 'p' || u.tags.has('Pronoun') || (u.tags.has('Verb') && !u.tags.has('Noun')) || ['he', 'she', 'it', 'they', 'we', 'i'].includes(u.w)) break;
  }
  discourse.persons = { mentions: opener ? [opener] : [], sentence: discourse.sentence };
}

const SANCTIONER_REACH = 4;
const PENDING_REACH = 2;
const PENDING_TYPES = new Set<RelationType>(['DIVESTED_FROM', 'SANCTIONED', 'INVESTED_IN']);

function recentSanctioner(discourse: Discourse | undefined): Mention[] | null {
  const s = discourse?.sanctioner;
  return s && discourse.sentence - s.sentence <= SANCTIONER_REACH ? s.sources : null;
}

/** No entity stands before i in the sentence: the clause has no named subject ("The list includes …"). */
function subjectless(units: Unit[], i: number): boolean {
  for (let j = 0; j < i; j++) if (units[j]!.k === 'e') return false;
  return true;
}

/** Applies every trigger phrase of the lexicon to one sentence. */
export function matchTriggers(su: SentenceUnits, out: Candidate[], discourse?: Discourse): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    const candidates = BY_PREFIX.get(u.w.slice(0, 3));
    if (candidates) {
      for (const compiled of candidates) {
        const end = matchPhrase(units, i, compiled.tokens);
        if (end < 0) continue;
        applyTrigger(su, compiled, i, end, out, discourse);
      }
    }
    if (discourse && CONTINUATION_NOUNS.has(u.w)) applyContinuation(su, i, out, discourse);
    if (u.w === 'under') applyUnderSanctions(su, i, out);
    if (SEIZE_VERBS.has(u.w)) applySeizure(su, i, out);
  }
  applySanctionedCompounds(su, out);
  if (discourse) notePersons(su, discourse);
}

const SEIZE_VERBS = new Set(['seize', 'seizes', 'seized', 'seizing', 'freeze', 'freezes', 'froze', 'freezing']);
/** What a state seizes or freezes: "seized X's main production unit", "froze X's assets". */
const ASSET_NOUNS = new Set([
  'assets', 'asset', 'land', 'lands', 'property', 'properties', 'farm', 'farms', 'farmland', 'estate', 'estates',
  'accounts', 'account', 'funds', 'shares', 'stake', 'unit', 'arm', 'subsidiary', 'business', 'plant', 'plants',
  'factory', 'factories', 'mine', 'mines', 'oilfield', 'oilfields', 'fields', 'field', 'operations', 'offices',
  'headquarters', 'holdings', 'ranch', 'ranches', 'refinery', 'refineries', 'tankers', 'aircraft', 'planes', 'ships',
]);

/** Index of an asset noun within three words from `from` (modifiers only), or -1. */
function assetNounAt(units: Unit[], from: number): number {
  for (let j = from; j < units.length && j < from + 4; j++) {
    const u = units[j]!;
    if (isPunct(u, '-')) continue;
    if (u.k !== 'w') return -1;
    if (ASSET_NOUNS.has(u.w)) return j;
    if (isMainVerb(u) && !u.w.endsWith('ing')) return -1;
  }
  return -1;
}

/**
 * "Venezuelan authorities will seize land owned by X", "the Kremlin seized X's main production arm",
 * "froze X's assets": a state taking or freezing what a company or person owns.
 */
function applySeizure(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (passiveBefore(units, i)) return;
  let j = i + 1;
  // "seized and sold X's main production arm"
  if (isWordUnit(units[j], 'and') && isWordUnit(units[j + 1]) && (units[j + 1] as WordUnit).tags.has('Verb')) j += 2;
  while (isWordUnit(units[j], 'the', 'all', 'some', 'its', 'their')) j++;
  let targets: number[] | null = null;
  const first = units[j];
  if (isEntity(first) && first.poss) {
    // "X's main production arm"
    if (assetNounAt(units, j + 1) > 0) targets = [j];
  } else if (isEntity(first) && !first.demonym && !headedByNoun(units, j)) {
    targets = su.groupOf.get(j)?.members.filter((m) => m >= j) ?? [j];
  } else {
    // "land owned by X", "the assets of X"
    const asset = assetNounAt(units, j);
    if (asset < 0) return;
    let k = asset + 1;
    if (isWordUnit(units[k], 'owned', 'held', 'controlled', 'run', 'operated') && isWordUnit(units[k + 1], 'by')) k += 2;
    else if (isWordUnit(units[k], 'of', 'belonging')) k += isWordUnit(units[k + 1], 'to') ? 2 : 1;
    else return;
    targets = findObject(su, k, 3);
  }
  if (!targets) return;
  const subject = findSubject(su, i);
  if (!subject || subject.negated) return;
  emitAll(out, units, mentionsOf(units, subject.members), targets, SEIZURE, 0.65, 'seizure');
}

const SANCTION_HEADS = new Set(['sanctions', 'sanction', 'embargo', 'blacklist', 'restrictions']);
const SANCTIONED_PARTICIPLES = new Set(['sanctioned', 'blacklisted', 'banned', 'designated']);

/** "X has been under US sanctions since 2018", "X, under EU sanctions, …" */
function applyUnderSanctions(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (isWordUnit(units[j], 'the', 'new', 'fresh')) j++;
  const agent = units[j];
  const head = units[j + 1];
  if (!isEntity(agent) || !isWordUnit(head) || !SANCTION_HEADS.has(head.w)) return;
  const patients = findSubject(su, i);
  if (!patients || patients.negated) return;
  emitAll(out, units, [agent.m], patients.members, SANCTION_COMPOUND, 0.7, 'under-sanctions');
}

/** "US-sanctioned Huawei", "the EU-blacklisted airline Belavia" */
function applySanctionedCompounds(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i + 2 < units.length; i++) {
    const agent = units[i];
    const participle = units[i + 2];
    if (!isEntity(agent) || !isPunct(units[i + 1], '-') || !isWordUnit(participle) || !SANCTIONED_PARTICIPLES.has(participle.w)) continue;
    const targets = findObject(su, i + 3, 3);
    if (targets) emitAll(out, units, [agent.m], targets, SANCTION_COMPOUND, 0.75, 'sanctioned-compound');
  }
}

/** Adds a relation from each source to each target unit. */
function emitAll(out: Candidate[], units: Unit[], sources: Mention[], targets: number[], trigger: Trigger, confidence: number, pattern: string): void {
  for (const source of sources) {
    for (const t of targets) {
      const target = units[t];
      if (!isEntity(target)) continue;
      addCandidate(out, source, relationFor(trigger, target, units[t + 1], units[t + 2]), target.m, confidence, pattern);
    }
  }
}

function mentionsOf(units: Unit[], indices: number[]): Mention[] {
  return indices.map((i) => units[i]).filter(isEntity).map((u) => u.m);
}

/** Objects after `from`, extended by a following ", including A, B" list. */
function objectsWithInclusions(su: SentenceUnits, from: number, maxWords: number, stopAtPrepositions = false): number[] | null {
  const units = su.units;
  let objects = findObject(su, from, maxWords, stopAtPrepositions, stopAtPrepositions);
  if (!objects) {
    // "imposed on the aircraft industries' organisations, including A, B and C"
    for (let j = from; j < units.length && j < from + 10; j++) {
      const u = units[j]!;
      if (u.k === 'e' || (u.k === 'p' && u.p !== ',' && u.p !== '-') || (u.k === 'w' && u.tags.has('Copula'))) break;
      if (isWordUnit(u, 'including')) {
        objects = findObject(su, j + 1, 3);
        break;
      }
    }
    if (!objects) return null;
  }
  let last = objects[objects.length - 1]!;
  let j = last + 1;
  if (isPunct(units[j], ',')) j++;
  if (isWordUnit(units[j], 'including', 'notably', 'namely')) {
    const more = findObject(su, j + 1, 5);
    if (more) {
      objects.push(...more);
      last = more[more.length - 1]!;
      // "…, including all units of the Armed Forces, the Security Service, the Intelligence Service"
      for (let k = last + 1; k < units.length; k++) {
        if (!isPunct(units[k], ',')) break;
        let n = k + 1;
        while (isWordUnit(units[n], 'and', 'the')) n++;
        if (!isEntity(units[n])) break;
        const group = su.groupOf.get(n);
        const members = group ? group.members.filter((m) => m >= n) : [n];
        objects.push(...members);
        k = members[members.length - 1]!;
      }
    }
  }
  return objects;
}

/**
 * "This new announcement now affects A, B and C", "Restrictions are also applied to X",
 * "The list includes X": a subjectless noun carrying an earlier sentence's act.
 */
function applyContinuation(su: SentenceUnits, i: number, out: Candidate[], discourse: Discourse): void {
  const units = su.units;
  if (!subjectless(units, i)) return;
  const noun = (units[i] as WordUnit).w;
  let j = i + 1;
  while (j < units.length && j <= i + 4) {
    const u = units[j]!;
    if (u.k !== 'w') return;
    if (CONTINUATION_VERBS.has(u.w)) break;
    if (!(u.tags.has('Adverb') || u.tags.has('Auxiliary') || u.tags.has('Copula') || ['also', 'now', 'further', 'have', 'has', 'been', 'are', 'is', 'was', 'were'].includes(u.w))) return;
    j++;
  }
  const verb = units[j];
  if (!isWordUnit(verb) || !CONTINUATION_VERBS.has(verb.w)) return;
  let from = j + 1;
  if (isWordUnit(units[from], 'to', 'on', 'against')) from++;
  const objects = objectsWithInclusions(su, from, 6);
  if (!objects) return;
  const sanctionNoun = SANCTION_WORDS.has(noun);
  if (sanctionNoun) {
    const sources = recentSanctioner(discourse);
    if (sources) emitAll(out, units, sources, objects, SANCTION_CONTINUATION, 0.5, 'continuation:sanctions');
    return;
  }
  const pending = discourse.pending;
  if (pending && discourse.sentence - pending.sentence <= PENDING_REACH) {
    emitAll(out, units, pending.sources, objects, { ...SANCTION_CONTINUATION, type: pending.type }, 0.5, 'continuation:pending');
  }
}

function applyTrigger(
  su: SentenceUnits,
  compiled: CompiledTrigger,
  start: number,
  end: number,
  out: Candidate[],
  discourse: Discourse | undefined,
): void {
  const units = su.units;
  const { trigger } = compiled;
  if (negatedAround(units, start, end)) return;
  // "X, who took over as chief executive of Y": a post taken over, not a company.
  if (trigger.type === 'INVESTED_IN' && isWordUnit(units[end], 'as')) return;
  if (trigger.verb && !isVerbAt(units, start)) return;
  // "a wholly-owned subsidiary of Y", "state-owned X": a hyphenated participle is an adjective.
  if (isPunct(units[start - 1], '-') && (units[start] as WordUnit).w.endsWith('ed')) return;

  if (compiled.needs) {
    let found = false;
    for (let j = end; j < units.length && j < end + 8; j++) {
      const u = units[j]!;
      if (u.k === 'w' && compiled.needs.has(u.w)) found = true;
    }
    if (!found) return;
  }

  // "is selling its stake" is progressive, not passive.
  const passive = !trigger.stative && passiveBefore(units, start) && !(units[start] as WordUnit).w.endsWith('ing');
  const pattern = `trigger:${trigger.phrase.split(' ')[0]}`;
  // Criticism hits what directly follows: not "a surge in cheap Chinese exports".
  const critical = trigger.type === 'CRITICIZED' && !compiled.needs;
  // "runs a shop near X" leads no X: a leader's body follows the verb directly.
  const direct = critical || trigger.type === 'LEADS';
  let objects = objectsWithInclusions(su, end, compiled.needs ? 8 : critical ? 4 : 6, direct);
  // A passive names its patient before the trigger: "X and his wife were also penalised".
  if (!objects && passive) objects = [];
  if (!objects) {
    // "The fund has decided to exclude all oil majors": remember the act for the next sentences.
    if (discourse && !passive && !trigger.possessiveSubject && PENDING_TYPES.has(trigger.type)) {
      const found = findSubject(su, start);
      if (found && !found.negated) discourse.pending = { type: trigger.type, sources: mentionsOf(units, found.members), sentence: discourse.sentence };
    }
    return;
  }
  if (trigger.type === 'INVESTED_IN') {
    // "shareholders will receive X shares in return for each Y share": an exchange, no holding.
    if (isWordUnit(units[end], 'return', 'exchange')) return;
    // "an offer by X to acquire a stake in Y", "X hopes to buy Y": an intention, not a holding.
    if (intendedAct(units, start)) return;
  }
  // "will represent the G8 at the talks", "a lawyer representing the union": a delegate or an
  // advocate, no member; only a party or an assembly is represented by its members.
  if (trigger.type === 'MEMBER_OF' && REPRESENT_VERBS.has((units[start] as WordUnit).w)) {
    objects = objects.filter((o) => {
      const t = units[o];
      return !isEntity(t) || t.m.type === 'PoliticalParty' || t.m.type === 'GovernmentBody';
    });
    if (objects.length === 0) return;
  }
  // "bankrolled political opponents of Y", "jailed critics of Y": the subject acts on the critics, it is none.
  if (trigger.type === 'CRITICIZED' && CRITIC_NOUNS.has((units[start] as WordUnit).w) && criticsAsObject(units, start)) return;
  // "called for an inquiry by the information commissioner X": X is asked to act, not criticised.
  if (trigger.type === 'CRITICIZED' && !passive) {
    objects = objects.filter((o) => !agentBefore(units, o, end));
    if (objects.length === 0) return;
  }
  let afterTrigger = end;
  if (compiled.tail) {
    if (passive) {
      // "X was added to the Entity List by Y"
      afterTrigger = matchPhrase(units, end, compiled.tail, 0, true);
      if (afterTrigger < 0) return;
      objects = [];
    } else {
      const last = objects[objects.length - 1]!;
      if (matchPhrase(units, last + 1, compiled.tail, 0, true) < 0) return;
    }
  }

  let subjects: number[] | null;
  let confidence = trigger.confidence;
  if (trigger.possessiveSubject) {
    subjects = possessiveSubject(su, start);
    if (!subjects && trigger.type === 'SANCTIONED' && subjectless(units, start)) {
      const sources = recentSanctioner(discourse);
      if (sources) emitAll(out, units, sources, objects, trigger, 0.5, `${pattern}:discourse`);
      return;
    }
  } else if (passive) {
    // "Hikvision was blacklisted by the US": the entity after "by" acts, the subject undergoes.
    const by = agentBy(units, afterTrigger);
    const patients = findSubject(su, start);
    if (!patients || patients.negated) return;
    if (by < 0) {
      // "X and his wife were also penalised": by whoever imposed the sanctions just before.
      const sources = trigger.type === 'SANCTIONED' ? recentSanctioner(discourse) : null;
      if (sources) emitAll(out, units, sources, patients.members, trigger, 0.5, `${pattern}:discourse`);
      return;
    }
    const agents = findObject(su, by + 1, 4) ?? agentsAfterCommonNouns(su, by + 1);
    if (!agents) return;
    // "criticised by a Labour grandee": the grandee acts, not the party.
    if (headedByNoun(units, agents[0]!)) return;
    subjects = agents;
    objects = patients.members;
  } else {
    // "The Senate passed a resolution condemning X": the statement noun carries the subject's act.
    const carrier = units[start - 1];
    const found = findSubject(su, start, 8, isWordUnit(carrier) && STATEMENT_NOUNS.has(carrier.w));
    const previous = !found && trigger.type === 'CRITICIZED' ? previousPerson(units, start, discourse) : null;
    if (previous) {
      emitAll(out, units, previous, objects, trigger, confidence - 0.1, `${pattern}:previous-person`);
      return;
    }
    if (!found) {
      if (trigger.type === 'SANCTIONED' && SANCTION_WORDS.has((units[start] as WordUnit).w) && subjectless(units, start)) {
        const sources = recentSanctioner(discourse);
        if (sources) emitAll(out, units, sources, objects, trigger, 0.5, `${pattern}:discourse`);
      }
      return;
    }
    if (found.negated) return;
    // "The majority owner of Russian oil firm X has sued Y": the owner acts, not X.
    const first = units[found.members[0]!];
    // ("minister for women X accused Y": a person after a role phrase is its holder.)
    if (isEntity(first) && !first.poss && first.m.type !== 'Person' && insidePrepositionPhrase(units, found.members[0]!)) return;
    // "The institute, financed by billionaire X, has accused Y": X is the agent of the apposition;
    // the subject stands before its opening comma ("The media giant, run by X, owns …").
    let members = found.members;
    // ("Funds managed by X sold Y": funds are their manager's, X still acts.)
    if (agentBefore(units, members[0]!, 0) && !managedFunds(units, members[0]!)) {
      const comma = appositionComma(units, members[0]!);
      const head = comma > 0 ? findSubject(su, comma) : null;
      if (!head || head.negated || head.distance > 0 || agentBefore(units, head.members[0]!, 0)) return;
      members = head.members;
    }
    subjects = members;
    if (found.distance > 4) confidence -= 0.15;
  }
  if (!subjects) return;

  // "shares in China Mobile's base stations" are market shares, not a holding in China Mobile.
  if (trigger.type === 'INVESTED_IN' && !passive) {
    const owned = units[objects[0]!];
    if (isEntity(owned) && owned.poss && units[objects[0]! + 1]?.k === 'w') return;
    // "Y, (now) owned by X": a participle before "by" is passive, Y is owned (patterns-stakes.ts reads it).
    if (isWordUnit(units[end], 'by')) return;
    // "to buy 10 aircraft from Airbus" buys goods from a supplier, no stake in it.
    for (let j = end; j < objects[0]!; j++) if (isWordUnit(units[j], 'from')) return;
  }
  const [sources, targets] = trigger.reverse ? [objects, subjects] : [subjects, objects];
  emitAll(out, units, mentionsOf(units, sources), targets, trigger, confidence, pattern);
}

// Words before an infinitive that make the act an intention: "an offer to buy", "plans to acquire".
const INTENT_WORDS = new Set([
  'offer', 'offers', 'bid', 'bids', 'plan', 'plans', 'planned', 'planning', 'proposal', 'proposes', 'proposed', 'attempt',
  'attempts', 'attempted', 'talks', 'approach', 'hopes', 'hope', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'seek',
  'seeks', 'seeking', 'sought', 'considering', 'consider', 'considers', 'intends', 'intend', 'intended', 'intention',
  'aims', 'aim', 'aiming', 'would', 'could', 'may', 'might', 'interested', 'eyeing', 'tries', 'try', 'trying', 'tried',
  'failed', 'refused', 'rejected', 'ready', 'willing', 'keen', 'likely', 'expected', 'set', 'poised', 'allowed',
  // "X beat Y to buy Z": the rival Y only tried (patterns-stakes.ts gives X the buy).
  'beat', 'beats', 'beaten', 'outbid', 'outbids',
]);

/** The verb at i is an infinitive after an intention word within five units ("offer being made by X to acquire"). */
function intendedAct(units: Unit[], i: number): boolean {
  if (!isWordUnit(units[i - 1], 'to')) return false;
  for (let j = i - 2; j >= 0 && j >= i - 7; j--) {
    const u = units[j]!;
    if (u.k === 'p' && u.p !== '-') return false;
    if (u.k === 'w' && INTENT_WORDS.has(u.w)) return true;
  }
  return false;
}

const REPRESENT_VERBS = new Set(['represent', 'represents', 'represented', 'representing']);

const PHRASE_PREPOSITIONS = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'within']);

/**
 * The entity at i ends a preposition phrase whose head noun stands before it, across descriptor
 * words ("the owner of Russian oil firm X", "shareholders in the Dutch group X").
 */
function insidePrepositionPhrase(units: Unit[], i: number): boolean {
  let skipped = 0;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const u = units[j]!;
    if (u.k === 'e') {
      if (u.demonym && !u.poss) {
        skipped++;
        continue;
      }
      return false;
    }
    if (u.k === 'p' && u.p === '-') continue;
    if (u.k !== 'w') return false;
    if (PHRASE_PREPOSITIONS.has(u.w)) {
      const head = units[j - 1];
      return skipped > 0 && isWordUnit(head) && head.tags.has('Noun') && !head.tags.has('Pronoun') && !isMainVerb(head);
    }
    if (u.w === 'the' || u.w === 'a' || u.w === 'an') continue;
    // only descriptor words: "oil firm", "mining group", never "the fact that"
    // ("embattled oil firm X": a participle before the descriptor is a modifier.)
    const participle = skipped > 0 && /(ed|ing)$/.test(u.w) && !isWordUnit(units[j - 1], 'has', 'have', 'had', 'was', 'were', 'is', 'are');
    if (u.cap || (isMainVerb(u) && !participle) || u.tags.has('Pronoun') || u.tags.has('Preposition') || u.tags.has('Conjunction') || u.tags.has('Determiner')) return false;
    if (!u.tags.has('Noun') && !u.tags.has('Adjective') && !participle) return false;
    skipped++;
  }
  return false;
}

/** The comma opening ", run by X," before the entity at i (participle, "by", modifiers), or -1. */
function appositionComma(units: Unit[], i: number): number {
  let j = i - 1;
  while (j >= 0 && j > i - 6 && !isWordUnit(units[j], 'by')) j--;
  if (!isWordUnit(units[j], 'by')) return -1;
  const participle = units[j - 1];
  if (!isWordUnit(participle) || !/(ed|en|run|led|held|owned)$/.test(participle.w)) return -1;
  let k = j - 2;
  while (isWordUnit(units[k]) && ((units[k] as WordUnit).tags.has('Adverb') || isWordUnit(units[k], 'partly', 'largely', 'wholly', 'also'))) k--;
  return isPunct(units[k], ',') ? k : -1;
}

const CRITIC_NOUNS = new Set(['critic', 'critics', 'opponent', 'opponents']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'become', 'becomes', 'remains', 'remained', 'remain']);

/** "funded (political) opponents of": the critic noun is the object of a verb other than "be"/"become". */
function criticsAsObject(units: Unit[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (COPULAS.has(u.w)) return false;
    // a verb, or a word after infinitive "to" ("began to fund opponents of")
    if (isMainVerb(u) || isWordUnit(units[j - 1], 'to')) return true;
    if (!(u.tags.has('Adjective') || u.tags.has('Determiner') || u.tags.has('Adverb') || u.tags.has('Possessive'))) return false;
  }
  return false;
}

// Holdings a manager acts through: "funds run by X" divest as X does.
const MANAGED_NOUNS = new Set(['fund', 'funds', 'portfolio', 'portfolios', 'vehicle', 'vehicles', 'trust', 'trusts', 'account', 'accounts']);

/** "Funds managed by X", "emerging-market funds run by X": a managed-money noun, a participle, "by", the entity at i. */
function managedFunds(units: Unit[], i: number): boolean {
  const by = i - 1;
  if (!isWordUnit(units[by], 'by')) return false;
  if (!isWordUnit(units[by - 1], 'managed', 'run', 'operated', 'advised', 'owned', 'controlled')) return false;
  const noun = units[by - 2];
  return isWordUnit(noun) && MANAGED_NOUNS.has(noun.w);
}

/** A "by" between `from` and the object at i, across modifiers only ("by the information commissioner X"). */
function agentBefore(units: Unit[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 5; j--) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (u.w === 'by') return true;
    if (isMainVerb(u) || u.tags.has('Preposition')) return false;
  }
  return false;
}

/** "condemned by rights groups and the Greens": the named agents after a plural common noun and "and". */
function agentsAfterCommonNouns(su: SentenceUnits, from: number): number[] | null {
  const units = su.units;
  for (let j = from; j < units.length && j < from + 5; j++) {
    const u = units[j]!;
    if (u.k !== 'w') return null;
    if (u.w !== 'and' || !isWordUnit(units[j - 1]) || !(units[j - 1] as WordUnit).tags.has('Plural')) continue;
    return findObject(su, j + 1, 2);
  }
  return null;
}

const SANCTION_CONTINUATION: Trigger = { type: 'SANCTIONED', phrase: 'continuation', confidence: 0.5 };
const SANCTION_COMPOUND: Trigger = { type: 'SANCTIONED', phrase: 'compound', confidence: 0.7 };
const SEIZURE: Trigger = { type: 'SANCTIONED', phrase: 'seizure', confidence: 0.65 };

// Subject–trigger–object patterns: "X condemned Y", "Y was blacklisted by X", "X's stake in Y", with lists distributed on both sides and negations dropped.
import type { RelationType } from '../../../core/types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { STATEMENT_NOUNS, TRIGGERS, type Trigger } from './lexicon.ts';
import { BE_FORMS, findObject, findSubject, headedByNoun, isEntity, isNegation, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit } from './units.ts';
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
function matchPhrase(units: Unit[], i: number, tokens: TokenMatcher[], t = 0): number {
  if (t === tokens.length) return i;
  const matcher = tokens[t]!;
  if (matcher.gap) {
    for (let skip = 0; skip <= GAP_WORDS; skip++) {
      const end = matchPhrase(units, i + skip, tokens, t + 1);
      if (end >= 0) return end;
      const u = units[i + skip];
      if (!u || u.k !== 'w') return -1;
    }
    return -1;
  }
  const u = units[i];
  if (!u || u.k !== 'w' || !wordMatches(matcher, u.w)) return -1;
  return matchPhrase(units, i + 1, tokens, t + 1);
}

/** A participle form after "was/were/been": the trigger reads passively. */
function passiveBefore(units: Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (BE_FORMS.has(u.w)) return true;
    if (!u.tags.has('Adverb') && u.w !== 'also' && u.w !== 'since' && !isNegation(u)) return false;
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

function relationFor(trigger: Trigger, target: EntityUnit): RelationType {
  if (trigger.type === 'WORKS_FOR') return affiliationType('work', target.m);
  if (trigger.type === 'LEADS') return affiliationType('lead', target.m);
  return trigger.type;
}

/** Applies every trigger phrase of the lexicon to one sentence. */
export function matchTriggers(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    const candidates = BY_PREFIX.get(u.w.slice(0, 3));
    if (!candidates) continue;
    for (const compiled of candidates) {
      const end = matchPhrase(units, i, compiled.tokens);
      if (end < 0) continue;
      applyTrigger(su, compiled, i, end, out);
    }
  }
}

function applyTrigger(su: SentenceUnits, compiled: CompiledTrigger, start: number, end: number, out: Candidate[]): void {
  const units = su.units;
  const { trigger } = compiled;
  if (negatedAround(units, start, end)) return;
  if (trigger.verb && !isVerbAt(units, start)) return;

  if (compiled.needs) {
    let found = false;
    for (let j = end; j < units.length && j < end + 8; j++) {
      const u = units[j]!;
      if (u.k === 'w' && compiled.needs.has(u.w)) found = true;
    }
    if (!found) return;
  }

  let objects = findObject(su, end, compiled.needs ? 8 : 6);
  if (!objects) return;
  if (compiled.tail) {
    const last = objects[objects.length - 1]!;
    if (matchPhrase(units, last + 1, compiled.tail) < 0) return;
  }

  let subjects: number[] | null;
  let confidence = trigger.confidence;
  const passive = !trigger.stative && passiveBefore(units, start);
  if (trigger.possessiveSubject) {
    subjects = possessiveSubject(su, start);
  } else if (passive) {
    // "Hikvision was blacklisted by the US": the entity after "by" acts, the subject undergoes.
    const by = agentBy(units, end);
    if (by < 0) return;
    const agents = findObject(su, by + 1, 4);
    const patients = findSubject(su, start);
    if (!agents || !patients || patients.negated) return;
    // "criticised by a Labour grandee": the grandee acts, not the party.
    if (headedByNoun(units, agents[0]!)) return;
    subjects = agents;
    objects = patients.members;
  } else {
    // "The Senate passed a resolution condemning X": the statement noun carries the subject's act.
    const carrier = units[start - 1];
    const found = findSubject(su, start, 8, isWordUnit(carrier) && STATEMENT_NOUNS.has(carrier.w));
    if (!found || found.negated) return;
    subjects = found.members;
    if (found.distance > 4) confidence -= 0.15;
  }
  if (!subjects) return;

  const [sources, targets] = trigger.reverse ? [objects, subjects] : [subjects, objects];
  for (const s of sources) {
    for (const t of targets) {
      const source = units[s];
      const target = units[t];
      if (!isEntity(source) || !isEntity(target)) continue;
      addCandidate(out, source.m, relationFor(trigger, target), target.m, confidence, `trigger:${trigger.phrase.split(' ')[0]}`);
    }
  }
}

// Subject pronouns as entities: "news that it is offloading its stake" (the company named before), "saying that he deplored …" (the person named before).
import type { EntityType } from '../../../core/types.ts';
import type { DefiniteResolver } from './definite-references.ts';
import { isEntity, isMainVerb } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit, WordUnit } from './units.ts';

const BODY_TYPES: EntityType[] = ['Company', 'Fund', 'Organization', 'GovernmentBody'];
const PERSON_TYPES: EntityType[] = ['Person'];
// Words after which a pronoun starts a clause as its subject.
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'as', 'when', 'while', 'after', 'before', 'since', 'so', 'although', 'though', 'if', 'where', 'now']);
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'to', 'for', 'from', 'by', 'with', 'against', 'over', 'about', 'into', 'than']);

/** Whether the word at i stands as a clause subject: at the start, after a comma or an opener, before a verb. */
function subjectPosition(units: Unit[], i: number, nominative: boolean): boolean {
  const before = units[i - 1];
  if (before && before.k === 'e') return false;
  // "Voss said she would return": "she" after its antecedent's verb opens a clause of its own.
  const reported = nominative && before?.k === 'w' && before.tags.has('Verb') && isEntity(units[i - 2]);
  if (before && before.k === 'w' && !reported && !CLAUSE_OPENERS.has(before.w) && (isMainVerb(before) || PREPOSITIONS.has(before.w) || before.tags.has('Verb'))) return false;
  for (let j = i + 1; j < units.length && j <= i + 3; j++) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (u.tags.has('Verb')) return true;
    if (!u.tags.has('Adverb')) return false;
  }
  return false;
}

/** The nearest entity of the given types before unit i in the sentence, not inside a possessive. */
function nearestBefore(units: Unit[], i: number, types: EntityType[]): EntityUnit | null {
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j]!;
    if (isEntity(u) && types.includes(u.m.type) && !u.demonym) return u;
  }
  return null;
}

/**
 * Replaces subject pronouns ("it", "he", "she") by the entity they stand for, so relation patterns
 * read them as subjects: "it" → the nearest body named before in the sentence, else the article's
 * main company so far; "he"/"she" → the nearest person named before in the sentence.
 */
export function resolvePronounSubjects(su: SentenceUnits, resolve?: DefiniteResolver): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w' || u.cap && i > 0) continue;
    const person = u.w === 'he' || u.w === 'she';
    if (!person && u.w !== 'it') continue;
    if (!subjectPosition(units, i, person)) continue;
    const types = person ? PERSON_TYPES : BODY_TYPES;
    const near = nearestBefore(units, i, types);
    // "It was led by X": with no antecedent in the sentence, a passive "it" may be anything (a delegation).
    const m = near?.m ?? (person || passiveAfter(units, i) ? null : (resolve?.(['Company', 'Fund'], u.start) ?? null));
    if (!m) continue;
    const word = u as WordUnit;
    units[i] = {
      k: 'e',
      m: { ...m, surface: word.w, sentence: su.sentence.index, start: word.start, end: word.end },
      inner: [],
      poss: false,
      demonym: false,
      start: word.start,
      end: word.end,
    };
  }
}

const PASSIVE_BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

/** "it was (later) bought by …": a be-form, a verb and "by" right after the pronoun at i. */
function passiveAfter(units: Unit[], i: number): boolean {
  let j = i + 1;
  let be = false;
  while (j < units.length && j <= i + 3 && units[j]!.k === 'w') {
    const u = units[j] as WordUnit;
    if (PASSIVE_BE.has(u.w) || u.w === 'has' || u.w === 'had') be = be || PASSIVE_BE.has(u.w);
    else if (!u.tags.has('Adverb')) break;
    j++;
  }
  const verb = units[j];
  return be && verb?.k === 'w' && verb.tags.has('Verb') && units[j + 1]?.k === 'w' && (units[j + 1] as WordUnit).w === 'by';
}

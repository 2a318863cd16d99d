// Contracts as supply: "X was awarded a contract by Y", "Y awarded contracts to X", "Y awarded X a contract", "X won a contract to develop a field in Y", "X holds contracts in Y" → X SUPPLIES Y.
import type { Candidate } from './candidate.ts';
import { CLAUSE_BREAKS } from './lexicon.ts';
import {
  addPairs,
  BE_FORMS,
  findObject,
  findSubject,
  headedByNoun,
  isEntity,
  isMainVerb,
  isNegation,
  isPunct,
  isWordUnit,
} from './scan.ts';
import type { SentenceUnits, Unit, WordUnit } from './units.ts';

const CONTRACT_NOUNS = new Set([
  'contract',
  'contracts',
  'concession',
  'concessions',
  'tender',
  'tenders',
  'franchise',
  'franchises',
  'order',
  'orders',
]);
const AWARD_VERBS = new Set([
  'awarded',
  'awards',
  'award',
  'awarding',
  'granted',
  'grants',
  'grant',
  'handed',
  'gave',
  'given',
]);
const WIN_VERBS = new Set([
  'won',
  'wins',
  'win',
  'winning',
  'secured',
  'secures',
  'landed',
  'lands',
  'clinched',
  'holds',
  'hold',
  'held',
  'has',
  'have',
  'signed',
  'signs',
]);
/** Prepositions naming the client of a contract: "contracts in Y", "a contract with/from/for Y". */
const CLIENT_PREPOSITIONS = new Set(['in', 'with', 'from', 'for', 'by']);
/** Quantifiers and adjectives a contract phrase may carry: "two potentially lucrative oil exploration contracts". */
const MAX_PHRASE = 6;

function emitSupplies(
  out: Candidate[],
  units: Unit[],
  suppliers: number[],
  clients: number[],
  confidence: number,
  pattern: string,
): void {
  addPairs(out, units, suppliers, clients, 'SUPPLIES', confidence, pattern);
}

/** Index of the contract noun heading the phrase from `from` (words only), or -1. */
function contractNounAt(units: Unit[], from: number): number {
  for (let j = from; j < units.length && j < from + MAX_PHRASE; j++) {
    const u = units[j]!;
    if (isPunct(u, '-')) continue;
    if (u.k !== 'w') return -1;
    if (CONTRACT_NOUNS.has(u.w)) {
      // "order" and "tender" are contracts only as nouns after a determiner or modifier: not "in order to".
      if ((u.w === 'order' || u.w === 'orders') && isWordUnit(units[j + 1], 'to')) return -1;
      return j;
    }
    if (
      isNegation(u) ||
      CLAUSE_BREAKS.has(u.w) ||
      u.w === 'to' ||
      (isMainVerb(u) && !u.tags.has('Noun') && !u.w.endsWith('ing'))
    )
      return -1;
  }
  return -1;
}

/**
 * The client named after a contract noun at `noun`: "in/with/from/for/by Y" right after it, or after
 * "to develop a field" (an infinitive and a few words); null when none.
 */
function clientAfter(su: SentenceUnits, noun: number, prepositions: Set<string>): number[] | null {
  const units = su.units;
  let j = noun + 1;
  let words = 0;
  let infinitive = false;
  while (j < units.length && words < 9) {
    const u = units[j]!;
    if (u.k === 'e') return null;
    if (u.k === 'p') {
      if (u.p === '(' || u.p === '-') {
        j++;
        continue;
      }
      return null;
    }
    if (prepositions.has(u.w)) {
      const clients = findObject(su, j + 1, 3);
      if (!clients || headedByNoun(units, clients[0]!)) return null;
      return clients;
    }
    if (CLAUSE_BREAKS.has(u.w) || isNegation(u) || u.w === 'which' || u.w === 'that') return null;
    if (u.w === 'to' && !infinitive) infinitive = true;
    else if (isMainVerb(u) && !(infinitive && isWordUnit(units[j - 1], 'to'))) return null;
    words++;
    j++;
  }
  return null;
}

/** A form of "be" right before i (across adverbs and "been"): the verb at i reads passively. */
function passiveAt(units: Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    if (BE_FORMS.has(u.w)) return true;
    if (!u.tags.has('Adverb') && !['also', 'already', 'just', 'recently', 'now', 'reportedly'].includes(u.w))
      return false;
  }
  return false;
}

/** "X was awarded a contract by Y / contracts in Y". */
function matchAwarded(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const verb = units[i] as WordUnit;
  if (passiveAt(units, i)) {
    const noun = contractNounAt(units, i + 1);
    if (noun < 0) return;
    const suppliers = findSubject(su, i);
    if (!suppliers || suppliers.negated) return;
    const clients = clientAfter(su, noun, CLIENT_PREPOSITIONS);
    if (clients) emitSupplies(out, units, suppliers.members, clients, 0.65, 'contract-awarded-to-subject');
    return;
  }
  if (verb.w === 'given') return;
  const awarder = findSubject(su, i);
  if (!awarder || awarder.negated) return;
  // "Y awarded X a contract"
  const direct = units[i + 1];
  if (isEntity(direct) && !direct.poss && !direct.demonym) {
    const group = su.groupOf.get(i + 1);
    const suppliers = group ? group.members.filter((m) => m > i) : [i + 1];
    const after = suppliers[suppliers.length - 1]! + 1;
    if (contractNounAt(units, after) >= 0)
      emitSupplies(out, units, suppliers, awarder.members, 0.65, 'contract-awarded-indirect');
    return;
  }
  // "Y awarded the first contracts to X and Z"
  const noun = contractNounAt(units, i + 1);
  if (noun < 0) return;
  const suppliers = clientAfter(su, noun, new Set(['to']));
  if (suppliers) emitSupplies(out, units, suppliers, awarder.members, 0.65, 'contract-awarded-to');
}

/** "X won a contract to develop a field in Y", "X holds contracts in Y". */
function matchWon(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (passiveAt(units, i)) return;
  const noun = contractNounAt(units, i + 1);
  if (noun < 0) return;
  const suppliers = findSubject(su, i);
  if (!suppliers || suppliers.negated) return;
  const clients = clientAfter(su, noun, CLIENT_PREPOSITIONS);
  if (clients) emitSupplies(out, units, suppliers.members, clients, 0.6, 'contract-won');
}

/** Reads contracts won, held and awarded in one sentence. */
export function matchContracts(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    if (AWARD_VERBS.has(u.w)) matchAwarded(su, i, out);
    else if (WIN_VERBS.has(u.w)) matchWon(su, i, out);
  }
}

// Walks a sentence's units to find the subject before a trigger and the object after it, skipping modifiers, appositions and relative clauses.
import { ADJECTIVAL_VERBS, CLAUSE_BREAKS, CONTROL_VERBS, DESCRIPTOR_NOUNS, HONORIFICS, NEGATIONS, ROLE_PHRASES } from './lexicon.ts';

const ROLE_WORDS = new Set(ROLE_PHRASES.map(([phrase]) => phrase.split(' ').pop()!));
import { addCandidate, type Candidate } from './candidate.ts';
import type { RelationType } from '../../../core/types.ts';
import { skipParenthesis } from './units.ts';
import type { EntityUnit, SentenceUnits, Unit, WordUnit } from './units.ts';

const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'shall', 'did', 'do',
  'does', 'also', 'already', 'now', 'still', 'previously', 'recently', 'reportedly', 'allegedly', 'then',
  'just', 'openly', 'publicly', 'repeatedly', 'again', 'to', 'which', 'who', 'that',
]);
const RELATIVE = new Set(['which', 'who', 'that', 'whose']);
const APPOSITION_STARTERS = new Set([
  'in', 'with', 'along', 'together', 'alongside', 'according', 'like', 'unlike', 'among',
  'which', 'who', 'whose', 'whom', 'the', 'a', 'an', 'former', 'then', 'its', 'his', 'her', 'their', 'also',
  'one', 'based', 'headquartered', 'itself', 'now', 'currently', 'once', 'until', 'like', 'including',
]);
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'to', 'for', 'from', 'by', 'with', 'against', 'over', 'about', 'into']);

// Nouns whose possessor is the actor: "the UK government's decision to ban X".
const DECISION_NOUNS = new Set([
  'decision', 'move', 'plan', 'plans', 'attempt', 'bid', 'efforts', 'effort', 'push', 'order', 'ruling', 'choice',
  'call', 'calls', 'threat', 'proposal', 'vote', 'sanctions', 'ban', 'list', 'blacklist', 'criticism', 'new',
  'latest', 'recent', 'own', 'formal',
]);

// Nouns a place before them only locates: "a US lawsuit", "a UK court case".
const VENUE_NOUNS = new Set(['lawsuit', 'lawsuits', 'complaint', 'complaints', 'case', 'cases', 'action', 'proceedings', 'court']);

export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', 'get', 'got', 'gets']);

export function isEntity(u: Unit | undefined): u is EntityUnit {
  return !!u && u.k === 'e';
}

export function isWordUnit(u: Unit | undefined, ...words: string[]): u is WordUnit {
  return !!u && u.k === 'w' && (words.length === 0 || words.includes(u.w));
}

export function isPunct(u: Unit | undefined, ...marks: string[]): boolean {
  return !!u && u.k === 'p' && (marks.length === 0 || marks.includes(u.p));
}

/** A finite verb that ends a noun phrase (auxiliaries, participles used as adjectives and gerunds do not). */
export function isMainVerb(u: WordUnit): boolean {
  if (!u.tags.has('Verb')) return false;
  // compromise tags some nouns as verbs: "the derivatives market", "business ties".
  if (DESCRIPTOR_NOUNS.has(u.w) || DESCRIPTOR_NOUNS.has(u.w.replace(/s$/, '')) || ADJECTIVAL_VERBS.has(u.w)) return false;
  if (u.tags.has('Auxiliary') || u.tags.has('Copula') || u.tags.has('Modal') || u.tags.has('Adjective')) return false;
  return !AUXILIARIES.has(u.w);
}

export function isNegation(u: Unit | undefined): boolean {
  return !!u && u.k === 'w' && (NEGATIONS.has(u.w) || u.w.endsWith("n't") || u.tags.has('Negative'));
}

/** Entity unit indices of the group of the entity at i, from i onwards (or up to i). */
function groupFrom(su: SentenceUnits, i: number, direction: 'from' | 'upto'): number[] {
  const group = su.groupOf.get(i);
  if (!group) return [i];
  return group.members.filter((m) => (direction === 'from' ? m >= i : m <= i));
}

/** Whether an entity follows i within a short noun phrase ("Israel's NSO Group", "Chinese companies Huawei"). */
function entityAhead(units: Unit[], i: number, maxWords: number): boolean {
  let words = 0;
  for (let j = i + 1; j < units.length; j++) {
    const u = units[j]!;
    if (u.k === 'e') return true;
    if (u.k === 'p') {
      if (u.p === '-' || u.p === ',') continue;
      return false;
    }
    if (PREPOSITIONS.has(u.w) || isMainVerb(u) || RELATIVE.has(u.w) || u.w === 'and' || u.w === 'or') return false;
    if (++words > maxWords) return false;
  }
  return false;
}

/** Whether the entity at i only modifies a following name ("Chinese company Hikvision"). */
export function isModifierEntity(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!isEntity(u)) return false;
  if (u.poss) return entityAhead(units, i, 3);
  if (u.demonym || u.m.type === 'Country' || u.m.type === 'Place') {
    const next = units[i + 1];
    // "a UK government Hikvision investigation"
    if (isEntity(next)) return true;
    return (next?.k === 'w' || (isPunct(next, '-') && isWordUnit(units[i + 2]))) && entityAhead(units, i, 4);
  }
  return false;
}

/**
 * The entities a trigger applies to: the first entity (group) after `from`, skipping determiners,
 * adjectives, descriptor nouns and modifier entities, within `maxWords` words.
 */
export function findObject(
  su: SentenceUnits,
  from: number,
  maxWords = 6,
  stopAtPrepositions = false,
  demonymObjects = false,
): number[] | null {
  const units = su.units;
  let words = 0;
  let fallback: number | null = null;
  for (let j = from; j < units.length; j++) {
    const u = units[j]!;
    if (u.k === 'e') {
      if (isModifierEntity(units, j)) {
        fallback = j;
        continue;
      }
      // "a deal with Israeli networks": the networks are the object, not Israel (though
      // "condemned Chinese authorities" does aim at China).
      const next = units[j + 1];
      if (u.demonym && !u.poss && next?.k === 'w' && next.tags.has('Noun') && !isMainVerb(next)) {
        if (demonymObjects) return groupFrom(su, j, 'from');
        if (fallback === null) return null;
        break;
      }
      return groupFrom(su, j, 'from');
    }
    if (u.k === 'p') {
      if (u.p === '(') {
        const after = skipParenthesis(units, j);
        if (after > j) {
          j = after - 1;
          continue;
        }
      }
      if (u.p === '-') continue;
      // "the list includes two ministers, A and B"; "organisations, including A"
      const prev = units[j - 1];
      if (u.p === ',' && prev?.k === 'w' && (prev.tags.has('Plural') || DESCRIPTOR_NOUNS.has(prev.w)) && (isEntity(units[j + 1]) || isWordUnit(units[j + 1], 'including', 'namely', 'notably'))) continue;
      break;
    }
    if (u.w === 'including' || u.w === 'namely') continue;
    // "centre-left": the part after a hyphen belongs to a compound, not a verb.
    if (isMainVerb(u) && !isPunct(units[j - 1], '-') && !nounish(units, j)) break;
    if (RELATIVE.has(u.w) || CLAUSE_BREAKS.has(u.w)) break;
    // "blames the low growth rate in Europe": Europe is no target of the blame.
    if (stopAtPrepositions && PREPOSITIONS.has(u.w) && u.w !== 'of') break;
    if (++words > maxWords) break;
  }
  return fallback === null ? null : groupFrom(su, fallback, 'from');
}

/** A parenthetical ", which … ," or ", the chief executive of Y ," ending at the comma `close`: its opening comma. */
function openingComma(su: SentenceUnits, close: number): number {
  const units = su.units;
  for (let k = close - 1; k >= 0 && k > close - 30; k--) {
    const u = units[k]!;
    if (u.k === 'p' && (u.p === ';' || u.p === ':')) return -1;
    if (u.k === 'p' && u.p === ',') {
      const after = units[k + 1];
      const before = units[k - 1];
      // A comma inside a list ("the US, UK, and Canada") is no boundary.
      const group = su.groupOf.get(k - 1);
      if (group && group.members.length > 1 && group.members.some((m) => m > k)) continue;
      if (!isEntity(before)) return -1;
      // ", which …", ", the chief executive of …", ", financed by …"
      const participle = after?.k === 'w' && after.tags.has('Verb') && (after.tags.has('PastTense') || after.tags.has('Participle'));
      if ((after?.k === 'w' && APPOSITION_STARTERS.has(after.w)) || participle || isEntity(after)) return k;
      return -1;
    }
  }
  return -1;
}

/** Whether the entity at i only modifies a common noun after it ("UK MPs", "a Labour grandee"). */
export function headedByNoun(units: Unit[], i: number): boolean {
  const u = units[i];
  const next = units[i + 1];
  if (!isEntity(u) || u.poss || next?.k !== 'w') return false;
  if (ROLE_WORDS.has(next.w) || ROLE_WORDS.has(next.w.replace(/s$/, ''))) return true;
  // "Fidelity Funds sell off X" keeps Fidelity; "a New South Wales state inquiry" is no act of Wales.
  const descriptor = DESCRIPTOR_NOUNS.has(next.w) && u.m.type !== 'Country' && u.m.type !== 'Place';
  if (!next.tags.has('Noun') || next.tags.has('Pronoun') || isMainVerb(next) || descriptor) return false;
  return !next.cap || next.tags.has('Plural') || /[a-z]s$/.test(next.w);
}

export interface SubjectFound {
  members: number[];
  negated: boolean;
  distance: number;
}

/**
 * The entities before a trigger that act as its subject: the nearest entity (group) to the left
 * within the clause, across auxiliaries, adverbs, relative pronouns and appositions.
 */
export function findSubject(su: SentenceUnits, before: number, maxWords = 8, acrossOneVerb = false): SubjectFound | null {
  let verbsLeft = acrossOneVerb ? 1 : 0;
  let coordinated = false;
  const units = su.units;
  let words = 0;
  let negated = false;
  let relative = false;
  for (let j = before - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.k === 'w' && RELATIVE.has(u.w)) relative = true;
    if (u.k === 'e') {
      if (u.demonym && !u.poss && units[j + 1]?.k === 'w') continue;
      // "9 UK MPs call out X": the subject is the MPs, not the country.
      if (j + 1 < before && headedByNoun(units, j)) return null;
      // "a US lawsuit against X": a place before a trigger noun only qualifies it.
      const trigger = units[before];
      if (j + 1 === before && !u.poss && (u.m.type === 'Country' || u.m.type === 'Place') && trigger?.k === 'w' && VENUE_NOUNS.has(trigger.w)) return null;
      // "KLP, Norway's biggest pension fund, which blacklisted X": the fund acts, not Norway.
      if (u.poss && j + 1 < before && !DECISION_NOUNS.has((units[j + 1] as WordUnit).w ?? '')) {
        let k = j - 1;
        while (isWordUnit(units[k], 'the', 'a', 'an')) k--;
        if (isPunct(units[k], ',') && isEntity(units[k - 1]) && units[j + 1]?.k === 'w') {
          return { members: groupFrom(su, k - 1, 'upto'), negated, distance: words };
        }
        if (units[j + 1]?.k === 'w') return null;
      }
      const members = groupFrom(su, j, 'upto');
      // "called on X to denounce Y": X is asked to, has not yet.
      let h = members[0]! - 1;
      while (units[h]?.k === 'w' && (HONORIFICS.has((units[h] as WordUnit).w) || ['the', 'a', 'an'].includes((units[h] as WordUnit).w))) h--;
      if (isWordUnit(units[before - 1], 'to') && isWordUnit(units[h], 'on', 'urged', 'asked', 'told', 'pressed', 'encouraged', 'invited', 'wants', 'want', 'wanted', 'forced', 'force', 'obliged', 'oblige', 'obliges', 'required', 'require', 'requires', 'allowed', 'allow', 'allows', 'permitted', 'permit', 'enabled', 'enable', 'persuaded', 'persuade', 'ordered', 'order', 'advised', 'compelled')) {
        return { members, negated: true, distance: words };
      }
      // "nine MPs in the UK have released a letter calling out X": the UK is no subject.
      let k = members[0]! - 1;
      while (isWordUnit(units[k], 'the', 'a', 'an')) k--;
      const prep = units[k];
      if (prep?.k === 'w' && PREPOSITIONS.has(prep.w) && prep.w !== 'by' && !u.poss) return null;
      return { members, negated, distance: words };
    }
    if (u.k === 'p') {
      if (u.p === '-') continue;
      if (u.p === ')') {
        let k = j - 1;
        let inside: number | null = null;
        while (k >= 0 && !isPunct(units[k], '(')) {
          const v = units[k]!;
          if (inside === null && v.k === 'e' && v.m.type === 'Person') inside = k;
          k--;
        }
        if (k < 0) return null;
        // "another MP (Labour Party member Karen Lee) earlier this year, who called out X"
        if (relative && inside !== null) return { members: [inside], negated, distance: words };
        j = k;
        continue;
      }
      if (u.p === ',') {
        const after = units[j + 1];
        if (after?.k === 'w' && RELATIVE.has(after.w)) continue;
        const open = openingComma(su, j);
        if (open >= 0) {
          j = open;
          continue;
        }
        if (isEntity(units[j - 1])) {
          // "The media giant, run by X, owns …": a name after a preposition closes an apposition, it is no subject.
          const head = groupFrom(su, j - 1, 'upto')[0]! - 1;
          if (isWordUnit(units[head]) && PREPOSITIONS.has((units[head] as WordUnit).w)) {
            let k = head - 1;
            while (k >= 0 && k > head - 6 && units[k]!.k === 'w') k--;
            if (isPunct(units[k], ',')) {
              j = k;
              continue;
            }
          }
          continue;
        }
      }
      return null;
    }
    if (isNegation(u)) {
      negated = true;
      continue;
    }
    if (CLAUSE_BREAKS.has(u.w)) {
      // "X welcomed the decision and accused Y": the subject of the first verb.
      if (u.w === 'and' && words === 0 && !coordinated) {
        let k = j - 1;
        // The first verb's object may be named: "imposed sanctions on Rosneft and froze …".
        while (k >= 0 && k > j - 8 && (units[k]!.k === 'e' || (units[k]!.k === 'w' && !isMainVerb(units[k] as WordUnit)))) k--;
        const verb = units[k];
        if (verb?.k === 'w' && isMainVerb(verb)) {
          coordinated = true;
          j = k;
          continue;
        }
      }
      return null;
    }
    if (isMainVerb(u) && !nounish(units, j)) {
      // "have decided to exclude": the subject of "decided" is the subject of "exclude".
      if (CONTROL_VERBS.has(u.w) && isWordUnit(units[j + 1], 'to')) continue;
      if (verbsLeft-- > 0) continue;
      return null;
    }
    if (++words > maxWords) return null;
  }
  return null;
}

/** A verb-tagged word used as a noun: after a determiner, number or adjective ("a 5% stake"). */
export function nounish(units: Unit[], j: number): boolean {
  const before = units[j - 1];
  if (!before || before.k !== 'w') return false;
  return before.tags.has('Determiner') || before.tags.has('Value') || /^[$£€]?[0-9]/.test(before.w) || (before.tags.has('Adjective') && !before.tags.has('Verb'));
}

/** Adds a `type` candidate from each entity unit at `sources` to each entity unit at `targets`. */
export function addPairs(
  out: Candidate[],
  units: Unit[],
  sources: number[],
  targets: number[],
  type: RelationType,
  confidence: number,
  pattern: string,
): void {
  for (const s of sources) {
    const source = units[s];
    if (!isEntity(source)) continue;
    for (const t of targets) {
      const target = units[t];
      if (isEntity(target)) addCandidate(out, source.m, type, target.m, confidence, pattern);
    }
  }
}

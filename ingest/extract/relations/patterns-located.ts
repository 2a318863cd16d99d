// More location phrasings: "Baghdad and Basra in Iraq", "X, based in Y", "a Canadian company, IOG", "London rail consortium X".
import { addCandidate, type Candidate } from './candidate.ts';
import { DESCRIPTOR_NOUNS } from './lexicon.ts';
import { isEntity, isMainVerb, isPunct, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit } from './units.ts';

const GEO = new Set(['Country', 'Place']);
const LOCATABLE = new Set(['Place', 'Company', 'GovernmentBody', 'Fund']);
const BASED_WORDS = new Set(['based', 'headquartered', 'located', 'registered', 'incorporated']);
// Bodies that operate things: "London underground consortium X", "Lagos oil firm X".
const OPERATOR_NOUNS = new Set([...DESCRIPTOR_NOUNS, 'consortium', 'consortia', 'venture', 'franchise', 'club', 'chain']);

function place(u: Unit | undefined): EntityUnit | null {
  return isEntity(u) && GEO.has(u.m.type) && !u.poss ? u : null;
}

/** Reads the location phrasings of one sentence. */
export function matchLocated(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u)) continue;

    // "Baghdad and Basra in Iraq": every listed place lies in the container.
    const group = su.groupOf.get(i);
    if (group && group.members.length > 1 && group.members[0] === i && u.m.type === 'Place') {
      const last = group.members[group.members.length - 1]!;
      const container = isWordUnit(units[last + 1], 'in') ? place(units[last + 2]) : null;
      if (container && group.members.every((m) => (units[m] as EntityUnit).m.type === 'Place')) {
        for (const m of group.members) addCandidate(out, (units[m] as EntityUnit).m, 'LOCATED_IN', container.m, 0.6, 'place-list-in-place');
      }
    }

    // "Kolm Ltd, based in Oslo,", "Kolm, which is headquartered in Oslo"
    if (LOCATABLE.has(u.m.type) && isPunct(units[i + 1], ',')) {
      let j = i + 2;
      while (isWordUnit(units[j], 'which', 'is', 'was', 'now', 'also')) j++;
      if (isWordUnit(units[j]) && BASED_WORDS.has((units[j] as { w: string }).w) && isWordUnit(units[j + 1], 'in')) {
        const where = place(units[j + 2]);
        if (where) addCandidate(out, u.m, 'LOCATED_IN', where.m, 0.8, 'comma-based-in');
      }
    }

    // "a Canadian company, IOG", "a Swiss bank, Helvetia,"
    if (u.demonym && isWordUnit(units[i - 1], 'a', 'an', 'the')) {
      let j = i + 1;
      let descriptor = false;
      while (j < i + 4 && isWordUnit(units[j])) {
        const w = (units[j] as { w: string }).w;
        if (isMainVerb(units[j] as Parameters<typeof isMainVerb>[0])) break;
        descriptor = OPERATOR_NOUNS.has(w);
        j++;
      }
      const named = units[j + 1];
      if (descriptor && isPunct(units[j], ',') && isEntity(named) && LOCATABLE.has(named.m.type) && named.m.type !== 'Place') {
        addCandidate(out, named.m, 'LOCATED_IN', u.m, 0.7, 'demonym-descriptor-comma');
      }
    }

    // "London underground consortium Tube Rail": a city before a descriptor noun and a company.
    if (u.m.type === 'Place' && !u.poss && !u.demonym) {
      let j = i + 1;
      let last = '';
      while (j < i + 4 && isWordUnit(units[j]) && !isMainVerb(units[j] as Parameters<typeof isMainVerb>[0])) {
        last = (units[j] as { w: string }).w;
        j++;
      }
      const named = units[j];
      const before = units[i - 1];
      // "flights from London …", "the mayor of Leeds …" name no address of the company.
      if (j > i + 1 && OPERATOR_NOUNS.has(last) && isEntity(named) && named.m.type === 'Company' && !isWordUnit(before, 'from', 'to', 'of', 'for', 'at')) {
        addCandidate(out, named.m, 'LOCATED_IN', u.m, 0.65, 'city-descriptor');
      }
    }
  }
}

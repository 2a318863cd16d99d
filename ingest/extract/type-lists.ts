// Types unknown names by the lists they stand in: "Sberbank, OGK-2, Gazprom, Mosenergo, and Rosneft Oil".
import type { EntityType } from '../../core/types.ts';
import type { Candidate } from './find-candidates.ts';

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)["“”]?\s*$/;

/**
 * In a coordinated list of three or more names, names with no or weak type evidence take the type
 * that at least two of their neighbours share with certainty. Mutates the candidates' `type`.
 */
export function typeListMembers(candidates: Candidate[], text: string): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let list: Candidate[] = [];
  const flush = () => {
    if (list.length >= 3) typeList(list);
    list = [];
  };
  for (const c of sorted) {
    const previous = list[list.length - 1];
    if (previous && previous.sentence === c.sentence && LIST_GAP.test(text.slice(previous.end, c.start).replace(/^["”’']+/, ''))) {
      list.push(c);
    } else {
      flush();
      list = [c];
    }
  }
  flush();
}

function typeList(list: Candidate[]): void {
  const votes = new Map<EntityType, number>();
  for (const c of list) {
    const type = c.entry?.type ?? (c.strength >= 2 ? c.type : undefined);
    if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || best[0] === 'Person') return;
  for (const c of list) {
    if (!c.entry && c.strength < 2 && !c.person) {
      c.type = best[0];
      c.strength = 1;
    }
  }
}

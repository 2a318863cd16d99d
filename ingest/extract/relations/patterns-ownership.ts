// Ownership by apposition: "TikTok's Chinese parent company, ByteDance" and "X's owner Y" → Y INVESTED_IN X.
import { addCandidate, type Candidate } from './candidate.ts';
import { isEntity, isPunct, isWordUnit } from './scan.ts';
import type { SentenceUnits } from './units.ts';

const OWNER_WORDS = new Set(['parent', 'owner', 'owners', 'shareholder', 'shareholders', 'investor', 'backer']);
const OWNER_TAIL = new Set(['company', 'firm', 'group', 'corporation', 'conglomerate']);

/** Reads "X's parent company, Y" in one sentence. */
export function matchOwnership(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const owned = units[i]!;
    if (!isEntity(owned) || !owned.poss) continue;
    let j = i + 1;
    let sawOwner = false;
    for (let words = 0; j < units.length && words < 5; words++) {
      const u = units[j]!;
      // "TikTok's Chinese parent company": a demonym may sit inside.
      if (isEntity(u) && u.demonym) {
        j++;
        continue;
      }
      if (!isWordUnit(u)) break;
      if (OWNER_WORDS.has(u.w)) sawOwner = true;
      else if (!(sawOwner && OWNER_TAIL.has(u.w)) && (sawOwner || u.tags.has('Verb'))) break;
      j++;
    }
    if (!sawOwner) continue;
    if (isPunct(units[j], ',')) j++;
    const owner = units[j];
    if (isEntity(owner)) addCandidate(out, owner.m, 'INVESTED_IN', owned.m, 0.75, 'owner-apposition');
  }
}

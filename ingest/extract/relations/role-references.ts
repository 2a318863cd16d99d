// Role references as entities: "accusing the prime minister of …" stands for the one person the article gives that role.
import type { ExtractedEntity } from '../../../core/types.ts';
import { isEntity, isWordUnit } from './scan.ts';
import type { SentenceUnits, Unit, WordUnit } from './units.ts';

/** Roles one person holds at a time, so "the chancellor" names them alone; longest first. */
const REFERABLE_ROLES = [
  'prime minister', 'foreign secretary', 'home secretary', 'defence secretary', 'chief executive', 'chancellor',
  'president', 'premier',
].map((r) => r.split(' '));

/** The unique person of the article with this role, or null. */
function holderOf(role: string, entities: ExtractedEntity[]): ExtractedEntity | null {
  const holders = entities.filter((e) => e.type === 'Person' && e.roles.some((r) => r.toLowerCase() === role));
  return holders.length === 1 ? holders[0]! : null;
}

/**
 * Replaces "the <role>" by the one person the article gives that role, unless the phrase names its
 * body ("the president of Acme", "Norway's finance minister") or a name follows ("the chancellor, X").
 */
export function resolveRoleReferences(su: SentenceUnits, entities: ExtractedEntity[]): void {
  if (entities.length === 0) return;
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    if (!isWordUnit(units[i], 'the')) continue;
    const before = units[i - 1];
    if (isEntity(before) && before.poss) continue;
    for (const words of REFERABLE_ROLES) {
      if (!words.every((w, k) => isWordUnit(units[i + 1 + k], w))) continue;
      const end = i + 1 + words.length;
      const after = units[end];
      // "accusing the prime minister of hiding" still refers; "the president of the club" names a body.
      const next = units[end + 1];
      const gerund = isWordUnit(next) && next.tags.has('Verb') && next.w.endsWith('ing');
      if ((isWordUnit(after, 'of', 'at', 'for') && !gerund) || isEntity(after) || (after?.k === 'p' && isEntity(units[end + 1]))) break;
      const holder = holderOf(words.join(' '), entities);
      if (!holder) break;
      // The head word becomes the entity in place (indices and groups stay valid); "the prime" stay as words.
      const last = units[end - 1] as WordUnit;
      const unit: Unit = {
        k: 'e',
        m: { entityId: holder.id, name: holder.name, type: holder.type, surface: words.join(' '), sentence: su.sentence.index, start: last.start, end: last.end },
        inner: [],
        poss: last.poss,
        demonym: false,
        start: last.start,
        end: last.end,
      };
      units[end - 1] = unit;
      break;
    }
  }
}

// The fact relationship types as Cypher text, spliced only from the RELATION_TYPES allow-list.
import { RELATION_TYPES, isRelationType, type RelationType } from '../core/types.ts';

/**
 * A relationship-type alternation for a pattern (`MEMBER_OF|LEADS`), built only from the allow-list:
 * anything else throws, so user input can never reach the Cypher text.
 * @example relationTypePattern(['LEADS', 'MEMBER_OF']) === 'LEADS|MEMBER_OF'
 */
export function relationTypePattern(types: readonly string[] = RELATION_TYPES): string {
  const chosen = types.length > 0 ? types : RELATION_TYPES;
  for (const type of chosen) {
    if (!isRelationType(type)) throw new Error(`Not a relation type: ${JSON.stringify(type)}`);
  }
  return [...new Set(chosen as RelationType[])].join('|');
}

/** All nine fact types (never MENTIONED_IN or DISTINCT_FROM). */
export const ALL_FACTS = relationTypePattern(RELATION_TYPES);

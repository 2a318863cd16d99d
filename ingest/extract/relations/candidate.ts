// The shape every relation pattern produces before deduplication, and the helper that adds one when the entity types fit.
import type { RelationType } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { fitsSignature } from './lexicon.ts';

/** A relation one pattern read in one sentence, between two mentions. */
export interface Candidate {
  source: Mention;
  type: RelationType;
  target: Mention;
  confidence: number;
  /** Which pattern found it, for debugging and tests. */
  pattern: string;
}

/** Adds the candidate when its types fit the relation and its ends differ. */
export function addCandidate(
  out: Candidate[],
  source: Mention,
  type: RelationType,
  target: Mention,
  confidence: number,
  pattern: string,
): void {
  if (source.name === target.name || source.entityId === target.entityId) return;
  if (!fitsSignature(type, source.type, target.type)) return;
  out.push({ source, type, target, confidence, pattern });
}

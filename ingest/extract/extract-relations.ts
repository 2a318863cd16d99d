// Finds typed relations (and untyped co-mentions) between entity mentions, sentence by sentence.
import type { ExtractedEntity, ExtractedRelation, CoMention } from '../../core/types.ts';
import type { Sentence, Mention } from './types.ts';

/**
 * Extracts typed relations and co-mentions from a parsed text. Pure: no I/O.
 * First version: co-mentions only; relation patterns follow.
 */
export function extractRelations(input: {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: ExtractedEntity[];
}): { relations: ExtractedRelation[]; comentions: CoMention[] } {
  const relations: ExtractedRelation[] = [];
  const comentions: CoMention[] = [];
  const seen = new Set<string>();
  for (const sentence of input.sentences) {
    const names = [...new Set(input.mentions.filter((m) => m.sentence === sentence.index).map((m) => m.name))];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i]!, names[j]!].sort();
        const key = `${a}|${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        comentions.push({ source: a!, target: b!, sentence: sentence.index });
      }
    }
  }
  return { relations, comentions };
}

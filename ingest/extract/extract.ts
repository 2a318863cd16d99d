// The extractor: text (+ what the graph knows) → entities, mentions, relations, as plain data.
import type { EntityType, Extraction, ExtractedEntity, Knowledge } from '../../core/types.ts';
import { EMPTY_KNOWLEDGE } from '../../core/types.ts';
import { entityId } from '../../core/ids.ts';
import { parseSentences } from './nlp.ts';
import { foldName } from './fold-name.ts';
import { extractRelations } from './extract-relations.ts';
import type { Mention, Sentence } from './types.ts';

/** Bumped whenever extraction output changes, so ingest can tell which articles to re-extract. */
export const EXTRACTOR_VERSION = '0.1.0';

/** An extractor with its indexes built once; `extract` runs per article. */
export interface Extractor {
  extract(text: string): Extraction;
}

/** An extraction with the entity mentions the relation step (and ingest) use. */
export interface DetailedExtraction extends Extraction {
  mentions: Mention[];
  sentences: Sentence[];
}

/**
 * Builds an extractor: gazetteer and the graph's known entities are indexed once per run.
 * @example createExtractor(knowledge).extract('MP Karen Lee criticised Hikvision.').entities
 */
export function createExtractor(knowledge: Knowledge = EMPTY_KNOWLEDGE): Extractor {
  void knowledge;
  return {
    extract(text: string): Extraction {
      const { entities, relations, comentions } = extractDetailed(text);
      return { entities, relations, comentions };
    },
  };
}

/**
 * Extracts entities and relations from one text with a fresh extractor.
 * @example extract('Hikvision supplies the UK.').entities.map((e) => e.name)
 */
export function extract(text: string, knowledge?: Knowledge): Extraction {
  return createExtractor(knowledge).extract(text);
}

function extractDetailed(text: string): DetailedExtraction {
  const sentences = parseSentences(text);
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    let i = 0;
    const tokens = sentence.tokens;
    while (i < tokens.length) {
      const type = tagType(tokens[i]!.tags);
      if (!type) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && tagType(tokens[j]!.tags) === type && !/[,;:.!?)]/.test(tokens[j - 1]!.post)) j++;
      const start = tokens[i]!.start;
      const end = tokens[j - 1]!.end;
      const surface = text.slice(start, end).replace(/['’]s$/, '');
      if (foldName(surface)) {
        mentions.push({ entityId: entityId(type, surface), name: surface, type, surface, sentence: sentence.index, start, end });
      }
      i = j;
    }
  }
  const byId = new Map<string, ExtractedEntity>();
  for (const m of mentions) {
    const e = byId.get(m.entityId);
    if (e) e.mentions++;
    else byId.set(m.entityId, { id: m.entityId, name: m.name, type: m.type, aliases: [], roles: [], mentions: 1 });
  }
  const entities = [...byId.values()];
  const { relations, comentions } = extractRelations({ text, sentences, mentions, entities });
  return { entities, relations, comentions, mentions, sentences };
}

function tagType(tags: string[]): EntityType | undefined {
  if (tags.includes('Person')) return 'Person';
  if (tags.includes('Organization')) return 'Organization';
  if (tags.includes('Country')) return 'Country';
  if (tags.includes('Place')) return 'Place';
  return undefined;
}

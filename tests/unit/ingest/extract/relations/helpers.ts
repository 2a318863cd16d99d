// Test helper: parses a sentence with the project's compromise module and builds mentions for named entities, so relation patterns can be tested on plain text.
import { isEntityType, type EntityType, type ExtractedEntity } from '../../../../../core/types.ts';
import { parseSentences } from '../../../../../ingest/extract/nlp.ts';
import { extractRelations } from '../../../../../ingest/extract/extract-relations.ts';
import type { Mention } from '../../../../../ingest/extract/types.ts';

/**
 * An entity spec: "Name:Type" or "Name:Type|surface|surface" (surfaces default to the name),
 * e.g. "Liberal Democrats:PoliticalParty|Liberal Democrat", "China:Country|Chinese".
 */
export type EntitySpec = string;

function parseSpec(spec: EntitySpec): { name: string; type: EntityType; surfaces: string[] } {
  const [head, ...surfaces] = spec.split('|');
  const colon = head!.lastIndexOf(':');
  const name = head!.slice(0, colon);
  const type = head!.slice(colon + 1);
  if (!isEntityType(type)) throw new Error(`bad entity type in spec ${spec}`);
  return { name, type, surfaces: surfaces.length > 0 ? surfaces : [name] };
}

/** Mentions of the given entities in the text: every surface occurrence, longest first, no overlaps. */
export function buildMentions(text: string, specs: EntitySpec[]): { mentions: Mention[]; entities: ExtractedEntity[] } {
  const sentences = parseSentences(text);
  const parsed = specs.map(parseSpec);
  const surfaces = parsed.flatMap((p) => p.surfaces.map((s) => ({ s, p }))).sort((a, b) => b.s.length - a.s.length);
  const taken: Array<[number, number]> = [];
  const mentions: Mention[] = [];
  for (const { s, p } of surfaces) {
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + s.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const sentence = sentences.find((x) => start >= x.start && start < x.end);
      if (!sentence) continue;
      mentions.push({ entityId: p.name, name: p.name, type: p.type, surface: s, sentence: sentence.index, start, end });
    }
  }
  const entities = parsed.map((p) => ({ id: p.name, name: p.name, type: p.type, aliases: [], roles: [], mentions: 1 }));
  return { mentions, entities };
}

/** Runs extractRelations on a text with the given entities; returns "Source -TYPE-> Target" lines, sorted. */
export function relationsOf(text: string, specs: EntitySpec[]): string[] {
  const sentences = parseSentences(text);
  const { mentions, entities } = buildMentions(text, specs);
  const { relations } = extractRelations({ text, sentences, mentions, entities });
  return relations.map((r) => `${r.source} -${r.type}-> ${r.target}`).sort();
}

/** Runs extractRelations and returns the full result, for shape checks. */
export function extractFrom(text: string, specs: EntitySpec[]): ReturnType<typeof extractRelations> {
  const sentences = parseSentences(text);
  const { mentions, entities } = buildMentions(text, specs);
  return extractRelations({ text, sentences, mentions, entities });
}

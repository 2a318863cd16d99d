// Builds ArticleWrite records for tracking tests from a compact description (no extractor: the facts are given).
import { contentHash, entityId } from '../../../core/ids.ts';
import type { EntityType, RelationType } from '../../../core/types.ts';
import type { ArticleWrite } from '../../../cypher/write-article.ts';

export type Named = [EntityType, string];

export interface ArticleSpec {
  id: string;
  title: string;
  /** YYYY-MM-DD; absent: dated by the ingest day (dateIsIngest). */
  publishedAt?: string;
  url?: string;
  entities: Named[];
  /** [source name, type, target name, evidence] — names must be among `entities`. */
  facts: Array<[string, RelationType, string, string]>;
  /** Mention counts by name (default 1). */
  counts?: Record<string, number>;
}

/** The ingest day used for undated articles in these tests. */
export const INGEST_DAY = '2026-11-29';

export function idFor(spec: ArticleSpec, name: string): string {
  const found = spec.entities.find(([, n]) => n === name);
  if (!found) throw new Error(`no entity ${name} in ${spec.id}`);
  return entityId(found[0], found[1]);
}

/** An ArticleWrite as the ingest pipeline would produce it. */
export function articleWrite(spec: ArticleSpec): ArticleWrite {
  const text = `${spec.title}. ${spec.facts.map((f) => f[3]).join(' ')}`;
  return {
    article: {
      id: spec.id,
      title: spec.title,
      text,
      url: spec.url,
      source: 'Test Wire',
      publishedAt: spec.publishedAt,
      date: spec.publishedAt ?? INGEST_DAY,
      dateIsIngest: !spec.publishedAt,
      ingestedAt: new Date().toISOString(),
      contentHash: contentHash(text),
      origin: 'test',
      wordCount: text.split(/\s+/).length,
      extractorVersion: 'test',
    },
    entities: spec.entities.map(([type, name]) => ({
      id: entityId(type, name),
      name,
      type,
      aliases: [],
      roles: [],
      count: spec.counts?.[name] ?? 1,
      surfaces: [name],
    })),
    facts: spec.facts.map(([source, type, target, evidence], i) => ({
      source: idFor(spec, source),
      type,
      target: idFor(spec, target),
      evidence,
      sentence: i + 1,
      confidence: 0.9,
      sourceSurface: source,
      targetSurface: target,
    })),
  };
}

// Reads the part of the graph an export covers: articles, entities, mentions and facts as plain data.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  type EntityType,
  type RelationType,
} from '../../core/types.ts';
import { ValidationError } from '../../core/errors.ts';
import type { Database } from '../database.ts';
import { relationTypePattern } from '../read-fact-types.ts';
import { toPlain } from '../read-values.ts';

/** What to export: a period (article dates, inclusive), entity types and relation types. */
export interface ExportFilters {
  since?: string;
  until?: string;
  /** Entity types to keep (empty or absent: all). */
  types?: EntityType[];
  /** Relation types to keep (empty or absent: all nine). */
  relations?: RelationType[];
}

export interface ExportEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface ExportArticle {
  id: string;
  title: string;
  text: string;
  url?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  date: string;
  dateIsIngest?: boolean;
  ingestedAt?: string;
  contentHash?: string;
  origin?: string;
  wordCount?: number;
  extractorVersion?: string;
}

export interface ExportMention {
  entity: string;
  article: string;
  count: number;
  surfaces: string[];
}

/** One fact edge: one per (source, type, target, article), as stored. */
export interface ExportFact {
  source: string;
  type: RelationType;
  target: string;
  article: string;
  evidence: string;
  sentence?: number;
  confidence?: number;
  date?: string;
  sourceSurface?: string;
  targetSurface?: string;
  extractorVersion?: string;
}

/** The exported graph as plain data; every format is written from this. */
export interface ExportGraph {
  entities: ExportEntity[];
  articles: ExportArticle[];
  mentions: ExportMention[];
  facts: ExportFact[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks and normalises export filters from a CLI or a query string.
 * @throws ValidationError on a bad date, an unknown entity type or relation type.
 */
export function parseExportFilters(raw: {
  since?: unknown;
  until?: unknown;
  types?: unknown;
  relations?: unknown;
}): ExportFilters {
  const filters: ExportFilters = {};
  for (const key of ['since', 'until'] as const) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
      throw new ValidationError(`--${key} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    filters[key] = value;
  }
  const list = (value: unknown): string[] =>
    value === undefined || value === null
      ? []
      : (Array.isArray(value) ? value.map(String) : String(value).split(','))
          .map((item) => item.trim())
          .filter(Boolean);
  const types = list(raw.types);
  for (const type of types) {
    if (!isEntityType(type))
      throw new ValidationError(`Unknown entity type "${type}"; use ${ENTITY_TYPES.join(', ')}.`);
  }
  if (types.length > 0) filters.types = types as EntityType[];
  const relations = list(raw.relations);
  for (const relation of relations) {
    if (!(RELATION_TYPES as readonly string[]).includes(relation)) {
      throw new ValidationError(`Unknown relation type "${relation}"; use ${RELATION_TYPES.join(', ')}.`);
    }
  }
  if (relations.length > 0) filters.relations = relations as RelationType[];
  return filters;
}

/**
 * Reads what an export covers. With a period, only articles dated inside it, the entities they mention
 * and the facts dated inside it; without one, every entity (also those no article mentions, e.g.
 * imported ones). Facts are kept only when both ends are exported.
 */
export async function readExportGraph(db: Database, filters: ExportFilters = {}): Promise<ExportGraph> {
  const since = filters.since ?? null;
  const until = filters.until ?? null;
  const dated = since !== null || until !== null;
  const types = filters.types && filters.types.length > 0 ? filters.types : null;
  const rels = relationTypePattern(filters.relations ?? []);
  return db.read(async (tx) => {
    const articleResult = await tx.run(
      `MATCH (a:Article)
       WHERE ($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until)
       RETURN properties(a) AS a ORDER BY a.date, a.id`,
      { since, until },
    );
    const articles = articleResult.records.map((r) =>
      toArticle(toPlain(r.get('a')) as Record<string, unknown>),
    );
    const articleIds = articles.map((a) => a.id);

    const entityResult = await tx.run(
      `MATCH (e:Entity)
       WHERE ($types IS NULL OR e.type IN $types)
         AND (NOT $dated OR EXISTS { MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $articleIds })
       RETURN properties(e) AS e ORDER BY e.type, e.name, e.id`,
      { types, dated, articleIds },
    );
    const entities = entityResult.records.map((r) =>
      toEntity(toPlain(r.get('e')) as Record<string, unknown>),
    );
    const entityIds = entities.map((e) => e.id);

    const mentionResult = await tx.run(
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
       WHERE e.id IN $entityIds AND a.id IN $articleIds
       RETURN e.id AS entity, a.id AS article, m.count AS count, m.surfaces AS surfaces
       ORDER BY article, entity`,
      { entityIds, articleIds },
    );
    const mentions = mentionResult.records.map((r) => ({
      entity: String(r.get('entity')),
      article: String(r.get('article')),
      count: Number(toPlain(r.get('count')) ?? 1),
      surfaces: ((toPlain(r.get('surfaces')) as string[] | null) ?? []).map(String),
    }));

    const factResult = await tx.run(
      `MATCH (s:Entity)-[r:${rels}]->(t:Entity)
       WHERE s.id IN $entityIds AND t.id IN $entityIds
         AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
       RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS r
       ORDER BY source, type, target, r.article`,
      { entityIds, since, until },
    );
    const facts = factResult.records.map((r) =>
      toFact(
        String(r.get('source')),
        String(r.get('type')) as RelationType,
        String(r.get('target')),
        toPlain(r.get('r')) as Record<string, unknown>,
      ),
    );
    return { entities, articles, mentions, facts };
  });
}

function str(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function toEntity(p: Record<string, unknown>): ExportEntity {
  return dropUndefined({
    id: String(p.id),
    name: String(p.name ?? p.id),
    type: (isEntityType(p.type) ? p.type : 'Organization') as EntityType,
    aliases: strings(p.aliases),
    roles: strings(p.roles),
    createdAt: str(p.createdAt),
    updatedAt: str(p.updatedAt),
  });
}

function toArticle(p: Record<string, unknown>): ExportArticle {
  return dropUndefined({
    id: String(p.id),
    title: String(p.title ?? ''),
    text: String(p.text ?? ''),
    url: str(p.url),
    source: str(p.source),
    author: str(p.author),
    publishedAt: str(p.publishedAt),
    date: String(p.date ?? ''),
    dateIsIngest: typeof p.dateIsIngest === 'boolean' ? p.dateIsIngest : undefined,
    ingestedAt: str(p.ingestedAt),
    contentHash: str(p.contentHash),
    origin: str(p.origin),
    wordCount: typeof p.wordCount === 'number' ? p.wordCount : undefined,
    extractorVersion: str(p.extractorVersion),
  });
}

function toFact(source: string, type: RelationType, target: string, p: Record<string, unknown>): ExportFact {
  return dropUndefined({
    source,
    type,
    target,
    article: String(p.article ?? ''),
    evidence: String(p.evidence ?? ''),
    sentence: typeof p.sentence === 'number' ? p.sentence : undefined,
    confidence: typeof p.confidence === 'number' ? p.confidence : undefined,
    date: str(p.date),
    sourceSurface: str(p.sourceSurface),
    targetSurface: str(p.targetSurface),
    extractorVersion: str(p.extractorVersion),
  });
}

/** Removes keys whose value is undefined, so exported objects carry only what is known. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

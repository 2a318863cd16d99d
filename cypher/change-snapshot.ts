// Reads taken before and after an ingest, retraction, merge or split, so tracking can tell what changed by difference.
import { RELATION_TYPES } from '../core/types.ts';
import type { Database, ManagedTransaction } from './database.ts';
import { ALL_FACTS } from './read-fact-types.ts';
import { toNumber } from './read-values.ts';

/** An article's state as far as change tracking cares. */
export interface ArticleState {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  dateIsIngest: boolean;
  contentHash: string | null;
  ingestedAt: string | null;
}

/** One fact edge of one article, with its ends' names. */
export interface FactSnapshot {
  source: { id: string; name: string; type: string };
  type: string;
  target: { id: string; name: string; type: string };
  article: string;
  evidence: string | null;
  sentence: number | null;
  confidence: number | null;
}

/** One entity an article mentions. */
export interface MentionSnapshot {
  id: string;
  name: string;
  type: string;
  createdAt: string | null;
  article: string;
}

/** A (source, type, target) triple: the key of a relation regardless of how many articles state it. */
export interface TripleKey {
  source: string;
  type: string;
  target: string;
}

/** `source|TYPE|target`. */
export function tripleKey(t: TripleKey): string {
  return `${t.source}|${t.type}|${t.target}`;
}

export const READ_ARTICLE_STATES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, coalesce(a.title, '') AS title, a.url AS url, a.date AS date,
       coalesce(a.dateIsIngest, false) AS dateIsIngest, a.contentHash AS contentHash, a.ingestedAt AS ingestedAt`;

/** Article ids by id or URL (a retraction may name either). */
export const FIND_ARTICLE_IDS = `
UNWIND $keys AS key
OPTIONAL MATCH (byId:Article {id: key})
OPTIONAL MATCH (byUrl:Article {url: key})
WITH coalesce(byId, byUrl) AS a
WHERE a IS NOT NULL
RETURN DISTINCT a.id AS id`;

/** Articles written at or after an instant (for ingests whose article ids are not known up front). */
export const ARTICLES_INGESTED_SINCE = `
MATCH (a:Article)
WHERE a.ingestedAt >= $since
RETURN a.id AS id`;

/**
 * The facts of the given articles, one indexed look-up per relation type (r.article is indexed per
 * type; the types come from the RELATION_TYPES allow-list).
 */
export const READ_ARTICLE_FACTS = `
UNWIND $ids AS id
CALL (id) {
${RELATION_TYPES.map((type) => `  MATCH (s:Entity)-[r:${type} {article: id}]->(t:Entity) RETURN s, r, t`).join('\n  UNION ALL\n')}
}
RETURN s.id AS sourceId, s.name AS sourceName, s.type AS sourceType, type(r) AS type,
       t.id AS targetId, t.name AS targetName, t.type AS targetType, r.article AS article,
       r.evidence AS evidence, r.sentence AS sentence, r.confidence AS confidence
ORDER BY article, r.sentence, sourceId, type, targetId`;

export const READ_ARTICLE_MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.createdAt AS createdAt, id AS article
ORDER BY article, e.id`;

export const EXISTING_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;

/**
 * Which triples still have at least one edge, from an article not in `$exclude`. Each row's type is
 * matched by `type(r)` against the allow-listed fact types only.
 */
export const SUPPORTED_TRIPLES = `
UNWIND $triples AS t
MATCH (s:Entity {id: t.source})-[r:${ALL_FACTS}]->(o:Entity {id: t.target})
WHERE type(r) = t.type AND NOT r.article IN $exclude
RETURN DISTINCT t.source AS source, t.type AS type, t.target AS target`;

const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const n = (v: unknown): number | null => (v === null || v === undefined ? null : toNumber(v as number));

/** A database (each call its own read transaction) or a transaction already open (several reads, one round of locks). */
export type SnapshotSource = Database | ManagedTransaction;

type Row = { get(key: string): unknown };

async function query(source: SnapshotSource, text: string, params: Record<string, unknown>): Promise<Row[]> {
  if ('read' in source) return source.read(async (tx) => (await tx.run(text, params)).records);
  return (await source.run(text, params)).records;
}

/** The stored state of these articles (missing ones are left out). */
export async function readArticleStates(db: SnapshotSource, ids: string[]): Promise<ArticleState[]> {
  if (ids.length === 0) return [];
  return (await query(db, READ_ARTICLE_STATES, { ids })).map((r) => ({
    id: r.get('id') as string,
    title: r.get('title') as string,
    url: s(r.get('url')),
    date: s(r.get('date')),
    dateIsIngest: Boolean(r.get('dateIsIngest')),
    contentHash: s(r.get('contentHash')),
    ingestedAt: s(r.get('ingestedAt')),
  }));
}

/** Article ids for ids or URLs (unknown keys are left out). */
export async function findArticleIds(db: SnapshotSource, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  return (await query(db, FIND_ARTICLE_IDS, { keys })).map((r) => r.get('id') as string);
}

/** Ids of the articles whose ingestedAt is at or after `since` (ISO datetime). */
export async function readArticlesIngestedSince(db: SnapshotSource, since: string): Promise<string[]> {
  return (await query(db, ARTICLES_INGESTED_SINCE, { since })).map((r) => r.get('id') as string);
}

/** Every fact edge of these articles. */
export async function readArticleFacts(db: SnapshotSource, ids: string[]): Promise<FactSnapshot[]> {
  if (ids.length === 0) return [];
  return (await query(db, READ_ARTICLE_FACTS, { ids })).map((r) => ({
    source: {
      id: r.get('sourceId') as string,
      name: r.get('sourceName') as string,
      type: r.get('sourceType') as string,
    },
    type: r.get('type') as string,
    target: {
      id: r.get('targetId') as string,
      name: r.get('targetName') as string,
      type: r.get('targetType') as string,
    },
    article: r.get('article') as string,
    evidence: s(r.get('evidence')),
    sentence: n(r.get('sentence')),
    confidence: n(r.get('confidence')),
  }));
}

/** Every entity these articles mention. */
export async function readArticleMentions(db: SnapshotSource, ids: string[]): Promise<MentionSnapshot[]> {
  if (ids.length === 0) return [];
  return (await query(db, READ_ARTICLE_MENTIONS, { ids })).map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    type: r.get('type') as string,
    createdAt: s(r.get('createdAt')),
    article: r.get('article') as string,
  }));
}

/** Which of these entity ids exist. */
export async function readExistingEntityIds(db: SnapshotSource, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await query(db, EXISTING_ENTITIES, { ids })).map((r) => r.get('id') as string));
}

/** Keys of the triples that some article outside `exclude` still states. */
export async function readSupportedTriples(
  db: SnapshotSource,
  triples: TripleKey[],
  exclude: string[] = [],
): Promise<Set<string>> {
  if (triples.length === 0) return new Set();
  const rows = await query(db, SUPPORTED_TRIPLES, { triples, exclude });
  return new Set(
    rows.map((r) =>
      tripleKey({
        source: r.get('source') as string,
        type: r.get('type') as string,
        target: r.get('target') as string,
      }),
    ),
  );
}

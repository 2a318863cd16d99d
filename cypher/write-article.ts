// Writes whole articles — Article, Entities, MENTIONED_IN, typed facts — in one transaction per batch, idempotently.
import type { ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from '../core/types.ts';
import { ValidationError } from '../core/errors.ts';
import type { Database } from './database.ts';
import { toNumber } from './read-values.ts';

/** The Article node's properties, as written. */
export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  url?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  /** YYYY-MM-DD: publishedAt, else the ingest day. */
  date: string;
  dateIsIngest: boolean;
  ingestedAt: string;
  contentHash: string;
  origin: string;
  wordCount: number;
  extractorVersion: string;
}

/** One resolved entity of an article: the graph id it is written under and how the article names it. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  /** Surface forms to add to the entity's aliases (the name itself and existing aliases are skipped). */
  aliases: string[];
  roles: string[];
  /** MENTIONED_IN.count */
  count: number;
  /** MENTIONED_IN.surfaces: the forms this article names it by. */
  surfaces: string[];
}

/** One fact of an article between two resolved entity ids. */
export interface FactRecord {
  source: string;
  type: RelationType;
  target: string;
  evidence: string;
  sentence: number;
  confidence: number;
  sourceSurface: string;
  targetSurface: string;
}

/** Everything one article writes. */
export interface ArticleWrite {
  article: ArticleRecord;
  entities: EntityRecord[];
  facts: FactRecord[];
}

export type WriteStatus = 'new' | 'updated' | 'unchanged';

/** What happened to one article of a batch. */
export interface WriteResult {
  id: string;
  status: WriteStatus;
  /** Entities deleted because no article mentions them any more (an update dropped their last mention). */
  orphansDeleted: number;
}

/** Locks each article (sorted ids, so concurrent batches queue instead of deadlocking) and reads what is stored. */
export const LOCK_ARTICLES = `
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a._lock = true
REMOVE a._lock
WITH a
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
RETURN a.id AS id, a.contentHash AS contentHash, collect(e.id) AS entityIds`;

/** Read-only look-up of stored content hashes, to skip unchanged articles without taking locks. */
export const READ_CONTENT_HASHES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`;

/** Stored articles among $ids: content hash, mention and fact counts, and the entities they mention. */
export const READ_STORED_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash,
       [(e:Entity)-[:MENTIONED_IN]->(a) | {id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, [])}] AS entities,
       COUNT { MATCH (e:Entity)-[:MENTIONED_IN]->(a) MATCH (e)-[r]->(:Entity) WHERE r.article = a.id } AS facts`;

/** An article as stored, for deciding "unchanged" before any extraction work. */
export interface StoredArticle {
  contentHash: string | null;
  entities: Array<{ id: string; name: string; type: string; aliases: string[] }>;
  facts: number;
}

/**
 * Reads what is stored for these article ids (absent ids are not in the map).
 * @example const stored = await readStoredArticles(db, ['7c78d39933d29d02']);
 */
export async function readStoredArticles(db: Database, ids: string[]): Promise<Map<string, StoredArticle>> {
  if (ids.length === 0) return new Map();
  const result = await db.read((tx) => tx.run(READ_STORED_ARTICLES, { ids }));
  return new Map(
    result.records.map((r) => [
      r.get('id') as string,
      {
        contentHash: r.get('contentHash') as string | null,
        entities: r.get('entities') as StoredArticle['entities'],
        facts: toNumber(r.get('facts') as number),
      },
    ]),
  );
}

/** Takes the write lock on entities an update is about to detach (sorted ids). */
export const LOCK_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock`;

/**
 * Creates or updates entities (rows sorted by id: a consistent lock order). `SET e.updatedAt` takes
 * the node's write lock before its aliases are read, so concurrent writers never lose an alias.
 * The type label comes from the ENTITY_TYPES allow-list, one FOREACH per type.
 */
export const UPSERT_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.roles = [], e.createdAt = $now
SET e.updatedAt = $now
WITH e, row
WITH e, row, [x IN coalesce(e.aliases, []) | toLower(x)] + [toLower(e.name)] AS known
WITH e, row, [x IN row.aliases WHERE NOT toLower(x) IN known] AS newAliases
SET e.aliases = coalesce(e.aliases, []) + newAliases,
    e.roles = coalesce(e.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(e.roles, [])]
SET e.aliasText = reduce(s = '', x IN e.aliases | s + CASE WHEN s = '' THEN '' ELSE ' ; ' END + x)
${ENTITY_TYPES.map((type) => `FOREACH (_ IN CASE WHEN row.type = '${type}' THEN [1] ELSE [] END | SET e:${type})`).join('\n')}`;

/** Deletes the facts of the given articles, one statement per relation type (each uses its r.article index). */
export function deleteFactsQuery(type: RelationType): string {
  if (!isRelationType(type)) throw new ValidationError(`unknown relation type: ${String(type)}`);
  return `
UNWIND $ids AS id
MATCH ()-[r:${type} {article: id}]->()
DELETE r`;
}

export const DELETE_MENTIONS = `
UNWIND $ids AS id
MATCH (:Entity)-[m:MENTIONED_IN]->(:Article {id: id})
DELETE m`;

export const SET_ARTICLES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a += row.props, a.wordCount = toInteger(row.props.wordCount)`;

export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article {id: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = toInteger(row.count), m.surfaces = row.surfaces`;

/** One MERGE per relation type from the RELATION_TYPES allow-list: one edge per (source, type, target, article). */
export const MERGE_FACTS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
${RELATION_TYPES.map(
  (type) => `FOREACH (_ IN CASE WHEN row.type = '${type}' THEN [1] ELSE [] END |
  MERGE (s)-[r:${type} {article: row.article}]->(t) SET r += row.props, r.sentence = toInteger(row.props.sentence))`,
).join('\n')}`;

/** Entities no article mentions any more disappear (with their remaining edges). */
export const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e
RETURN count(*) AS deleted`;

function articleProps(article: ArticleRecord): Record<string, unknown> {
  return {
    title: article.title,
    text: article.text,
    url: article.url ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    date: article.date,
    dateIsIngest: article.dateIsIngest,
    ingestedAt: article.ingestedAt,
    contentHash: article.contentHash,
    origin: article.origin,
    wordCount: article.wordCount,
    extractorVersion: article.extractorVersion,
  };
}

/** Checks types against the allow-lists before anything is sent (they select labels and relationship types). */
function validateWrite(write: ArticleWrite): void {
  for (const entity of write.entities) {
    if (!isEntityType(entity.type)) throw new ValidationError(`unknown entity type: ${String(entity.type)}`);
  }
  for (const fact of write.facts) {
    if (!isRelationType(fact.type)) throw new ValidationError(`unknown relation type: ${String(fact.type)}`);
  }
}

/** The rows of one batch: entities merged across its articles and sorted by id (the lock order). */
function entityRows(
  writes: ArticleWrite[],
): Array<{ id: string; name: string; type: string; aliases: string[]; roles: string[] }> {
  const byId = new Map<
    string,
    { id: string; name: string; type: string; aliases: Set<string>; roles: Set<string> }
  >();
  for (const write of writes) {
    for (const entity of write.entities) {
      let row = byId.get(entity.id);
      if (!row) {
        row = { id: entity.id, name: entity.name, type: entity.type, aliases: new Set(), roles: new Set() };
        byId.set(entity.id, row);
      }
      entity.aliases.forEach((a) => row.aliases.add(a));
      entity.roles.forEach((r) => row.roles.add(r));
    }
  }
  return [...byId.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => ({ ...row, aliases: [...row.aliases], roles: [...row.roles] }));
}

async function runBatch(tx: ManagedTransaction, writes: ArticleWrite[], now: string): Promise<WriteResult[]> {
  const ids = writes.map((w) => w.article.id).sort();
  const locked = await tx.run(LOCK_ARTICLES, { ids });
  const stored = new Map(
    locked.records.map((r) => [
      r.get('id') as string,
      { hash: r.get('contentHash') as string | null, entityIds: r.get('entityIds') as string[] },
    ]),
  );
  const results: WriteResult[] = [];
  const changed: ArticleWrite[] = [];
  const updatedIds: string[] = [];
  const oldEntityIds = new Set<string>();
  for (const write of writes) {
    const before = stored.get(write.article.id);
    if (before?.hash && before.hash === write.article.contentHash) {
      results.push({ id: write.article.id, status: 'unchanged', orphansDeleted: 0 });
      continue;
    }
    changed.push(write);
    if (before?.hash) {
      updatedIds.push(write.article.id);
      before.entityIds.forEach((id) => oldEntityIds.add(id));
      results.push({ id: write.article.id, status: 'updated', orphansDeleted: 0 });
    } else {
      results.push({ id: write.article.id, status: 'new', orphansDeleted: 0 });
    }
  }
  if (changed.length === 0) return results;

  const rows = entityRows(changed);
  const newIds = new Set(rows.map((r) => r.id));
  const detachOnly = [...oldEntityIds].filter((id) => !newIds.has(id)).sort();
  // Statements are sent together (the driver pipelines them) and run in this order on the server.
  const pending: Array<Promise<unknown>> = [];
  if (detachOnly.length > 0) pending.push(tx.run(LOCK_ENTITIES, { ids: detachOnly }));
  pending.push(tx.run(UPSERT_ENTITIES, { rows, now }));
  if (updatedIds.length > 0) {
    for (const type of RELATION_TYPES) pending.push(tx.run(deleteFactsQuery(type), { ids: updatedIds }));
    pending.push(tx.run(DELETE_MENTIONS, { ids: updatedIds }));
  }
  pending.push(
    tx.run(SET_ARTICLES, {
      rows: changed.map((w) => ({ id: w.article.id, props: articleProps(w.article) })),
    }),
  );
  const mentions = changed.flatMap((w) =>
    w.entities.map((e) => ({ entity: e.id, article: w.article.id, count: e.count, surfaces: e.surfaces })),
  );
  pending.push(tx.run(MERGE_MENTIONS, { rows: mentions }));
  const facts = changed.flatMap((w) =>
    w.facts.map((f) => ({
      source: f.source,
      target: f.target,
      type: f.type,
      article: w.article.id,
      props: {
        evidence: f.evidence,
        sentence: f.sentence,
        confidence: f.confidence,
        date: w.article.date,
        sourceSurface: f.sourceSurface,
        targetSurface: f.targetSurface,
        extractorVersion: w.article.extractorVersion,
      },
    })),
  );
  if (facts.length > 0) pending.push(tx.run(MERGE_FACTS, { rows: facts }));
  let orphans: Promise<{ records: Array<{ get(key: string): unknown }> }> | undefined;
  if (oldEntityIds.size > 0) {
    orphans = tx.run(DELETE_ORPHANS, { ids: [...oldEntityIds].sort() });
    pending.push(orphans);
  }
  // allSettled: every result is observed, so a failure leaves no unhandled rejection behind.
  const settled = await Promise.allSettled(pending);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  if (orphans) {
    const deleted = toNumber((await orphans).records[0]?.get('deleted') as number);
    // Attributed to the batch's first updated article: counts are for reporting only.
    const first = results.find((r) => r.status === 'updated');
    if (first) first.orphansDeleted = deleted;
  }
  return results;
}

/**
 * Writes a batch of whole articles in ONE write transaction (retried on transient errors such as
 * deadlocks): an article whose stored content hash is the same is left alone ("unchanged"); one
 * stored under the same id with another hash (same URL, new text) has its facts and mentions
 * replaced ("updated"), and entities left without any mention are deleted.
 * Results come back in the order of `writes`. `precheck: false` skips the lock-free read of stored
 * hashes (for callers that just did it); the transaction checks again under its locks either way.
 * @example const [result] = await writeArticles(db, [write]); // { id, status: 'new', orphansDeleted: 0 }
 */
export async function writeArticles(
  db: Database,
  writes: ArticleWrite[],
  options: { precheck?: boolean } = {},
): Promise<WriteResult[]> {
  if (writes.length === 0) return [];
  writes.forEach(validateWrite);
  const ids = new Set<string>();
  for (const write of writes) {
    if (ids.has(write.article.id))
      throw new ValidationError(`article ${write.article.id} appears twice in one batch`);
    ids.add(write.article.id);
  }
  // Unchanged articles are found with a read first, so a re-run takes no write locks at all
  // (the pipeline has done this read already and passes precheck: false).
  let toWrite = writes;
  if (options.precheck ?? true) {
    const stored = await db.read((tx) => tx.run(READ_CONTENT_HASHES, { ids: [...ids] }));
    const hashes = new Map(
      stored.records.map((r) => [r.get('id') as string, r.get('contentHash') as string | null]),
    );
    toWrite = writes.filter((w) => hashes.get(w.article.id) !== w.article.contentHash);
  }
  const now = new Date().toISOString();
  const written = toWrite.length > 0 ? await db.write((tx) => runBatch(tx, toWrite, now)) : [];
  const byId = new Map(written.map((r) => [r.id, r]));
  return writes.map(
    (w) => byId.get(w.article.id) ?? { id: w.article.id, status: 'unchanged', orphansDeleted: 0 },
  );
}

/**
 * The same writes, one row per transaction (each entity, mention and fact alone): only for the
 * benchmark that shows what batching buys. Not idempotency-checked; use on a fresh graph.
 */
export async function writeArticlesRowByRow(db: Database, writes: ArticleWrite[]): Promise<void> {
  const now = new Date().toISOString();
  for (const write of writes) {
    validateWrite(write);
    await db.write((tx) => tx.run(LOCK_ARTICLES, { ids: [write.article.id] }));
    await db.write((tx) =>
      tx.run(SET_ARTICLES, { rows: [{ id: write.article.id, props: articleProps(write.article) }] }),
    );
    for (const row of entityRows([write]))
      await db.write((tx) => tx.run(UPSERT_ENTITIES, { rows: [row], now }));
    for (const e of write.entities) {
      await db.write((tx) =>
        tx.run(MERGE_MENTIONS, {
          rows: [{ entity: e.id, article: write.article.id, count: e.count, surfaces: e.surfaces }],
        }),
      );
    }
    for (const f of write.facts) {
      const props = {
        evidence: f.evidence,
        sentence: f.sentence,
        confidence: f.confidence,
        date: write.article.date,
        sourceSurface: f.sourceSurface,
        targetSurface: f.targetSurface,
        extractorVersion: write.article.extractorVersion,
      };
      await db.write((tx) =>
        tx.run(MERGE_FACTS, {
          rows: [{ source: f.source, target: f.target, type: f.type, article: write.article.id, props }],
        }),
      );
    }
  }
}

// Reads what the graph knows about entities — names, types, aliases, recorded look-alikes — for the next ingest.
import { isEntityType, type Knowledge, type KnownEntity } from '../core/types.ts';
import type { Database } from './database.ts';

export const READ_KNOWN_ENTITIES = `
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases`;

export const READ_DISTINCT_PAIRS = `
MATCH (a:Entity)-[:DISTINCT_FROM]->(b:Entity)
RETURN a.id AS a, b.id AS b`;

/** Entities whose name or one of whose aliases is among $names (exact strings). */
export const READ_ENTITIES_NAMED = `
MATCH (e:Entity)
WHERE e.name IN $names OR any(alias IN coalesce(e.aliases, []) WHERE alias IN $names)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases`;

function toKnownEntity(record: { get(key: string): unknown }): KnownEntity | undefined {
  const type = record.get('type');
  if (!isEntityType(type)) return undefined;
  return {
    id: record.get('id') as string,
    name: record.get('name') as string,
    type,
    aliases: (record.get('aliases') as string[]) ?? [],
  };
}

async function readDistinctPairs(db: Database): Promise<Array<[string, string]>> {
  const result = await db.read((tx) => tx.run(READ_DISTINCT_PAIRS));
  return result.records.map((r) => [r.get('a') as string, r.get('b') as string]);
}

/**
 * Everything the graph knows about entities, loaded once per ingest run and handed to the extractor
 * and the resolver: each entity's id, name, type and aliases, and the pairs recorded as distinct.
 * @example const extractor = createExtractor(await loadKnowledge(db));
 */
export async function loadKnowledge(db: Database): Promise<Knowledge> {
  const result = await db.read((tx) => tx.run(READ_KNOWN_ENTITIES));
  const entities = result.records.map(toKnownEntity).filter((e): e is KnownEntity => e !== undefined);
  return { entities, distinct: await readDistinctPairs(db) };
}

/**
 * The knowledge relevant to a few names only (for a single article over HTTP, where loading the whole
 * graph per request would be wasteful): entities named so or aliased so, and all distinct pairs.
 */
export async function loadKnowledgeFor(db: Database, names: string[]): Promise<Knowledge> {
  if (names.length === 0) return { entities: [], distinct: await readDistinctPairs(db) };
  const result = await db.read((tx) => tx.run(READ_ENTITIES_NAMED, { names }));
  const entities = result.records.map(toKnownEntity).filter((e): e is KnownEntity => e !== undefined);
  return { entities, distinct: await readDistinctPairs(db) };
}

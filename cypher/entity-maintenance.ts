// Analysts' corrections to entity resolution: merge two entities, split an alias back out, record two look-alikes as distinct.
import type { ManagedTransaction } from 'neo4j-driver';
import { entityId } from '../core/ids.ts';
import {
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from '../core/types.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import type { Database } from './database.ts';
import { toNumber, toPlain } from './read-values.ts';

/** An entity as these commands report it. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export const FIND_ENTITY = `
OPTIONAL MATCH (byId:Entity {id: $key})
WITH byId
OPTIONAL MATCH (byName:Entity) WHERE byId IS NULL AND toLower(byName.name) = toLower($key)
WITH coalesce(byId, byName) AS e
WHERE e IS NOT NULL
RETURN e.id AS id, e.name AS name, e.type AS type`;

/** Takes the write locks of the given entities in id order. */
export const LOCK_ENTITIES_IN_ORDER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock`;

export const ARE_DISTINCT = `
MATCH (a:Entity {id: $a})-[:DISTINCT_FROM]-(b:Entity {id: $b})
RETURN count(*) AS n`;

function assertRelation(type: RelationType): void {
  if (!isRelationType(type)) throw new ValidationError(`unknown relation type: ${String(type)}`);
}

/** Moves B's outgoing facts of one type to A (B→B loops become A→A); an edge A already has for that article is kept. */
export function moveOutgoingFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (b)-[r:${type}]->(t)
WITH a, b, r, CASE WHEN t = b THEN a ELSE t END AS target
MERGE (a)-[n:${type} {article: r.article}]->(target)
  ON CREATE SET n = properties(r), n.mergedFrom = $b
DELETE r
RETURN count(*) AS moved`;
}

/** Moves the facts of one type that point at B to point at A. */
export function moveIncomingFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (s)-[r:${type}]->(b)
MERGE (s)-[n:${type} {article: r.article}]->(a)
  ON CREATE SET n = properties(r), n.mergedFrom = $b
DELETE r
RETURN count(*) AS moved`;
}

export const MOVE_MENTIONS = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (b)-[m:MENTIONED_IN]->(art:Article)
MERGE (a)-[n:MENTIONED_IN]->(art)
  ON CREATE SET n.count = m.count, n.surfaces = m.surfaces
  ON MATCH SET n.count = n.count + m.count, n.surfaces = n.surfaces + [x IN m.surfaces WHERE NOT x IN n.surfaces]
DELETE m
RETURN count(*) AS moved`;

/** B's facts, both directions, with their properties: kept in A's merge record so split can restore them exactly. */
export const READ_FACTS_OF = `
MATCH (b:Entity {id: $b})-[r]-(o:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, startNode(r) = b AS out, o.id AS other, properties(r) AS props`;

/** B's mentions, and what A had in the same articles before the merge. */
export const READ_MENTIONS_FOR_MERGE = `
MATCH (b:Entity {id: $b})-[m:MENTIONED_IN]->(art:Article)
OPTIONAL MATCH (:Entity {id: $a})-[am:MENTIONED_IN]->(art)
RETURN art.id AS article, m.count AS count, m.surfaces AS surfaces, am.count AS aCount, am.surfaces AS aSurfaces`;

/** Removes, of one type, the edges a merge moved onto A from B (marked mergedFrom). */
export function deleteMergedFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (a:Entity {id: $a})-[r:${type}]-()
WHERE r.mergedFrom = $b
DELETE r`;
}

/** Re-creates B's recorded facts of one type (other = B's own id for its loops). */
export function restoreFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (n:Entity {id: $n})
UNWIND $rows AS row
MATCH (o:Entity {id: row.other})
FOREACH (_ IN CASE WHEN row.out THEN [1] ELSE [] END |
  MERGE (n)-[x:${type} {article: row.props.article}]->(o) ON CREATE SET x = row.props, x.sentence = toInteger(row.props.sentence))
FOREACH (_ IN CASE WHEN row.out THEN [] ELSE [1] END |
  MERGE (o)-[x:${type} {article: row.props.article}]->(n) ON CREATE SET x = row.props, x.sentence = toInteger(row.props.sentence))
RETURN count(*) AS moved`;
}

/** Gives B back its recorded mentions and A the mentions it had before the merge. */
export const RESTORE_MENTIONS = `
MATCH (n:Entity {id: $n})
UNWIND $rows AS row
MATCH (art:Article {id: row.article})
OPTIONAL MATCH (:Entity {id: $a})-[am:MENTIONED_IN]->(art)
MERGE (n)-[m:MENTIONED_IN]->(art)
  ON CREATE SET m.count = toInteger(row.count), m.surfaces = row.surfaces
WITH row, am, CASE WHEN am IS NULL THEN 0 ELSE am.count END AS current
FOREACH (_ IN CASE WHEN am IS NOT NULL AND row.aCount IS NULL THEN [1] ELSE [] END | DELETE am)
FOREACH (_ IN CASE WHEN am IS NOT NULL AND row.aCount IS NOT NULL THEN [1] ELSE [] END |
  SET am.count = CASE WHEN current = row.aCount + row.count THEN toInteger(row.aCount) ELSE toInteger(current - row.count) END,
      am.surfaces = row.aSurfaces + [x IN am.surfaces WHERE NOT x IN row.aSurfaces AND NOT x IN row.surfaces])
RETURN count(*) AS moved`;

export const MOVE_DISTINCT = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (b)-[d:DISTINCT_FROM]-(other)
WHERE other <> a
MERGE (a)-[:DISTINCT_FROM]->(other)
DELETE d`;

/**
 * B's name and aliases join A's aliases; a record of B (id, type, name, aliases, roles) is kept in
 * A.mergedFrom so that `split` can give B back its identity; then B is deleted.
 */
export const ABSORB_ENTITY = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
WITH a, b, [x IN [b.name] + coalesce(b.aliases, []) WHERE toLower(x) <> toLower(a.name)] AS incoming
WITH a, b, reduce(acc = coalesce(a.aliases, []), x IN incoming |
  CASE WHEN toLower(x) IN [y IN acc | toLower(y)] THEN acc ELSE acc + x END) AS aliases
SET a.aliases = aliases,
    a.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' ; ' END + x),
    a.roles = coalesce(a.roles, []) + [x IN coalesce(b.roles, []) WHERE NOT x IN coalesce(a.roles, [])],
    a.mergedFrom = coalesce(a.mergedFrom, []) + [$record],
    a.updatedAt = $now
DETACH DELETE b`;

export const READ_ENTITY_FOR_SPLIT = `
MATCH (a:Entity {id: $a})
RETURN a.id AS id, a.name AS name, a.type AS type, coalesce(a.aliases, []) AS aliases,
       coalesce(a.roles, []) AS roles, coalesce(a.mergedFrom, []) AS mergedFrom`;

export const CREATE_SPLIT_ENTITY = `
MERGE (n:Entity {id: $id})
  ON CREATE SET n.name = $name, n.type = $type, n.aliases = [], n.roles = [], n.createdAt = $now
WITH n
WITH n, [x IN $aliases WHERE toLower(x) <> toLower(n.name) AND NOT x IN n.aliases] AS extra
SET n.aliases = n.aliases + extra,
    n.aliasText = reduce(s = '', x IN n.aliases + extra | s + CASE WHEN s = '' THEN '' ELSE ' ; ' END + x),
    n.roles = n.roles + [x IN $roles WHERE NOT x IN n.roles],
    n.updatedAt = $now`;

/** Facts A was found under the split-off surface (as source) move to the new entity. */
export function splitOutgoingFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (a:Entity {id: $a}), (n:Entity {id: $n})
MATCH (a)-[r:${type}]->(t)
WHERE toLower(r.sourceSurface) IN $surfaces
WITH a, n, r, CASE WHEN t = a AND toLower(r.targetSurface) IN $surfaces THEN n ELSE t END AS target
MERGE (n)-[m:${type} {article: r.article}]->(target)
  ON CREATE SET m = properties(r)
DELETE r
RETURN count(*) AS moved`;
}

/** Facts pointing at A under the split-off surface (as target) move to the new entity. */
export function splitIncomingFactsQuery(type: RelationType): string {
  assertRelation(type);
  return `
MATCH (a:Entity {id: $a}), (n:Entity {id: $n})
MATCH (s)-[r:${type}]->(a)
WHERE toLower(r.targetSurface) IN $surfaces
WITH a, n, r, CASE WHEN s = a THEN n ELSE s END AS source
MERGE (source)-[m:${type} {article: r.article}]->(n)
  ON CREATE SET m = properties(r)
DELETE r
RETURN count(*) AS moved`;
}

/**
 * Mentions under the split-off surfaces move to the new entity. When an article named A both ways,
 * A keeps the mention with its other surfaces, and the count is shared in proportion to surfaces.
 */
export const SPLIT_MENTIONS = `
MATCH (a:Entity {id: $a}), (n:Entity {id: $n})
MATCH (a)-[m:MENTIONED_IN]->(art:Article)
WITH a, n, m, art, [x IN m.surfaces WHERE toLower(x) IN $surfaces] AS moving
WHERE size(moving) > 0
WITH a, n, m, art, moving, [x IN m.surfaces WHERE NOT toLower(x) IN $surfaces] AS staying
WITH a, n, m, art, moving, staying,
     CASE WHEN size(staying) = 0 THEN m.count
          ELSE toInteger(round(toFloat(m.count) * size(moving) / size(m.surfaces))) END AS movedCount
WITH a, n, m, art, moving, staying,
     CASE WHEN size(staying) > 0 AND movedCount >= m.count THEN m.count - 1
          WHEN movedCount < 1 THEN 1 ELSE movedCount END AS movedCount
MERGE (n)-[nm:MENTIONED_IN]->(art)
  ON CREATE SET nm.count = movedCount, nm.surfaces = moving
  ON MATCH SET nm.count = nm.count + movedCount, nm.surfaces = nm.surfaces + [x IN moving WHERE NOT x IN nm.surfaces]
FOREACH (_ IN CASE WHEN size(staying) = 0 THEN [1] ELSE [] END | DELETE m)
FOREACH (_ IN CASE WHEN size(staying) > 0 THEN [1] ELSE [] END | SET m.surfaces = staying, m.count = m.count - movedCount)
RETURN count(*) AS moved`;

export const REMOVE_SPLIT_ALIASES = `
MATCH (a:Entity {id: $a})
WITH a, [x IN coalesce(a.aliases, []) WHERE NOT toLower(x) IN $surfaces] AS aliases
SET a.aliases = aliases,
    a.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' ; ' END + x),
    a.mergedFrom = [x IN coalesce(a.mergedFrom, []) WHERE x <> $record],
    a.updatedAt = $now`;

export const DELETE_IF_UNMENTIONED = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e
RETURN count(*) AS deleted`;

export const RECORD_DISTINCT = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MERGE (a)-[d:DISTINCT_FROM]->(b)
  ON CREATE SET d.createdAt = $now
RETURN count(*) AS n`;

async function findEntity(tx: ManagedTransaction, key: string): Promise<EntityRef> {
  const result = await tx.run(FIND_ENTITY, { key });
  if (result.records.length === 0) throw new NotFoundError(`no entity with id or name "${key}"`);
  if (result.records.length > 1) {
    const ids = result.records.map((r) => r.get('id') as string).join(', ');
    throw new ValidationError(`"${key}" names several entities (${ids}): give an id`);
  }
  const r = result.records[0];
  return { id: r.get('id') as string, name: r.get('name') as string, type: r.get('type') as EntityType };
}

async function sumMoved(
  tx: ManagedTransaction,
  queries: string[],
  params: Record<string, unknown>,
): Promise<number> {
  let moved = 0;
  for (const query of queries) {
    const result = await tx.run(query, params);
    moved += toNumber(result.records[0]?.get('moved') as number);
  }
  return moved;
}

/** What a merge did. */
export interface MergeResult {
  into: EntityRef;
  merged: EntityRef;
  factsMoved: number;
  mentionsMoved: number;
}

/** The record of a merged entity that `split` restores it from. */
interface MergedRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
  /** B's facts as they were (other = the entity at the other end; B's own id for its loops). */
  facts?: Array<{ type: RelationType; out: boolean; other: string; props: Record<string, unknown> }>;
  /** B's mentions, with A's count and surfaces in the same article before the merge (null: none). */
  mentions?: Array<{
    article: string;
    count: number;
    surfaces: string[];
    aCount: number | null;
    aSurfaces: string[] | null;
  }>;
}

/**
 * Merges B into A in one transaction: B's facts and mentions move to A, B's name and aliases become
 * A's aliases, B's look-alike records move to A, B is deleted. Nothing is lost: facts that A already
 * had from the same article keep A's edge, mention counts add up.
 * @throws NotFoundError / ValidationError (same entity, or recorded as distinct).
 * @example await mergeEntities(db, 'company:hikvision', 'Hikivision')
 */
export async function mergeEntities(db: Database, keyA: string, keyB: string): Promise<MergeResult> {
  return db.write(async (tx) => {
    const a = await findEntity(tx, keyA);
    const b = await findEntity(tx, keyB);
    if (a.id === b.id) throw new ValidationError(`"${keyA}" and "${keyB}" are the same entity (${a.id})`);
    await tx.run(LOCK_ENTITIES_IN_ORDER, { ids: [a.id, b.id].sort() });
    const distinct = await tx.run(ARE_DISTINCT, { a: a.id, b: b.id });
    if (toNumber(distinct.records[0]?.get('n') as number) > 0) {
      throw new ValidationError(`${a.id} and ${b.id} are recorded as distinct; not merging them`);
    }
    const params = { a: a.id, b: b.id };
    const detail = await tx.run(READ_ENTITY_FOR_SPLIT, { a: b.id });
    const r = detail.records[0];
    const facts = (await tx.run(READ_FACTS_OF, { b: b.id, types: [...RELATION_TYPES] })).records.map((f) => ({
      type: f.get('type') as RelationType,
      out: f.get('out') as boolean,
      other: f.get('other') as string,
      props: toPlain(f.get('props')) as Record<string, unknown>,
    }));
    const mentions = (await tx.run(READ_MENTIONS_FOR_MERGE, params)).records.map((m) => ({
      article: m.get('article') as string,
      count: toNumber(m.get('count') as number),
      surfaces: (m.get('surfaces') as string[]) ?? [],
      aCount: m.get('aCount') === null ? null : toNumber(m.get('aCount') as number),
      aSurfaces: (m.get('aSurfaces') as string[] | null) ?? null,
    }));
    const record: MergedRecord = {
      id: b.id,
      type: b.type,
      name: b.name,
      aliases: r.get('aliases') as string[],
      roles: r.get('roles') as string[],
      facts,
      mentions,
    };
    const factsMoved =
      (await sumMoved(tx, RELATION_TYPES.map(moveOutgoingFactsQuery), params)) +
      (await sumMoved(tx, RELATION_TYPES.map(moveIncomingFactsQuery), params));
    const mentionsMoved = await sumMoved(tx, [MOVE_MENTIONS], params);
    await tx.run(MOVE_DISTINCT, params);
    await tx.run(ABSORB_ENTITY, { ...params, record: JSON.stringify(record), now: new Date().toISOString() });
    return { into: a, merged: b, factsMoved, mentionsMoved };
  });
}

/** What a split did. */
export interface SplitResult {
  from: EntityRef;
  created: EntityRef;
  factsMoved: number;
  mentionsMoved: number;
  /** true when A was left with no mention and deleted. */
  fromDeleted: boolean;
}

function parseRecord(text: string): MergedRecord | undefined {
  try {
    const value = JSON.parse(text) as MergedRecord;
    return typeof value?.id === 'string' && isEntityType(value.type) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits an alias out of A — the undo of a merge: the alias becomes its own entity again (the merged
 * entity's own id, type and aliases when A remembers it), and the facts and mentions found under that
 * surface move to it.
 * @throws NotFoundError when A does not exist; ValidationError when A has no such alias.
 * @example await splitEntity(db, 'company:hikvision', 'Hikivision')
 */
export async function splitEntity(db: Database, keyA: string, alias: string): Promise<SplitResult> {
  return db.write(async (tx) => {
    const a = await findEntity(tx, keyA);
    await tx.run(LOCK_ENTITIES_IN_ORDER, { ids: [a.id] });
    const detail = (await tx.run(READ_ENTITY_FOR_SPLIT, { a: a.id })).records[0];
    const aliases = detail.get('aliases') as string[];
    const wanted = alias.trim().toLowerCase();
    const matched = aliases.find((x) => x.toLowerCase() === wanted);
    if (!matched)
      throw new ValidationError(`${a.id} has no alias "${alias}" (aliases: ${aliases.join(', ') || 'none'})`);
    const records = (detail.get('mergedFrom') as string[]).map((text) => ({
      text,
      record: parseRecord(text),
    }));
    const found = records.find(
      ({ record }) =>
        record &&
        (record.name.toLowerCase() === wanted || record.aliases.some((x) => x.toLowerCase() === wanted)),
    );
    const record = found?.record;
    const created: EntityRef = record
      ? { id: record.id, name: record.name, type: record.type }
      : { id: entityId(a.type, matched), name: matched, type: a.type };
    if (created.id === a.id)
      throw new ValidationError(`splitting "${alias}" would give ${a.id} its own id again`);
    const moving = record ? [record.name, ...record.aliases] : [matched];
    const surfaces = [
      ...new Set(
        moving
          .map((x) => x.toLowerCase())
          .filter((x) => aliases.some((y) => y.toLowerCase() === x) || x === wanted),
      ),
    ];
    const now = new Date().toISOString();
    await tx.run(LOCK_ENTITIES_IN_ORDER, { ids: [created.id] });
    await tx.run(CREATE_SPLIT_ENTITY, {
      id: created.id,
      name: created.name,
      type: created.type,
      aliases: record ? record.aliases : [],
      roles: record ? record.roles : [],
      now,
    });
    // The label is spliced from the allow-list only.
    if (!isEntityType(created.type))
      throw new ValidationError(`unknown entity type: ${String(created.type)}`);
    await tx.run(`MATCH (n:Entity {id: $id}) SET n:${created.type}`, { id: created.id });
    const params = { a: a.id, n: created.id, surfaces };
    let factsMoved = 0;
    let mentionsMoved = 0;
    if (record?.facts && record.mentions) {
      // The exact undo: what the merge moved leaves A, and B gets back what it had.
      for (const type of RELATION_TYPES)
        await tx.run(deleteMergedFactsQuery(type), { a: a.id, b: record.id });
      for (const type of RELATION_TYPES) {
        const rows = record.facts
          .filter((f) => f.type === type)
          .map((f) => ({ out: f.out, other: f.other, props: f.props }));
        if (rows.length > 0)
          factsMoved += await sumMoved(tx, [restoreFactsQuery(type)], { n: created.id, rows });
      }
      if (record.mentions.length > 0)
        mentionsMoved += await sumMoved(tx, [RESTORE_MENTIONS], {
          a: a.id,
          n: created.id,
          rows: record.mentions,
        });
    }
    // Facts and mentions found under the alias since (or without) a merge move by their surface.
    factsMoved +=
      (await sumMoved(tx, RELATION_TYPES.map(splitOutgoingFactsQuery), params)) +
      (await sumMoved(tx, RELATION_TYPES.map(splitIncomingFactsQuery), params));
    mentionsMoved += await sumMoved(tx, [SPLIT_MENTIONS], params);
    await tx.run(REMOVE_SPLIT_ALIASES, { a: a.id, surfaces, record: found?.text ?? '', now });
    const deleted = await tx.run(DELETE_IF_UNMENTIONED, { ids: [a.id] });
    const fromDeleted = toNumber(deleted.records[0]?.get('deleted') as number) > 0;
    await tx.run(DELETE_IF_UNMENTIONED, { ids: [created.id] });
    return { from: a, created, factsMoved, mentionsMoved, fromDeleted };
  });
}

/** What `distinct` recorded. */
export interface DistinctResult {
  a: EntityRef;
  b: EntityRef;
  /** false when the pair was already recorded. */
  created: boolean;
}

/**
 * Records that A and B are different things (one DISTINCT_FROM edge, from the lower id to the
 * higher), so no later ingest or merge joins them.
 * @example await recordDistinct(db, 'person:john-smith', 'person:jon-smith')
 */
export async function recordDistinct(db: Database, keyA: string, keyB: string): Promise<DistinctResult> {
  return db.write(async (tx) => {
    const a = await findEntity(tx, keyA);
    const b = await findEntity(tx, keyB);
    if (a.id === b.id) throw new ValidationError(`"${keyA}" and "${keyB}" are the same entity (${a.id})`);
    const [low, high] = a.id < b.id ? [a, b] : [b, a];
    const before = await tx.run(ARE_DISTINCT, { a: low.id, b: high.id });
    const existed = toNumber(before.records[0]?.get('n') as number) > 0;
    if (!existed) await tx.run(RECORD_DISTINCT, { a: low.id, b: high.id, now: new Date().toISOString() });
    return { a, b, created: !existed };
  });
}

// The analyst's watchlist: one (:Watch {entityId, name, type, addedAt}) node per followed entity, kept apart from the entity.
//
// Why a separate node and not a flag on the Entity: an entity disappears when its last article is
// retracted and may come back with the same id on a later ingest; the watch must outlive that, and
// must survive a merge (moved to the surviving entity) — see ingest/tracking/record-changes.ts.
import { NotFoundError } from '../core/errors.ts';
import type { Database } from './database.ts';
import { toNumber } from './read-values.ts';
import { resolveEntityKey, type TrackedEntityRef } from './resolve-entity-key.ts';

/** One watched entity as listed. */
export interface WatchItem {
  entityId: string;
  name: string;
  type: string;
  addedAt: string;
  /** false when the entity is gone from the graph (its articles were retracted); the watch stays. */
  exists: boolean;
  /** Articles mentioning it now. */
  articles: number;
  /** Latest article date mentioning it, or null. */
  lastSeen: string | null;
}

export const MERGE_WATCH = `
OPTIONAL MATCH (existing:Watch {entityId: $id})
WITH existing IS NULL AS created
MERGE (w:Watch {entityId: $id})
  ON CREATE SET w.addedAt = $now
SET w.name = $name, w.type = $type
RETURN created, w.addedAt AS addedAt`;

export const DELETE_WATCH = `
MATCH (w:Watch)
WHERE w.entityId = $key OR toLower(w.name) = toLower($key)
WITH w, w.entityId AS entityId, w.name AS name, w.type AS type
DELETE w
RETURN entityId, name, type`;

export const LIST_WATCHES = `
MATCH (w:Watch)
OPTIONAL MATCH (e:Entity {id: w.entityId})
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
  RETURN count(a) AS articles, max(a.date) AS lastSeen
}
RETURN w.entityId AS entityId, coalesce(e.name, w.name) AS name, coalesce(e.type, w.type) AS type,
       w.addedAt AS addedAt, e IS NOT NULL AS exists, articles, lastSeen
ORDER BY toLower(name), entityId`;

export const WATCHED_IDS = `MATCH (w:Watch) RETURN collect(w.entityId) AS ids`;

/** Moves a watch from a merged-away entity to the one it was merged into (nothing when B was not watched). */
export const MOVE_WATCH = `
MATCH (old:Watch {entityId: $from})
MERGE (w:Watch {entityId: $to})
  ON CREATE SET w.addedAt = old.addedAt
SET w.name = $name, w.type = $type
DELETE old
RETURN count(*) AS moved`;

/**
 * Watches an entity given by id, name or alias. Idempotent.
 * @returns the entity and whether the watch is new.
 * @example await addWatch(db, 'Hikvision') // { entity: {id:'company:hikvision',…}, added: true, addedAt: '…' }
 */
export async function addWatch(
  db: Database,
  key: string,
): Promise<{ entity: TrackedEntityRef; added: boolean; addedAt: string }> {
  const entity = await resolveEntityKey(db, key);
  const now = new Date().toISOString();
  return db.write(async (tx) => {
    const result = await tx.run(MERGE_WATCH, { id: entity.id, name: entity.name, type: entity.type, now });
    const record = result.records[0];
    return { entity, added: Boolean(record?.get('created')), addedAt: String(record?.get('addedAt') ?? now) };
  });
}

/**
 * Stops watching: `key` is a watched entity's id or name (works for entities no longer in the graph),
 * else resolved like `addWatch`.
 * @throws NotFoundError when that entity is not watched.
 */
export async function removeWatch(db: Database, key: string): Promise<TrackedEntityRef> {
  const wanted = key.trim();
  const direct = await db.write(async (tx) => (await tx.run(DELETE_WATCH, { key: wanted })).records);
  if (direct.length > 0) {
    const r = direct[0];
    return { id: r.get('entityId') as string, name: r.get('name') as string, type: r.get('type') as string };
  }
  let entity: TrackedEntityRef;
  try {
    entity = await resolveEntityKey(db, wanted);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(`"${wanted}" is not on the watchlist.`);
    throw error;
  }
  const removed = await db.write(
    async (tx) => (await tx.run(DELETE_WATCH, { key: entity.id })).records.length,
  );
  if (removed === 0) throw new NotFoundError(`${entity.name} (${entity.id}) is not on the watchlist.`);
  return entity;
}

/** Every watched entity, by name. */
export async function listWatches(db: Database): Promise<WatchItem[]> {
  return db.read(async (tx) => {
    const result = await tx.run(LIST_WATCHES);
    return result.records.map((r) => ({
      entityId: r.get('entityId') as string,
      name: (r.get('name') as string | null) ?? (r.get('entityId') as string),
      type: (r.get('type') as string | null) ?? 'Entity',
      addedAt: r.get('addedAt') as string,
      exists: Boolean(r.get('exists')),
      articles: toNumber(r.get('articles') as number),
      lastSeen: (r.get('lastSeen') as string | null) ?? null,
    }));
  });
}

/** The ids of the watched entities. */
export async function readWatchedIds(db: Database): Promise<Set<string>> {
  return db.read(async (tx) => {
    const result = await tx.run(WATCHED_IDS);
    return new Set((result.records[0]?.get('ids') as string[] | undefined) ?? []);
  });
}

/** After a merge of `from` into `to`: a watch on `from` now watches `to`. Returns true when one moved. */
export async function moveWatch(db: Database, from: string, to: TrackedEntityRef): Promise<boolean> {
  return db.write(async (tx) => {
    const result = await tx.run(MOVE_WATCH, { from, to: to.id, name: to.name, type: to.type });
    return toNumber(result.records[0]?.get('moved') as number) > 0;
  });
}

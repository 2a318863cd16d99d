// The change log: (:Event) nodes recording every ingest, correction, retraction, merge and split, and the reads of the feed.
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';
import { toInt, toNumber } from './read-values.ts';

/** What an event says happened. */
export const EVENT_KINDS = [
  'article-added',
  'article-updated',
  'article-retracted',
  'entity-added',
  'entity-removed',
  'relation-added',
  'relation-retracted',
  'merged',
  'split',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}

/** An entity as an event remembers it (the entity itself may be gone later). */
export interface EventEntity {
  id: string;
  name: string;
  type: string;
}

/** The article an event comes from. */
export interface EventArticle {
  id: string;
  title: string;
  url: string | null;
  /** The article's date (publication, else ingest day): the date of its facts. */
  date: string | null;
  /** true when `date` is the ingest day because the article gave none. */
  dateIsIngest: boolean;
}

/** The fact a relation event is about, with the sentence that states it. */
export interface EventRelation {
  source: EventEntity;
  type: string;
  target: EventEntity;
  evidence: string | null;
  sentence: number | null;
  confidence: number | null;
}

/** An event to record. */
export interface NewEvent {
  kind: EventKind;
  /** The entities it concerns (for relations: source then target). */
  entities: EventEntity[];
  article?: EventArticle;
  relation?: EventRelation;
  /** One human sentence for merges and splits ("Hikivision merged into Hikvision"). */
  detail?: string;
}

/** A recorded event as the feed returns it. */
export interface ChangeEvent extends NewEvent {
  id: string;
  /** When it was recorded (ISO datetime). */
  at: string;
  /** true when one of its entities is on the watchlist (at read time). */
  watched: boolean;
}

/** Options of the feed. */
export interface ChangesQuery {
  /** Events recorded on or after this day or instant (YYYY-MM-DD or ISO datetime). */
  since?: string;
  /** Only events about watched entities. */
  watched?: boolean;
  /** Only events about this entity id. */
  entity?: string;
  /** Only these kinds. */
  kinds?: EventKind[];
  /** Watched entities' events first, then the rest (each newest first). Default false: newest first. */
  watchedFirst?: boolean;
  /** Default 100, at most 1000. */
  limit?: number;
}

export const CREATE_EVENTS = `
UNWIND $rows AS row
CREATE (e:Event)
SET e = row`;

const CHANGES_FILTER = `
MATCH (e:Event)
WHERE ($since IS NULL OR e.at >= $since)
  AND ($entity IS NULL OR $entity IN e.entityIds)
  AND (size($kinds) = 0 OR e.kind IN $kinds)
WITH e, any(id IN e.entityIds WHERE id IN $watchedIds) AS watched
WHERE NOT $onlyWatched OR watched`;

/** One page of the feed: `$watchedIds` is read first (a short list), so "watched" is a plain list test. */
export const READ_CHANGES = `${CHANGES_FILTER}
WITH e, watched, CASE WHEN $watchedFirst AND watched THEN 0 ELSE 1 END AS band
ORDER BY band, e.at DESC, e.seq DESC
LIMIT $limit
RETURN e {.*, watched: watched} AS event`;

export const COUNT_CHANGES = `${CHANGES_FILTER}
RETURN count(e) AS total`;

/** Flattens an event into node properties (Neo4j properties hold no maps). */
export function eventToRow(event: NewEvent, at: string, seq: number): Record<string, unknown> {
  const r = event.relation;
  const a = event.article;
  return {
    id: randomUUID(),
    kind: event.kind,
    at,
    seq,
    entityIds: event.entities.map((x) => x.id),
    entityNames: event.entities.map((x) => x.name),
    entityTypes: event.entities.map((x) => x.type),
    articleId: a?.id ?? null,
    articleTitle: a?.title ?? null,
    articleUrl: a?.url ?? null,
    date: a?.date ?? null,
    dateIsIngest: a ? a.dateIsIngest : null,
    relationType: r?.type ?? null,
    sourceId: r?.source.id ?? null,
    sourceName: r?.source.name ?? null,
    sourceType: r?.source.type ?? null,
    targetId: r?.target.id ?? null,
    targetName: r?.target.name ?? null,
    targetType: r?.target.type ?? null,
    evidence: r?.evidence ?? null,
    sentence: r?.sentence ?? null,
    confidence: r?.confidence ?? null,
    detail: event.detail ?? null,
  };
}

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : toNumber(value as number);

/** Rebuilds an event from its node properties. */
export function rowToEvent(row: Record<string, unknown>): ChangeEvent {
  const ids = (row.entityIds as string[] | null) ?? [];
  const names = (row.entityNames as string[] | null) ?? [];
  const types = (row.entityTypes as string[] | null) ?? [];
  const event: ChangeEvent = {
    id: String(row.id),
    kind: row.kind as EventKind,
    at: String(row.at),
    watched: Boolean(row.watched),
    entities: ids.map((id, i) => ({ id, name: names[i] ?? id, type: types[i] ?? 'Entity' })),
  };
  if (row.articleId) {
    event.article = {
      id: String(row.articleId),
      title: str(row.articleTitle) ?? '',
      url: str(row.articleUrl),
      date: str(row.date),
      dateIsIngest: Boolean(row.dateIsIngest),
    };
  }
  if (row.relationType) {
    event.relation = {
      source: { id: String(row.sourceId), name: String(row.sourceName), type: String(row.sourceType) },
      type: String(row.relationType),
      target: { id: String(row.targetId), name: String(row.targetName), type: String(row.targetType) },
      evidence: str(row.evidence),
      sentence: num(row.sentence),
      confidence: num(row.confidence),
    };
  }
  if (row.detail) event.detail = String(row.detail);
  return event;
}

/**
 * Appends events to the log, all stamped with the same instant (in the given order: `seq` keeps it).
 * @example await recordEvents(db, [{ kind: 'merged', entities: [a, b], detail: 'Hikivision merged into Hikvision' }]);
 */
export async function recordEvents(
  db: Database,
  events: NewEvent[],
  at: string = new Date().toISOString(),
): Promise<ChangeEvent[]> {
  if (events.length === 0) return [];
  const rows = events.map((event, i) => eventToRow(event, at, i));
  await db.write((tx) => tx.run(CREATE_EVENTS, { rows }));
  return rows.map((row) => rowToEvent({ ...row, watched: false }));
}

/**
 * The change feed, newest first (optionally watched entities' events first).
 * @example await readChanges(db, { since: '2026-11-01', watched: true }) // { items: [...], total: 3 }
 */
export async function readChanges(
  db: Database,
  query: ChangesQuery = {},
): Promise<{ items: ChangeEvent[]; total: number }> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 1000);
  return db.read(async (tx) => {
    const watchedResult = await tx.run('MATCH (w:Watch) RETURN collect(w.entityId) AS ids');
    const watchedIds = (watchedResult.records[0]?.get('ids') as string[] | undefined) ?? [];
    const params = {
      since: query.since ?? null,
      entity: query.entity ?? null,
      kinds: query.kinds ?? [],
      watchedIds,
      onlyWatched: Boolean(query.watched),
      watchedFirst: Boolean(query.watchedFirst),
      limit: toInt(limit),
    };
    const page = await tx.run(READ_CHANGES, params);
    const counted = await tx.run(COUNT_CHANGES, params);
    const items = page.records.map((r) => rowToEvent(r.get('event') as Record<string, unknown>));
    const total = toNumber(counted.records[0]?.get('total') as number);
    return { items, total };
  });
}

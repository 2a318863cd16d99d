// Tracking over HTTP: the watchlist, the change feed ("What's new") and an entity's timeline.
import { z } from 'zod';
import { NotFoundError } from '../../core/errors.ts';
import { EVENT_KINDS, readChanges } from '../../cypher/events.ts';
import { resolveEntityKey } from '../../cypher/resolve-entity-key.ts';
import { readTimeline } from '../../cypher/timeline.ts';
import { addWatch, listWatches, removeWatch } from '../../cypher/watchlist.ts';
import { parseSince } from '../../ingest/tracking/parse-since.ts';
import { ErrorResponse, IdParams, intParam, listParam } from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

const Nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const EntityRef = z.object({ id: z.string(), name: z.string(), type: z.string() });

const WatchItem = z.object({
  entityId: z.string(),
  name: z.string(),
  type: z.string(),
  addedAt: z.string(),
  exists: z
    .boolean()
    .describe('false when the entity left the graph (its articles were retracted); the watch stays'),
  articles: z.number().int(),
  lastSeen: Nullable(z.string()),
});

const WatchBody = z.object({ entity: z.string().min(1).max(300).describe('Entity id, name or alias') });

const ChangeEventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  at: z.string().describe('When the change was recorded (ISO date-time)'),
  watched: z.boolean().describe('One of its entities is on the watchlist'),
  entities: z.array(EntityRef),
  article: z
    .object({
      id: z.string(),
      title: z.string(),
      url: Nullable(z.string()),
      date: Nullable(z.string()).describe("The article's date: publication, else ingest day"),
      dateIsIngest: z.boolean(),
    })
    .optional(),
  relation: z
    .object({
      source: EntityRef,
      type: z.string(),
      target: EntityRef,
      evidence: Nullable(z.string()),
      sentence: Nullable(z.number()),
      confidence: Nullable(z.number()),
    })
    .optional(),
  detail: z.string().optional(),
});

const ChangesQuery = z.object({
  since: z
    .string()
    .max(40)
    .optional()
    .describe('Recorded on or after: YYYY-MM-DD, an ISO date-time, today, yesterday, or a span (7d, 24h).'),
  watched: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('Only changes about watched entities.'),
  entity: z.string().max(300).optional().describe('Only changes about this entity (id, name or alias).'),
  kinds: listParam(EVENT_KINDS, 'Only these kinds of change.'),
  order: z
    .enum(['newest', 'watched-first'])
    .optional()
    .describe("'watched-first': watched entities' changes first, each newest first (default newest)."),
  limit: intParam(1, 1000, 100, 'Changes returned at most.'),
});

const TimelineResponse = z.object({
  entity: EntityRef,
  firstSeen: Nullable(z.string()),
  lastSeen: Nullable(z.string()),
  months: z.array(
    z.object({
      month: z.string(),
      articles: z.number().int(),
      mentions: z.number().int(),
      ingestDated: z.number().int(),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.string(),
      direction: z.enum(['out', 'in']),
      other: EntityRef,
      firstDate: Nullable(z.string()),
      firstDateIsIngest: z.boolean(),
      lastDate: Nullable(z.string()),
      articles: z.number().int(),
      evidence: Nullable(z.string()),
      article: Nullable(z.object({ id: z.string(), title: z.string(), url: Nullable(z.string()) })),
    }),
  ),
});

const notFound = { description: 'No such entity', schema: ErrorResponse };
const badRequest = { description: 'Invalid parameters', schema: ErrorResponse };
const tooMany = { description: 'Too many requests', schema: ErrorResponse };

/**
 * The tracking routes. Watchlist edits need no token: they change what the analyst follows, never a
 * fact, and are rate-limited like other writes.
 */
export const trackingRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/watchlist',
    tag: 'tracking',
    summary: 'The watched entities',
    responses: {
      200: { description: 'Watched entities by name', schema: z.object({ items: z.array(WatchItem) }) },
    },
    handle: async (_input, ctx) => ({ body: { items: await listWatches(ctx.db) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/watchlist',
    tag: 'tracking',
    summary: 'Watch an entity (id, name or alias)',
    body: WatchBody,
    rateLimit: 'write',
    responses: {
      200: {
        description: 'Already watched',
        schema: z.object({ entity: EntityRef, added: z.boolean(), addedAt: z.string() }),
      },
      201: {
        description: 'Now watched',
        schema: z.object({ entity: EntityRef, added: z.boolean(), addedAt: z.string() }),
      },
      400: badRequest,
      404: notFound,
      429: tooMany,
    },
    handle: async ({ body }, ctx) => {
      const result = await addWatch(ctx.db, body.entity);
      return { status: result.added ? 201 : 200, body: result };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/watchlist/:id',
    tag: 'tracking',
    summary: 'Stop watching an entity',
    params: IdParams,
    rateLimit: 'write',
    responses: {
      200: {
        description: 'No longer watched',
        schema: z.object({ entity: EntityRef, removed: z.boolean() }),
      },
      404: { description: 'Not on the watchlist', schema: ErrorResponse },
      429: tooMany,
    },
    handle: async ({ params }, ctx) => ({
      body: { entity: await removeWatch(ctx.db, params.id), removed: true },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/changes',
    tag: 'tracking',
    summary: 'What changed: ingests, corrections, retractions, merges and splits, with evidence',
    description:
      'Events newest first (or watched entities first with order=watched-first): new and updated articles, new entities, new relations ' +
      'with the sentence that states them, relations no article states any more, removed entities, merges and splits.',
    query: ChangesQuery,
    rateLimit: 'query',
    responses: {
      200: {
        description: 'A page of changes',
        schema: z.object({ items: z.array(ChangeEventSchema), total: z.number().int() }),
      },
      400: badRequest,
      404: notFound,
    },
    handle: async ({ query }, ctx) => {
      const since = query.since ? parseSince(query.since) : undefined;
      const entity = query.entity ? (await resolveEntityKey(ctx.db, query.entity)).id : undefined;
      const feed = await readChanges(ctx.db, {
        since,
        entity,
        watched: query.watched,
        kinds: query.kinds,
        watchedFirst: query.order === 'watched-first',
        limit: query.limit,
      });
      return { body: feed };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/entities/:id/timeline',
    tag: 'entities',
    summary: "An entity's timeline: articles and mentions per month, relations by the date first stated",
    params: IdParams,
    responses: { 200: { description: 'The timeline', schema: TimelineResponse }, 404: notFound },
    handle: async ({ params }, ctx) => {
      const timeline = await readTimeline(ctx.db, params.id).catch((error: unknown) => {
        if (error instanceof NotFoundError) throw new NotFoundError(`No entity with id "${params.id}".`);
        throw error;
      });
      return { body: timeline };
    },
  }),
];

// The API's shapes as zod schemas: they validate requests, describe responses, and generate the OpenAPI document.
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../core/types.ts';

/** OpenAPI schemas for parameters whose zod form (string in, number out) would describe them poorly. */
const parameterDocs = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The OpenAPI schema documented for a parameter, if one was attached. */
export function parameterDoc(schema: z.ZodType): Record<string, unknown> | undefined {
  return parameterDocs.get(schema);
}

function documented<T extends z.ZodType>(schema: T, doc: Record<string, unknown>): T {
  parameterDocs.set(schema, doc);
  return schema;
}

/** `?type=` (an empty value, as forms send) means the parameter was not given. */
function emptyAsMissing<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema);
}

/** A whole number in a query string, within bounds, with a default. */
export function intParam(min: number, max: number, fallback: number, description: string) {
  const schema = z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((v) => v ?? fallback);
  return documented(schema, { type: 'integer', minimum: min, maximum: max, default: fallback, description });
}

/** A 'YYYY-MM-DD' date in a query string. */
export function dateParam(description: string) {
  const schema = emptyAsMissing(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .refine(
        (s) =>
          !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
          new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
        'must be a real date',
      )
      .optional(),
  );
  return documented(schema, { type: 'string', format: 'date', description });
}

/** A list from a closed set: comma-separated (`types=Person,Company`) or repeated (`types=Person&types=Company`). */
export function listParam<T extends readonly [string, ...string[]]>(allowed: T, description: string) {
  const schema = z
    .union([z.string().max(1000), z.array(z.string().max(200)).max(50)])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v === undefined ? [] : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.enum(allowed)).max(allowed.length * 2));
  return documented(schema, {
    type: 'string',
    description: `${description} Comma-separated, from: ${allowed.join(', ')}.`,
    example: allowed.slice(0, 2).join(','),
  });
}

const idString = z.string().min(1).max(300);
const idParamSchema = documented(idString, { type: 'string', maxLength: 300 });
const searchText = documented(z.string().max(200).optional(), { type: 'string', maxLength: 200 });

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationTypeSchema = z.enum(RELATION_TYPES);

// ---- request schemas -------------------------------------------------------------------------

export const IdParams = z.object({ id: idParamSchema });
export const NameParams = z.object({
  name: documented(z.string().min(1).max(200), { type: 'string', maxLength: 200 }),
});

export const SearchQuery = z.object({
  q: searchText.describe('Words of a name or alias; typos are tolerated. Empty: entities by article count.'),
  type: documented(emptyAsMissing(EntityTypeSchema.optional()), {
    type: 'string',
    enum: [...ENTITY_TYPES],
    description: 'Only this entity type.',
  }),
  limit: intParam(1, 100, 20, 'Items per page.'),
  offset: intParam(0, 10_000, 0, 'Items to skip.'),
});

const graphFilters = {
  types: listParam(ENTITY_TYPES, 'Only entities of these types.'),
  relations: listParam(RELATION_TYPES, 'Only these fact types (default: all nine).'),
  since: dateParam('Only facts dated on or after this day.'),
  until: dateParam('Only facts dated on or before this day.'),
};

export const NeighborhoodQuery = z.object({
  depth: intParam(1, 3, 1, 'Layers of neighbours.'),
  limit: intParam(
    1,
    500,
    50,
    'Neighbours returned at most (strongest first); the rest are counted in `more`.',
  ),
  direction: documented(emptyAsMissing(z.enum(['out', 'in']).optional()), {
    type: 'string',
    enum: ['out', 'in'],
    description:
      "Only the centre's neighbours on this side of its facts (first layer): out = the centre is the source. Loads an \"and N more\" group.",
  }),
  ...graphFilters,
});

export const EvidenceQuery = z.object({
  relation: documented(emptyAsMissing(RelationTypeSchema.optional()), {
    type: 'string',
    enum: [...RELATION_TYPES],
    description: 'Only this fact type.',
  }),
  other: documented(emptyAsMissing(idString.optional()), {
    type: 'string',
    description: 'Only facts with this other entity (its id).',
  }),
  limit: intParam(1, 500, 100, 'Facts returned at most.'),
});

export const PathsQuery = z.object({
  from: documented(idString, { type: 'string', description: 'Id of the first entity.' }),
  to: documented(idString, { type: 'string', description: 'Id of the second entity.' }),
  maxLength: intParam(1, 6, 4, 'Longest path considered, in hops.'),
  relations: graphFilters.relations,
  limit: intParam(1, 50, 10, 'Distinct paths returned at most.'),
});

export const GraphQuery = z.object({ limit: intParam(1, 500, 100, 'Entities shown.'), ...graphFilters });

export const ArticlesQuery = z.object({
  q: searchText.describe('Words of the title or text.'),
  since: dateParam('Only articles dated on or after this day.'),
  until: dateParam('Only articles dated on or before this day.'),
  limit: intParam(1, 100, 20, 'Items per page.'),
  offset: intParam(0, 100_000, 0, 'Items to skip.'),
});

export const ArticleBody = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(500_000),
  title: z.string().max(1000).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date')
    .optional(),
  author: z.string().max(500).optional(),
  source: z.string().max(500).optional(),
});

const cypherParams = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => Object.keys(v).length <= 100, 'at most 100 parameters');

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, 'query must not be empty').max(20_000),
  params: cypherParams.optional().default({}),
});

export const SavedQueryBody = z
  .strictObject({ params: cypherParams.optional().default({}) })
  .optional()
  .default({ params: {} });

// ---- response schemas ------------------------------------------------------------------------

const Nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const ErrorResponse = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string() }),
});

export const EntityRef = z.strictObject({ id: z.string(), name: z.string(), type: z.string() });

export const NodeElement = z.strictObject({
  data: z.strictObject({
    id: z.string(),
    label: z.string(),
    type: z.string(),
    articles: z.number().int().optional(),
    degree: z.number().int().optional(),
  }),
});

export const EdgeElement = z.strictObject({
  data: z.strictObject({
    id: z.string().describe('`${source}|${type}|${target}` for facts'),
    source: z.string(),
    target: z.string(),
    type: z.string(),
    count: z.number().int().describe('Supporting articles'),
    firstDate: Nullable(z.string()),
    lastDate: Nullable(z.string()),
  }),
});

export const GraphElements = z.strictObject({ nodes: z.array(NodeElement), edges: z.array(EdgeElement) });

export const HealthResponse = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.strictObject({ connected: z.boolean(), version: Nullable(z.string()) }),
});

export const StatsResponse = z.strictObject({
  articles: z.number().int(),
  entities: z.number().int(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  byRelation: z.record(z.string(), z.number().int()),
});

export const SearchResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      aliases: z.array(z.string()),
      roles: z.array(z.string()),
      articles: z.number().int(),
      score: z.number(),
      matched: Nullable(z.string()).describe('The alias that matched when the name did not'),
    }),
  ),
  total: z.number().int(),
});

const EvidenceSnippet = z.strictObject({
  text: z.string(),
  articleId: z.string(),
  title: Nullable(z.string()),
  url: Nullable(z.string()),
  date: Nullable(z.string()),
});

export const EntityResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  firstSeen: Nullable(z.string()),
  lastSeen: Nullable(z.string()),
  articleCount: z.number().int(),
  relations: z.array(
    z.strictObject({
      type: z.string(),
      direction: z.enum(['out', 'in']),
      count: z.number().int(),
      items: z.array(
        z.strictObject({ other: EntityRef, articles: z.number().int(), evidence: z.array(EvidenceSnippet) }),
      ),
    }),
  ),
});

export const NeighborhoodResponse = z.strictObject({
  nodes: z.array(NodeElement),
  edges: z.array(EdgeElement),
  more: z.array(
    z.strictObject({ relation: z.string(), direction: z.enum(['out', 'in']), count: z.number().int() }),
  ),
});

export const EvidenceResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      source: EntityRef,
      type: z.string(),
      target: EntityRef,
      evidence: Nullable(z.string()),
      sentence: Nullable(z.number().int()),
      confidence: Nullable(z.number()),
      article: z.strictObject({
        id: z.string(),
        title: Nullable(z.string()),
        url: Nullable(z.string()),
        source: Nullable(z.string()),
        date: Nullable(z.string()),
      }),
    }),
  ),
});

export const PathsResponse = z.strictObject({
  paths: z.array(
    z.strictObject({
      nodes: z.array(EntityRef),
      hops: z.array(
        z.strictObject({
          source: z.string(),
          target: z.string(),
          type: z.string(),
          evidence: z.array(
            z.strictObject({
              text: z.string(),
              articleId: z.string(),
              title: Nullable(z.string()),
              date: Nullable(z.string()),
            }),
          ),
        }),
      ),
    }),
  ),
  nodes: z.array(NodeElement),
  edges: z.array(EdgeElement),
});

export const ArticlesResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: Nullable(z.string()),
      url: Nullable(z.string()),
      source: Nullable(z.string()),
      author: Nullable(z.string()),
      date: Nullable(z.string()),
      entityCount: z.number().int(),
      factCount: z.number().int(),
    }),
  ),
  total: z.number().int(),
});

export const ArticleResponse = z.strictObject({
  id: z.string(),
  title: Nullable(z.string()),
  text: z.string(),
  url: Nullable(z.string()),
  source: Nullable(z.string()),
  author: Nullable(z.string()),
  publishedAt: Nullable(z.string()),
  date: Nullable(z.string()),
  entities: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      surfaces: z.array(z.string()),
      count: z.number().int(),
    }),
  ),
  facts: z.array(
    z.strictObject({
      source: EntityRef,
      type: z.string(),
      target: EntityRef,
      evidence: Nullable(z.string()),
      sentence: Nullable(z.number().int()),
      confidence: Nullable(z.number()),
    }),
  ),
});

export const IngestResponse = z.strictObject({
  id: z.string(),
  status: z.enum(['new', 'updated', 'unchanged']),
  entities: z.number().int(),
  relations: z.number().int(),
});

export const DeleteResponse = z.strictObject({ id: z.string(), deleted: z.literal(true) });

export const CypherResponse = z.strictObject({
  columns: z.array(z.string()),
  rows: z
    .array(z.record(z.string(), z.unknown()))
    .describe(
      'Plain JSON rows keyed by column: nodes as {id, labels, properties}, relationships as {id, type, start, end, properties}',
    ),
  graph: GraphElements,
  summary: z.strictObject({ ms: z.number(), rows: z.number().int(), truncated: z.boolean() }),
});

export const SavedQueriesResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      name: z.string(),
      title: z.string(),
      description: z.string(),
      params: z.array(
        z.strictObject({
          name: z.string(),
          type: z.string(),
          default: z.unknown().optional(),
          description: z.string().optional(),
          required: z.boolean().optional(),
        }),
      ),
    }),
  ),
});

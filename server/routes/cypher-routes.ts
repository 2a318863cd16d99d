// Analysts' Cypher: the guarded read-only endpoint and the saved queries of cypher/queries/.
import { coerceParams, getSavedQuery, listSavedQueries } from '../../cypher/saved-queries.ts';
import { runReadOnly } from '../../cypher/read-only.ts';
import {
  CypherBody,
  CypherResponse,
  ErrorResponse,
  NameParams,
  SavedQueriesResponse,
  SavedQueryBody,
} from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

const refusals = {
  400: { description: 'Invalid body, parameters or Cypher (code CYPHER_ERROR)', schema: ErrorResponse },
  422: {
    description:
      'Refused (QUERY_REFUSED: a write, schema or admin command, LOAD CSV, CALL … IN TRANSACTIONS, several statements) or timed out (QUERY_TIMEOUT)',
    schema: ErrorResponse,
  },
  429: { description: 'Too many requests', schema: ErrorResponse },
};

export const cypherRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/cypher',
    tag: 'cypher',
    summary: 'Run read-only Cypher',
    description:
      'The query is EXPLAINed first and refused unless Neo4j classifies it as a read; then it runs in a READ ' +
      'transaction with a timeout (10 s) and a row cap (5,000; `summary.truncated`). `graph` holds the nodes and ' +
      'relationships found anywhere in the rows, in element format (entities keyed by their id).',
    body: CypherBody,
    rateLimit: 'query',
    responses: {
      200: { description: 'Columns, rows and the graph in them', schema: CypherResponse },
      ...refusals,
    },
    handle: async ({ body }, ctx) => ({
      body: await runReadOnly(ctx.db, body.query, body.params, {
        timeoutMs: ctx.config.cypherTimeoutMs,
        maxRows: ctx.config.cypherMaxRows,
      }),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/queries',
    noDatabase: true,
    tag: 'cypher',
    summary: 'The saved analyst queries with their parameters',
    responses: {
      200: { description: 'Saved queries (without their Cypher text)', schema: SavedQueriesResponse },
    },
    handle: async () => ({
      body: {
        items: listSavedQueries().map((q) => ({
          name: q.name,
          title: q.title,
          description: q.description,
          params: q.params.map((p) => ({
            name: p.name,
            type: p.type,
            ...(p.default === undefined ? {} : { default: p.default }),
            description: p.description,
            required: p.required,
          })),
        })),
      },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/queries/:name',
    tag: 'cypher',
    summary: 'Run a saved query with parameters (read-only, like /api/cypher)',
    params: NameParams,
    body: SavedQueryBody,
    rateLimit: 'query',
    responses: {
      200: { description: 'Same shape as /api/cypher', schema: CypherResponse },
      404: { description: 'No saved query with this name', schema: ErrorResponse },
      ...refusals,
    },
    handle: async ({ params, body }, ctx) => {
      const query = getSavedQuery(params.name);
      const values = coerceParams(query, body.params);
      return {
        body: await runReadOnly(ctx.db, query.cypher, values, {
          timeoutMs: ctx.config.cypherTimeoutMs,
          maxRows: ctx.config.cypherMaxRows,
        }),
      };
    },
  }),
];

// GET /api/health and GET /api/stats.
import { readNeo4jHealth, readStats } from '../../cypher/read-stats.ts';
import { ErrorResponse, HealthResponse, StatsResponse } from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    noDatabase: true,
    tag: 'status',
    summary: 'Is the server up, and does Neo4j answer?',
    description: 'Answers 503 with status "degraded" while Neo4j is unreachable.',
    responses: {
      200: { description: 'Neo4j answers', schema: HealthResponse },
      503: { description: 'Neo4j is unreachable', schema: HealthResponse },
    },
    handle: async (_input, ctx) => {
      const neo4j = await readNeo4jHealth(ctx.db);
      return {
        status: neo4j.connected ? 200 : 503,
        body: { status: neo4j.connected ? 'ok' : 'degraded', neo4j },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/stats',
    tag: 'status',
    summary: 'Counts of articles, entities, nodes and relationships, by entity type and by fact type',
    responses: {
      200: { description: 'The counts', schema: StatsResponse },
      503: { description: 'Neo4j is unreachable', schema: ErrorResponse },
    },
    handle: async (_input, ctx) => ({ body: await readStats(ctx.db) }),
  }),
];

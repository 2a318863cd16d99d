// Graph views: the overview of the most connected entities, and shortest paths between two entities.
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { readOverview } from '../../cypher/read-graph.ts';
import { readPaths } from '../../cypher/read-paths.ts';
import { ErrorResponse, GraphElements, GraphQuery, PathsQuery, PathsResponse } from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

export const graphRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/graph',
    cache: true,
    tag: 'graph',
    summary: 'Overview: the most connected entities and the fact edges among them',
    query: GraphQuery,
    responses: {
      200: { description: "Cytoscape's element format", schema: GraphElements },
      400: { description: 'Invalid parameters', schema: ErrorResponse },
    },
    handle: async ({ query }, ctx) => ({ body: await readOverview(ctx.db, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/paths',
    cache: true,
    tag: 'graph',
    summary: 'Shortest paths between two entities over facts (not co-mentions), each hop with evidence',
    query: PathsQuery,
    responses: {
      200: { description: 'Paths, and their nodes and edges in element format', schema: PathsResponse },
      400: { description: 'Invalid parameters (or from = to)', schema: ErrorResponse },
      404: { description: 'An end is unknown', schema: ErrorResponse },
    },
    handle: async ({ query }, ctx) => {
      if (query.from === query.to)
        throw new ValidationError('Invalid query parameters: from and to must be different entities');
      const result = await readPaths(ctx.db, query);
      if (!result) throw new NotFoundError(`No entity with id "${query.from}" or "${query.to}".`);
      return { body: result };
    },
  }),
];

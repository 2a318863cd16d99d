// Entities: search, one entity's card, its neighbourhood and the evidence behind its facts.
import { NotFoundError } from '../../core/errors.ts';
import { entityExists, readEntity } from '../../cypher/read-entity.ts';
import { readEvidence } from '../../cypher/read-evidence.ts';
import { readNeighborhood } from '../../cypher/read-neighborhood.ts';
import { searchEntities } from '../../cypher/read-search.ts';
import {
  EntityResponse,
  ErrorResponse,
  EvidenceQuery,
  EvidenceResponse,
  IdParams,
  NeighborhoodQuery,
  NeighborhoodResponse,
  SearchQuery,
  SearchResponse,
} from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

const notFound = { description: 'No entity with this id', schema: ErrorResponse };
const badRequest = { description: 'Invalid parameters', schema: ErrorResponse };

function unknownEntity(id: string): NotFoundError {
  return new NotFoundError(`No entity with id "${id}".`);
}

export const entityRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/entities',
    cache: true,
    tag: 'entities',
    summary: 'Search entities by name and alias (typo-tolerant, ranked)',
    description:
      'Full-text search over names and aliases: every word must match exactly, as a prefix, or within one or two typos. ' +
      'Exact names rank first, then exact aliases, then prefixes. Without q, lists entities by the number of articles mentioning them.',
    query: SearchQuery,
    responses: { 200: { description: 'Ranked entities', schema: SearchResponse }, 400: badRequest },
    handle: async ({ query }, ctx) => ({ body: await searchEntities(ctx.db, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/entities/:id',
    cache: true,
    tag: 'entities',
    summary:
      'One entity: names, roles, first/last seen, article count, relations by type and direction with evidence',
    params: IdParams,
    responses: { 200: { description: 'The entity', schema: EntityResponse }, 404: notFound },
    handle: async ({ params }, ctx) => {
      const entity = await readEntity(ctx.db, params.id);
      if (!entity) throw unknownEntity(params.id);
      return { body: entity };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/entities/:id/neighborhood',
    cache: true,
    tag: 'graph',
    summary: "An entity's neighbourhood in Cytoscape's element format, capped to the strongest neighbours",
    description:
      'Neighbours are ranked by the number of articles supporting their facts with the centre; beyond `limit`, ' +
      '`more` counts the rest per relation type and direction ("and 240 more").',
    params: IdParams,
    query: NeighborhoodQuery,
    responses: {
      200: { description: 'Nodes, edges and counts of the rest', schema: NeighborhoodResponse },
      400: badRequest,
      404: notFound,
    },
    handle: async ({ params, query }, ctx) => {
      const graph = await readNeighborhood(ctx.db, { id: params.id, ...query });
      if (!graph) throw unknownEntity(params.id);
      return { body: graph };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/entities/:id/evidence',
    cache: true,
    tag: 'entities',
    summary: 'The sentences, articles and dates behind an entity’s facts',
    params: IdParams,
    query: EvidenceQuery,
    responses: {
      200: { description: 'Facts with evidence, newest first', schema: EvidenceResponse },
      400: badRequest,
      404: notFound,
    },
    handle: async ({ params, query }, ctx) => {
      const items = await readEvidence(ctx.db, { id: params.id, ...query });
      if (items.length === 0 && !(await entityExists(ctx.db, params.id))) throw unknownEntity(params.id);
      return { body: { items } };
    },
  }),
];

// The OpenAPI 3.1 document, generated from the same route table and zod schemas the server runs.
import { z } from 'zod';
import type { ApiRoute } from './api-route.ts';
import { parameterDoc } from './api-schemas.ts';

type JsonObject = Record<string, unknown>;

/** Express `/api/entities/:id` → OpenAPI `/api/entities/{id}`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  delete out.$schema;
  return out;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const doc = parameterDoc(field) ?? jsonSchema(field, 'input');
    const { description, ...rest } = { ...jsonSchema(field, 'input'), ...doc } as JsonObject;
    const required = where === 'path' || !field.safeParse(undefined).success;
    const parameter: JsonObject = { name, in: where, required, schema: rest };
    const text = description ?? field.description;
    if (text) parameter.description = text;
    return parameter;
  });
}

/**
 * Builds the OpenAPI 3.1 document for `routes`.
 * @example buildOpenApi(apiRoutes).paths['/api/entities/{id}'].get.summary
 */
export function buildOpenApi(
  routes: ApiRoute[],
  info: { version: string } = { version: '0.1.0' },
): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const operation: JsonObject = {
      operationId: `${route.method}${toOpenApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
    };
    if (route.description) operation.description = route.description;
    const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
    if (parameters.length > 0) operation.parameters = parameters;
    if (route.body) {
      operation.requestBody = {
        required: !route.body.safeParse(undefined).success,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      };
    }
    if (route.auth) operation.security = [{ bearerToken: [] }];
    const responses: JsonObject = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      responses[status] = doc.schema
        ? {
            description: doc.description,
            content: { 'application/json': { schema: jsonSchema(doc.schema, 'output') } },
          }
        : { description: doc.description };
    }
    if (!responses['503'] && route.path !== '/api/openapi.json' && route.path !== '/api/queries') {
      responses['503'] = {
        description: 'Neo4j is unreachable',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    operation.responses = responses;
    const path = toOpenApiPath(route.path);
    paths[path] = { ...(paths[path] ?? {}), [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tracegraph API',
      version: info.version,
      description:
        'Who is connected to whom in the news, with the sentence behind every fact. JSON everywhere; graphs in ' +
        "Cytoscape's element format; errors as {error: {code, message}}.",
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'status', description: 'Health and counts' },
      { name: 'entities', description: 'Search and entity cards' },
      { name: 'graph', description: 'Neighbourhoods, paths and the overview' },
      { name: 'articles', description: 'Articles, ingest and delete' },
      { name: 'cypher', description: "Analysts' read-only Cypher and saved queries" },
    ],
    paths,
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'TRACEGRAPH_TOKEN' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}

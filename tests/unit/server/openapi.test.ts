// The OpenAPI document built from the route table, without a server.
import { describe, expect, it } from 'vitest';
import { listApiRoutes } from '../../../server/app.ts';
import { buildOpenApi, toOpenApiPath } from '../../../server/openapi.ts';

describe('buildOpenApi', () => {
  const spec = buildOpenApi(listApiRoutes()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };

  it('converts Express paths to OpenAPI templates', () => {
    expect(toOpenApiPath('/api/entities/:id/neighborhood')).toBe('/api/entities/{id}/neighborhood');
  });

  it('has one operation per route, with unique operation ids', () => {
    const ops = Object.values(spec.paths).flatMap((p) => Object.values(p));
    expect(ops).toHaveLength(listApiRoutes().length);
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks the token-protected operations and documents 403', () => {
    const post = spec.paths['/api/articles']?.post;
    expect(post?.security).toEqual([{ bearerToken: [] }]);
    expect(Object.keys(post?.responses as object)).toEqual(expect.arrayContaining(['401', '403', '429']));
    expect(spec.paths['/api/articles']?.get?.security).toBeUndefined();
  });

  it('describes the request body of /api/cypher', () => {
    const body = spec.paths['/api/cypher']?.post?.requestBody as {
      content: Record<string, { schema: { required: string[] } }>;
    };
    expect(body.content['application/json']?.schema.required).toEqual(['query']);
  });
});

// The OpenAPI description matches the code both ways: every Express route is described, every described operation answers.
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { createApp } from '../../../server/app.ts';
import { toOpenApiPath } from '../../../server/openapi.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { idOf, seedGraph } from './seed-graph.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every [METHOD, path] Express itself has registered under /api, found by walking its router stacks. */
function expressApiRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          if (!path.startsWith('/api')) continue;
          for (const [method, on] of Object.entries(layer.route.methods))
            if (on && method !== '_all') found.push(`${method.toUpperCase()} ${toOpenApiPath(path)}`);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...new Set(found)].sort();
}

type Spec = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string; required: boolean }>;
        responses: Record<string, unknown>;
      }
    >
  >;
};

let db: Database;
let server: TestServer;
let spec: Spec;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedGraph(db);
  server = await startTestServer({ db, config: { token: 'openapi-token' } });
  spec = (await call(server.url, '/api/openapi.json')).body as Spec;
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

const described = () =>
  Object.entries(spec.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).length).toBeGreaterThanOrEqual(14);
  });

  it('describes every route Express serves under /api', () => {
    const routes = expressApiRoutes(createApp({ db }));
    expect(routes.length).toBeGreaterThanOrEqual(16);
    expect(described()).toEqual(routes);
  });

  it('names each path parameter of a template, and every operation has responses', () => {
    for (const [path, ops] of Object.entries(spec.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const op of Object.values(ops)) {
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort(), path).toEqual(names);
        expect(inPath.every((p) => p.required)).toBe(true);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
    }
  });

  it('documents the parameters the code checks (a bound, an enum, a date)', () => {
    const neighborhood = spec.paths['/api/entities/{id}/neighborhood']?.get?.parameters as unknown as Array<{
      name: string;
      schema: Record<string, unknown>;
    }>;
    expect(neighborhood.find((p) => p.name === 'depth')?.schema).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 3,
      default: 1,
    });
    const search = spec.paths['/api/entities']?.get?.parameters as unknown as Array<{
      name: string;
      schema: Record<string, unknown>;
    }>;
    expect(search.find((p) => p.name === 'type')?.schema.enum).toContain('Person');
    const graph = spec.paths['/api/graph']?.get?.parameters as unknown as Array<{
      name: string;
      schema: Record<string, unknown>;
    }>;
    expect(graph.find((p) => p.name === 'since')?.schema).toMatchObject({ type: 'string', format: 'date' });
  });
});

describe('every described operation exists', () => {
  const sample: Record<string, string> = {
    id: idOf('Hikvision'),
    name: 'who-criticized',
  };
  it('answers each one with something other than ROUTE_NOT_FOUND, with a documented status', async () => {
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        let url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(sample[name] ?? 'x'));
        if (path === '/api/paths') url += `?from=${idOf('Karen Lee')}&to=${idOf('Norway')}`;
        if (path.startsWith('/api/articles/'))
          url = url.replace(encodeURIComponent(idOf('Hikvision')), 'a1-letter');
        const headers = { authorization: 'Bearer wrong-token' };
        const body =
          method === 'post'
            ? path === '/api/cypher'
              ? { query: 'RETURN 1 AS one' }
              : path === '/api/articles'
                ? { text: 'x' }
                : { params: { entity: 'Hikvision' } }
            : undefined;
        const res = await call(server.url, url, { method: method.toUpperCase(), body, headers });
        expect(res.body?.error?.code, `${method} ${url}`).not.toBe('ROUTE_NOT_FOUND');
        expect(Object.keys(op.responses), `${method} ${url} → ${res.status}`).toContain(String(res.status));
      }
    }
  });
});

describe('GET /api/docs', () => {
  it('renders the reference page from the same description, with no external resources', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    for (const path of Object.keys(spec.paths)) expect(html).toContain(path.replace(/&/g, '&amp;'));
    expect(html).not.toMatch(/<script|https?:\/\/(?!example)/);
  });
});

// With Neo4j unreachable (a real driver pointed at a closed port): 503s at once, health degraded, docs still served.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../cypher/database.ts';
import { HealthResponse } from '../../../server/api-schemas.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openDatabase({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: 'neo4j', password: '' });
  server = await startTestServer({ db, config: { token: 't' } });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('Neo4j unreachable', () => {
  it('health answers 503 degraded', async () => {
    const res = await call(server.url, '/api/health');
    expect(res.status).toBe(503);
    expect(HealthResponse.parse(res.body)).toEqual({
      status: 'degraded',
      neo4j: { connected: false, version: null },
    });
  });

  it.each([
    ['GET', '/api/stats'],
    ['GET', '/api/entities?q=hikvision'],
    ['GET', '/api/entities/company:hikvision'],
    ['GET', '/api/entities/company:hikvision/neighborhood'],
    ['GET', '/api/entities/company:hikvision/evidence'],
    ['GET', '/api/paths?from=a&to=b'],
    ['GET', '/api/graph'],
    ['GET', '/api/articles'],
    ['GET', '/api/articles/a1'],
    ['POST', '/api/cypher'],
    ['POST', '/api/queries/who-criticized'],
  ])('%s %s answers 503 DATABASE_UNAVAILABLE within seconds', async (method, path) => {
    const started = Date.now();
    const body =
      method === 'POST'
        ? path === '/api/cypher'
          ? { query: 'RETURN 1' }
          : { params: { entity: 'x' } }
        : undefined;
    const res = await call(server.url, path, { method, body });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/Neo4j is unreachable/),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('still serves what needs no database: the description, the docs and the saved-query list', async () => {
    expect((await call(server.url, '/api/openapi.json')).status).toBe(200);
    expect((await fetch(`${server.url}/api/docs`)).status).toBe(200);
    expect((await call(server.url, '/api/queries')).status).toBe(200);
  });
});

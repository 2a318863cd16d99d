// Every kind of bad input a client can send gets a 400 (or 404) JSON error naming the problem — never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { ErrorResponse } from '../../../server/api-schemas.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { idOf, seedGraph } from './seed-graph.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedGraph(db);
  server = await startTestServer({ db });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

const hik = encodeURIComponent(idOf('Hikvision'));
const lee = idOf('Karen Lee');

// [path, the parameter the message must name]
const BAD_QUERIES: Array<[string, string]> = [
  ['/api/entities?limit=0', 'limit'],
  ['/api/entities?limit=101', 'limit'],
  ['/api/entities?limit=ten', 'limit'],
  ['/api/entities?limit=1.5', 'limit'],
  ['/api/entities?limit=-1', 'limit'],
  ['/api/entities?limit=1&limit=2', 'limit'],
  ['/api/entities?offset=-5', 'offset'],
  ['/api/entities?offset=99999999999', 'offset'],
  ['/api/entities?type=Robot', 'type'],
  ['/api/entities?type=person', 'type'],
  [`/api/entities?q=${'x'.repeat(201)}`, 'q'],
  ['/api/entities?q=a&q=b', 'q'],
  [`/api/entities/${hik}/neighborhood?depth=0`, 'depth'],
  [`/api/entities/${hik}/neighborhood?depth=4`, 'depth'],
  [`/api/entities/${hik}/neighborhood?limit=501`, 'limit'],
  [`/api/entities/${hik}/neighborhood?types=Person,Robot`, 'types'],
  [`/api/entities/${hik}/neighborhood?relations=MENTIONED_IN`, 'relations'],
  [`/api/entities/${hik}/neighborhood?relations=KNOWS`, 'relations'],
  [
    `/api/entities/${hik}/neighborhood?relations=${encodeURIComponent('LEADS]-() DETACH DELETE n //')}`,
    'relations',
  ],
  [`/api/entities/${hik}/neighborhood?since=2020-13-01`, 'since'],
  [`/api/entities/${hik}/neighborhood?until=2021-02-30`, 'until'],
  [`/api/entities/${hik}/neighborhood?since=yesterday`, 'since'],
  [`/api/entities/${hik}/evidence?relation=DISTINCT_FROM`, 'relation'],
  [`/api/entities/${hik}/evidence?limit=0`, 'limit'],
  ['/api/paths', 'from'],
  [`/api/paths?from=${lee}`, 'to'],
  [`/api/paths?from=${lee}&to=${idOf('Norway')}&maxLength=0`, 'maxLength'],
  [`/api/paths?from=${lee}&to=${idOf('Norway')}&maxLength=7`, 'maxLength'],
  [`/api/paths?from=${lee}&to=${idOf('Norway')}&relations=MENTIONED_IN`, 'relations'],
  [`/api/paths?from=${lee}&to=${lee}`, 'from'],
  ['/api/graph?limit=0', 'limit'],
  ['/api/graph?limit=1000', 'limit'],
  ['/api/graph?types=Article', 'types'],
  ['/api/graph?relations=DISTINCT_FROM', 'relations'],
  ['/api/graph?since=2020/01/01', 'since'],
  ['/api/articles?limit=0', 'limit'],
  ['/api/articles?offset=x', 'offset'],
  ['/api/articles?until=01-01-2020', 'until'],
  [`/api/entities/${'x'.repeat(301)}`, 'id'],
];

describe('bad query parameters', () => {
  it.each(BAD_QUERIES)('%s → 400 naming %s', async (path, field) => {
    const res = await call(server.url, path);
    expect(res.status, res.text).toBe(400);
    const body = ErrorResponse.parse(res.body);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.message).toContain(field);
  });
});

describe('unknown things', () => {
  it.each([
    ['/api/entities/company:nobody', 'NOT_FOUND'],
    ['/api/entities/company:nobody/neighborhood', 'NOT_FOUND'],
    ['/api/entities/company:nobody/evidence', 'NOT_FOUND'],
    [`/api/paths?from=company:nobody&to=${lee}`, 'NOT_FOUND'],
    ['/api/articles/nope', 'NOT_FOUND'],
    ['/api/nothing-here', 'ROUTE_NOT_FOUND'],
    ['/api/entities/a/b/c', 'ROUTE_NOT_FOUND'],
  ])('%s → 404 %s', async (path, code) => {
    const res = await call(server.url, path);
    expect(res.status).toBe(404);
    expect(ErrorResponse.parse(res.body).error.code).toBe(code);
  });

  it('answers 404 JSON for a method no route has', async () => {
    const res = await call(server.url, '/api/entities', { method: 'PUT', body: {} });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('odd but valid input', () => {
  it.each([
    '/api/entities?q=%F0%9F%98%80', // an emoji
    '/api/entities?q=%C3%98stfold', // a non-ASCII letter
    `/api/entities/${encodeURIComponent('person:o\'brien"; MATCH (n) DETACH DELETE n //')}`,
    '/api/entities?q=&type=',
    `/api/entities/${hik}/neighborhood?types=&relations=`,
    `/api/entities/${hik}/neighborhood?types=Person&types=Fund`,
    '/api/articles?q=%22unclosed',
  ])('%s is never a 500', async (path) => {
    const res = await call(server.url, path);
    expect([200, 404]).toContain(res.status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('logged no unexpected error along the way', () => {
    expect(server.logged.filter((l) => l.level === 'error')).toEqual([]);
  });
});

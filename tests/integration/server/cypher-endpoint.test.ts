// POST /api/cypher and the saved queries: reads work, every kind of write or admin command is refused, and the graph stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { CypherResponse, SavedQueriesResponse } from '../../../server/api-schemas.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { CRITICS, dumpGraph, idOf, seedGraph } from './seed-graph.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

let db: Database;
let server: TestServer;
let before: string;
const cypher = (query: unknown, params?: unknown) =>
  call(server.url, '/api/cypher', { body: params === undefined ? { query } : { query, params } });

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedGraph(db);
  before = await dumpGraph(db);
  server = await startTestServer({ db, config: { cypherMaxRows: 10, cypherTimeoutMs: 1_500 } });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('POST /api/cypher: reads', () => {
  it('answers columns, plain rows, the graph in the rows and a summary', async () => {
    const res = await cypher(
      'MATCH (e:Entity {id: $id})-[r:INVESTED_IN]->(c) RETURN e, r, c.name AS company, r.sentence AS n ORDER BY n',
      {
        id: idOf('Government Pension Fund Global'),
      },
    );
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.columns).toEqual(['e', 'r', 'company', 'n']);
    expect(body.rows).toHaveLength(4);
    const row = body.rows[0] as {
      e: { id: string; labels: string[]; properties: Record<string, unknown> };
      r: Record<string, unknown>;
      n: unknown;
    };
    expect(row.e.labels.sort()).toEqual(['Entity', 'Fund']);
    expect(row.e.properties.name).toBe('Government Pension Fund Global');
    expect(row.r).toMatchObject({ type: 'INVESTED_IN', start: row.e.id, properties: { confidence: 0.9 } });
    expect(typeof row.n).toBe('number'); // an Integer became a number
    expect(body.graph.nodes.map((n) => n.data.id).sort()).toEqual(
      [idOf('Dahua'), idOf('Government Pension Fund Global'), idOf('Hikvision')].sort(),
    );
    const edge = body.graph.edges.find((e) => e.data.target === idOf('Hikvision'));
    expect(edge?.data).toMatchObject({
      id: `${idOf('Government Pension Fund Global')}|INVESTED_IN|${idOf('Hikvision')}`,
      count: 3,
    });
    expect(body.summary).toMatchObject({ rows: 4, truncated: false });
  });

  it('draws relationships whose end nodes were not returned, and turns temporal values into strings', async () => {
    const body = CypherResponse.parse(
      (
        await cypher(
          'MATCH ()-[r:LEADS]->() RETURN r, date("2020-01-02") AS d, datetime("2020-01-02T03:04:05Z") AS t',
        )
      ).body,
    );
    expect(body.rows[0]).toMatchObject({ d: '2020-01-02', t: '2020-01-02T03:04:05Z' });
    expect(body.graph.nodes.map((n) => n.data.id).sort()).toEqual(
      [idOf('Audun Lysbakken'), idOf('Socialist Left Party')].sort(),
    );
    expect(body.graph.edges).toHaveLength(1);
  });

  it('returns paths as nodes and relationships', async () => {
    const body = CypherResponse.parse(
      (
        await cypher('MATCH p = (:Entity {id: $a})-[:MEMBER_OF]->(:Entity) RETURN p', {
          a: idOf('Alistair Carmichael'),
        })
      ).body,
    );
    const path = body.rows[0]?.p as { nodes: unknown[]; relationships: unknown[] };
    expect(path.nodes).toHaveLength(2);
    expect(path.relationships).toHaveLength(1);
    expect(body.graph.edges[0]?.data.type).toBe('MEMBER_OF');
  });

  it('caps rows and says so', async () => {
    const body = CypherResponse.parse((await cypher('UNWIND range(1, 100) AS x RETURN x')).body);
    expect(body.rows).toHaveLength(10);
    expect(body.summary).toMatchObject({ rows: 10, truncated: true });
  });

  it('takes whole JSON numbers as integers, so LIMIT $n works', async () => {
    const body = CypherResponse.parse(
      (await cypher('MATCH (e:Entity:Person) RETURN e.name AS name ORDER BY name LIMIT $n', { n: 3 })).body,
    );
    expect(body.rows).toHaveLength(3);
  });

  it('allows read-only procedures such as full-text search and db.labels()', async () => {
    const search = await cypher(
      "CALL db.index.fulltext.queryNodes('entityNames', 'hikvision') YIELD node RETURN node.name AS name",
    );
    expect(search.status).toBe(200);
    expect(search.body.rows[0]).toEqual({ name: 'Hikvision' });
    expect((await cypher('CALL db.labels() YIELD label RETURN label')).status).toBe(200);
  });

  it('stops a query that runs past the timeout', async () => {
    const res = await cypher('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('QUERY_TIMEOUT');
  });

  it('answers 400 CYPHER_ERROR with Neo4j’s reason for a broken query', async () => {
    const res = await cypher('MATCH (n RETURN n');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CYPHER_ERROR',
      message: expect.stringMatching(/Cypher error/),
    });
    const missing = await cypher('MATCH (n {id: $nope}) RETURN n');
    expect(missing.status).toBe(400);
  });
});

// [what, query]: every one must be refused with 422 QUERY_REFUSED and leave the graph untouched.
const HOSTILE: Array<[string, string]> = [
  ['CREATE', 'CREATE (n:Hacked {at: 1}) RETURN n'],
  ['MERGE', "MERGE (n:Entity {id: 'person:hacker'}) RETURN n"],
  ['SET', "MATCH (e:Entity) SET e.name = 'hacked'"],
  ['SET a label', 'MATCH (e:Entity) SET e:Hacked'],
  ['DELETE', 'MATCH (a:Article) DELETE a'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE a property', 'MATCH (e:Entity) REMOVE e.name'],
  ['REMOVE a label', 'MATCH (e:Entity) REMOVE e:Entity'],
  ['CREATE INDEX', 'CREATE INDEX hacked IF NOT EXISTS FOR (n:Entity) ON (n.hacked)'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hacked IF NOT EXISTS FOR (n:Hacked) REQUIRE n.id IS UNIQUE'],
  [
    'CREATE FULLTEXT INDEX',
    'CREATE FULLTEXT INDEX hackedText IF NOT EXISTS FOR (n:Entity) ON EACH [n.hacked]',
  ],
  ['DROP INDEX', 'DROP INDEX entity_name'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id'],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  [
    'LOAD CSV from a URL into a write',
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:Hacked {v: row.v})",
  ],
  ['CALL { … } IN TRANSACTIONS', 'CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS'],
  [
    'CALL (n) { … } IN TRANSACTIONS OF n ROWS',
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  ],
  [
    'read-only CALL { … } IN TRANSACTIONS',
    'UNWIND [1, 2] AS x CALL (x) { RETURN x * 2 AS y } IN TRANSACTIONS RETURN y',
  ],
  ['CALL dbms.listConfig', 'CALL dbms.listConfig()'],
  ['CALL dbms.components', 'CALL dbms.components() YIELD name RETURN name'],
  ['CALL dbms.killQueries', "CALL dbms.killQueries(['query-1'])"],
  ['CALL db.createLabel', "CALL db.createLabel('Hacked')"],
  ['CALL db.createProperty', "CALL db.createProperty('hacked')"],
  ['CALL db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['two statements', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n'],
  ['two reads', 'RETURN 1; RETURN 2'],
  ['apoc write', "CALL apoc.create.node(['Hacked'], {})"],
  ['apoc periodic', "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})"],
  ['a write hidden in a subquery', 'CALL { CREATE (x:Hacked) } RETURN 1 AS one'],
  ['a write in a scoped subquery', 'MATCH (e:Entity) CALL (e) { SET e.hacked = true } RETURN count(*) AS n'],
  ['a write after a UNION', 'MATCH (n:Entity) RETURN n.id AS id UNION CREATE (h:Hacked) RETURN h.id AS id'],
  ['FOREACH CREATE', 'FOREACH (i IN range(1, 3) | CREATE (:Hacked))'],
  ['FOREACH SET', 'MATCH (e:Entity) WITH collect(e) AS es FOREACH (x IN es | SET x.hacked = true)'],
  ['CREATE DATABASE', 'CREATE DATABASE hacked'],
  ['CREATE USER', "CREATE USER hacker SET PASSWORD 'secretsecret'"],
  ['SHOW USERS', 'SHOW USERS'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
  ['SHOW SETTINGS', 'SHOW SETTINGS'],
];

describe('POST /api/cypher: refusals', () => {
  it.each(HOSTILE)('refuses %s', async (_what, query) => {
    const res = await cypher(query);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('QUERY_REFUSED');
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });

  it('says why: a write, a schema command, LOAD CSV, IN TRANSACTIONS, a procedure, several statements', async () => {
    const message = async (q: string) => (await cypher(q)).body.error.message as string;
    expect(await message('CREATE (n:Hacked)')).toMatch(/Writes are not allowed/);
    expect(await message('DROP INDEX entity_name')).toMatch(/Schema/);
    expect(await message("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).toMatch(/LOAD CSV/);
    expect(await message('CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1')).toMatch(/IN TRANSACTIONS/);
    expect(await message('CALL dbms.listConfig()')).toMatch(/dbms\.listConfig/);
    expect(await message('RETURN 1; RETURN 2')).toMatch(/Several statements/);
  });

  it('left the graph and the schema exactly as they were', async () => {
    expect(await dumpGraph(db)).toBe(before);
    const check = await cypher('MATCH (h:Hacked) RETURN count(h) AS n');
    expect(check.body.rows).toEqual([{ n: 0 }]);
  });
});

describe('POST /api/cypher: bad requests', () => {
  it.each([
    ['no body', undefined],
    ['no query', { params: {} }],
    ['an empty query', { query: '   ' }],
    ['a query that is not a string', { query: 42 }],
    ['params that are not an object', { query: 'RETURN 1', params: [1, 2] }],
    ['an unknown field', { query: 'RETURN 1', write: true }],
    ['a query too long', { query: `RETURN 1 // ${'x'.repeat(20_001)}` }],
  ])('answers 400 for %s', async (_what, body) => {
    const res = await call(server.url, '/api/cypher', body === undefined ? { method: 'POST' } : { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('answers 400 for broken JSON and 413 for a body over the limit', async () => {
    const broken = await call(server.url, '/api/cypher', { method: 'POST', raw: '{"query": "RETURN 1"' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
    const huge = await call(server.url, '/api/cypher', {
      body: { query: 'RETURN 1', params: { x: 'x'.repeat(1_100_000) } },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('BODY_TOO_LARGE');
  });
});

describe('saved queries', () => {
  it('lists the saved queries with their parameters, without their Cypher', async () => {
    const res = await call(server.url, '/api/queries');
    expect(res.status).toBe(200);
    const body = SavedQueriesResponse.parse(res.body);
    expect(body.items.length).toBeGreaterThan(0);
    const who = body.items.find((q) => q.name === 'who-criticized');
    expect(who?.params.map((p) => p.name)).toContain('entity');
    expect(JSON.stringify(res.body)).not.toContain('MATCH (');
  });

  it('runs one with parameters, read-only, in the /api/cypher shape', async () => {
    const res = await call(server.url, '/api/queries/who-criticized', {
      body: { params: { entity: 'Hikvision', limit: 50 } },
    });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.rows).toHaveLength(10); // the row cap of this server
    expect(body.summary.truncated).toBe(true);
    const all = await call(server.url, '/api/queries/who-criticized', {
      body: { params: { entity: 'hikivision', limit: '5' } },
    });
    expect(all.body.rows).toHaveLength(5);
    expect(CRITICS).toContain(all.body.rows[0].critic);
  });

  it('answers 404 for an unknown name and 400 for bad parameters', async () => {
    const unknown = await call(server.url, '/api/queries/no-such-query', { body: { params: {} } });
    expect(unknown.status).toBe(404);
    const missing = await call(server.url, '/api/queries/who-criticized', { body: { params: {} } });
    expect(missing.status).toBe(400);
    const wrongType = await call(server.url, '/api/queries/who-criticized', {
      body: { params: { entity: 'x', limit: 'many' } },
    });
    expect(wrongType.status).toBe(400);
    const extra = await call(server.url, '/api/queries/who-criticized', {
      body: { params: { entity: 'x', drop: 'all' } },
    });
    expect(extra.status).toBe(400);
    const notObject = await call(server.url, '/api/queries/who-criticized', { body: { params: 'x' } });
    expect(notObject.status).toBe(400);
  });
});

// npm run bench:api — loads a generated graph (10,000 articles by default) and drives the main read endpoints with autocannon at 16 and 64 connections.
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import express from 'express';
import { applySchema } from '../cypher/apply-schema.ts';
import { openDatabase, type Database } from '../cypher/database.ts';
import { findFreePort, startEngine, type RunningEngine } from '../engine/local-engine.ts';
import { createApp } from '../server/app.ts';
import { createRandom, generateApiGraph } from './generate-api-graph.ts';

let ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '16,64').split(',').map(Number);
/** The server's read cache (default: the server's own default); BENCH_CACHE_TTL_MS=0 measures every request against Neo4j. */
const CACHE_TTL_MS =
  process.env.BENCH_CACHE_TTL_MS === undefined ? undefined : Number(process.env.BENCH_CACHE_TTL_MS);
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
  endpoint: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** /api/health measured just before, at the same concurrency. */
  health?: Row;
}

/** BENCH_REUSE=1 with NEO4J_URI: run against a graph an earlier run generated (kept with BENCH_KEEP=1). */
const REUSE = process.env.BENCH_REUSE === '1';

async function openBenchDatabase(): Promise<{ db: Database; engine?: RunningEngine; dataDir?: string }> {
  if (process.env.NEO4J_URI) {
    const db = openDatabase({
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    });
    const count = await db.read(async (tx) =>
      (await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n'),
    );
    if (Number(count) > 0 && !REUSE)
      throw new Error(
        `The benchmark writes a generated graph: point NEO4J_URI at an empty database (this one has ${count} nodes).`,
      );
    return { db };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-bench-api-'));
  const engine = await startEngine({
    dataDir,
    boltPort: await findFreePort(),
    detached: false,
    heap: process.env.BENCH_HEAP ?? '2g',
  });
  log(`Throwaway Neo4j on ${engine.uri} (${dataDir}), ready in ${(engine.startMs / 1000).toFixed(1)} s`);
  return { db: openDatabase({ uri: engine.uri, user: 'neo4j', password: '' }), engine, dataDir };
}

/** Request paths for one endpoint, varied so the run is not one cached query. */
async function buildRequestMixes(db: Database): Promise<Record<string, string[]>> {
  const random = createRandom(11);
  const oneOf = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const rows = await db.read(async (tx) =>
    (
      await tx.run(
        `MATCH (e:Entity) WITH e, COUNT { (e)-[:MEMBER_OF|WORKS_FOR|LEADS|CRITICIZED|SANCTIONED|INVESTED_IN|DIVESTED_FROM|SUPPLIES|LOCATED_IN]-() } AS degree
         WHERE degree > 0 RETURN e.id AS id, e.name AS name, degree ORDER BY degree DESC`,
      )
    ).records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      degree: Number(r.get('degree')),
    })),
  );
  const ids = Array.from({ length: 300 }, () => encodeURIComponent(oneOf(rows).id));
  const hubs = rows.slice(0, 20).map((r) => encodeURIComponent(r.id));
  const searches = Array.from({ length: 300 }, (_, i) => {
    const name = oneOf(rows).name;
    const first = name.split(' ')[0] ?? name;
    const q =
      i % 3 === 0
        ? name
        : i % 3 === 1
          ? first.slice(0, 4)
          : first.slice(0, 1) + first[2] + first[1] + first.slice(3);
    return `/api/entities?q=${encodeURIComponent(q)}`;
  });
  return {
    health: ['/api/health'],
    search: searches,
    entity: ids.map((id) => `/api/entities/${id}`),
    neighborhood: ids.map((id) => `/api/entities/${id}/neighborhood`),
    'neighborhood (top-20 hubs)': hubs.map((id) => `/api/entities/${id}/neighborhood`),
    graph: [
      '/api/graph?limit=100',
      '/api/graph?limit=100&types=Person,Company',
      '/api/graph?limit=100&since=2020-01-01',
    ],
    paths: Array.from({ length: 200 }, () => `/api/paths?from=${oneOf(ids)}&to=${oneOf(ids)}`).filter(
      (p) => !/from=([^&]+)&to=\1$/.test(p),
    ),
  };
}

async function drive(url: string, paths: string[], connections: number, seconds: number): Promise<Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    // Load generation in its own thread, so it does not compete with the server's event loop.
    workers: 1,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
}

async function main(): Promise<void> {
  const { db, engine, dataDir } = await openBenchDatabase();
  try {
    await applySchema(db);
    const started = Date.now();
    let last = 0;
    const graph = REUSE
      ? await countExisting(db)
      : await generateApiGraph(db, {
          articles: ARTICLES,
          onProgress: (done) => {
            if (done - last >= 2_000 || done === ARTICLES) {
              log(`  generated ${done} / ${ARTICLES} articles`);
              last = done;
            }
          },
        });
    ARTICLES = graph.articles;
    log(
      `Graph: ${graph.articles} articles, ${graph.entities.length} entities, ${graph.mentions} mentions, ${graph.facts} facts ` +
        `(loaded in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const mixes = await buildRequestMixes(db);
    const app = createApp({
      db,
      config: { webDir: path.join(os.tmpdir(), 'tracegraph-no-web'), cacheTtlMs: CACHE_TTL_MS },
      logger: {
        info: () => {},
        error: (m, d) => log(`server error: ${m} ${JSON.stringify(d)?.slice(0, 300)}`),
      },
    });
    // Counts requests still running, so one run's slow tail does not spill into the next run.
    let inFlight = 0;
    const counted = express();
    counted.use((_req, res, next) => {
      inFlight++;
      res.on('close', () => inFlight--);
      next();
    });
    counted.use(app);
    const server = await new Promise<Server>((resolve) => {
      const s = counted.listen(0, '127.0.0.1', () => resolve(s));
    });
    const settle = async () => {
      for (let waited = 0; inFlight > 0 && waited < 60_000; waited += 100) await sleep(100);
    };
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    log(`Server on ${url}; ${SECONDS} s per endpoint and concurrency, after a 3 s warm-up each\n`);
    const rows: Row[] = [];
    const measure = async (
      endpoint: string,
      paths: string[],
      connections: number,
      seconds: number,
    ): Promise<Row> => {
      const r = await drive(url, paths, connections, seconds);
      return {
        endpoint,
        connections,
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        errors: r.errors + r.timeouts + r.non2xx,
      };
    };
    const completed = (row: Row) => (row.requests > 0 ? '' : ' (no request completed within the run)');
    for (const connections of CONNECTIONS) {
      for (const [endpoint, paths] of Object.entries(mixes)) {
        if (endpoint === 'health') continue;
        if (endpoint.includes('hubs') && connections !== CONNECTIONS[0]) continue;
        // Health right before each endpoint: on a shared machine the background load drifts minute to minute.
        await settle();
        await drive(url, mixes.health ?? [], connections, 2);
        const health = await measure(
          'health',
          mixes.health ?? [],
          connections,
          Math.max(3, Math.round(SECONDS / 2)),
        );
        await drive(url, paths, connections, 3);
        await settle();
        const row = { ...(await measure(endpoint, paths, connections, SECONDS)), health };
        rows.push(row);
        log(
          `  ${endpoint.padEnd(28)} c=${String(connections).padStart(2)}  ${String(row.rps).padStart(6)} req/s  p50 ${String(row.p50).padStart(5)} ms  p99 ${String(row.p99).padStart(5)} ms  errors ${row.errors}${completed(row)}` +
            `   | health beside it: ${health.rps} req/s, p50 ${health.p50} ms, p99 ${health.p99} ms`,
        );
      }
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    printReport(rows);
  } finally {
    await db.close();
    await engine?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function countExisting(
  db: Database,
): Promise<{ articles: number; entities: unknown[]; mentions: number; facts: number }> {
  const record = await db.read(
    async (tx) =>
      (
        await tx.run(
          `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
         CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
         CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
         RETURN articles, entities, mentions, all - mentions AS facts`,
        )
      ).records[0],
  );
  return {
    articles: Number(record?.get('articles')),
    entities: Array.from({ length: Number(record?.get('entities')) }),
    mentions: Number(record?.get('mentions')),
    facts: Number(record?.get('facts')),
  };
}

function printReport(rows: Row[]): void {
  const cache = CACHE_TTL_MS === undefined ? 'default' : CACHE_TTL_MS === 0 ? 'off' : `${CACHE_TTL_MS} ms`;
  const load = os.loadavg()[0]?.toFixed(1);
  const lines = [
    '',
    `API benchmark — ${ARTICLES} articles, ${SECONDS} s per run, read cache ${cache}, ${os.cpus().length} CPUs (load average ${load})`,
    '',
    '| endpoint | conns | req/s | p50 ms | p99 ms | errors | health beside it: req/s, p50, p99 ms | p99 / health p99 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const h = row.health;
    const ratio = row.requests === 0 ? 'none completed' : h && h.p99 > 0 ? (row.p99 / h.p99).toFixed(1) : '–';
    lines.push(
      `| ${row.endpoint} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.errors} | ${h ? `${h.rps}, ${h.p50}, ${h.p99}` : '–'} | ${ratio} |`,
    );
  }
  const first = CONNECTIONS[0];
  for (const endpoint of ['neighborhood', 'search']) {
    const row = rows.find((r) => r.endpoint === endpoint && r.connections === first);
    if (!row?.health) continue;
    const ok =
      row.requests > 0 && row.p99 <= 4 * row.health.p99 && row.errors === 0 && row.health.errors === 0;
    lines.push(
      `${ok ? 'PASS' : 'MISS'}: ${endpoint} p99 ${row.p99} ms vs 4 × health p99 ${4 * row.health.p99} ms at ${first} connections, ${row.errors} errors`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

// Real processes against real Neo4j: two concurrent ingests end in the graph one ingest makes; kill -9 then re-run does too.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { generateArticles } from '../../../bench/generate-articles.ts';
import { clearGraph, openTestDatabase, testNeo4jUri } from '../../support/test-db.ts';
import { dumpGraph } from './canonical-graph.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'bin/tracegraph.mjs');

let db: Database;
let dir: string;

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function startCli(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

async function countArticles(): Promise<number> {
  const result = await db.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
  return Number(result.records[0].get('n'));
}

async function writeCorpus(folder: string, count: number, seed: number): Promise<string> {
  const target = path.join(dir, folder);
  await import('node:fs/promises').then((fs) => fs.mkdir(target, { recursive: true }));
  let i = 0;
  for (const article of generateArticles({ count, words: 180, seed })) {
    await writeFile(path.join(target, `${String(i++).padStart(4, '0')}.json`), JSON.stringify(article));
  }
  return target;
}

beforeAll(async () => {
  db = openTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-processes-'));
});

afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await clearGraph(db);
});

describe('two ingest processes over the same inputs', () => {
  it('end in the same graph as one, each article new in exactly one of them', async () => {
    const corpus = await writeCorpus('concurrent', 30, 11);
    const single = await startCli(['ingest', corpus, '--json', '--batch-size', '3']).done;
    expect(single.code, single.stderr).toBe(0);
    const expected = await dumpGraph(db);
    expect(expected.edges.length).toBeGreaterThan(30);

    await clearGraph(db);
    const [a, b] = await Promise.all([
      startCli(['ingest', corpus, '--json', '--batch-size', '3']).done,
      startCli(['ingest', corpus, '--json', '--batch-size', '3']).done,
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const totalsA = JSON.parse(a.stdout).totals;
    const totalsB = JSON.parse(b.stdout).totals;
    expect(totalsA.failed + totalsB.failed).toBe(0);
    expect(totalsA.new + totalsB.new).toBe(30);
    expect(totalsA.new + totalsA.unchanged).toBe(30);
    expect(await dumpGraph(db)).toEqual(expected);
  }, 900_000);
});

describe('kill -9 in the middle of an ingest', () => {
  const ARTICLES = 60;
  it('leaves only whole articles, and a re-run ends in the graph of an uninterrupted run', async () => {
    const corpus = await writeCorpus('killed', ARTICLES, 23);
    const full = await startCli(['ingest', corpus, '--batch-size', '2']).done;
    expect(full.code, full.stderr).toBe(0);
    const expected = await dumpGraph(db);

    await clearGraph(db);
    const run = startCli(['ingest', corpus, '--batch-size', '2']);
    const deadline = Date.now() + 120_000;
    while ((await countArticles()) < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await countArticles();
    expect(partial).toBeGreaterThanOrEqual(6);
    expect(partial, 'the ingest finished before it could be killed').toBeLessThan(ARTICLES);
    // Nothing half-written: every article that exists carries its properties and its mentions.
    const incomplete = await db.read((tx) =>
      tx.run(
        'MATCH (a:Article) WHERE a.contentHash IS NULL OR NOT (:Entity)-[:MENTIONED_IN]->(a) RETURN count(a) AS n',
      ),
    );
    expect(Number(incomplete.records[0].get('n'))).toBe(0);

    const rerun = await startCli(['ingest', corpus, '--json', '--batch-size', '2']).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const totals = JSON.parse(rerun.stdout).totals;
    expect(totals.unchanged).toBe(partial);
    expect(totals.new).toBe(ARTICLES - partial);
    expect(await dumpGraph(db)).toEqual(expected);
  }, 900_000);
});

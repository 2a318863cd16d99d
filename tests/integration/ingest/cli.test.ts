// The CLI as an analyst runs it: --json summaries, exit codes 0/2/1, delete, merge/split/distinct, --dry-run without Neo4j.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { clearGraph, openTestDatabase, testNeo4jUri } from '../../support/test-db.ts';
import { dumpGraph } from './canonical-graph.ts';

/** Each CLI run loads tsx and compromise: generous on a loaded 2-core machine. */
const CLI_TEST_TIMEOUT = 300_000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let db: Database;
let dir: string;

function runCli(
  args: string[],
  uri: string = testNeo4jUri(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/tracegraph.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const GOOD = `Oil fund questioned

Socialist Left Party leader Audun Lysbakken criticised Hikvision. The Government Pension Fund Global invested in Hikvision and Dahua.`;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-cli-'));
  await writeFile(path.join(dir, 'good.txt'), GOOD);
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
  await writeFile(
    path.join(dir, 'feed.jsonl'),
    `${JSON.stringify({ title: 'Line one', text: 'Labour MP Karen Lee criticised Hikvision over Xinjiang.', url: 'https://example.org/one' })}\n{broken\n`,
  );
});

afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('tracegraph ingest', () => {
  it(
    '--json reports per file and article; bad inputs fail alone and the exit code is 2',
    async () => {
      const result = await runCli(['ingest', dir, path.join(dir, 'missing.md'), '--json']);
      expect(result.code, result.stderr).toBe(2);
      const summary = JSON.parse(result.stdout);
      const byOrigin = Object.fromEntries(
        summary.articles.map((a: { origin: string }) => [path.basename(a.origin), a]),
      );
      expect(byOrigin['good.txt']).toMatchObject({
        status: 'new',
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
      expect(byOrigin['good.txt'].entities).toBeGreaterThan(0);
      expect(byOrigin['feed.jsonl:1']).toMatchObject({ status: 'new' });
      expect(byOrigin['feed.jsonl:2']).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/not valid JSON/),
      });
      expect(byOrigin['binary.txt']).toMatchObject({ status: 'failed', error: 'binary content, not text' });
      expect(byOrigin['missing.md']).toMatchObject({ status: 'failed', error: 'no such file or folder' });
      expect(summary.totals).toMatchObject({ new: 2, failed: 3 });

      const again = await runCli([
        'ingest',
        path.join(dir, 'good.txt'),
        path.join(dir, 'feed.jsonl'),
        '--json',
      ]);
      expect(again.code).toBe(2);
      expect(JSON.parse(again.stdout).totals).toMatchObject({ new: 0, unchanged: 2, failed: 1 });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'exits 0 when everything ingests, with a one-line summary',
    async () => {
      const result = await runCli(['ingest', path.join(dir, 'good.txt')]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(
        /^Ingested 1 articles from 1 file in [\d.]+ s .*0 new, 0 updated, 1 unchanged, 0 failed/,
      );
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'exits 1 and writes nothing when Neo4j is unreachable, saying so plainly',
    async () => {
      const before = await dumpGraph(db);
      const result = await runCli(['ingest', path.join(dir, 'good.txt')], 'bolt://127.0.0.1:9');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/nothing ingested: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/);
      expect(await dumpGraph(db)).toEqual(before);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    '--dry-run extracts without a database',
    async () => {
      const result = await runCli(
        ['ingest', '--dry-run', '--json', path.join(dir, 'good.txt')],
        'bolt://127.0.0.1:9',
      );
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary.dryRun).toBe(true);
      expect(summary.articles[0]).toMatchObject({ status: 'extracted' });
      expect(summary.articles[0].relations).toBeGreaterThan(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    '--max-size fails files over the cap',
    async () => {
      const result = await runCli([
        'ingest',
        '--dry-run',
        '--json',
        '--max-size',
        '20',
        path.join(dir, 'good.txt'),
      ]);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout).articles[0].error).toMatch(/over the size cap \(\d+ bytes > 20/);
    },
    CLI_TEST_TIMEOUT,
  );
});

describe('tracegraph delete, merge, split, distinct', () => {
  it(
    'retracts by URL, and says when there is nothing to retract',
    async () => {
      const deleted = await runCli(['delete', 'https://example.org/one', '--json']);
      expect(deleted.code, deleted.stderr).toBe(0);
      expect(JSON.parse(deleted.stdout)[0]).toMatchObject({ title: 'Line one' });
      const missing = await runCli(['delete', 'https://example.org/one']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no article with id or URL/);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'merges two entities, splits the alias back out, records look-alikes as distinct',
    async () => {
      const ids = (
        await db.read((tx) =>
          tx.run('MATCH (e:Entity:Company) RETURN e.id AS id, e.name AS name ORDER BY e.id'),
        )
      ).records.map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
      }));
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const [a, b] = ids;
      const before = await dumpGraph(db);
      const merged = await runCli(['merge', a.id, b.id, '--json']);
      expect(merged.code, merged.stderr).toBe(0);
      expect(JSON.parse(merged.stdout)).toMatchObject({ into: { id: a.id }, merged: { id: b.id } });
      const split = await runCli(['split', a.id, b.name]);
      expect(split.code, split.stderr).toBe(0);
      expect(split.stdout).toMatch(new RegExp(`as ${b.id}`));
      expect(await dumpGraph(db)).toEqual(before);
      const distinct = await runCli(['distinct', a.id, b.id]);
      expect(distinct.code, distinct.stderr).toBe(0);
      expect(distinct.stdout).toMatch(/are now recorded as distinct/);
      const refused = await runCli(['merge', a.id, b.id]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/recorded as distinct/);
    },
    CLI_TEST_TIMEOUT,
  );
});

// `tracegraph query` as a user runs it: a child process against the test Neo4j, in each output format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { parseCsv, runCli } from './cli-helpers.ts';
import { seedSampleGraph } from './sample-graph.ts';

let db: Database;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedSampleGraph(db);
});

afterAll(async () => {
  await db?.close();
});

describe('tracegraph query', () => {
  it('prints JSON rows of a saved query, parameters typed by its header', () => {
    const out = runCli([
      'query',
      'who-criticized',
      '--param',
      'entity=Hikvision',
      '-p',
      'limit=4',
      '--format',
      'json',
    ]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as {
      columns: string[];
      rows: Array<Record<string, unknown>>;
      summary: { rows: number };
    };
    expect(json.columns).toEqual([
      'critic',
      'criticType',
      'target',
      'date',
      'evidence',
      'article',
      'articleId',
    ]);
    expect(json.rows).toHaveLength(4);
    expect(json.summary.rows).toBe(4);
    expect(json.rows[0]).toMatchObject({ critic: 'Big Brother Watch', date: '2022-11-24' });
  });

  it('prints CSV with a header and RFC 4180 quoting', () => {
    const out = runCli(['query', 'leaders', '--format', 'csv']);
    expect(out.status).toBe(0);
    const rows = parseCsv(out.stdout);
    expect(rows[0]).toEqual(['leader', 'roles', 'organisation', 'organisationType', 'articles', 'evidence']);
    expect(rows).toHaveLength(5);
    const carlo = rows.find((r) => r[0] === 'Silkie Carlo');
    // the evidence holds commas, so it was quoted and reads back whole
    expect(carlo?.[5]).toBe('Silkie Carlo, the director of Big Brother Watch, leads the group.');
    expect(out.stdout).toContain('"Silkie Carlo, the director of Big Brother Watch, leads the group."');
    const lysbakken = rows.find((r) => r[0] === 'Audun Lysbakken');
    expect(lysbakken?.[1]).toBe('lawmaker; party leader');
  });

  it('prints an aligned table', () => {
    const out = runCli(['query', 'sanctions', '--format', 'table']);
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    const header = lines[0] ?? '';
    expect(header).toMatch(/^sanctioner\s+sanctionerType\s+target\s+/);
    expect(lines[1]).toMatch(/^─+( {2}─+)+$/);
    const targetAt = header.indexOf('target ');
    const body = lines.slice(2, 5);
    expect(body).toHaveLength(3);
    for (const line of body) expect(line.slice(targetAt).split(' ')[0]).toMatch(/^(Dahua|Hikvision)$/);
    expect(out.stdout).toMatch(/\n3 rows \(\d+ ms\)\n$/);
  });

  it('prints JSON by default when the output is not a terminal', () => {
    const out = runCli(['query', 'entities-by-type', '-p', 'type=Fund']);
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as { rows: unknown[] }).rows).toHaveLength(2);
  });

  it('runs a .cypher file with a header, and Cypher text with guessed parameters', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tg-query-'));
    const file = path.join(dir, 'funds.cypher');
    writeFileSync(
      file,
      '// name: Funds\n// description: funds by name\n// param: min int = 1 — at least\nMATCH (f:Fund) WHERE COUNT { (f)--() } >= $min RETURN f.name AS fund ORDER BY fund',
    );
    const fromFile = runCli(['query', file, '-p', 'min=2', '--format', 'csv']);
    expect(fromFile.status).toBe(0);
    expect(parseCsv(fromFile.stdout)).toEqual([['fund'], ['Fidelity'], ['Government Pension Fund Global']]);
    const text = runCli([
      'query',
      'MATCH (e:Entity) WHERE e.type = $type RETURN e.name AS name ORDER BY name LIMIT $n',
      '-p',
      'type=Country',
      '-p',
      'n=2',
      '--format',
      'json',
    ]);
    expect(text.status).toBe(0);
    expect((JSON.parse(text.stdout) as { rows: unknown[] }).rows).toEqual([
      { name: 'China' },
      { name: 'Norway' },
    ]);
  });

  it('lists the saved queries without an argument', () => {
    const out = runCli(['query', '--format', 'json']);
    const json = JSON.parse(out.stdout) as { rows: Array<{ name: string }> };
    expect(json.rows.map((r) => r.name)).toContain('shortest-evidence-path');
  });

  it('refuses writes unless --write is given, and says why', async () => {
    const refused = runCli(['query', "CREATE (:Entity {id: 'x:y', name: 'Intruder'})", '--format', 'json']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/Writes are not allowed/);
    const count = await db.read(async (tx) =>
      (await tx.run("MATCH (e {name: 'Intruder'}) RETURN count(e) AS n")).records[0]?.get('n'),
    );
    expect(Number(count)).toBe(0);
  });

  it('exits 2 with a plain message on a bad or missing parameter', () => {
    const missing = runCli(['query', 'who-criticized', '--format', 'json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/needs the parameter "entity"/);
    const bad = runCli(['query', 'changes-since', '-p', 'since=last week', '--format', 'json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/must be a date/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

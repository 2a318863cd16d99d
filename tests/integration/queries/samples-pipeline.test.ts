// The saved queries on the demo graph as the real pipeline builds it from samples/: the answers an analyst expects.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { getSavedQuery, listSavedQueries, runSavedQuery } from '../../../cypher/saved-queries.ts';
import { ingestSources } from '../../../ingest/pipeline.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');
let db: Database;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  const files = readdirSync(SAMPLES)
    .filter((name) => /^\d\d-.+\.md$/.test(name))
    .map((name) => path.join(SAMPLES, name));
  expect(files.length).toBeGreaterThanOrEqual(10);
  const summary = await ingestSources(files, { db });
  expect(summary.totals.failed).toBe(0);
});

afterAll(async () => {
  await db?.close();
});

type Row = Record<string, unknown>;
const run = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
  (await runSavedQuery(db, getSavedQuery(name), params)).rows;

/** Parameters that make each shipped query say something on the samples. */
const PARAMS: Record<string, Record<string, unknown>> = {
  'who-criticized': { entity: 'Hikvision' },
  'articles-mentioning-both': { a: 'Hikvision', b: 'Dahua' },
  'changes-since': { since: '2022-01-01' },
  'co-mentioned-with': { entity: 'Government Pension Fund Global' },
  'criticism-by-party': { target: 'Hikvision' },
  'entity-facts': { entity: 'Hikvision' },
  'entity-timeline': { entity: 'Hikvision' },
  'evidence-between': { a: 'Government Pension Fund Global', b: 'Hikvision' },
  'shortest-evidence-path': { from: 'Big Brother Watch', to: 'Government Pension Fund Global' },
  'suppliers-of-place': { place: 'United Kingdom' },
};

describe('saved queries on the samples', () => {
  it('who-criticized: Hikvision has several critics, each with a sentence from a sample', async () => {
    const rows = await run('who-criticized', { entity: 'Hikvision', limit: 100 });
    const critics = new Set(rows.map((r) => r.critic));
    expect(critics.size).toBeGreaterThanOrEqual(3);
    expect(critics).toContain('Big Brother Watch');
    for (const row of rows) expect(String(row.evidence)).toMatch(/Hikvision|company|firm/i);
  });

  it('sanctioned-company-investors: the oil fund holds a sanctioned Hikvision', async () => {
    const rows = await run('sanctioned-company-investors');
    expect(rows.map((r) => `${r.investor} → ${r.company}`)).toContain(
      'Government Pension Fund Global → Hikvision',
    );
  });

  it('fund-portfolio-changes: holdings and sales of Hikvision are both reported', async () => {
    const rows = await run('fund-portfolio-changes', { company: 'Hikvision' });
    expect(rows.some((r) => r.action === 'holds' && r.investor === 'Government Pension Fund Global')).toBe(
      true,
    );
    expect(rows.some((r) => r.action === 'sold')).toBe(true);
  });

  it('politicians-by-party: Carmichael is a Liberal Democrat', async () => {
    const rows = await run('politicians-by-party', { party: 'Liberal Democrats' });
    expect(rows.map((r) => r.person)).toContain('Alistair Carmichael');
  });

  it('suppliers-of-place: Hikvision supplies the United Kingdom', async () => {
    const rows = await run('suppliers-of-place', { place: 'UK' });
    expect(rows.map((r) => r.company)).toContain('Hikvision');
  });

  it('entity-timeline and most-connected: Hikvision runs through the story, 2019 to 2022', async () => {
    const timeline = await run('entity-timeline', { entity: 'Hikvision' });
    const dates = timeline.map((r) => String(r.date));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates[0]?.startsWith('2019')).toBe(true);
    expect(dates.some((d) => d.startsWith('2022'))).toBe(true);
    const [top] = await run('most-connected');
    expect(top?.entity).toBe('Hikvision');
  });

  it('changes-since: only facts from 2022 articles', async () => {
    const rows = await run('changes-since', { since: '2022-01-01' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => String(r.date) >= '2022-01-01')).toBe(true);
  });

  it('articles-mentioning-both: most samples name Hikvision and Dahua together', async () => {
    expect(
      (await run('articles-mentioning-both', { a: 'Hikvision', b: 'Dahua' })).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it.each(listSavedQueries().map((q) => [q.name]))('%s runs on the samples', async (name) => {
    const query = getSavedQuery(name);
    const params = PARAMS[name] ?? {};
    if (query.params.some((p) => p.required && !(p.name in params))) return; // another feature's query needing its own input
    await expect(run(name, params)).resolves.toBeInstanceOf(Array);
  });
});

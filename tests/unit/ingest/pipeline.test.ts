// The pipeline without a database: dry runs read, extract and resolve, and report each input in order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../core/types.ts';
import { ingestSources, type IngestEvent } from '../../../ingest/pipeline.ts';
import { formatFailures, formatSummaryLine } from '../../../ingest/progress.ts';

let dir: string;

/** An extractor stub: one entity per capitalised word pair, no I/O, no model. */
const stubExtractor = {
  extract(text: string): Extraction {
    const names = [...new Set(text.match(/[A-Z][a-z]+ [A-Z][a-z]+/g) ?? [])];
    return {
      entities: names.map((name) => ({
        id: `person:${name.toLowerCase().replace(' ', '-')}`,
        name,
        type: 'Person' as const,
        aliases: [],
        roles: [],
        mentions: 1,
      })),
      relations: [],
      comentions: [],
    };
  },
  extractDetailed() {
    throw new Error('not used');
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-pipeline-'));
  await writeFile(path.join(dir, 'a.txt'), 'First story\n\nKaren Lee met Mark Field.');
  await writeFile(
    path.join(dir, 'b.jsonl'),
    `${JSON.stringify({ text: 'Audun Lysbakken spoke.' })}\nnot json\n${JSON.stringify({ text: 'Siv Jensen replied.' })}\n`,
  );
  await writeFile(path.join(dir, 'c.txt'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestSources --dry-run', () => {
  it('reports every article and every bad input in input order, without a database', async () => {
    const events: IngestEvent[] = [];
    const summary = await ingestSources(
      [dir, path.join(dir, 'missing.md')],
      { extractor: stubExtractor, onEvent: (e) => events.push(e) },
      { dryRun: true },
    );
    expect(summary.articles.map((a) => [path.basename(a.origin), a.status, a.entities])).toEqual([
      ['missing.md', 'failed', 0],
      ['a.txt', 'extracted', 2],
      ['b.jsonl:1', 'extracted', 1],
      ['b.jsonl:2', 'failed', 0],
      ['b.jsonl:3', 'extracted', 1],
      ['c.txt', 'failed', 0],
    ]);
    expect(summary.totals).toMatchObject({
      files: 4,
      filesFailed: 2,
      articles: 6,
      extracted: 3,
      failed: 3,
      entities: 4,
    });
    expect(summary.files.map((f) => [path.basename(f.origin), f.status])).toEqual([
      ['missing.md', 'failed'],
      ['a.txt', 'ok'],
      ['b.jsonl', 'partial'],
      ['c.txt', 'failed'],
    ]);
    expect(events[0]).toEqual({ type: 'start', files: 4 });
    expect(events.filter((e) => e.type === 'article')).toHaveLength(6);
    expect(formatSummaryLine(summary)).toMatch(
      /^Extracted \(dry run, nothing written\) 3 articles from 4 files in [\d.]+ s .*3 failed; 4 entities and 0 facts found\.$/,
    );
    const failures = formatFailures(summary);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toBe(`failed: ${path.join(dir, 'missing.md')}: no such file or folder`);
    expect(failures[1]).toMatch(/^failed: .*b\.jsonl:2: not valid JSON/);
    expect(failures[2]).toMatch(/^failed: .*c\.txt: empty file$/);
  });

  it('refuses a real run without a database', async () => {
    await expect(ingestSources([dir], {}, {})).rejects.toThrow(/no database/);
  });
});

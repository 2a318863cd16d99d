// Benchmark: end-to-end ingest into Neo4j vs extraction alone vs compromise's bare parse; batched vs row-at-a-time writes; peak RSS on a big JSONL stream.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applySchema } from '../cypher/apply-schema.ts';
import { openDatabase, type Database } from '../cypher/database.ts';
import { writeArticles, writeArticlesRowByRow, type ArticleWrite } from '../cypher/write-article.ts';
import { findFreePort, startEngine, type RunningEngine } from '../engine/local-engine.ts';
import type { Article } from '../core/types.ts';
import { createExtractor, EXTRACTOR_VERSION } from '../ingest/extract/extract.ts';
import { parseBare } from '../ingest/extract/nlp.ts';
import { ingestSources } from '../ingest/pipeline.ts';
import { readSource } from '../ingest/read/read-source.ts';
import { resolveSources } from '../ingest/read/resolve-sources.ts';
import { createEntityIndex, resolveArticle } from '../ingest/resolve-entities.ts';
import { generateArticles } from './generate-articles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BBC = path.resolve(ROOT, '../shared/bench-corpus/bbc');

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    words: { type: 'string', default: '600' },
    'jsonl-lines': { type: 'string', default: '100000' },
    'jsonl-words': { type: 'string', default: '60' },
    'row-articles': { type: 'string', default: '40' },
    'batch-size': { type: 'string', default: '25' },
    'skip-bbc': { type: 'boolean', default: false },
    'skip-rss': { type: 'boolean', default: false },
    'skip-generated': { type: 'boolean', default: false },
    'skip-writes': { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(flags.articles);
const WORDS = Number(flags.words);
const JSONL_LINES = Number(flags['jsonl-lines']);
const JSONL_WORDS = Number(flags['jsonl-words']);
const ROW_ARTICLES = Number(flags['row-articles']);
const BATCH_SIZE = Number(flags['batch-size']);

/** Empties the graph a chunk at a time (one huge DETACH DELETE would need a huge heap). */
const CLEAR_CHUNK = 'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function clearGraph(db: Database): Promise<void> {
  for (;;) {
    const result = await db.write((tx) => tx.run(CLEAR_CHUNK));
    if (Number(result.records[0].get('deleted')) === 0) return;
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

async function readArticles(inputs: string[]): Promise<Article[]> {
  const { sources } = await resolveSources(inputs);
  const articles: Article[] = [];
  for (const source of sources) {
    for await (const result of readSource(source)) if ('article' in result) articles.push(result.article);
  }
  return articles;
}

interface CorpusFigures {
  name: string;
  articles: number;
  words: number;
  bare: number;
  extract: number;
  endToEnd: number;
}

/** Bare parse, extraction alone and the full ingest of the same texts, on an empty graph. */
async function measureCorpus(
  db: Database,
  name: string,
  inputs: string[],
  expected: number,
): Promise<CorpusFigures> {
  const articles = await readArticles(inputs);
  const texts = articles.map((a) => a.text);
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const warm = createExtractor();
  for (const text of texts.slice(0, 20)) {
    parseBare(text);
    warm.extract(text);
  }
  const bare = seconds(() => texts.forEach((t) => parseBare(t)));
  const extractor = createExtractor();
  const extract = seconds(() => texts.forEach((t) => extractor.extract(t)));
  await clearGraph(db);
  const started = performance.now();
  const summary = await ingestSources(inputs, { db }, { batchSize: BATCH_SIZE, keepArticles: false });
  const endToEnd = (performance.now() - started) / 1000;
  // Exact duplicates in a corpus (the BBC set has 21) are one article: "unchanged" the second time.
  const ok = summary.totals.new + summary.totals.unchanged === expected && summary.totals.failed === 0;
  say(`\n## ${name}: ${fmt(articles.length, 0)} articles, ${fmt(words, 0)} words`);
  say(
    `  ingested ${summary.totals.new} new + ${summary.totals.unchanged} exact duplicates, ${summary.totals.failed} failed${ok ? '' : `  << EXPECTED ${expected} ingested and none failed`}; ${summary.totals.entities} entities and ${summary.totals.relations} facts written`,
  );
  for (const failure of summary.articles.slice(0, 5)) say(`  failed: ${failure.origin}: ${failure.error}`);
  const row = (label: string, s: number) =>
    say(
      `  ${label.padEnd(34)} ${fmt(s, 2).padStart(8)} s  ${fmt(articles.length / s).padStart(9)} articles/s  ${fmt(words / s, 0).padStart(9)} words/s`,
    );
  row('compromise bare parse', bare);
  row('extraction alone', extract);
  row('full ingest into Neo4j (end to end)', endToEnd);
  say(
    `  full ingest / bare parse: ${fmt(endToEnd / bare, 2)}x (target <= 2.5x); extraction / bare parse: ${fmt(extract / bare, 2)}x`,
  );
  if (!ok) process.exitCode = 1;
  return { name, articles: articles.length, words, bare, extract, endToEnd };
}

/** The same writes batched (UNWIND, whole articles per transaction) and one row per transaction. */
async function measureBatching(db: Database): Promise<void> {
  const extractor = createExtractor();
  const index = createEntityIndex({ entities: [] });
  const context = { extractorVersion: EXTRACTOR_VERSION, ingestedAt: new Date().toISOString() };
  const writes: ArticleWrite[] = [];
  let i = 0;
  for (const generated of generateArticles({ count: ROW_ARTICLES, words: WORDS, seed: 99 })) {
    const article: Article = {
      id: `row-${i}`,
      title: generated.title,
      text: generated.text,
      origin: `row-${i++}`,
    };
    writes.push(resolveArticle(article, extractor.extract(article.text), index, context));
  }
  const rows = writes.reduce((n, w) => n + 1 + 2 * w.entities.length + w.facts.length, 0);
  // Warm both paths first (query plans are cached per statement text; the JVM compiles hot code):
  // one full batched pass and a few articles row by row, on a graph that is emptied after.
  await clearGraph(db);
  for (let k = 0; k < writes.length; k += BATCH_SIZE)
    await writeArticles(db, writes.slice(k, k + BATCH_SIZE));
  await clearGraph(db);
  await writeArticlesRowByRow(db, writes.slice(0, 3));
  await clearGraph(db);
  let started = performance.now();
  for (let k = 0; k < writes.length; k += BATCH_SIZE)
    await writeArticles(db, writes.slice(k, k + BATCH_SIZE));
  const batched = (performance.now() - started) / 1000;
  await clearGraph(db);
  started = performance.now();
  await writeArticlesRowByRow(db, writes);
  const single = (performance.now() - started) / 1000;
  say(`\n## Writes: ${writes.length} articles, ${fmt(rows, 0)} rows (article, entity, mention, fact)`);
  say(
    `  batched (${BATCH_SIZE} whole articles per transaction) ${fmt(batched, 2).padStart(8)} s  ${fmt(rows / batched, 0).padStart(9)} rows/s`,
  );
  say(
    `  one row per transaction              ${fmt(single, 2).padStart(8)} s  ${fmt(rows / single, 0).padStart(9)} rows/s`,
  );
  say(`  batched is ${fmt(single / batched, 1)}x faster (target >= 10x)`);
}

/** Peak resident memory of `tracegraph ingest` streaming a big JSONL file (a child process, polled). */
async function measureStreamingRss(uri: string, dir: string): Promise<void> {
  const file = path.join(dir, 'stream.jsonl');
  const out = createWriteStream(file);
  let bytes = 0;
  for (const article of generateArticles({ count: JSONL_LINES, words: JSONL_WORDS, seed: 5 })) {
    const line = `${JSON.stringify(article)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/tracegraph.mjs'),
      'ingest',
      file,
      '--no-progress',
      '--batch-size',
      String(BATCH_SIZE),
    ],
    {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakKb = 0;
  const poll = setInterval(() => {
    void readFile(`/proc/${child.pid}/status`, 'utf8')
      .then((status) => {
        const hwm = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
        if (hwm > peakKb) peakKb = hwm;
      })
      .catch(() => {});
  }, 200);
  const [code] = (await once(child, 'close')) as [number];
  clearInterval(poll);
  const elapsed = (performance.now() - started) / 1000;
  say(
    `\n## Streaming ${fmt(JSONL_LINES, 0)} JSON lines (${fmt(bytes / 1024 / 1024)} MB, ~${JSONL_WORDS} words each) through \`tracegraph ingest\``,
  );
  say(`  ${output.trim().split('\n').slice(-1)[0]}`);
  say(`  exit ${code}; ${fmt(elapsed, 1)} s, ${fmt(JSONL_LINES / elapsed)} articles/s`);
  say(`  peak RSS of the ingest process: ${fmt(peakKb / 1024)} MB (target < 400 MB)`);
  if (code !== 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-bench-ingest-'));
  let engine: RunningEngine | undefined;
  let uri = process.env.NEO4J_URI;
  try {
    if (!uri) {
      say('Starting a throwaway Neo4j (own data folder and port)…');
      engine = await startEngine({
        dataDir: path.join(dir, 'data'),
        boltPort: await findFreePort(),
        detached: false,
        heap: '1g',
      });
      uri = engine.uri;
    }
    const db = openDatabase({
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    });
    try {
      await applySchema(db);
      say(`bench:ingest on ${uri}; batch size ${BATCH_SIZE}; node ${process.version}`);
      if (!flags['skip-bbc']) {
        if (existsSync(BBC)) {
          await measureCorpus(
            db,
            'BBC business + politics',
            [path.join(BBC, 'business'), path.join(BBC, 'politics')],
            927,
          );
        } else {
          say(`\n## BBC corpus skipped: ${BBC} is absent`);
        }
      }
      if (!flags['skip-generated']) {
        const jsonl = path.join(dir, 'generated.jsonl');
        const out = createWriteStream(jsonl);
        for (const article of generateArticles({ count: ARTICLES, words: WORDS, seed: 42 })) {
          if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
        }
        out.end();
        await once(out, 'finish');
        await measureCorpus(db, `Generated (${ARTICLES} articles of ~${WORDS} words)`, [jsonl], ARTICLES);
      }
      if (!flags['skip-writes']) await measureBatching(db);
      if (!flags['skip-rss']) {
        await clearGraph(db);
        await measureStreamingRss(uri, dir);
      }
    } finally {
      await db.close();
    }
  } finally {
    await engine?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

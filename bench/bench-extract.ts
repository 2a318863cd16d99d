// Benchmark: words/s of the full extractor vs compromise's bare parse (people/places/organisations), same texts, same run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../ingest/extract/extract.ts';
import { parseBare } from '../ingest/extract/nlp.ts';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'bench-corpus', 'bbc');

function listTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTexts(path);
    return name.endsWith('.txt') && !/readme/i.test(name) ? [path] : [];
  });
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

if (!existsSync(corpus)) {
  process.stdout.write(`bench:extract: no corpus at ${corpus} (pass a folder of .txt files)\n`);
  process.exit(0);
}
const texts = listTexts(corpus).map((file) => readFileSync(file, 'utf8'));
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
const extractor = createExtractor();

// Warm up both paths (JIT, compromise's lazy lexicon) on a few texts.
for (const text of texts.slice(0, 20)) {
  parseBare(text);
  extractor.extract(text);
}
// Alternate rounds so that load on a shared machine hits both sides alike.
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
let bare = 0;
let full = 0;
for (let round = 0; round < rounds; round++) {
  bare += time(() => {
    for (const text of texts) parseBare(text);
  });
  full += time(() => {
    for (const text of texts) extractor.extract(text);
  });
}
const bareRate = (words * rounds) / bare;
const fullRate = (words * rounds) / full;
process.stdout.write(
  [
    `corpus: ${texts.length} articles, ${words} words, ${rounds} rounds`,
    `compromise bare parse (nlp + people/places/organizations): ${Math.round(bareRate)} words/s`,
    `tracegraph extractor (entities + relations):              ${Math.round(fullRate)} words/s`,
    `time ratio extractor / bare parse: ${(bare / full === 0 ? 0 : full / bare).toFixed(2)} (target ≤ 2)`,
    '',
  ].join('\n'),
);

// `tracegraph ingest|delete|merge|split|distinct`: put articles into the graph, retract them, correct entity resolution.
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { DatabaseUnavailableError, ValidationError, isAppError } from '../../core/errors.ts';
import { applySchema } from '../../cypher/apply-schema.ts';
import { connectDatabase } from '../../cypher/connect.ts';
import type { Database } from '../../cypher/database.ts';
import { deleteArticle } from '../../cypher/delete-article.ts';
import { mergeEntities, recordDistinct, splitEntity } from '../../cypher/entity-maintenance.ts';
import { ingestSources, type IngestSummary } from '../pipeline.ts';
import { createProgressReporter, formatFailures, formatSummaryLine } from '../progress.ts';
import { DEFAULT_MAX_SIZE } from '../read/types.ts';
import { addAlertOptions, createCliAlerts, type AlertFlags } from '../tracking/alert-options.ts';
import { trackDelete, trackMerge, trackSplit } from '../tracking/record-changes.ts';
import { trackedWriteArticles } from '../tracking/tracked-writers.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

/** "5MB", "500k", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i);
  if (!m) throw new ValidationError(`not a size: "${value}" (e.g. 5MB, 500KB, 1048576)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  if (bytes <= 0) throw new ValidationError(`--max-size must be positive, got "${value}"`);
  return bytes;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new ValidationError(`expected a positive whole number, got "${value}"`);
  return n;
}

/** Connects (starting the local engine if needed); an unreachable Neo4j is said plainly and exits 1. */
async function openGraph(): Promise<Database> {
  const { db } = await connectDatabase(loadConfig(), { autoStart: true, log: note });
  return db;
}

async function withGraph<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openGraph();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The schema's constraints make concurrent MERGEs safe; applying it is idempotent and cheap. */
async function ensureSchema(db: Database): Promise<void> {
  try {
    await applySchema(db, { awaitSeconds: 60 });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    // Another process creating the same index at this moment: the schema is there or about to be.
    if (process.env.TRACEGRAPH_DEBUG) note(`schema: ${(error as Error).message}`);
  }
}

interface IngestCommandOptions extends AlertFlags {
  json?: boolean;
  dryRun?: boolean;
  maxSize: number;
  batchSize: number;
  timeout: number;
  progress: boolean;
}

function exitCodeOf(summary: IngestSummary): number {
  return summary.totals.failed > 0 || summary.totals.filesFailed > 0 ? 2 : 0;
}

async function runIngest(inputs: string[], options: IngestCommandOptions): Promise<void> {
  // Tracking: each batch's changes are recorded and the alert rules run on them (alerts printed after the bar).
  const alerts = createCliAlerts(options);
  let db: Database | undefined;
  if (!options.dryRun) {
    try {
      db = await openGraph();
      await ensureSchema(db);
    } catch (error) {
      await db?.close().catch(() => {});
      note(
        `tracegraph: nothing ingested: ${isAppError(error) || error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
      return;
    }
  }
  const progress = createProgressReporter(
    process.stderr,
    options.progress && !options.json && Boolean(process.stderr.isTTY),
  );
  try {
    const summary = await ingestSources(
      inputs,
      { db, onEvent: progress.onEvent, writeArticles: trackedWriteArticles({ notifier: alerts.notifier }) },
      // Without --json only failures are kept: a 100,000-line feed must not grow memory.
      {
        dryRun: options.dryRun,
        maxSize: options.maxSize,
        batchSize: options.batchSize,
        timeoutMs: options.timeout,
        keepArticles: Boolean(options.json),
      },
    );
    progress.stop();
    if (options.json) {
      out(JSON.stringify(summary, null, 2));
    } else {
      for (const line of formatFailures(summary)) note(line);
      out(formatSummaryLine(summary));
    }
    process.exitCode = exitCodeOf(summary);
  } catch (error) {
    progress.stop();
    if (error instanceof DatabaseUnavailableError) {
      note(
        `tracegraph: ingest stopped: ${error.message} Every batch written so far is whole; run the same command again to finish.`,
      );
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    alerts.flush();
    await db?.close().catch(() => {});
  }
}

/** Registers ingest, delete, merge, split and distinct on the CLI. */
export function registerIngestCommands(program: Command): void {
  const ingest = program
    .command('ingest')
    .description(
      'Read articles (files, folders, globs, - for stdin, http(s) URLs; .txt .md .html .json .jsonl) into the graph',
    )
    .argument('<inputs...>', 'files, folders, globs, - or URLs')
    .option('--json', 'print a machine-readable summary (per file and article: status, id, counts, error)')
    .option('--dry-run', 'extract and report without writing (no database needed)')
    .option(
      '--max-size <size>',
      'largest file, URL body or JSON line accepted (e.g. 5MB, 500KB)',
      parseSize,
      DEFAULT_MAX_SIZE,
    )
    .option('--batch-size <n>', 'whole articles per write transaction', parsePositiveInt, 25)
    .option('--timeout <ms>', 'time limit for each URL, in milliseconds', parsePositiveInt, 15_000)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      '\nExit codes: 0 all ingested, 2 some inputs failed (each named with its reason), 1 nothing could run (e.g. Neo4j unreachable).',
    )
    .action(runIngest);
  addAlertOptions(ingest);

  program
    .command('delete')
    .description(
      'Retract articles: remove each article, exactly its facts, and entities no other article mentions',
    )
    .argument('<articles...>', 'article ids or URLs')
    .option('--json', 'print the result as JSON')
    .action(async (keys: string[], options: { json?: boolean }) => {
      await withGraph(async (db) => {
        const results = [];
        let missing = 0;
        for (const key of keys) {
          try {
            const result = await trackDelete(db, key, () => deleteArticle(db, key));
            results.push(result);
            if (!options.json) {
              out(
                `Deleted article ${result.id} ("${result.title}"): ${result.facts} facts, ${result.mentions} mentions, ${result.orphansDeleted} entities left unmentioned.`,
              );
            }
          } catch (error) {
            if (!isAppError(error) || error.status !== 404) throw error;
            missing++;
            results.push({ key, error: error.message });
            note(`tracegraph: ${error.message}`);
          }
        }
        if (options.json) out(JSON.stringify(results, null, 2));
        if (missing > 0) process.exitCode = 2;
      });
    });

  program
    .command('merge')
    .description(
      "Merge entity B into A: B's facts and mentions move to A, its name and aliases become A's aliases",
    )
    .argument('<a>', 'the entity to keep (id or name)')
    .argument('<b>', 'the entity to merge into it (id or name)')
    .option('--json', 'print the result as JSON')
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      await withGraph(async (db) => {
        const result = await trackMerge(db, () => mergeEntities(db, a, b));
        if (options.json) out(JSON.stringify(result, null, 2));
        else
          out(
            `Merged ${result.merged.id} into ${result.into.id}: ${result.factsMoved} facts and ${result.mentionsMoved} mentions moved; "${result.merged.name}" is now an alias of "${result.into.name}".`,
          );
      });
    });

  program
    .command('split')
    .description(
      'Undo a merge: ALIAS becomes its own entity again, with the facts and mentions found under it',
    )
    .argument('<a>', 'the entity (id or name)')
    .argument('<alias>', 'the alias to split out')
    .option('--json', 'print the result as JSON')
    .action(async (a: string, alias: string, options: { json?: boolean }) => {
      await withGraph(async (db) => {
        const result = await trackSplit(db, () => splitEntity(db, a, alias));
        if (options.json) out(JSON.stringify(result, null, 2));
        else
          out(
            `Split "${alias}" out of ${result.from.id} as ${result.created.id}: ${result.factsMoved} facts and ${result.mentionsMoved} mentions moved.`,
          );
      });
    });

  program
    .command('distinct')
    .description('Record that A and B are different (no later ingest or merge joins them)')
    .argument('<a>', 'entity id or name')
    .argument('<b>', 'entity id or name')
    .option('--json', 'print the result as JSON')
    .action(async (a: string, b: string, options: { json?: boolean }) => {
      await withGraph(async (db) => {
        const result = await recordDistinct(db, a, b);
        if (options.json) out(JSON.stringify(result, null, 2));
        else
          out(
            `${result.a.id} and ${result.b.id} ${result.created ? 'are now recorded as distinct' : 'were already recorded as distinct'}.`,
          );
      });
    });
}

// `tracegraph serve` (npm start): engine → schema → samples into an empty graph → page built → http://localhost:3000.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { NotFoundError } from '../../core/errors.ts';
import { countGraph } from '../../cypher/connect.ts';
import type { Database } from '../../cypher/database.ts';
import { deleteArticle } from '../../cypher/delete-article.ts';
import { loadKnowledge } from '../../cypher/load-knowledge.ts';
import { startServer } from '../../server/main.ts';
import { createExtractor } from '../extract/extract.ts';
import { ingestArticle, ingestSources } from '../pipeline.ts';
import { alertSettingsFromEnv, createAlertNotifier } from '../tracking/alert-notifier.ts';
import { trackIngest } from '../tracking/record-changes.ts';
import { trackServerWriters } from '../tracking/tracked-writers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const note = (line: string) => process.stderr.write(`${line}\n`);

interface ServeOptions {
  port?: string;
  host?: string;
  samples: string | false;
  build: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the local Neo4j (unless NEO4J_URI is set), apply the schema, load the samples into an empty graph, build the page if needed and serve it (npm start)',
    )
    .option('--port <port>', 'HTTP port (default PORT or 3000)')
    .option('--host <host>', 'address to bind (default HOST or 127.0.0.1)')
    .option('--samples <dir>', 'articles to load when the graph is empty', 'samples')
    .option('--no-samples', 'do not load sample articles into an empty graph')
    .option('--no-build', 'serve dist/web as it is, without rebuilding a stale page')
    .action(async (options: ServeOptions) => {
      await serve(options);
    });
}

async function serve(options: ServeOptions): Promise<void> {
  const started = Date.now();
  const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
  if (options.build) await buildPageIfStale();

  const running = await startServer({
    config,
    host: options.host,
    log: note,
    writers: async ({ db }) => {
      // One extractor per process, taught by the graph as it was at start; new articles teach the next start.
      const extractor = createExtractor(await loadKnowledge(db));
      // Tracking: POST/DELETE are recorded in the change feed; alerts go to the terminal and TRACEGRAPH_ALERT_*.
      const notifier = createAlertNotifier(alertSettingsFromEnv(process.env, { terminal: true }));
      return trackServerWriters(db, {
        ingestArticle: (article) => ingestArticle(db, article, extractor),
        deleteArticle: async (id) => {
          try {
            await deleteArticle(db, id);
            return true;
          } catch (error) {
            if (error instanceof NotFoundError) return false;
            throw error;
          }
        },
      }, { notifier });
    },
  });
  const shutdown = (signal: NodeJS.Signals) => {
    note(`${signal}: finishing requests, closing the database${running.connection.engine?.reused === false ? ' and stopping Neo4j' : ''}…`);
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  if (options.samples) await loadSamplesIfEmpty(running.connection.db, path.resolve(options.samples));
  note(`Tracegraph is serving ${running.url} (API reference: ${running.url}/api/docs) — ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops it.`);
}

/** An empty graph gets the bundled sample articles, so a fresh clone shows something at once. */
async function loadSamplesIfEmpty(db: Database, dir: string): Promise<void> {
  const counts = await countGraph(db);
  if (counts.articles > 0) return;
  if (!existsSync(dir)) {
    note(`The graph is empty and ${dir} does not exist: ingest articles with \`tracegraph ingest PATH\`.`);
    return;
  }
  note(`The graph is empty: ingesting the sample articles in ${path.relative(process.cwd(), dir) || dir}…`);
  // The numbered articles only: the folder's README says what they are and is no article.
  const summary = await trackIngest(db, () => ingestSources([path.join(dir, '[0-9]*.md')], { db }));
  const t = summary.totals;
  note(`Samples: ${t.articles} articles, ${t.entities} entities, ${t.relations} facts${t.failed ? `, ${t.failed} failed` : ''}.`);
}

/** Builds the page with Vite when dist/web is missing or older than a file under web/. */
async function buildPageIfStale(): Promise<void> {
  const outIndex = path.join(ROOT, 'dist/web/index.html');
  const webDir = path.join(ROOT, 'web');
  if (!existsSync(webDir)) return;
  if (existsSync(outIndex) && newestMtime(webDir) <= statSync(outIndex).mtimeMs) return;
  note('Building the page (web/ → dist/web)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

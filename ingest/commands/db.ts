// `tracegraph db start|stop|status|schema|build`: manage the local Neo4j engine and the graph schema.
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { applySchema } from '../../cypher/apply-schema.ts';
import { connectDatabase, countGraph, neo4jVersion, verifyConnection } from '../../cypher/connect.ts';
import { openDatabase } from '../../cypher/database.ts';
import { reportBuildProgress } from '../../engine/build-progress.ts';
import {
  engineStatus,
  ensureEngineBuilt,
  NEO4J_VERSION,
  recordClassArchive,
  startEngine,
  stopEngine,
} from '../../engine/local-engine.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Registers the `db` command group on the CLI. */
export function registerDbCommands(program: Command): void {
  const db = program
    .command('db')
    .description(
      'Manage the local Neo4j engine (data: TRACEGRAPH_DATA, port: TRACEGRAPH_BOLT_PORT) and the schema',
    );

  db.command('start')
    .description('Start the local Neo4j in the background (downloads it the first time) and apply the schema')
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.uri) {
        out(
          `NEO4J_URI is set (${config.neo4j.uri}): Tracegraph uses that Neo4j, the local engine is not started.`,
        );
        return;
      }
      const engine = await startEngine({
        dataDir: config.dataDir,
        boltPort: config.boltPort,
        detached: true,
        onProgress: reportBuildProgress(),
        log: note,
      });
      const { db: database } = await connectDatabase(config);
      try {
        await applySchema(database);
      } finally {
        await database.close();
      }
      if (engine.reused) {
        out(`Neo4j is already running on ${engine.uri} (pid ${engine.pid}, data: ${engine.dataDir}).`);
      } else {
        out(
          `Neo4j ${NEO4J_VERSION} ready on ${engine.uri} in ${seconds(engine.startMs)} (pid ${engine.pid}, data: ${engine.dataDir}).`,
        );
        out('Stop it with `tracegraph db stop`.');
      }
    });

  db.command('stop')
    .description('Stop the local Neo4j cleanly')
    .action(async () => {
      const config = loadConfig();
      const started = Date.now();
      const result = await stopEngine({ dataDir: config.dataDir });
      if (result.stopped) out(`Stopped local Neo4j (pid ${result.pid}) in ${seconds(Date.now() - started)}.`);
      else out(`No local Neo4j is running for ${config.dataDir}.`);
    });

  db.command('status')
    .description(
      'Say whether Neo4j runs, where, which version, and how big the graph is (exit code 3 when stopped)',
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      let report: Record<string, unknown>;
      if (config.neo4j.uri) {
        report = { mode: 'external', uri: config.neo4j.uri, running: false };
        const database = openDatabase({ ...config.neo4j, uri: config.neo4j.uri });
        try {
          await verifyConnection(database, config.neo4j.uri);
          report = { ...report, running: true, ...(await describe(database)) };
        } catch (error) {
          report.error = (error as Error).message;
        } finally {
          await database.close();
        }
      } else {
        const status = await engineStatus({ dataDir: config.dataDir, boltPort: config.boltPort });
        report = { mode: 'local', ...status };
        if (status.running && status.uri) {
          const database = openDatabase({ user: 'neo4j', password: '', uri: status.uri });
          try {
            report = { ...report, ...(await describe(database)) };
          } catch (error) {
            report.error = (error as Error).message;
          } finally {
            await database.close();
          }
        }
      }
      if (options.json) out(JSON.stringify(report, null, 2));
      else printStatus(report);
      if (!report.running) process.exitCode = 3;
    });

  db.command('schema')
    .description('Create the constraints and indexes of cypher/schema.cypher that are missing (idempotent)')
    .action(async () => {
      const config = loadConfig();
      const { db: database, uri } = await connectDatabase(config, { autoStart: true, log: note });
      try {
        const { statements } = await applySchema(database);
        out(`Schema applied to ${uri}: ${statements} constraints and indexes in place, all online.`);
      } finally {
        await database.close();
      }
    });

  db.command('build')
    .description(
      'Fetch Neo4j from Maven Central and compile the launcher now (CI pre-fetch); no-op when done',
    )
    .action(async () => {
      const started = Date.now();
      const { built } = await ensureEngineBuilt({ onProgress: reportBuildProgress(), classArchive: 'wait' });
      if (!built) await recordClassArchive({ wait: true, onProgress: reportBuildProgress() });
      out(
        built
          ? `Engine built in ${seconds(Date.now() - started)}.`
          : `Engine already built (Neo4j ${NEO4J_VERSION}).`,
      );
    });
}

async function describe(database: Parameters<typeof neo4jVersion>[0]) {
  const { version, edition } = await neo4jVersion(database);
  return { version, edition, counts: await countGraph(database) };
}

function printStatus(report: Record<string, unknown>): void {
  const counts = report.counts as
    { nodes: number; relationships: number; articles: number; entities: number } | undefined;
  if (report.mode === 'external') {
    out(
      report.running
        ? `Neo4j ${report.version} (${report.edition}) at ${report.uri} (NEO4J_URI)`
        : String(report.error),
    );
  } else if (report.running) {
    out(
      `Local Neo4j ${report.version ?? ''} running on ${report.uri} (pid ${report.pid}, since ${report.startedAt}${report.detached ? '' : ', attached to another process'})`,
    );
    out(`  data: ${report.dataDir}   log: ${report.logFile}`);
  } else if (report.state === 'starting') {
    out(`Local Neo4j is starting (pid ${report.pid}, port ${report.port}, data: ${report.dataDir}).`);
  } else {
    out(`Local Neo4j is not running (data: ${report.dataDir}). Start it with \`tracegraph db start\`.`);
  }
  if (counts)
    out(
      `  graph: ${counts.articles} articles, ${counts.entities} entities, ${counts.nodes} nodes, ${counts.relationships} relationships`,
    );
  if (report.error && report.mode === 'local') out(`  error: ${report.error}`);
}

// Connects to Neo4j: NEO4J_URI when set, else the local engine of the data folder (started on demand).
import type { Config } from '../core/config.ts';
import { DatabaseUnavailableError, isAppError } from '../core/errors.ts';
import { reportBuildProgress } from '../engine/build-progress.ts';
import { engineStatus, startEngine, type RunningEngine } from '../engine/local-engine.ts';
import { openDatabase, type Database } from './database.ts';

export type { RunningEngine };

export interface ConnectOptions {
  /** Start the local engine when none runs for config.dataDir (default false: fail with a hint). */
  autoStart?: boolean;
  /**
   * With autoStart: start the engine as this process's child so it stops when this process stops
   * (`npm start`). Default false: detached, it keeps running for later commands until `tracegraph db stop`.
   */
  attach?: boolean;
  /** Where to say what happens ("Started local Neo4j on …", download progress). */
  log?: (message: string) => void;
}

export interface Connection {
  db: Database;
  /** The local engine, when one is used (undefined with NEO4J_URI). */
  engine?: RunningEngine;
  uri: string;
}

/**
 * Opens the database Tracegraph should use and checks it answers.
 * NEO4J_URI set → that Neo4j; else the local engine running for config.dataDir; else, with
 * `autoStart`, a freshly started local engine. Throws DatabaseUnavailableError with a plain message.
 * @example const { db } = await connectDatabase(loadConfig(), { autoStart: true, log: console.error });
 */
export async function connectDatabase(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  const log = options.log ?? (() => {});
  if (config.neo4j.uri) {
    const db = openDatabase({ ...config.neo4j, uri: config.neo4j.uri });
    await verifyConnection(db, config.neo4j.uri, 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.');
    return { db, uri: config.neo4j.uri };
  }

  let engine: RunningEngine;
  const status = await engineStatus({ dataDir: config.dataDir });
  if (status.running && status.uri && status.pid && status.port) {
    engine = await startEngine({ dataDir: config.dataDir, boltPort: status.port, log });
  } else if (options.autoStart) {
    try {
      engine = await startEngine({
        dataDir: config.dataDir,
        boltPort: config.boltPort,
        detached: !options.attach,
        onProgress: options.log ? reportBuildProgress({ write: (text) => log(text.trimEnd()) }) : undefined,
        log,
      });
    } catch (error) {
      if (isAppError(error)) throw error;
      throw new DatabaseUnavailableError(`Could not start the local Neo4j: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (!engine.reused) {
      const how = options.attach ? 'it stops with this process' : 'stop it with `tracegraph db stop`';
      log(
        `Started local Neo4j on ${engine.uri} in ${(engine.startMs / 1000).toFixed(1)} s (data: ${engine.dataDir}); ${how}.`,
      );
    }
  } else {
    throw new DatabaseUnavailableError(
      `No local Neo4j is running for ${config.dataDir}. Start it with \`tracegraph db start\`, or set NEO4J_URI to a running Neo4j.`,
    );
  }
  const db = openDatabase({ user: 'neo4j', password: '', database: config.neo4j.database, uri: engine.uri });
  await verifyConnection(db, engine.uri, `See ${engine.logFile}.`);
  return { db, engine, uri: engine.uri };
}

/** Checks the server answers; closes the driver and throws DatabaseUnavailableError when it does not. */
export async function verifyConnection(db: Database, uri: string, hint = ''): Promise<void> {
  try {
    await db.driver.getServerInfo();
  } catch (error) {
    await db.close().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot reach Neo4j at ${uri}: ${describeConnectionError(error)}. ${hint}`.trim(),
      {
        cause: error,
      },
    );
  }
}

/** Says in a few words why a connection failed (the driver's own messages run to several sentences). */
export function describeConnectionError(error: unknown): string {
  const code = (error as { code?: string })?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED/.test(message)) return 'connection refused (nothing listens on that host and port)';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'unknown host';
  if (/ETIMEDOUT|timed out/i.test(message)) return 'the connection timed out';
  if (/Could not perform discovery|No routing servers/i.test(message)) return 'no routing server answered';
  if (/Unauthorized|authentication/i.test(code + message))
    return 'authentication failed (check NEO4J_USER and NEO4J_PASSWORD)';
  if (/encryption|SSL|TLS|certificate/i.test(message)) return `TLS problem (${message.split('\n')[0]})`;
  return message.split('\n')[0].replace(/\.$/, '');
}

/** The Neo4j version and edition the database runs, e.g. `{ version: '5.26.30', edition: 'community' }`. */
export async function neo4jVersion(db: Database): Promise<{ version: string; edition: string }> {
  return db.read(async (tx) => {
    const result = await tx.run(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const record = result.records[0];
    return {
      version: String(record?.get('version') ?? 'unknown'),
      edition: String(record?.get('edition') ?? 'unknown'),
    };
  });
}

const COUNT_GRAPH = `
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN nodes, relationships, articles, entities`;

/** Node, relationship, article and entity counts (from Neo4j's count store: cheap on any size). */
export async function countGraph(
  db: Database,
): Promise<{ nodes: number; relationships: number; articles: number; entities: number }> {
  return db.read(async (tx) => {
    const record = (await tx.run(COUNT_GRAPH)).records[0];
    const get = (key: string) => Number(record?.get(key) ?? 0);
    return {
      nodes: get('nodes'),
      relationships: get('relationships'),
      articles: get('articles'),
      entities: get('entities'),
    };
  });
}

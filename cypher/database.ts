// The driver factory and the one handle every query goes through: reads via executeRead, writes via executeWrite.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../core/config.ts';
import { DatabaseUnavailableError } from '../core/errors.ts';

export type { ManagedTransaction };

/** A connection to one Neo4j database. Created once per process by an entry point, closed on shutdown. */
export interface Database {
  readonly driver: Driver;
  readonly name?: string;
  /** Runs `work` in a read transaction (retried on transient errors, routed to readers on a cluster). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** Runs `work` in a write transaction (retried on transient errors). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  close(): Promise<void>;
}

export type DriverFactory = (uri: string, user: string, password: string) => Driver;

const defaultDriverFactory: DriverFactory = (uri, user, password) =>
  neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 20_000,
    logging: { level: 'error', logger: () => {} },
  });

/**
 * Opens a database handle for a resolved Bolt URI.
 * @example const db = openDatabase({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: '' });
 */
export function openDatabase(
  config: Neo4jConfig & { uri: string },
  createDriver: DriverFactory = defaultDriverFactory,
): Database {
  const driver = createDriver(config.uri, config.user, config.password);
  const name = config.database;
  const run = async <T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> => {
    const session = driver.session({ database: name, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const txConfig = timeoutMs ? { timeout: timeoutMs } : undefined;
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    name,
    read: (work, options) => run('READ', work, options?.timeoutMs),
    write: (work, options) => run('WRITE', work, options?.timeoutMs),
    close: () => driver.close(),
  };
}

/** Connection failures become DatabaseUnavailableError (503); anything else passes through. */
export function toAppError(error: unknown): unknown {
  const code = (error as { code?: string })?.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'ECONNREFUSED') {
    return new DatabaseUnavailableError(
      'Neo4j is unreachable. Start it with `tracegraph db start`, or set NEO4J_URI to a running Neo4j.',
      { cause: error },
    );
  }
  return error;
}

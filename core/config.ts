// Settings from the environment, read once by entry points and passed down.
import path from 'node:path';

export interface Neo4jConfig {
  /** Unset: Tracegraph runs its own local engine. */
  uri?: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  /** Folder for the local engine's store and state (TRACEGRAPH_DATA, default `.data`). */
  dataDir: string;
  /** Bolt port of the local engine (TRACEGRAPH_BOLT_PORT, default 7687). */
  boltPort: number;
  /** HTTP port of the server (PORT, default 3000). */
  port: number;
  /** Bearer token for ingest/delete over HTTP; unset disables those endpoints. */
  token?: string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    throw new Error(`${name} must be a port number (1-65535), got "${value}"`);
  }
  return n;
}

/** Reads the configuration from `env` (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || undefined,
    },
    dataDir: path.resolve(env.TRACEGRAPH_DATA || '.data'),
    boltPort: intFrom(env.TRACEGRAPH_BOLT_PORT, 7687, 'TRACEGRAPH_BOLT_PORT'),
    port: intFrom(env.PORT, 3000, 'PORT'),
    token: env.TRACEGRAPH_TOKEN || undefined,
  };
}

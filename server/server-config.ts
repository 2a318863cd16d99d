// The server's settings: defaults, and how main.ts reads them from the environment (app.ts never does).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What createApp() can be told; every field has a default. */
export interface ServerConfig {
  /** Bearer token for POST/DELETE /api/articles; unset disables them (403). */
  token?: string;
  /** Origin allowed by CORS (TRACEGRAPH_CORS_ORIGIN); unset: no CORS headers at all. */
  corsOrigin?: string;
  /** Folder of the built page (default dist/web in the checkout). */
  webDir: string;
  /** Largest JSON body accepted (default 1mb: an article's text fits). */
  bodyLimit: string;
  /** Timeout of analysts' Cypher, ms (default 10,000). */
  cypherTimeoutMs: number;
  /** Row cap of analysts' Cypher (default 5,000). */
  cypherMaxRows: number;
  /** Rate limit window for /api/cypher, saved queries and the write endpoints, ms (default 60,000). */
  rateLimitWindowMs: number;
  /** Requests per window per client on /api/cypher and POST /api/queries/:name (default 60). */
  queryRateLimit: number;
  /** Requests per window per client on POST/DELETE /api/articles (default 30). */
  writeRateLimit: number;
  /** How long read answers (search, entities, neighbourhoods, paths, overview) are reused, ms; 0 disables (default 2,000). */
  cacheTtlMs: number;
  /** Express `trust proxy` (TRACEGRAPH_TRUST_PROXY): set behind a reverse proxy so rate limits see clients. */
  trustProxy?: string | number | boolean;
}

export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'web',
);

/** The defaults, overridden by `partial`. */
export function resolveServerConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return {
    webDir: DEFAULT_WEB_DIR,
    bodyLimit: '1mb',
    cypherTimeoutMs: 10_000,
    cypherMaxRows: 5_000,
    rateLimitWindowMs: 60_000,
    queryRateLimit: 60,
    writeRateLimit: 30,
    cacheTtlMs: 2_000,
    ...defined,
  };
}

/** Server settings from the environment (for main.ts): TRACEGRAPH_TOKEN, TRACEGRAPH_CORS_ORIGIN, TRACEGRAPH_WEB_DIR … */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ServerConfig> {
  const num = (name: string): number | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  const trust = env.TRACEGRAPH_TRUST_PROXY;
  return {
    token: env.TRACEGRAPH_TOKEN || undefined,
    corsOrigin: env.TRACEGRAPH_CORS_ORIGIN || undefined,
    webDir: env.TRACEGRAPH_WEB_DIR ? path.resolve(env.TRACEGRAPH_WEB_DIR) : undefined,
    cypherTimeoutMs: num('TRACEGRAPH_CYPHER_TIMEOUT_MS'),
    cypherMaxRows: num('TRACEGRAPH_CYPHER_MAX_ROWS'),
    queryRateLimit: num('TRACEGRAPH_QUERY_RATE_LIMIT'),
    writeRateLimit: num('TRACEGRAPH_WRITE_RATE_LIMIT'),
    cacheTtlMs: env.TRACEGRAPH_CACHE_TTL_MS === '0' ? 0 : num('TRACEGRAPH_CACHE_TTL_MS'),
    trustProxy:
      trust === undefined || trust === ''
        ? undefined
        : /^\d+$/.test(trust)
          ? Number(trust)
          : trust === 'true'
            ? true
            : trust,
  };
}

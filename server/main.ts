// Entry point of the server: reads the configuration, connects to Neo4j, applies the schema, listens; shuts down gracefully.
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { applySchema } from '../cypher/apply-schema.ts';
import { connectDatabase, type Connection } from '../cypher/connect.ts';
import type { DeleteArticleFn, IngestArticleFn } from './app-context.ts';
import { createApp } from './app.ts';
import { serverConfigFromEnv, type ServerConfig } from './server-config.ts';

export interface StartServerOptions {
  /** Default: loadConfig() from the environment. */
  config?: Config;
  /** Default: serverConfigFromEnv() (token, CORS origin, limits). */
  server?: Partial<ServerConfig>;
  /** Host to bind (default HOST or 127.0.0.1: the local graph is not for the network unless asked). */
  host?: string;
  /** The ingest pipeline and delete, bound to the database (POST/DELETE /api/articles answer 501 without). */
  writers?: (
    connection: Connection,
  ) => Promise<{ ingestArticle?: IngestArticleFn; deleteArticle?: DeleteArticleFn }>;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  connection: Connection;
  /** Stops taking connections, lets in-flight requests finish (up to `graceMs`), closes the driver and the engine it started. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Connects (starting the local engine as a child when NEO4J_URI is unset), applies the schema and listens.
 * @example const running = await startServer(); console.log(running.url);
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const serverConfig = { token: config.token, ...(options.server ?? serverConfigFromEnv()) };
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const connection = await connectDatabase(config, { autoStart: true, attach: true, log });
  await applySchema(connection.db);
  const writers = options.writers ? await options.writers(connection) : {};
  const app = createApp({ db: connection.db, config: serverConfig, ...writers });
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
  } catch (error) {
    // A port already taken must not leave the driver open and the engine we started running.
    await connection.db.close().catch(() => undefined);
    if (connection.engine && !connection.engine.reused) await connection.engine.stop().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new AppError(`Port ${config.port} is already in use on ${host}: stop what uses it, or set PORT.`, {
        code: 'PORT_IN_USE',
        cause: error,
      });
    }
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000) =>
    (closing ??= (async () => {
      await closeGracefully(server, graceMs);
      await connection.db.close().catch(() => undefined);
      if (connection.engine && !connection.engine.reused)
        await connection.engine.stop().catch(() => undefined);
    })());
  return { url, server, connection, close };
}

/** Stops accepting, closes idle keep-alive sockets, waits for in-flight requests, then cuts what is left. */
export async function closeGracefully(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
}

async function main(): Promise<void> {
  const running = await startServer();
  process.stderr.write(`Tracegraph is serving ${running.url} (API reference: ${running.url}/api/docs)\n`);
  const shutdown = (signal: NodeJS.Signals) => {
    process.stderr.write(`${signal}: finishing requests and closing…\n`);
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`tracegraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

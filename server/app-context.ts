// What route handlers are given: the database, the settings, the injected ingest functions and a logger.
import type { Article } from '../core/types.ts';
import type { Database } from '../cypher/database.ts';
import type { ServerConfig } from './server-config.ts';

/** What an ingest over HTTP answers (the pipeline's result). */
export interface IngestOutcome {
  id: string;
  status: 'new' | 'updated' | 'unchanged';
  entities: number;
  relations: number;
}

/** Ingests one article through the same pipeline as the CLI (ingest/pipeline.ts, bound to a db and extractor). */
export type IngestArticleFn = (article: Article) => Promise<IngestOutcome>;

/** Deletes an article and exactly its facts; false when there was no such article. */
export type DeleteArticleFn = (id: string) => Promise<boolean>;

/** Where the server writes what went wrong (never to clients). */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface AppContext {
  db: Database;
  config: ServerConfig;
  ingestArticle?: IngestArticleFn;
  deleteArticle?: DeleteArticleFn;
  logger: Logger;
}

/** Writes one JSON line per event to stderr. */
export const consoleLogger: Logger = {
  info: (message, details) =>
    process.stderr.write(`${JSON.stringify({ level: 'info', message, ...details })}\n`),
  error: (message, details) =>
    process.stderr.write(`${JSON.stringify({ level: 'error', message, ...details })}\n`),
};

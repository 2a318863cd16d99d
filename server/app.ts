// createApp(deps): the Express app — security, JSON API routes, docs, the built page, one error handler. No side effects.
import express, { type ErrorRequestHandler, type Express } from 'express';
import { DatabaseUnavailableError } from '../core/errors.ts';
import { readNeo4jHealth } from '../cypher/read-stats.ts';
import type { Database } from '../cypher/database.ts';
import type { ApiRoute } from './api-route.ts';
import { registerRoutes } from './api-route.ts';
import { consoleLogger, type DeleteArticleFn, type IngestArticleFn, type Logger } from './app-context.ts';
import { createDatabaseGate, GATE_DETAILS } from './database-gate.ts';
import { ResponseCache } from './response-cache.ts';
import { apiNotFound, createErrorHandler } from './error-handler.ts';
import { articleRoutes } from './routes/article-routes.ts';
import { cypherRoutes } from './routes/cypher-routes.ts';
import { exportRoutes } from './routes/export.ts';
import { docsRoutes } from './routes/docs-routes.ts';
import { entityRoutes } from './routes/entity-routes.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { trackingRoutes } from './routes/tracking-routes.ts';
import { corsFor, rateLimiter, requireToken, securityHeaders } from './security.ts';
import { resolveServerConfig, type ServerConfig } from './server-config.ts';
import { serveWeb } from './static-web.ts';

export interface AppDeps {
  /** The one database handle of the process (main.ts opens and closes it). */
  db: Database;
  /** Settings; anything left out takes its default (see server-config.ts). */
  config?: Partial<ServerConfig>;
  /** The ingest pipeline bound to `db` and an extractor: POST /api/articles (501 when absent). */
  ingestArticle?: IngestArticleFn;
  /** Deletes an article and its facts: DELETE /api/articles/:id (501 when absent). */
  deleteArticle?: DeleteArticleFn;
  /** Where errors are logged (default: JSON lines on stderr). */
  logger?: Logger;
}

/** Every API route the app serves, in the order they are registered. */
export const apiRoutes: ApiRoute[] = [
  ...healthRoutes,
  ...entityRoutes,
  ...graphRoutes,
  ...articleRoutes,
  ...cypherRoutes,
  ...exportRoutes,
  ...trackingRoutes,
];
const allRoutes: ApiRoute[] = [...apiRoutes, ...docsRoutes(() => allRoutes)];

/** All routes including the documentation routes (what /api/openapi.json describes). */
export function listApiRoutes(): ApiRoute[] {
  return allRoutes;
}

/**
 * Builds the Express app. It does not listen, read the environment or touch the database until a
 * request comes.
 * @example const server = createApp({ db, config: { token: 's3cret' } }).listen(0);
 */
export function createApp(deps: AppDeps): Express {
  const config = resolveServerConfig(deps.config);
  const logger = deps.logger ?? consoleLogger;
  const ctx = {
    db: deps.db,
    config,
    ingestArticle: deps.ingestArticle,
    deleteArticle: deps.deleteArticle,
    logger,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.use(corsFor(config.corsOrigin));

  const gate = createDatabaseGate({ probe: async () => (await readNeo4jHealth(deps.db)).connected });
  const api = express.Router();
  api.use(express.json({ limit: config.bodyLimit, strict: true }));
  registerRoutes(
    api,
    allRoutes,
    ctx,
    {
      query: rateLimiter(config.rateLimitWindowMs, config.queryRateLimit),
      write: rateLimiter(config.rateLimitWindowMs, config.writeRateLimit),
      auth: requireToken(config.token),
      database: gate.middleware,
    },
    new ResponseCache({ ttlMs: config.cacheTtlMs }),
  );
  app.use(api);
  app.use('/api', apiNotFound);
  app.use(serveWeb(config.webDir));
  // A route that found Neo4j gone makes the gate probe again before the next request.
  const noticeOutage: ErrorRequestHandler = (error, _req, _res, next) => {
    if (error instanceof DatabaseUnavailableError && error.details !== GATE_DETAILS) gate.reportFailure();
    next(error);
  };
  app.use(noticeOutage);
  app.use(createErrorHandler(logger));
  return app;
}

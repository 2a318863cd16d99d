// One API route as data: method, path, input schemas, documented responses and handler — registered and documented from the same table.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import type { AppContext } from './app-context.ts';
import type { ResponseCache } from './response-cache.ts';

/** The parsed input a handler receives. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
}

/** What a handler answers: a status (default 200) and a JSON body (or, for the docs page, HTML). */
export interface RouteOutput {
  status?: number;
  body?: unknown;
  html?: string;
  /** A download (exports): sent as-is with its media type, as an attachment named `name`. */
  file?: { name: string; contentType: string; content: string };
}

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
}

/** A route of the API, described once for Express and for OpenAPI. */
export interface ApiRoute<P = unknown, Q = unknown, B = unknown> {
  method: 'get' | 'post' | 'delete';
  /** Express path syntax: `/api/entities/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Needs `Authorization: Bearer <TRACEGRAPH_TOKEN>`. */
  auth?: boolean;
  /** Which rate limit applies. */
  rateLimit?: 'query' | 'write';
  /** Answers without Neo4j (health checks it itself, docs need nothing): not behind the database gate. */
  noDatabase?: boolean;
  /** A read whose 200 answers may be reused for a moment (see response-cache.ts). */
  cache?: boolean;
  responses: Record<number, ResponseDoc>;
  // A method, not a property: a route with narrower inputs still fits the route table.
  handle(input: RouteInput<P, Q, B>, ctx: AppContext): Promise<RouteOutput>;
}

/** Declares a route with its parameter types inferred from its schemas. */
export function defineRoute<P = undefined, Q = undefined, B = undefined>(
  route: ApiRoute<P, Q, B>,
): ApiRoute<P, Q, B> {
  return route;
}

/** Parses one part of a request, turning zod issues into a 400 that names the field. */
export function parseInput<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : where;
    return `${field}: ${issue.message}`;
  });
  throw new ValidationError(`Invalid ${where}: ${issues.join('; ')}`);
}

/** Registers the routes on `router`, each behind its rate limit and token check. */
export function registerRoutes(
  router: Router,
  routes: ApiRoute[],
  ctx: AppContext,
  guards: { query: RequestHandler; write: RequestHandler; auth: RequestHandler; database: RequestHandler },
  cache?: ResponseCache,
): void {
  for (const route of routes) {
    const before: RequestHandler[] = [];
    if (route.rateLimit) before.push(guards[route.rateLimit]);
    if (route.auth) before.push(guards.auth);
    if (!route.noDatabase) before.push(guards.database);
    router[route.method](route.path, ...before, async (req: Request, res: Response) => {
      const run = async (): Promise<RouteOutput> => {
        const input = {
          params: parseInput(route.params, req.params, 'path parameters'),
          query: parseInput(route.query, req.query, 'query parameters'),
          body: parseInput(route.body, req.body, 'body'),
          req,
        };
        return route.handle(input, ctx);
      };
      if (route.cache && cache?.enabled) {
        const answer = await cache.answer(req.originalUrl, async () => {
          const output = await run();
          return { status: output.status ?? 200, body: output.body };
        });
        res.setHeader('X-Cache', answer.hit ? `hit-${answer.hit}` : 'miss');
        res.status(answer.status).json(answer.body);
        return;
      }
      const output = await run();
      // A write through the API shows at once: nothing read before it is reused.
      if (route.auth && (output.status ?? 200) < 300) cache?.clear();
      res.status(output.status ?? 200);
      if (output.file)
        res.attachment(output.file.name).type(output.file.contentType).send(output.file.content);
      else if (output.html !== undefined) res.type('html').send(output.html);
      else res.json(output.body);
    });
  }
}

// Articles: list and read; ingest over HTTP and delete, both behind the bearer token.
import { AppError, NotFoundError } from '../../core/errors.ts';
import { listArticles, readArticle } from '../../cypher/read-articles.ts';
import { buildArticle } from '../../ingest/read/build-article.ts';
import {
  ArticleBody,
  ArticleResponse,
  ArticlesQuery,
  ArticlesResponse,
  DeleteResponse,
  ErrorResponse,
  IdParams,
  IngestResponse,
} from '../api-schemas.ts';
import { defineRoute } from '../api-route.ts';

const tokenErrors = {
  401: { description: 'Missing or wrong bearer token', schema: ErrorResponse },
  403: {
    description: 'Writes over HTTP are disabled: no TRACEGRAPH_TOKEN configured',
    schema: ErrorResponse,
  },
  429: { description: 'Too many requests', schema: ErrorResponse },
};

function unavailable(what: string): AppError {
  return new AppError(`${what} is not available in this server.`, { code: 'NOT_IMPLEMENTED', status: 501 });
}

export const articleRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Articles, newest first or by relevance to q, with entity and fact counts',
    query: ArticlesQuery,
    responses: {
      200: { description: 'A page of articles', schema: ArticlesResponse },
      400: { description: 'Invalid parameters', schema: ErrorResponse },
    },
    handle: async ({ query }, ctx) => ({ body: await listArticles(ctx.db, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/articles/:id',
    tag: 'articles',
    summary: 'One article with its entities and its facts with evidence',
    params: IdParams,
    responses: {
      200: { description: 'The article', schema: ArticleResponse },
      404: { description: 'No such article', schema: ErrorResponse },
    },
    handle: async ({ params }, ctx) => {
      const article = await readArticle(ctx.db, params.id);
      if (!article) throw new NotFoundError(`No article with id "${params.id}".`);
      return { body: article };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Ingest an article through the same pipeline as the CLI (bearer token)',
    body: ArticleBody,
    auth: true,
    rateLimit: 'write',
    responses: {
      200: { description: 'The article was already there, unchanged or updated', schema: IngestResponse },
      201: { description: 'A new article', schema: IngestResponse },
      400: { description: 'Invalid body', schema: ErrorResponse },
      ...tokenErrors,
    },
    handle: async ({ body }, ctx) => {
      if (!ctx.ingestArticle) throw unavailable('Ingest over HTTP');
      const article = buildArticle(body, 'http');
      const outcome = await ctx.ingestArticle(article);
      return {
        status: outcome.status === 'new' ? 201 : 200,
        body: {
          id: outcome.id,
          status: outcome.status,
          entities: outcome.entities,
          relations: outcome.relations,
        },
      };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/articles/:id',
    tag: 'articles',
    summary:
      'Delete an article and exactly its facts; entities no article mentions any more go too (bearer token)',
    params: IdParams,
    auth: true,
    rateLimit: 'write',
    responses: {
      200: { description: 'Deleted', schema: DeleteResponse },
      404: { description: 'No such article', schema: ErrorResponse },
      ...tokenErrors,
    },
    handle: async ({ params }, ctx) => {
      if (!ctx.deleteArticle) throw unavailable('Deleting over HTTP');
      const deleted = await ctx.deleteArticle(params.id);
      if (!deleted) throw new NotFoundError(`No article with id "${params.id}".`);
      return { body: { id: params.id, deleted: true } };
    },
  }),
];

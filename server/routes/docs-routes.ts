// GET /api/openapi.json and GET /api/docs: the API describing itself.
import { z } from 'zod';
import type { ApiRoute } from '../api-route.ts';
import { defineRoute } from '../api-route.ts';
import { renderDocsPage } from '../docs-page.ts';
import { buildOpenApi } from '../openapi.ts';

/** The documentation routes for `routes` (they describe themselves too). */
export function docsRoutes(allRoutes: () => ApiRoute[]): ApiRoute[] {
  let spec: Record<string, unknown> | undefined;
  const getSpec = () => (spec ??= buildOpenApi(allRoutes()));
  return [
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      noDatabase: true,
      tag: 'status',
      summary: 'This OpenAPI 3.1 description',
      responses: { 200: { description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) } },
      handle: async () => ({ body: getSpec() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/docs',
      noDatabase: true,
      tag: 'status',
      summary: 'A reference page rendered from the OpenAPI description (HTML)',
      responses: { 200: { description: 'text/html' } },
      handle: async () => ({ html: renderDocsPage(getSpec()) }),
    }),
  ];
}

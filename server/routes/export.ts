// GET /api/export?format=graphml|gexf|csv|json|ftm[&since&until&types&relations][&file=nodes|edges]: the graph as a download.
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { EXPORT_FORMATS, exportGraph, parseExportFormat } from '../../cypher/export/export-graph.ts';
import { parseExportFilters } from '../../cypher/export/read-export-graph.ts';
import { defineRoute } from '../api-route.ts';
import { ErrorResponse } from '../api-schemas.ts';

const ExportQuery = z.object({
  format: z.string().describe(`One of ${EXPORT_FORMATS.join(', ')}`),
  since: z.string().optional().describe('Only articles (and their facts) dated on or after YYYY-MM-DD'),
  until: z.string().optional().describe('Only articles (and their facts) dated on or before YYYY-MM-DD'),
  types: z.string().optional().describe('Entity types, comma-separated (e.g. Person,Company)'),
  relations: z.string().optional().describe('Relation types, comma-separated (e.g. SANCTIONED,INVESTED_IN)'),
  file: z.enum(['nodes', 'edges']).optional().describe('For format=csv: which table (default nodes)'),
});

/** The export endpoint: answers a file (GraphML, GEXF, CSV table, JSON, FtM JSON Lines), not JSON. */
export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/export',
    tag: 'graph',
    summary:
      'The graph (or a period, entity types, relation types of it) as GraphML, GEXF, CSV, JSON or FollowTheMoney',
    description:
      'GraphML and GEXF open in Gephi and yEd; CSV comes as two tables (file=nodes or file=edges) with the columns ' +
      "Gephi's importer expects; json is the plain graph; ftm is FollowTheMoney JSON Lines for Aleph and OpenSanctions' tools.",
    query: ExportQuery,
    rateLimit: 'query',
    responses: {
      200: { description: 'The file, as an attachment' },
      400: { description: 'Unknown format or a bad filter', schema: ErrorResponse },
    },
    handle: async ({ query }, ctx) => {
      const format = parseExportFormat(query.format);
      const filters = parseExportFilters(query);
      const files = await exportGraph(ctx.db, format, filters);
      const file = format === 'csv' ? files.find((f) => f.name === `${query.file ?? 'nodes'}.csv`) : files[0];
      if (!file) throw new ValidationError('Nothing to export.');
      return { file };
    },
  }),
];

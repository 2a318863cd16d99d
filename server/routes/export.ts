// GET /api/export?format=graphml|gexf|csv|json|ftm[&since&until&types&relations][&file=nodes|edges]: the graph as a download.
import { Router, type RequestHandler } from 'express';
import { ValidationError } from '../../core/errors.ts';
import type { Database } from '../../cypher/database.ts';
import { exportGraph, parseExportFormat } from '../../cypher/export/export-graph.ts';
import { parseExportFilters } from '../../cypher/export/read-export-graph.ts';

export interface ExportRouterOptions {
  /** Middleware run before the export (a rate limiter: exports read the whole graph). */
  before?: RequestHandler[];
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ValidationError(`Query parameter "${name}" must be given once.`);
  return value;
}

/**
 * The export endpoint as an Express router (it answers files, not JSON, so it sits beside the JSON
 * route table). CSV is two tables: `file=nodes` (default) or `file=edges`. Errors go to the app's error
 * handler (400 for bad parameters, 503 when Neo4j is down).
 * @example api.use(exportRouter(db, { before: [rateLimiter(60_000, 30)] }));
 */
export function exportRouter(db: Database, options: ExportRouterOptions = {}): Router {
  const router = Router();
  router.get('/api/export', ...(options.before ?? []), async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const format = parseExportFormat(single(query.format, 'format') ?? '');
    const filters = parseExportFilters({
      since: single(query.since, 'since'),
      until: single(query.until, 'until'),
      types: single(query.types, 'types'),
      relations: single(query.relations, 'relations'),
    });
    const wanted = single(query.file, 'file') ?? 'nodes';
    if (format === 'csv' && wanted !== 'nodes' && wanted !== 'edges') {
      throw new ValidationError('For format=csv, "file" is nodes or edges.');
    }
    const files = await exportGraph(db, format, filters);
    const file = format === 'csv' ? files.find((f) => f.name === `${wanted}.csv`) : files[0];
    if (!file) throw new ValidationError('Nothing to export.');
    res.status(200);
    res.setHeader('Content-Type', file.contentType.includes('charset') ? file.contentType : `${file.contentType}; charset=utf-8`);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    res.send(file.content);
  });
  return router;
}

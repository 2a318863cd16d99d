// Exports the graph in an analyst's format: GraphML, GEXF, CSV (nodes + edges), JSON or FollowTheMoney.
import { ValidationError } from '../../core/errors.ts';
import type { Database } from '../database.ts';
import { readExportGraph, type ExportFilters, type ExportGraph } from './read-export-graph.ts';
import { summariseGraph } from './summarise-graph.ts';
import { toCsvFiles } from './to-csv.ts';
import { toFtmJsonl } from './to-ftm.ts';
import { toGexf } from './to-gexf.ts';
import { toGraphml } from './to-graphml.ts';
import { toJsonExport } from './to-json.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One written file: its name, media type and text. CSV gives two (nodes.csv, edges.csv). */
export interface ExportFile {
  name: string;
  contentType: string;
  content: string;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** @throws ValidationError when `value` is not one of the export formats. */
export function parseExportFormat(value: unknown): ExportFormat {
  if (!isExportFormat(value)) {
    throw new ValidationError(
      `Unknown export format ${JSON.stringify(value)}; use ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  return value;
}

/**
 * Writes an already-read graph in a format (pure: no database).
 * @example renderExport(graph, 'graphml', {}) // → [{name: 'tracegraph.graphml', …}]
 */
export function renderExport(
  graph: ExportGraph,
  format: ExportFormat,
  filters: ExportFilters = {},
  now: Date = new Date(),
): ExportFile[] {
  const description = describeExport(filters);
  switch (format) {
    case 'graphml':
      return [
        {
          name: 'tracegraph.graphml',
          contentType: 'application/graphml+xml',
          content: toGraphml(summariseGraph(graph), description),
        },
      ];
    case 'gexf':
      return [
        {
          name: 'tracegraph.gexf',
          contentType: 'application/gexf+xml',
          content: toGexf(summariseGraph(graph), now.toISOString().slice(0, 10), description),
        },
      ];
    case 'csv': {
      const files = toCsvFiles(summariseGraph(graph));
      return Object.entries(files).map(([name, content]) => ({
        name,
        contentType: 'text/csv; charset=utf-8',
        content,
      }));
    }
    case 'json':
      return [
        {
          name: 'tracegraph.json',
          contentType: 'application/json',
          content: toJsonExport(graph, filters, now.toISOString()),
        },
      ];
    case 'ftm':
      return [
        { name: 'tracegraph.ftm.jsonl', contentType: 'application/x-ndjson', content: toFtmJsonl(graph) },
      ];
  }
}

/**
 * Reads the graph within the filters and writes it in a format.
 * @example const [file] = await exportGraph(db, 'gexf', { since: '2019-01-01' });
 */
export async function exportGraph(
  db: Database,
  format: ExportFormat,
  filters: ExportFilters = {},
): Promise<ExportFile[]> {
  return renderExport(await readExportGraph(db, filters), format, filters);
}

function describeExport(filters: ExportFilters): string {
  const parts = ['Tracegraph export'];
  if (filters.since) parts.push(`since ${filters.since}`);
  if (filters.until) parts.push(`until ${filters.until}`);
  if (filters.types?.length) parts.push(`entity types ${filters.types.join(', ')}`);
  if (filters.relations?.length) parts.push(`relations ${filters.relations.join(', ')}`);
  return parts.join('; ');
}

// Writes an export as one JSON document: the plain graph (entities, articles, mentions, facts) with its filters.
import type { ExportFilters, ExportGraph } from './read-export-graph.ts';

/** The JSON export: `{format, exportedAt, filters, counts, entities, articles, mentions, facts}`. */
export function toJsonExport(graph: ExportGraph, filters: ExportFilters, exportedAt: string): string {
  const document = {
    format: 'tracegraph-export/1',
    exportedAt,
    filters,
    counts: {
      entities: graph.entities.length,
      articles: graph.articles.length,
      mentions: graph.mentions.length,
      facts: graph.facts.length,
    },
    ...graph,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

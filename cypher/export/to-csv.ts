// Writes an export as two CSV tables, nodes.csv and edges.csv, with the column names Gephi's importer expects.
import type { GraphSummary } from './summarise-graph.ts';

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF, or leading/trailing space. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180). */
export function toCsvText(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * `nodes.csv` (Id, Label, EntityType, Aliases, Roles, Articles, FirstSeen, LastSeen) and `edges.csv`
 * (Source, Target, Type = Directed, Id, Label = relation, Relation, Weight, FirstDate, LastDate, Evidence,
 * ArticleIds). Lists are joined with "; ".
 */
export function toCsvFiles(graph: GraphSummary): { 'nodes.csv': string; 'edges.csv': string } {
  const nodes = toCsvText(
    ['Id', 'Label', 'EntityType', 'Aliases', 'Roles', 'Articles', 'FirstSeen', 'LastSeen'],
    graph.nodes.map((n) => [n.id, n.label, n.type, n.aliases, n.roles, n.articles, n.firstSeen, n.lastSeen]),
  );
  const edges = toCsvText(
    [
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'Relation',
      'Weight',
      'FirstDate',
      'LastDate',
      'Evidence',
      'ArticleIds',
    ],
    graph.edges.map((e) => [
      e.source,
      e.target,
      'Directed',
      e.id,
      e.type,
      e.type,
      e.weight,
      e.firstDate,
      e.lastDate,
      e.evidence,
      e.articleIds,
    ]),
  );
  return { 'nodes.csv': nodes, 'edges.csv': edges };
}

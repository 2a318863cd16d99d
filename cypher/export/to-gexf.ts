// Writes an export as GEXF 1.2 (gexf.net), Gephi's own format, with colours per entity type.
import { escapeXml } from './xml-text.ts';
import { TYPE_COLOURS, type GraphSummary } from './summarise-graph.ts';

const NODE_ATTRIBUTES = [
  ['0', 'type', 'string'],
  ['1', 'aliases', 'string'],
  ['2', 'roles', 'string'],
  ['3', 'articles', 'integer'],
  ['4', 'firstSeen', 'string'],
  ['5', 'lastSeen', 'string'],
] as const;

const EDGE_ATTRIBUTES = [
  ['0', 'relation', 'string'],
  ['1', 'firstDate', 'string'],
  ['2', 'lastDate', 'string'],
  ['3', 'evidence', 'string'],
  ['4', 'articleIds', 'string'],
] as const;

/**
 * GEXF 1.2 text for a summarised graph: static, directed; node ids are Tracegraph entity ids, edge ids
 * `source|TYPE|target`, edge label the relation type and weight the number of supporting articles.
 * @param lastModified the export day (YYYY-MM-DD) for `<meta lastmodifieddate>`
 */
export function toGexf(graph: GraphSummary, lastModified: string, description = 'Tracegraph export'): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  );
  out.push(`  <meta lastmodifieddate="${escapeXml(lastModified)}">`);
  out.push('    <creator>Tracegraph</creator>');
  out.push(`    <description>${escapeXml(description)}</description>`);
  out.push('  </meta>');
  out.push('  <graph mode="static" defaultedgetype="directed">');
  out.push('    <attributes class="node">');
  for (const [id, title, type] of NODE_ATTRIBUTES)
    out.push(`      <attribute id="${id}" title="${title}" type="${type}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  for (const [id, title, type] of EDGE_ATTRIBUTES)
    out.push(`      <attribute id="${id}" title="${title}" type="${type}"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  const known = new Set<string>();
  for (const node of graph.nodes) {
    known.add(node.id);
    out.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`);
    const values = [
      node.type,
      node.aliases.join('; '),
      node.roles.join('; '),
      node.articles,
      node.firstSeen,
      node.lastSeen,
    ];
    pushValues(out, values);
    const [r, g, b] = TYPE_COLOURS[node.type];
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:size value="${(10 + Math.min(node.articles, 20) * 2).toFixed(1)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const edge of graph.edges) {
    if (!known.has(edge.source) || !known.has(edge.target)) continue;
    out.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" ` +
        `label="${edge.type}" weight="${edge.weight.toFixed(1)}">`,
    );
    pushValues(out, [edge.type, edge.firstDate, edge.lastDate, edge.evidence, edge.articleIds.join('; ')]);
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

function pushValues(out: string[], values: unknown[]): void {
  const present = values
    .map((value, index) => [String(index), value] as const)
    .filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (present.length === 0) return;
  out.push('        <attvalues>');
  for (const [id, value] of present)
    out.push(`          <attvalue for="${id}" value="${escapeXml(value)}"/>`);
  out.push('        </attvalues>');
}

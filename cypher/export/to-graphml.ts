// Writes an export as GraphML (graphml.graphdrawing.org), which Gephi, yEd, Cytoscape desktop and NetworkX open.
import { escapeXml } from './xml-text.ts';
import type { GraphSummary } from './summarise-graph.ts';

interface KeyDef {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double';
}

const NODE_KEYS: KeyDef[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'tgid', for: 'node', name: 'tracegraphId', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'roles', for: 'node', name: 'roles', type: 'string' },
  { id: 'articles', for: 'node', name: 'articles', type: 'int' },
  { id: 'firstSeen', for: 'node', name: 'firstSeen', type: 'string' },
  { id: 'lastSeen', for: 'node', name: 'lastSeen', type: 'string' },
];

const EDGE_KEYS: KeyDef[] = [
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'firstDate', for: 'edge', name: 'firstDate', type: 'string' },
  { id: 'lastDate', for: 'edge', name: 'lastDate', type: 'string' },
  { id: 'evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'articleIds', for: 'edge', name: 'articleIds', type: 'string' },
];

/**
 * GraphML text for a summarised graph: directed, node ids n0…, edge ids e0…, attributes declared as
 * `<key>`s (label, tracegraphId, type, aliases, roles, articles, firstSeen, lastSeen; relation, weight,
 * firstDate, lastDate, evidence, articleIds). Lists are joined with "; ".
 */
export function toGraphml(graph: GraphSummary, description = 'Tracegraph export'): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  out.push(`  <desc>${escapeXml(description)}</desc>`);
  for (const key of [...NODE_KEYS, ...EDGE_KEYS]) {
    out.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`);
  }
  out.push('  <graph id="tracegraph" edgedefault="directed">');
  const nodeIds = new Map<string, string>();
  graph.nodes.forEach((node, index) => {
    const id = `n${index}`;
    nodeIds.set(node.id, id);
    out.push(`    <node id="${id}">`);
    const values: Record<string, unknown> = {
      label: node.label,
      tgid: node.id,
      type: node.type,
      aliases: node.aliases.join('; '),
      roles: node.roles.join('; '),
      articles: node.articles,
      firstSeen: node.firstSeen,
      lastSeen: node.lastSeen,
    };
    for (const key of NODE_KEYS) pushData(out, key.id, values[key.id]);
    out.push('    </node>');
  });
  let edgeIndex = 0;
  for (const edge of graph.edges) {
    const source = nodeIds.get(edge.source);
    const target = nodeIds.get(edge.target);
    if (!source || !target) continue;
    out.push(`    <edge id="e${edgeIndex++}" source="${source}" target="${target}">`);
    const values: Record<string, unknown> = {
      relation: edge.type,
      weight: edge.weight,
      firstDate: edge.firstDate,
      lastDate: edge.lastDate,
      evidence: edge.evidence,
      articleIds: edge.articleIds.join('; '),
    };
    for (const key of EDGE_KEYS) pushData(out, key.id, values[key.id]);
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}

function pushData(out: string[], key: string, value: unknown): void {
  if (value === undefined || value === null || value === '') return;
  out.push(`      <data key="${key}">${escapeXml(value)}</data>`);
}

// Cytoscape element format for every graph the API returns: nodes and aggregated fact edges.
import { RELATION_TYPES } from '../core/types.ts';
import type { GraphCollector } from './read-values.ts';

/** A node in Cytoscape's element format. `id` is the entity id (or the node's `id` property). */
export interface ElementNode {
  data: {
    id: string;
    label: string;
    type: string;
    articles?: number;
    degree?: number;
  };
}

/** An edge in Cytoscape's element format: one per (source, type, target), `count` = supporting articles. */
export interface ElementEdge {
  data: {
    id: string;
    source: string;
    target: string;
    type: string;
    count: number;
    firstDate: string | null;
    lastDate: string | null;
  };
}

export interface ElementGraph {
  nodes: ElementNode[];
  edges: ElementEdge[];
}

/** The id of an aggregated fact edge, as the explorer keys it. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * Builds Cytoscape elements from the nodes and relationships found in a Cypher result. Entity and Article
 * nodes use their `id` property (so they match the explorer's ids); fact relationships between entities
 * fold into one edge per (source, type, target) counting distinct articles.
 */
export function toElementGraph(found: GraphCollector): ElementGraph {
  const nodeIds = new Map<string, string>();
  const nodes: ElementNode[] = [];
  for (const node of found.nodes.values()) {
    const props = node.properties;
    const id = typeof props.id === 'string' && props.id !== '' ? props.id : node.id;
    nodeIds.set(node.id, id);
    const isEntity = node.labels.includes('Entity');
    const label = firstString(props.name, props.title) ?? node.labels[0] ?? id;
    const type = isEntity && typeof props.type === 'string' ? props.type : (node.labels[0] ?? 'Node');
    nodes.push({ data: { id, label, type } });
  }
  const facts = new Map<string, { edge: ElementEdge; articles: Set<string> }>();
  const edges: ElementEdge[] = [];
  const factTypes = new Set<string>(RELATION_TYPES);
  for (const rel of found.relationships.values()) {
    const source = nodeIds.get(rel.start);
    const target = nodeIds.get(rel.end);
    if (!source || !target) continue;
    const date = typeof rel.properties.date === 'string' ? rel.properties.date : null;
    if (!factTypes.has(rel.type)) {
      edges.push({
        data: { id: rel.id, source, target, type: rel.type, count: 1, firstDate: date, lastDate: date },
      });
      continue;
    }
    const id = edgeId(source, rel.type, target);
    let entry = facts.get(id);
    if (!entry) {
      entry = {
        edge: { data: { id, source, target, type: rel.type, count: 0, firstDate: date, lastDate: date } },
        articles: new Set(),
      };
      facts.set(id, entry);
      edges.push(entry.edge);
    }
    entry.articles.add(typeof rel.properties.article === 'string' ? rel.properties.article : rel.id);
    entry.edge.data.count = entry.articles.size;
    if (date && (!entry.edge.data.firstDate || date < entry.edge.data.firstDate))
      entry.edge.data.firstDate = date;
    if (date && (!entry.edge.data.lastDate || date > entry.edge.data.lastDate))
      entry.edge.data.lastDate = date;
  }
  return { nodes, edges };
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

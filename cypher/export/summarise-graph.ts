// Folds an export into what graph tools draw: one node per entity, one weighted edge per (source, type, target).
import type { EntityType, RelationType } from '../../core/types.ts';
import type { ExportGraph } from './read-export-graph.ts';

export interface SummaryNode {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Articles mentioning it (in the export). */
  articles: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface SummaryEdge {
  /** `${source}|${type}|${target}`, as in the API. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** Number of supporting articles. */
  weight: number;
  firstDate?: string;
  lastDate?: string;
  /** The first evidence sentence (by date). */
  evidence: string;
  articleIds: string[];
}

export interface GraphSummary {
  nodes: SummaryNode[];
  edges: SummaryEdge[];
}

/** Summarises an export for graph formats (GraphML, GEXF, CSV). Pure. */
export function summariseGraph(graph: ExportGraph): GraphSummary {
  const articleDate = new Map(graph.articles.map((a) => [a.id, a.date]));
  const seen = new Map<string, { articles: Set<string>; first?: string; last?: string }>();
  for (const mention of graph.mentions) {
    const entry = seen.get(mention.entity) ?? { articles: new Set<string>() };
    entry.articles.add(mention.article);
    const date = articleDate.get(mention.article);
    if (date) {
      if (!entry.first || date < entry.first) entry.first = date;
      if (!entry.last || date > entry.last) entry.last = date;
    }
    seen.set(mention.entity, entry);
  }
  const nodes: SummaryNode[] = graph.entities.map((e) => {
    const s = seen.get(e.id);
    return {
      id: e.id,
      label: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles,
      articles: s?.articles.size ?? 0,
      ...(s?.first ? { firstSeen: s.first } : {}),
      ...(s?.last ? { lastSeen: s.last } : {}),
    };
  });
  const edges = new Map<string, SummaryEdge & { evidenceDate?: string }>();
  for (const fact of graph.facts) {
    const id = `${fact.source}|${fact.type}|${fact.target}`;
    const date = fact.date ?? articleDate.get(fact.article);
    let edge = edges.get(id);
    if (!edge) {
      edge = {
        id,
        source: fact.source,
        target: fact.target,
        type: fact.type,
        weight: 0,
        evidence: fact.evidence,
        articleIds: [],
      };
      if (date) edge.evidenceDate = date;
      edges.set(id, edge);
    }
    if (!edge.articleIds.includes(fact.article)) {
      edge.articleIds.push(fact.article);
      edge.weight += 1;
    }
    if (date) {
      if (!edge.firstDate || date < edge.firstDate) edge.firstDate = date;
      if (!edge.lastDate || date > edge.lastDate) edge.lastDate = date;
      if (edge.evidenceDate && date < edge.evidenceDate) {
        edge.evidence = fact.evidence;
        edge.evidenceDate = date;
      }
    }
  }
  return {
    nodes,
    edges: [...edges.values()].map(({ evidenceDate: _unused, ...edge }) => edge),
  };
}

/** A colour per entity type (RGB), the same palette family as the explorer, for tools that show it. */
export const TYPE_COLOURS: Record<EntityType, [number, number, number]> = {
  Person: [66, 133, 244],
  Company: [234, 67, 53],
  Country: [52, 168, 83],
  Place: [129, 199, 132],
  Fund: [251, 188, 5],
  PoliticalParty: [156, 39, 176],
  GovernmentBody: [0, 137, 123],
  Organization: [255, 112, 67],
};

// Shortest paths between two entities over fact relationships only, each hop with its evidence sentences.
import type { RelationType } from '../core/types.ts';
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import type { EntityRef } from './read-entity.ts';
import type { ElementGraph } from './read-elements.ts';
import { relationTypePattern } from './read-fact-types.ts';
import { readSubgraph } from './read-neighborhood.ts';
import { toInt, toPlain } from './read-values.ts';

export interface PathsInput {
  from: string;
  to: string;
  /** 1..6 hops. */
  maxLength: number;
  relations?: RelationType[];
  /** Distinct paths returned at most (default 10). */
  limit?: number;
}

export interface PathHop {
  source: string;
  target: string;
  type: string;
  evidence: Array<{ text: string; articleId: string; title: string | null; date: string | null }>;
}

export interface EntityPath {
  nodes: EntityRef[];
  hops: PathHop[];
}

export interface PathsResult extends ElementGraph {
  paths: EntityPath[];
}

/** Shortest paths looked at, at most, before folding parallel edges (bounds the work between hubs). */
export const PATHS_SCANNED = 1_000;

/** Evidence sentences shown per hop. */
export const EVIDENCE_PER_HOP = 3;

/**
 * All shortest paths (up to `limit` distinct ones: parallel per-article edges fold into one hop) from
 * `from` to `to`, ignoring direction, over the chosen fact types. Null when either entity is unknown.
 */
export async function readPaths(db: Database, input: PathsInput): Promise<PathsResult | null> {
  const rels = relationTypePattern(input.relations ?? []);
  const maxLength = Math.max(1, Math.min(6, Math.trunc(input.maxLength)));
  return readBounded(db, async (tx) => {
    const ends = await tx.run('MATCH (e:Entity) WHERE e.id IN [$from, $to] RETURN count(e) AS n', {
      from: input.from,
      to: input.to,
    });
    const found = toPlain(ends.records[0]?.get('n')) as number;
    if (found < (input.from === input.to ? 1 : 2)) return null;
    // maxLength is an integer clamped above: a variable-length bound cannot be a parameter.
    const result = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[:${rels}*..${maxLength}]-(b))
       // One fact edge per article: parallel edges multiply the paths, so only the first ones are folded.
       WITH p LIMIT $scan
       WITH DISTINCT [n IN nodes(p) | n {.id, .name, .type}] AS nodes,
         [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS hops
       LIMIT $limit
       RETURN nodes, [h IN hops | h {.*, evidence: COLLECT {
         MATCH (s:Entity {id: h.source})-[r]->(t:Entity {id: h.target})
         WHERE type(r) = h.type
         OPTIONAL MATCH (art:Article {id: r.article})
         RETURN {text: r.evidence, articleId: r.article, title: art.title, date: r.date}
         ORDER BY r.date DESC LIMIT $perHop }}] AS hops`,
      {
        from: input.from,
        to: input.to,
        limit: toInt(input.limit ?? 10),
        scan: toInt(PATHS_SCANNED),
        perHop: toInt(EVIDENCE_PER_HOP),
      },
    );
    const paths = result.records.map((record) => ({
      nodes: toPlain(record.get('nodes')) as EntityRef[],
      hops: toPlain(record.get('hops')) as PathHop[],
    }));
    const ids = [...new Set(paths.flatMap((path) => path.nodes.map((node) => node.id)))];
    const types = [...new Set(paths.flatMap((path) => path.hops.map((hop) => hop.type)))];
    const graph =
      ids.length > 0
        ? await readSubgraph(tx, ids, relationTypePattern(types), { since: null, until: null })
        : { nodes: [], edges: [] };
    // Only the edges the paths walk, not every edge among their nodes.
    const walked = new Set(
      paths.flatMap((path) => path.hops.map((hop) => `${hop.source}|${hop.type}|${hop.target}`)),
    );
    return { paths, nodes: graph.nodes, edges: graph.edges.filter((edge) => walked.has(edge.data.id)) };
  });
}

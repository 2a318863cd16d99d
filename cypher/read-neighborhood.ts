// An entity's neighbourhood, capped: the strongest neighbours layer by layer, the edges among them, and counts of the rest.
import type { EntityType, RelationType } from '../core/types.ts';
import type { Database, ManagedTransaction } from './database.ts';
import { readBounded } from './read-bounded.ts';
import { edgeId, type ElementEdge, type ElementGraph, type ElementNode } from './read-elements.ts';
import { ALL_FACTS, relationTypePattern } from './read-fact-types.ts';
import { toInt, toPlain } from './read-values.ts';

/** Filters shared by the graph endpoints: entity types, fact types, and the fact date window. */
export interface GraphFilters {
  types?: EntityType[];
  relations?: RelationType[];
  /** 'YYYY-MM-DD', inclusive, on the fact's `date`. */
  since?: string;
  until?: string;
}

export interface NeighborhoodInput extends GraphFilters {
  id: string;
  depth: number;
  limit: number;
  /** Only first-layer neighbours on this side of the centre's facts (out: the centre is the source). */
  direction?: 'out' | 'in';
}

/** Neighbours beyond `limit`, per relation type and direction as seen from the centre. */
export interface MoreCount {
  relation: string;
  direction: 'out' | 'in';
  count: number;
}

export interface Neighborhood extends ElementGraph {
  more: MoreCount[];
}

const FACT_FILTER = `($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)`;

/**
 * The centre, its strongest neighbours (most supporting articles first; nearer layers first when
 * depth > 1) up to `limit` of them, every fact edge among those nodes, and for the centre the count
 * of neighbours left out per relation type and direction. Null when the centre does not exist.
 */
export async function readNeighborhood(db: Database, input: NeighborhoodInput): Promise<Neighborhood | null> {
  const rels = relationTypePattern(input.relations ?? []);
  const base = {
    types: input.types && input.types.length > 0 ? input.types : null,
    since: input.since ?? null,
    until: input.until ?? null,
  };
  return readBounded(db, async (tx) => {
    const first = await tx.run(
      `MATCH (c:Entity {id: $id})
       OPTIONAL MATCH (c)-[r:${rels}]-(n:Entity)
       WHERE n <> c AND ($types IS NULL OR n.type IN $types) AND ${FACT_FILTER}
         AND ($direction IS NULL OR (startNode(r) = c) = ($direction = 'out'))
       WITH c, n, count(DISTINCT r.article) AS strength,
         collect(DISTINCT {relation: type(r), direction: CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END}) AS groups
       // Ties broken by element id, not name: a hub's thousands of neighbours are not read, only counted.
       ORDER BY strength DESC, elementId(n)
       WITH c.id AS centre, collect(CASE WHEN n IS NULL THEN null ELSE {node: n, groups: groups} END) AS found
       WITH found[0..$limit] AS chosen, found[$limit..] AS rest
       RETURN [x IN chosen | x.node.id] AS ids,
         COLLECT { UNWIND rest AS x UNWIND x.groups AS g
           WITH g.relation AS relation, g.direction AS direction, count(*) AS count
           RETURN {relation: relation, direction: direction, count: count} } AS more`,
      { ...base, id: input.id, limit: toInt(input.limit), direction: input.direction ?? null },
    );
    const head = first.records[0];
    if (!head) return null;
    const chosen = new Set<string>([input.id, ...(toPlain(head.get('ids')) as string[])]);
    const more = (toPlain(head.get('more')) as MoreCount[]).sort(
      (a, b) => b.count - a.count || a.relation.localeCompare(b.relation),
    );
    let frontier = [...chosen].filter((id) => id !== input.id);
    for (let layer = 2; layer <= input.depth && frontier.length > 0; layer++) {
      const budget = input.limit - (chosen.size - 1);
      if (budget <= 0) break;
      const next = await tx.run(
        `UNWIND $frontier AS fid
         MATCH (f:Entity {id: fid})-[r:${rels}]-(n:Entity)
         WHERE NOT n.id IN $seen AND ($types IS NULL OR n.type IN $types) AND ${FACT_FILTER}
         WITH n, count(DISTINCT r.article) AS strength
         ORDER BY strength DESC, elementId(n)
         LIMIT $budget
         RETURN collect(n.id) AS ids`,
        { ...base, frontier, seen: [...chosen], budget: toInt(budget) },
      );
      frontier = toPlain(next.records[0]?.get('ids') ?? []) as string[];
      for (const id of frontier) chosen.add(id);
    }
    const graph = await readSubgraph(tx, [...chosen], rels, base);
    return { ...graph, more };
  });
}

/**
 * Nodes for `ids` (with article count and fact degree) and the aggregated fact edges among them.
 * Each edge is found from its end with fewer facts: the nodes are ranked by degree and each is
 * expanded only towards higher-ranked ones (a parameter map, so the check reads no property), and
 * the top-ranked node — often a hub with thousands of facts — is never expanded.
 * `rels` must come from relationTypePattern().
 */
export async function readSubgraph(
  tx: ManagedTransaction,
  ids: string[],
  rels: string,
  filters: { since: string | null; until: string | null },
): Promise<ElementGraph> {
  const found = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN elementId(n) AS eid, COUNT { (n)-[:${rels}]-() } AS local,
       {data: {id: n.id, label: n.name, type: n.type,
         articles: COUNT { (n)-[:MENTIONED_IN]->() }, degree: COUNT { (n)-[:${ALL_FACTS}]-() }}} AS node`,
    { ids },
  );
  const ranked = found.records
    .map((r) => ({
      eid: r.get('eid') as string,
      local: toPlain(r.get('local')) as number,
      node: toPlain(r.get('node')) as ElementNode,
    }))
    .sort((a, b) => a.local - b.local || a.eid.localeCompare(b.eid));
  const rank = Object.fromEntries(ranked.map((r, i) => [r.eid, i]));
  const edgesResult =
    ranked.length < 2
      ? undefined
      : await tx.run(
          `UNWIND $expand AS eid
         MATCH (a) WHERE elementId(a) = eid
         MATCH (a)-[r:${rels}]-(b)
         WHERE $rank[elementId(b)] > $rank[eid] AND ${FACT_FILTER}
         // One fact edge per (source, type, target, article) in the data model: count(r) counts articles.
         // Grouped by node, so each end's id is read once per edge, not once per relationship.
         WITH startNode(r) AS s, type(r) AS type, endNode(r) AS t, r.date AS date
         WITH s, type, t, count(*) AS count, min(date) AS firstDate, max(date) AS lastDate
         RETURN collect({source: s.id, type: type, target: t.id, count: count, firstDate: firstDate, lastDate: lastDate}) AS edges`,
          { expand: ranked.slice(0, -1).map((r) => r.eid), rank, since: filters.since, until: filters.until },
        );
  const nodes = ranked
    .map((r) => r.node)
    .map(({ data }) => ({
      data: { id: data.id, label: data.label, type: data.type, articles: data.articles, degree: data.degree },
    }))
    .sort((a, b) => a.data.id.localeCompare(b.data.id));
  const edges = (toPlain(edgesResult?.records[0]?.get('edges') ?? []) as Array<ElementEdge['data']>)
    .map((data) => ({
      data: {
        id: edgeId(data.source, data.type, data.target),
        source: data.source,
        target: data.target,
        type: data.type,
        count: data.count,
        firstDate: data.firstDate ?? null,
        lastDate: data.lastDate ?? null,
      },
    }))
    .sort((a, b) => b.data.count - a.data.count || a.data.id.localeCompare(b.data.id));
  return { nodes, edges };
}

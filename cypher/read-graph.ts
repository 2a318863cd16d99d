// The overview graph: the most connected entities (by fact edges, within the filters) and the edges among them.
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import type { ElementGraph } from './read-elements.ts';
import { relationTypePattern } from './read-fact-types.ts';
import { readSubgraph, type GraphFilters } from './read-neighborhood.ts';
import { toInt, toPlain } from './read-values.ts';

export interface OverviewInput extends GraphFilters {
  limit: number;
}

/**
 * The `limit` entities with the most fact relationships (counting only the chosen types, and only facts
 * dated inside since/until when given), and every fact edge among them, in Cytoscape's element format.
 */
export async function readOverview(db: Database, input: OverviewInput): Promise<ElementGraph> {
  const rels = relationTypePattern(input.relations ?? []);
  const types = input.types && input.types.length > 0 ? input.types : null;
  const since = input.since ?? null;
  const until = input.until ?? null;
  const dated = since !== null || until !== null;
  // Without a date window the degree comes from Neo4j's relationship counts; with one, facts are read.
  const degree = dated
    ? `COUNT { MATCH (e)-[r:${rels}]-(:Entity) WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until) }`
    : `COUNT { (e)-[:${rels}]-() }`;
  return readBounded(db, async (tx) => {
    const top = await tx.run(
      `MATCH (e:Entity)
       WHERE $types IS NULL OR e.type IN $types
       WITH e, ${degree} AS degree
       WHERE degree > 0
       ORDER BY degree DESC, e.name
       LIMIT $limit
       RETURN collect(e.id) AS ids`,
      { types, since, until, limit: toInt(input.limit) },
    );
    const ids = toPlain(top.records[0]?.get('ids') ?? []) as string[];
    if (ids.length === 0) return { nodes: [], edges: [] };
    return readSubgraph(tx, ids, rels, { since, until });
  });
}

// For ingest integration tests: a canonical, order-free dump of the graph, to compare two graphs exactly.
import type { Database } from '../../../cypher/database.ts';

/** Sorted node keys and sorted edge keys: (source, type, target, article) for facts, counts for mentions. */
export interface CanonicalGraph {
  nodes: string[];
  edges: string[];
}

// The knowledge graph only: tracking's change log and watchlist (:Event, :Watch) are not part of it.
const NODES = `
MATCH (n) WHERE NOT n:Event AND NOT n:Watch
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels`;

const EDGES = `
MATCH (s)-[r]->(t)
RETURN s.id AS source, type(r) AS type, t.id AS target, r.article AS article, r.count AS count`;

/** Reads the whole graph as sorted strings (test graphs are small). */
export async function dumpGraph(db: Database): Promise<CanonicalGraph> {
  return db.read(async (tx) => {
    const nodes = (await tx.run(NODES)).records.map(
      (r) => `${(r.get('labels') as string[]).sort().join(':')} ${r.get('id')}`,
    );
    const edges = (await tx.run(EDGES)).records.map((r) => {
      const count = r.get('count');
      const suffix =
        r.get('type') === 'MENTIONED_IN'
          ? ` x${count === null ? '' : Number(count)}`
          : ` @${r.get('article') ?? ''}`;
      return `${r.get('source')} -${r.get('type')}-> ${r.get('target')}${suffix}`;
    });
    return { nodes: nodes.sort(), edges: edges.sort() };
  });
}

/** Facts (typed entity-entity edges) of one article. */
export async function factsOf(db: Database, articleId: string): Promise<string[]> {
  const result = await db.read((tx) =>
    tx.run(
      'MATCH (s:Entity)-[r]->(t:Entity) WHERE r.article = $id RETURN s.id AS s, type(r) AS type, t.id AS t',
      { id: articleId },
    ),
  );
  return result.records.map((r) => `${r.get('s')} -${r.get('type')}-> ${r.get('t')}`).sort();
}

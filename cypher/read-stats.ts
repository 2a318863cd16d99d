// Counts for the stats endpoint and the health check's Neo4j version: cheap reads from Neo4j's count store.
import { ENTITY_TYPES, RELATION_TYPES } from '../core/types.ts';
import type { Database } from './database.ts';
import { toPlain } from './read-values.ts';

export interface GraphStats {
  articles: number;
  entities: number;
  nodes: number;
  relationships: number;
  byType: Record<string, number>;
  byRelation: Record<string, number>;
}

// Labels and types come from the allow-lists; literal labels let Neo4j answer from its count store.
const STATS_QUERY = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, entities, nodes, relationships,
  {${ENTITY_TYPES.map((t) => `${t}: COUNT { (:${t}) }`).join(', ')}} AS byType,
  {${RELATION_TYPES.map((t) => `${t}: COUNT { ()-[:${t}]->() }`).join(', ')}} AS byRelation`;

/** Node and relationship counts, per entity type and per fact type (every type listed, zeros included). */
export async function readStats(db: Database): Promise<GraphStats> {
  const record = await db.read(async (tx) => (await tx.run(STATS_QUERY)).records[0]);
  return toPlain(record?.toObject() ?? {}) as GraphStats;
}

export interface Neo4jHealth {
  connected: boolean;
  version: string | null;
}

/**
 * Asks Neo4j for its version in one auto-commit read, without the driver's retries, so a stopped
 * database is reported at once rather than after the retry window.
 */
export async function readNeo4jHealth(db: Database, timeoutMs = 3_000): Promise<Neo4jHealth> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
      {},
      { timeout: timeoutMs },
    );
    return {
      connected: true,
      version: (toPlain(result.records[0]?.get('version')) as string | null) ?? null,
    };
  } catch {
    return { connected: false, version: null };
  } finally {
    await session.close().catch(() => undefined);
  }
}

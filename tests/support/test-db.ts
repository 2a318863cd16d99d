// For integration and e2e tests: the throwaway Neo4j started by neo4j-global-setup.ts.
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../cypher/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** The Bolt URI of the test engine (never the user's graph). */
export function testNeo4jUri(): string {
  return inject('neo4jUri');
}

/** A database handle on the test engine; close it in afterAll. */
export function openTestDatabase(): Database {
  // NEO4J_TEST_URI may point at a Neo4j with authentication (see neo4j-global-setup.ts).
  return openDatabase({
    uri: testNeo4jUri(),
    user: process.env.NEO4J_TEST_USER || 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD || '',
  });
}

/** Empties the graph (nodes and relationships; the schema stays). */
export async function clearGraph(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

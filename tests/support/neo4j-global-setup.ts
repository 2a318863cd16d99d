// vitest globalSetup for integration and e2e: a throwaway Neo4j (temp data folder, free port), schema applied, removed after.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applySchema } from '../../cypher/apply-schema.ts';
import { verifyConnection } from '../../cypher/connect.ts';
import { openDatabase } from '../../cypher/database.ts';
import { reportBuildProgress } from '../../engine/build-progress.ts';
import { findFreePort, startEngine } from '../../engine/local-engine.ts';

/**
 * Starts the test engine (never the user's `.data/` or port 7687) and provides its URI as
 * `inject('neo4jUri')`. NEO4J_TEST_URI (with NEO4J_TEST_USER/NEO4J_TEST_PASSWORD) uses an existing
 * Neo4j instead — whose graph the tests empty.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    await prepare(external, process.env.NEO4J_TEST_USER ?? 'neo4j', process.env.NEO4J_TEST_PASSWORD ?? '');
    project.provide('neo4jUri', external);
    return;
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-test-'));
  const boltPort = await findFreePort();
  const started = Date.now();
  const engine = await startEngine({
    dataDir,
    boltPort,
    detached: false,
    heap: '512m',
    // A short-lived engine doing little work: the C1 compiler alone starts it on ~40% less CPU.
    jvmOptions: ['-XX:TieredStopAtLevel=1'],
    onProgress: reportBuildProgress(),
  }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  process.stderr.write(
    `[${project.name}] test Neo4j on ${engine.uri} (pid ${engine.pid}, ${dataDir}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  try {
    await prepare(engine.uri, 'neo4j', '');
  } catch (error) {
    await engine.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('neo4jUri', engine.uri);

  return async () => {
    await engine.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function prepare(uri: string, user: string, password: string): Promise<void> {
  const db = openDatabase({ uri, user, password });
  try {
    await verifyConnection(db, uri);
    await applySchema(db);
  } finally {
    await db.close();
  }
}

// The local engine's life cycle on a real JVM: start, a second start reuses it, status, stop, restart with the data intact.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../cypher/database.ts';
import { isPidAlive } from '../../../engine/engine-state.ts';
import {
  engineStatus,
  findFreePort,
  startEngine,
  stopEngine,
  type RunningEngine,
} from '../../../engine/local-engine.ts';

async function countMarkers(db: Database): Promise<number> {
  return db.read(async (tx) =>
    (await tx.run('MATCH (m:LifecycleMarker) RETURN count(m) AS n')).records[0].get('n').toNumber(),
  );
}

describe('local engine', () => {
  let dataDir: string;
  let boltPort: number;
  let first: RunningEngine;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-engine-test-'));
    boltPort = await findFreePort();
  });

  afterAll(async () => {
    await stopEngine({ dataDir });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports stopped before anything started', async () => {
    const status = await engineStatus({ dataDir });
    expect(status.state).toBe('stopped');
    expect(status.running).toBe(false);
  });

  it('starts Neo4j with Bolt on 127.0.0.1 and the store under <dataDir>/neo4j', async () => {
    first = await startEngine({
      dataDir,
      boltPort,
      detached: false,
      handleSignals: false,
      heap: '512m',
      jvmOptions: ['-XX:TieredStopAtLevel=1'],
    });
    expect(first.reused).toBe(false);
    expect(first.uri).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(isPidAlive(first.pid)).toBe(true);
    const status = await engineStatus({ dataDir });
    expect(status).toMatchObject({
      state: 'running',
      running: true,
      pid: first.pid,
      port: boltPort,
      uri: first.uri,
    });
    expect(status.storeDir).toBe(path.join(dataDir, 'neo4j'));
  });

  it('reuses the running engine on a second start instead of starting another', async () => {
    const second = await startEngine({ dataDir, boltPort, detached: true });
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
    expect(second.uri).toBe(first.uri);
  });

  it('refuses to start a second data folder on a port already taken', async () => {
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-engine-test-'));
    try {
      await expect(startEngine({ dataDir: otherDir, boltPort, detached: true })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
      });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('stops cleanly: no JVM left, status stopped, and a restart opens the same store with the data intact', async () => {
    const db = openDatabase({ uri: first.uri, user: 'neo4j', password: '' });
    await db.write((tx) => tx.run('UNWIND range(1, 3) AS i CREATE (:LifecycleMarker {i: i})'));
    expect(await countMarkers(db)).toBe(3);
    await db.close();

    const stopped = await stopEngine({ dataDir });
    expect(stopped).toEqual({ stopped: true, pid: first.pid });
    expect(isPidAlive(first.pid)).toBe(false);
    expect((await engineStatus({ dataDir })).state).toBe('stopped');
    expect(await stopEngine({ dataDir })).toEqual({ stopped: false });

    const restarted = await startEngine({
      dataDir,
      boltPort,
      detached: false,
      handleSignals: false,
      heap: '512m',
      jvmOptions: ['-XX:TieredStopAtLevel=1'],
    });
    expect(restarted.reused).toBe(false);
    expect(restarted.pid).not.toBe(first.pid);
    const again = openDatabase({ uri: restarted.uri, user: 'neo4j', password: '' });
    try {
      expect(await countMarkers(again)).toBe(3);
    } finally {
      await again.close();
    }
    await restarted.stop();
    expect(isPidAlive(restarted.pid)).toBe(false);
  });

  it('detects a port that is taken before launching a JVM', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-engine-test-'));
    try {
      await expect(startEngine({ dataDir: otherDir, boltPort: port, detached: true })).rejects.toThrow(
        /already taken/,
      );
    } finally {
      server.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

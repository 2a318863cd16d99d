// The database gate: no waiting while Neo4j answers, an immediate 503 while it does not, recovery once it is back.
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../../core/errors.ts';
import { createDatabaseGate } from '../../../server/database-gate.ts';

function pass(gate: ReturnType<typeof createDatabaseGate>): Promise<unknown> {
  return new Promise((resolve) =>
    gate.middleware({} as Request, {} as Response, ((error?: unknown) => resolve(error)) as NextFunction),
  );
}

describe('createDatabaseGate', () => {
  it('probes once, then lets requests through while Neo4j is up', async () => {
    let probes = 0;
    const gate = createDatabaseGate({ probe: async () => (probes++, true), intervalMs: 60_000 });
    expect(await pass(gate)).toBeUndefined();
    expect(await pass(gate)).toBeUndefined();
    expect(probes).toBe(1);
  });

  it('answers DatabaseUnavailableError while the probe fails, and recovers', async () => {
    let up = false;
    const gate = createDatabaseGate({ probe: async () => up, intervalMs: 0 });
    expect(await pass(gate)).toBeInstanceOf(DatabaseUnavailableError);
    up = true;
    expect(await pass(gate)).toBeUndefined();
  });

  it('counts a probe that hangs as down', async () => {
    const gate = createDatabaseGate({ probe: () => new Promise<boolean>(() => {}), timeoutMs: 20 });
    expect(await pass(gate)).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('probes again when a route reports a failure, and closes only if the probe fails', async () => {
    let up = true;
    let probes = 0;
    const gate = createDatabaseGate({ probe: async () => (probes++, up), intervalMs: 60_000 });
    expect(await pass(gate)).toBeUndefined();
    gate.reportFailure(); // e.g. a pool timeout under load: Neo4j still answers
    expect(await pass(gate)).toBeUndefined();
    expect(probes).toBe(2);
    up = false;
    gate.reportFailure();
    expect(await pass(gate)).toBeInstanceOf(DatabaseUnavailableError);
  });
});

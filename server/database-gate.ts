// Fails fast while Neo4j is down: a cheap probe at most once a second, so requests get a 503 at once instead of after the driver's retries.
import type { RequestHandler } from 'express';
import { DatabaseUnavailableError } from '../core/errors.ts';

export interface DatabaseGateOptions {
  /** Answers whether Neo4j is reachable (one round trip, no retries). */
  probe: () => Promise<boolean>;
  /** Probe again after this long (default 1,000 ms). */
  intervalMs?: number;
  /** A probe slower than this counts as down (default 5,000 ms: a busy Neo4j is slow, not down). */
  timeoutMs?: number;
}

export interface DatabaseGate {
  /** Express middleware: 503 at once while the last probe said down. */
  middleware: RequestHandler;
  /**
   * Tells the gate a route saw DatabaseUnavailableError. That alone does not close it (an overloaded
   * pool also times out): the next request waits for a fresh probe, and only a failed probe closes it.
   */
  reportFailure(): void;
}

/**
 * While Neo4j answers, requests pass without waiting (the probe refreshes in the background). Once a
 * probe fails, requests wait for the next probe and get DatabaseUnavailableError (503) while it fails:
 * the driver would otherwise retry each transaction for up to 30 s before giving up.
 */
export function createDatabaseGate(options: DatabaseGateOptions): DatabaseGate {
  const intervalMs = options.intervalMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  let up: boolean | undefined;
  let checkedAt = 0;
  let probing: Promise<boolean> | undefined;

  const probe = (): Promise<boolean> =>
    (probing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        });
        up = await Promise.race([options.probe().catch(() => false), timeout]);
      } finally {
        clearTimeout(timer);
        checkedAt = Date.now();
        probing = undefined;
      }
      return up;
    })());

  const middleware: RequestHandler = (_req, _res, next) => {
    const stale = Date.now() - checkedAt >= intervalMs;
    if (up === true) {
      if (stale) void probe();
      next();
      return;
    }
    const ready = stale || up === undefined ? probe() : Promise.resolve(false);
    ready.then(
      (ok) => next(ok ? undefined : unavailable()),
      () => next(unavailable()),
    );
  };

  return {
    middleware,
    reportFailure: () => {
      up = undefined;
      checkedAt = 0;
    },
  };
}

/** Marks the gate's own refusals, so they do not count as fresh failures. */
export const GATE_DETAILS = { source: 'database-gate' } as const;

function unavailable(): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    'Neo4j is unreachable. Start it with `tracegraph db start`, or set NEO4J_URI to a running Neo4j.',
    { details: GATE_DETAILS },
  );
}

// startServer() and close(): a request in flight when shutdown starts still gets its answer; then the port and the driver close.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../core/config.ts';
import { startServer } from '../../../server/main.ts';
import { testNeo4jUri } from '../../support/test-db.ts';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new ones, and closes the driver', async () => {
    const base = loadConfig({});
    const running = await startServer({
      config: { ...base, neo4j: { ...base.neo4j, uri: testNeo4jUri() }, port: 0 },
      server: { cacheTtlMs: 0 },
      log: () => {},
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);

    // A query that takes a moment, started before the shutdown.
    const inFlight = fetch(`${running.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'UNWIND range(1, 3000000) AS x WITH x WHERE x % 3 = 0 RETURN count(x) AS n',
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const closing = running.close();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect((await answer.json()).rows).toEqual([{ n: 1_000_000 }]);
    await closing;

    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
    await expect(running.connection.db.read((tx) => tx.run('RETURN 1'))).rejects.toThrow();
  });
});

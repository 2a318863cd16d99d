// Starts the real Express app in-process on a free port, serving the built page.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../../cypher/database.ts';
import { createApp } from '../../../server/app.ts';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** createApp({db}) listening on 127.0.0.1:0 with the given dist/web. */
export async function startApp(db: Database, webDir: string): Promise<RunningApp> {
  const app = createApp({
    db,
    config: { webDir },
    logger: { info: () => {}, error: (message, details) => console.error(message, details) },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

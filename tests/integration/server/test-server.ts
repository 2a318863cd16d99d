// Runs createApp() in-process on a free port for a test file, and small fetch helpers.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppDeps } from '../../../server/app.ts';
import type { Logger } from '../../../server/app-context.ts';

export interface TestServer {
  url: string;
  logged: Array<{ level: string; message: string; details?: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** Starts the real app on port 0 with a logger that records instead of printing. */
export async function startTestServer(deps: AppDeps): Promise<TestServer> {
  const logged: TestServer['logged'] = [];
  const logger: Logger = {
    info: (message, details) => logged.push({ level: 'info', message, details }),
    error: (message, details) => logged.push({ level: 'error', message, details }),
  };
  const app = createApp({
    logger,
    ...deps,
    config: { queryRateLimit: 10_000, writeRateLimit: 10_000, ...deps.config },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logged,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GET/POST/DELETE returning status, parsed JSON body (or text) and headers. */
export async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, checked by each test
): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  } else if (init.raw !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

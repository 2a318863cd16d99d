// Security headers, CORS, rate limits, the bearer token, no stack traces, and the built page with its SPA fallback.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import { openTestDatabase } from '../../support/test-db.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

let db: Database;
let webDir: string;
const servers: TestServer[] = [];

async function start(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = openTestDatabase();
  webDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-web-'));
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(
    path.join(webDir, 'index.html'),
    '<!doctype html><title>Tracegraph</title><script type="module" src="/assets/app.js"></script>',
  );
  await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log("hi");');
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await db?.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('headers', () => {
  it('sends a CSP the page can live with, and the usual hardening headers', async () => {
    const server = await start({ db, config: { webDir } });
    const res = await call(server.url, '/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toBe(csp);
  });

  it('sends no CORS headers unless an origin is configured, and only to that origin', async () => {
    const closed = await start({ db });
    const res = await call(closed.url, '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const open = await start({ db, config: { corsOrigin: 'https://analyst.example' } });
    const good = await call(open.url, '/api/health', { headers: { origin: 'https://analyst.example' } });
    expect(good.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    const bad = await call(open.url, '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${open.url}/api/cypher`, {
      method: 'OPTIONS',
      headers: { origin: 'https://analyst.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('rate limits', () => {
  it('limits /api/cypher and saved queries per client with a JSON 429, but not the reads', async () => {
    const server = await start({ db, config: { queryRateLimit: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await call(server.url, '/api/cypher', { body: { query: 'RETURN 1 AS one' } })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await call(server.url, '/api/queries/who-criticized', {
      body: { params: { entity: 'x' } },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.headers.get('ratelimit-policy') ?? limited.headers.get('ratelimit')).toBeTruthy();
    for (let i = 0; i < 4; i++) expect((await call(server.url, '/api/stats')).status).toBe(200);
  });

  it('limits the write endpoints', async () => {
    const server = await start({ db, config: { writeRateLimit: 1, token: 't' } });
    expect((await call(server.url, '/api/articles/x', { method: 'DELETE' })).status).toBe(401);
    expect((await call(server.url, '/api/articles/x', { method: 'DELETE' })).status).toBe(429);
  });
});

describe('the bearer token on POST/DELETE /api/articles', () => {
  const article = { text: 'Karen Lee criticised Hikvision.' };

  it('disables writes (403) when no token is configured, whatever the header', async () => {
    const server = await start({ db });
    for (const headers of [{}, { authorization: 'Bearer anything' }] as Array<Record<string, string>>) {
      const post = await call(server.url, '/api/articles', { body: article, headers });
      expect(post.status).toBe(403);
      expect(post.body.error.code).toBe('FORBIDDEN');
      expect((await call(server.url, '/api/articles/x', { method: 'DELETE', headers })).status).toBe(403);
    }
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['a prefix of the token', { authorization: 'Bearer s3cret-tok' }],
    ['the token plus more', { authorization: 'Bearer s3cret-token-and-more' }],
    ['another scheme', { authorization: 'Basic czNjcmV0LXRva2Vu' }],
    ['the bare token', { authorization: 's3cret-token' }],
  ])('answers 401 for %s', async (_what, headers: Record<string, string>) => {
    const server = await start({ db, config: { token: 's3cret-token' } });
    const res = await call(server.url, '/api/articles', { body: article, headers });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('lets the right token through to the pipeline (501 when the server has none)', async () => {
    const server = await start({ db, config: { token: 's3cret-token' } });
    const res = await call(server.url, '/api/articles', {
      body: article,
      headers: { authorization: 'Bearer s3cret-token' },
    });
    expect(res.status).toBe(501);
    const bad = await call(server.url, '/api/articles', {
      body: { title: 'no text' },
      headers: { authorization: 'bearer s3cret-token' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('text');
  });
});

describe('errors the client did not cause', () => {
  it('answers a plain 500 without a stack trace and logs the error', async () => {
    const server = await start({
      db,
      config: { token: 't' },
      deleteArticle: async () => {
        throw new Error('disk on fire at /secret/path.ts:12');
      },
    });
    const res = await call(server.url, '/api/articles/x', {
      method: 'DELETE',
      headers: { authorization: 'Bearer t' },
    });
    expect(res.status).toBe(500);
    expect(res.text).toBe('Internal Server Error');
    expect(
      server.logged.some((l) => l.level === 'error' && String(l.details?.error).includes('disk on fire')),
    ).toBe(true);
  });
});

describe('the built page', () => {
  it('serves index.html at /, assets, and the SPA fallback for non-API paths', async () => {
    const server = await start({ db, config: { webDir } });
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<title>Tracegraph</title>');
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const deep = await fetch(`${server.url}/entity/company:hikvision?depth=2`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>Tracegraph</title>');
    const api = await call(server.url, '/api/not-a-route');
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('says how to build the page when it is missing', async () => {
    const server = await start({ db, config: { webDir: path.join(webDir, 'missing') } });
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build');
  });
});

// POST/DELETE /api/articles through the real ingest pipeline and retraction, behind the bearer token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../core/errors.ts';
import type { Database } from '../../../cypher/database.ts';
import { deleteArticle } from '../../../cypher/delete-article.ts';
import { ingestArticle } from '../../../ingest/pipeline.ts';
import { createExtractor } from '../../../ingest/extract/extract.ts';
import { ArticleResponse, IngestResponse } from '../../../server/api-schemas.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

const TOKEN = 'write-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

// Written for this test, in our own words.
const ARTICLE = {
  title: 'Council reviews camera contract',
  text:
    'Council reviews camera contract\n\n' +
    'Liberal Democrat MP Alistair Carmichael criticised Hikvision on Tuesday. ' +
    'Karen Lee, the Labour MP, also criticised Hikvision. ' +
    'Hikvision is based in China.',
  url: 'https://example.org/council-cameras',
  publishedAt: '2020-06-02',
  source: 'Example Local',
  author: 'A. Reporter',
};

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  const extractor = createExtractor();
  server = await startTestServer({
    db,
    config: { token: TOKEN },
    ingestArticle: (article) => ingestArticle(db, article, extractor),
    deleteArticle: async (id) => {
      try {
        await deleteArticle(db, id);
        return true;
      } catch (error) {
        if (error instanceof NotFoundError) return false;
        throw error;
      }
    },
  });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('POST /api/articles', () => {
  let id: string;

  it('ingests a new article (201) and answers what was extracted', async () => {
    // Read before the write: the answer is cached, and the write must clear it.
    expect((await call(server.url, '/api/entities?q=hikvision')).body.total).toBe(0);
    const again = await call(server.url, '/api/entities?q=hikvision');
    expect(again.headers.get('x-cache')).toBe('hit-fresh');
    const res = await call(server.url, '/api/articles', { body: ARTICLE, headers: auth });
    expect(res.status, res.text).toBe(201);
    const body = IngestResponse.parse(res.body);
    expect(body.status).toBe('new');
    expect(body.entities).toBeGreaterThanOrEqual(3);
    expect(body.relations).toBeGreaterThanOrEqual(1);
    id = body.id;
  });

  it('makes the article readable with its entities and facts', async () => {
    const res = await call(server.url, `/api/articles/${id}`);
    expect(res.status).toBe(200);
    const article = ArticleResponse.parse(res.body);
    expect(article).toMatchObject({
      title: ARTICLE.title,
      url: ARTICLE.url,
      source: 'Example Local',
      author: 'A. Reporter',
      date: '2020-06-02',
    });
    expect(article.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Hikvision', 'Alistair Carmichael']),
    );
    expect(article.facts.some((f) => f.type === 'CRITICIZED' && f.target.name === 'Hikvision')).toBe(true);
    const search = await call(server.url, '/api/entities?q=hikvision');
    expect(search.body.items[0]?.name).toBe('Hikvision');
  });

  it('answers 200 unchanged for the same article again', async () => {
    const res = await call(server.url, '/api/articles', { body: ARTICLE, headers: auth });
    expect(res.status).toBe(200);
    expect(IngestResponse.parse(res.body)).toMatchObject({ id, status: 'unchanged' });
  });

  it.each([
    [{}, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x', url: 'javascript:alert(1)' }, 'url'],
    [{ text: 'x', publishedAt: 'last Tuesday' }, 'publishedAt'],
    [{ text: 'x', extra: true }, 'extra'],
    [{ text: 42 }, 'text'],
  ])('answers 400 for %j', async (body, field) => {
    const res = await call(server.url, '/api/articles', { body, headers: auth });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('deletes it with its facts (200), then 404', async () => {
    const res = await call(server.url, `/api/articles/${id}`, { method: 'DELETE', headers: auth });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, deleted: true });
    expect((await call(server.url, `/api/articles/${id}`)).status).toBe(404);
    expect((await call(server.url, `/api/articles/${id}`, { method: 'DELETE', headers: auth })).status).toBe(
      404,
    );
    const stats = await call(server.url, '/api/stats');
    expect(stats.body).toMatchObject({ articles: 0, entities: 0, relationships: 0 });
  });

  it('refuses writes without the token', async () => {
    expect((await call(server.url, '/api/articles', { body: ARTICLE })).status).toBe(401);
    expect((await call(server.url, '/api/stats')).body.articles).toBe(0);
  });
});

// The tracking API in the real app: watchlist, change feed with evidence, timeline, and their errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../../cypher/delete-article.ts';
import { writeArticles } from '../../../cypher/write-article.ts';
import { trackDelete, trackIngest } from '../../../ingest/tracking/record-changes.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { call, startTestServer, type TestServer } from '../server/test-server.ts';
import { articleWrite, type ArticleSpec } from './article-writes.ts';

const db = openTestDatabase();
let server: TestServer;

const A: ArticleSpec = {
  id: 'route-a',
  title: 'Fund buys into Dahua',
  publishedAt: '2020-02-10',
  entities: [
    ['Fund', 'Government Pension Fund Global'],
    ['Company', 'Dahua'],
  ],
  facts: [
    ['Government Pension Fund Global', 'INVESTED_IN', 'Dahua', 'The fund bought Dahua shares in February.'],
  ],
};
const B: ArticleSpec = {
  id: 'route-b',
  title: 'Dahua criticised',
  publishedAt: '2020-05-01',
  entities: [
    ['Person', 'Audun Lysbakken'],
    ['Company', 'Dahua'],
  ],
  facts: [['Audun Lysbakken', 'CRITICIZED', 'Dahua', 'Lysbakken criticised Dahua in parliament.']],
};

beforeAll(async () => {
  await clearGraph(db);
  for (const spec of [A, B])
    await trackIngest(db, () => writeArticles(db, [articleWrite(spec)]), { articleIds: [spec.id] });
  server = await startTestServer({ db });
});

afterAll(async () => {
  await server?.close();
  await db.close();
});

describe('the watchlist API', () => {
  it('adds by name, lists, refuses unknown entities, removes by id', async () => {
    const added = await call(server.url, '/api/watchlist', { body: { entity: 'dahua' } });
    expect(added.status).toBe(201);
    expect(added.body.entity).toEqual({ id: 'company:dahua', name: 'Dahua', type: 'Company' });
    expect((await call(server.url, '/api/watchlist', { body: { entity: 'company:dahua' } })).status).toBe(
      200,
    );

    const list = await call(server.url, '/api/watchlist');
    expect(list.body.items).toEqual([
      expect.objectContaining({
        entityId: 'company:dahua',
        exists: true,
        articles: 2,
        lastSeen: '2020-05-01',
      }),
    ]);

    const unknown = await call(server.url, '/api/watchlist', { body: { entity: 'Nobody' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect((await call(server.url, '/api/watchlist', { body: {} })).status).toBe(400);

    const removed = await call(server.url, '/api/watchlist/company%3Adahua', { method: 'DELETE' });
    expect(removed.body).toEqual({
      entity: { id: 'company:dahua', name: 'Dahua', type: 'Company' },
      removed: true,
    });
    expect((await call(server.url, '/api/watchlist/company%3Adahua', { method: 'DELETE' })).status).toBe(404);
  });
});

describe('GET /api/changes', () => {
  it('lists new relations with evidence, and only watched ones with watched=true', async () => {
    await call(server.url, '/api/watchlist', { body: { entity: 'Audun Lysbakken' } });
    const all = await call(server.url, '/api/changes?kinds=relation-added');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    const criticism = all.body.items.find(
      (e: { relation?: { type: string } }) => e.relation?.type === 'CRITICIZED',
    );
    expect(criticism).toMatchObject({
      kind: 'relation-added',
      watched: true,
      relation: {
        evidence: 'Lysbakken criticised Dahua in parliament.',
        source: { name: 'Audun Lysbakken' },
      },
      article: { id: 'route-b', date: '2020-05-01', dateIsIngest: false },
    });
    const watched = await call(server.url, '/api/changes?watched=true');
    expect(watched.body.items.length).toBeGreaterThan(0);
    expect(watched.body.items.every((e: { watched: boolean }) => e.watched)).toBe(true);
    const first = await call(server.url, '/api/changes?order=watched-first&limit=3');
    expect(first.body.items[0].watched).toBe(true);
    expect(first.body.items).toHaveLength(3);
  });

  it('shows a retraction', async () => {
    await trackDelete(db, 'route-a', () => deleteArticle(db, 'route-a'));
    const feed = await call(server.url, '/api/changes?since=1h&kinds=relation-retracted,article-retracted');
    expect(feed.body.items.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'article-retracted',
      'relation-retracted',
    ]);
    const retracted = feed.body.items.find((e: { kind: string }) => e.kind === 'relation-retracted');
    expect(retracted.relation).toMatchObject({
      type: 'INVESTED_IN',
      evidence: 'The fund bought Dahua shares in February.',
    });
  });

  it.each([['since=someday'], ['kinds=exploded'], ['limit=0'], ['order=random']])(
    'answers 400 for %s',
    async (query) => {
      const response = await call(server.url, `/api/changes?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_ERROR');
    },
  );
});

describe('GET /api/entities/:id/timeline', () => {
  it('answers months and relations', async () => {
    const t = await call(server.url, '/api/entities/company%3Adahua/timeline');
    expect(t.status).toBe(200);
    expect(t.body.months.map((m: { month: string }) => m.month)).toEqual(['2020-05']);
    expect(t.body.relations[0]).toMatchObject({
      type: 'CRITICIZED',
      direction: 'in',
      firstDate: '2020-05-01',
    });
  });

  it('answers 404 for an unknown entity', async () => {
    const t = await call(server.url, '/api/entities/company%3Anope/timeline');
    expect(t.status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await call(server.url, '/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/watchlist', '/api/changes', '/api/entities/{id}/timeline']),
    );
  });
});

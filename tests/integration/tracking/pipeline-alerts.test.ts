// Through the real extractor and pipeline over HTTP: an article about watched entities yields events and alerts whose webhook carries the evidence; a retraction yields retraction events.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../core/errors.ts';
import type { Database } from '../../../cypher/database.ts';
import { deleteArticle } from '../../../cypher/delete-article.ts';
import { createExtractor } from '../../../ingest/extract/extract.ts';
import { ingestArticle } from '../../../ingest/pipeline.ts';
import { alertSettingsFromEnv, createAlertNotifier } from '../../../ingest/tracking/alert-notifier.ts';
import { trackServerWriters } from '../../../ingest/tracking/tracked-writers.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { call, startTestServer, type TestServer } from '../server/test-server.ts';

const TOKEN = 'tracking-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

// Written for this test, in our own words.
const HOLDINGS = {
  title: 'Oil fund keeps its camera stocks',
  text: "Oil fund keeps its camera stocks\n\nNorway's Government Pension Fund Global holds shares in Hikvision.",
  url: 'https://example.org/fund-holdings',
  publishedAt: '2019-04-02',
};
const SANCTION = {
  title: 'Washington blacklists camera maker',
  text:
    'Washington blacklists camera maker\n\n' +
    'The United States sanctioned Hikvision on Monday, adding the Chinese camera maker to its entity list. ' +
    'Labour MP Karen Lee criticised Hikvision in a letter to the Foreign Office.',
  url: 'https://example.org/blacklist',
  publishedAt: '2019-10-08',
};

let db: Database;
let server: TestServer;
let hook: Server;
const received: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  hook = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push(JSON.parse(text) as Record<string, unknown>);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/alerts`;
  const notifier = createAlertNotifier(alertSettingsFromEnv({ TRACEGRAPH_ALERT_WEBHOOK: hookUrl }), {
    log: () => {},
  });
  const extractor = createExtractor();
  const writers = trackServerWriters(
    db,
    {
      ingestArticle: (article: Parameters<typeof ingestArticle>[1]) => ingestArticle(db, article, extractor),
      deleteArticle: async (id: string) => {
        try {
          await deleteArticle(db, id);
          return true;
        } catch (error) {
          if (error instanceof NotFoundError) return false;
          throw error;
        }
      },
    },
    { notifier },
  );
  server = await startTestServer({ db, config: { token: TOKEN }, ...writers });
});

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => hook.close(resolve));
  await db?.close();
});

describe('tracking through the real pipeline over HTTP', () => {
  let sanctionId = '';

  it('records an ingest about watched entities and alerts the webhook with the evidence', async () => {
    expect((await call(server.url, '/api/articles', { body: HOLDINGS, headers: auth })).status).toBe(201);
    expect(
      (await call(server.url, '/api/watchlist', { body: { entity: 'Government Pension Fund Global' } }))
        .status,
    ).toBe(201);
    expect((await call(server.url, '/api/watchlist', { body: { entity: 'Hikvision' } })).status).toBe(201);

    const posted = await call(server.url, '/api/articles', { body: SANCTION, headers: auth });
    expect(posted.status).toBe(201);
    sanctionId = posted.body.id;

    const feed = await call(server.url, `/api/changes?kinds=relation-added&watched=true`);
    const sanction = feed.body.items.find(
      (e: { relation?: { type: string } }) => e.relation?.type === 'SANCTIONED',
    );
    expect(sanction).toMatchObject({
      watched: true,
      relation: { source: { name: 'United States' }, target: { id: 'company:hikvision' } },
      article: { id: sanctionId, title: SANCTION.title, date: '2019-10-08', dateIsIngest: false },
    });
    expect(sanction.relation.evidence).toContain('The United States sanctioned Hikvision on Monday');

    const fund = received.find((a) => a.rule === 'alert-watched-fund-holds-sanctioned');
    expect(fund?.message).toBe('Government Pension Fund Global holds Hikvision, sanctioned by United States');
    const evidence = fund?.evidence as Array<{ text: string; articleId: string; date: string }>;
    expect(evidence[0]).toMatchObject({ articleId: sanctionId, date: '2019-10-08' });
    expect(evidence[0].text).toContain('sanctioned Hikvision');
    expect(evidence[1].text).toContain('holds shares in Hikvision');
    const criticism = received.find(
      (a) => a.rule === 'alert-watched-sanctioned-or-criticized' && a.type === 'CRITICIZED',
    );
    expect((criticism?.evidence as Array<{ text: string }>)[0].text).toContain(
      'Karen Lee criticised Hikvision',
    );
  });

  it('records a retraction over HTTP', async () => {
    expect(
      (await call(server.url, `/api/articles/${sanctionId}`, { method: 'DELETE', headers: auth })).status,
    ).toBe(200);
    const feed = await call(
      server.url,
      '/api/changes?kinds=relation-retracted,article-retracted,entity-removed',
    );
    const kinds = feed.body.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain('article-retracted');
    const retracted = feed.body.items
      .filter((e: { kind: string }) => e.kind === 'relation-retracted')
      .map((e: { relation: { type: string } }) => e.relation.type);
    expect(retracted).toEqual(expect.arrayContaining(['SANCTIONED', 'CRITICIZED']));
    const gone = feed.body.items.find(
      (e: { kind: string; relation?: { type: string } }) => e.relation?.type === 'SANCTIONED',
    );
    expect(gone.relation.evidence).toContain('sanctioned Hikvision');
  });
});

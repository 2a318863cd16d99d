// The read endpoints against the real server and a real Neo4j holding a small seeded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import {
  ArticleResponse,
  ArticlesResponse,
  EntityResponse,
  EvidenceResponse,
  GraphElements,
  HealthResponse,
  NeighborhoodResponse,
  PathsResponse,
  SearchResponse,
  StatsResponse,
} from '../../../server/api-schemas.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { ARTICLES, CRITICS, ENTITIES, idOf, seedGraph } from './seed-graph.ts';
import { call, startTestServer, type TestServer } from './test-server.ts';

let db: Database;
let server: TestServer;
const get = (path: string) => call(server.url, path);

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedGraph(db);
  server = await startTestServer({ db });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('GET /api/health and /api/stats', () => {
  it('reports Neo4j connected with its version', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    const body = HealthResponse.parse(res.body);
    expect(body).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    expect(body.neo4j.version).toMatch(/^5\.\d+/);
  });

  it('counts articles, entities, nodes and relationships by type', async () => {
    const res = await get('/api/stats');
    expect(res.status).toBe(200);
    const body = StatsResponse.parse(res.body);
    const facts = ARTICLES.flatMap((a) => a.facts);
    const mentions = ARTICLES.flatMap((a) => a.mentions);
    expect(body.articles).toBe(ARTICLES.length);
    expect(body.entities).toBe(ENTITIES.length);
    expect(body.nodes).toBe(ARTICLES.length + ENTITIES.length);
    expect(body.relationships).toBe(facts.length + mentions.length);
    expect(body.byType.Person).toBe(ENTITIES.filter((e) => e.type === 'Person').length);
    expect(body.byType.Organization).toBe(0);
    expect(body.byRelation.CRITICIZED).toBe(facts.filter((f) => f[1] === 'CRITICIZED').length);
    expect(Object.keys(body.byRelation)).toHaveLength(9);
  });
});

describe('GET /api/entities (search)', () => {
  it.each([
    // [query, expected first id, expected `matched`]
    ['Hikvision', 'company:hikvision', null],
    ['hikvision', 'company:hikvision', null],
    ['Hikvsion', 'company:hikvision', null], // a typo in the name
    ['Carmichel', 'person:alistair-carmichael', null],
    ['alistair carmichael', 'person:alistair-carmichael', null],
    ['oil fund', 'fund:government-pension-fund-global', 'oil fund'], // an alias
    ['GPFG', 'fund:government-pension-fund-global', 'GPFG'],
    ['Lib Dems', 'politicalparty:liberal-democrats', 'Lib Dems'],
    ['hik', 'company:hikvision', null], // a prefix
    ['Britain', 'country:united-kingdom', 'Britain'],
  ])('%s → %s', async (q, id, matched) => {
    const res = await get(`/api/entities?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = SearchResponse.parse(res.body);
    expect(body.items[0]?.id).toBe(id);
    expect(body.items[0]?.matched).toBe(matched);
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it('ranks an exact name above fuzzy neighbours and filters by type', async () => {
    const res = await get('/api/entities?q=Critic%2001');
    const body = SearchResponse.parse(res.body);
    expect(body.items[0]?.name).toBe('Critic 01');
    const scores = body.items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const typed = SearchResponse.parse((await get('/api/entities?q=Critic&type=Company')).body);
    expect(typed.items).toEqual([]);
  });

  it('pages with limit and offset, and total counts them all', async () => {
    const first = SearchResponse.parse((await get('/api/entities?q=critic&limit=5')).body);
    const second = SearchResponse.parse((await get('/api/entities?q=critic&limit=5&offset=5')).body);
    expect(first.total).toBe(CRITICS.length);
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(10);
  });

  it('lists entities by article count without q, and finds nothing for punctuation only', async () => {
    const all = SearchResponse.parse((await get('/api/entities?limit=3')).body);
    expect(all.total).toBe(ENTITIES.length);
    expect(all.items[0]?.articles).toBe(3);
    const none = SearchResponse.parse((await get(`/api/entities?q=${encodeURIComponent('*** ~ "')}`)).body);
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('treats Lucene syntax in q as text, never as a query', async () => {
    for (const q of ['hikvision OR *', 'name:hikvision', '(hik', 'hik~10', '\\', 'AND']) {
      const res = await get(`/api/entities?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      SearchResponse.parse(res.body);
    }
  });
});

describe('GET /api/entities/:id', () => {
  it('gives names, roles, first/last seen, article count and relations by type and direction with evidence', async () => {
    const res = await get(`/api/entities/${encodeURIComponent(idOf('Hikvision'))}`);
    expect(res.status).toBe(200);
    const body = EntityResponse.parse(res.body);
    expect(body).toMatchObject({
      name: 'Hikvision',
      type: 'Company',
      firstSeen: '2019-03-26',
      lastSeen: '2021-05-01',
      articleCount: 3,
    });
    expect(body.aliases).toContain('Hikivision');
    const criticized = body.relations.find((r) => r.type === 'CRITICIZED' && r.direction === 'in');
    expect(criticized?.count).toBe(CRITICS.length + 1);
    const invested = body.relations.find((r) => r.type === 'INVESTED_IN' && r.direction === 'in');
    expect(invested?.items[0]?.other.id).toBe(idOf('Government Pension Fund Global'));
    expect(invested?.items[0]?.articles).toBe(3);
    expect(invested?.items[0]?.evidence).toHaveLength(3);
    expect(invested?.items[0]?.evidence[0]).toMatchObject({
      articleId: expect.any(String),
      title: expect.any(String),
      url: expect.stringMatching(/^https:/),
    });
    const supplies = body.relations.find((r) => r.type === 'SUPPLIES');
    expect(supplies).toMatchObject({ direction: 'out', count: 1 });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await get('/api/entities/company:nobody');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/entities/:id/neighborhood', () => {
  const hik = encodeURIComponent(idOf('Hikvision'));

  it('caps to the strongest neighbours and counts the rest per relation type and direction', async () => {
    const res = await get(`/api/entities/${hik}/neighborhood?limit=5`);
    expect(res.status).toBe(200);
    const body = NeighborhoodResponse.parse(res.body);
    expect(body.nodes).toHaveLength(6);
    const ids = body.nodes.map((n) => n.data.id);
    expect(ids).toContain(idOf('Government Pension Fund Global')); // three articles: the strongest
    const neighbours = 1 + CRITICS.length + 3; // Karen Lee, the critics, GPFG, UK, China
    const more = body.more.reduce((sum, m) => sum + m.count, 0);
    expect(more).toBe(neighbours - 5);
    expect(body.more.find((m) => m.relation === 'CRITICIZED')).toMatchObject({ direction: 'in' });
    const fund = body.edges.find(
      (e) => e.data.id === `${idOf('Government Pension Fund Global')}|INVESTED_IN|${idOf('Hikvision')}`,
    );
    expect(fund?.data).toMatchObject({ count: 3, firstDate: '2019-03-26', lastDate: '2021-05-01' });
    for (const edge of body.edges) {
      expect(ids).toContain(edge.data.source);
      expect(ids).toContain(edge.data.target);
    }
    const centre = body.nodes.find((n) => n.data.id === idOf('Hikvision'));
    expect(centre?.data).toMatchObject({ label: 'Hikvision', type: 'Company', articles: 3 });
  });

  it('returns everything with no `more` when under the limit', async () => {
    const body = NeighborhoodResponse.parse((await get(`/api/entities/${hik}/neighborhood?limit=100`)).body);
    expect(body.more).toEqual([]);
    expect(body.nodes).toHaveLength(1 + 1 + CRITICS.length + 3);
  });

  it('filters by relation, entity type and date', async () => {
    const rel = NeighborhoodResponse.parse(
      (await get(`/api/entities/${hik}/neighborhood?relations=INVESTED_IN,LOCATED_IN`)).body,
    );
    expect(rel.nodes.map((n) => n.data.id).sort()).toEqual(
      [idOf('China'), idOf('Hikvision'), idOf('Government Pension Fund Global')].sort(),
    );
    expect(new Set(rel.edges.map((e) => e.data.type))).toEqual(new Set(['INVESTED_IN', 'LOCATED_IN']));
    const typed = NeighborhoodResponse.parse(
      (await get(`/api/entities/${hik}/neighborhood?types=Country`)).body,
    );
    expect(typed.nodes.map((n) => n.data.type).sort()).toEqual(['Company', 'Country', 'Country']);
    const dated = NeighborhoodResponse.parse(
      (await get(`/api/entities/${hik}/neighborhood?since=2019-01-01&until=2019-12-31`)).body,
    );
    expect(dated.nodes.map((n) => n.data.id)).not.toContain(idOf('Critic 01'));
    expect(dated.edges.find((e) => e.data.type === 'INVESTED_IN')?.data.count).toBe(2);
  });

  it('keeps one side of the centre\'s facts with direction (an "and N more" group loads only its own side)', async () => {
    const out = NeighborhoodResponse.parse((await get(`/api/entities/${hik}/neighborhood?direction=out`)).body);
    expect(out.nodes.map((n) => n.data.id).sort()).toEqual(
      [idOf('Hikvision'), idOf('United Kingdom'), idOf('China')].sort(),
    );
    const incoming = NeighborhoodResponse.parse(
      (await get(`/api/entities/${hik}/neighborhood?direction=in&limit=3`)).body,
    );
    const ids = incoming.nodes.map((n) => n.data.id);
    expect(ids).toHaveLength(4);
    expect(ids).not.toContain(idOf('China'));
    expect(ids).toContain(idOf('Government Pension Fund Global'));
    expect(incoming.more.every((m) => m.direction === 'in')).toBe(true);
    expect(incoming.more.reduce((sum, m) => sum + m.count, 0)).toBe(1 + CRITICS.length + 1 - 3);
    expect((await get(`/api/entities/${hik}/neighborhood?direction=sideways`)).status).toBe(400);
  });

  it('walks further with depth, and keeps the cap', async () => {
    const lee = encodeURIComponent(idOf('Karen Lee'));
    const one = NeighborhoodResponse.parse((await get(`/api/entities/${lee}/neighborhood?depth=1`)).body);
    expect(one.nodes).toHaveLength(2);
    const two = NeighborhoodResponse.parse(
      (await get(`/api/entities/${lee}/neighborhood?depth=2&limit=50`)).body,
    );
    expect(two.nodes.map((n) => n.data.id)).toContain(idOf('Government Pension Fund Global'));
    const three = NeighborhoodResponse.parse(
      (await get(`/api/entities/${lee}/neighborhood?depth=3&limit=50`)).body,
    );
    expect(three.nodes.map((n) => n.data.id)).toEqual(
      expect.arrayContaining([idOf('Norway'), idOf('Dahua')]),
    );
    const capped = NeighborhoodResponse.parse(
      (await get(`/api/entities/${lee}/neighborhood?depth=3&limit=4`)).body,
    );
    expect(capped.nodes).toHaveLength(5);
  });

  it('answers 404 for an unknown centre', async () => {
    expect((await get('/api/entities/person:nobody/neighborhood')).status).toBe(404);
  });
});

describe('GET /api/entities/:id/evidence', () => {
  it('lists the sentences behind a relation with an entity, newest first', async () => {
    const res = await get(
      `/api/entities/${encodeURIComponent(idOf('Hikvision'))}/evidence?relation=INVESTED_IN&other=${encodeURIComponent(idOf('Government Pension Fund Global'))}`,
    );
    expect(res.status).toBe(200);
    const body = EvidenceResponse.parse(res.body);
    expect(body.items.map((i) => i.article.date)).toEqual(['2021-05-01', '2019-10-08', '2019-03-26']);
    expect(body.items[2]).toMatchObject({
      source: { id: idOf('Government Pension Fund Global') },
      type: 'INVESTED_IN',
      target: { id: idOf('Hikvision'), name: 'Hikvision', type: 'Company' },
      evidence: 'The oil fund holds shares in Hikvision.',
      sentence: 2,
      confidence: 0.9,
      article: {
        id: 'a1-letter',
        title: ARTICLES[0]?.title,
        url: 'https://example.org/a1',
        source: 'Example News',
      },
    });
  });

  it('lists everything without filters, and 404 for an unknown entity', async () => {
    const all = EvidenceResponse.parse(
      (await get(`/api/entities/${encodeURIComponent(idOf('Hikvision'))}/evidence`)).body,
    );
    expect(all.items.length).toBe(1 + CRITICS.length + 3 + 1 + 1 + 1);
    expect((await get('/api/entities/company:nobody/evidence')).status).toBe(404);
  });
});

describe('GET /api/paths', () => {
  it('finds the shortest paths over facts, each hop with evidence', async () => {
    const res = await get(`/api/paths?from=${idOf('Karen Lee')}&to=${idOf('Norway')}`);
    expect(res.status).toBe(200);
    const body = PathsResponse.parse(res.body);
    expect(body.paths.length).toBeGreaterThanOrEqual(1);
    for (const path of body.paths) {
      expect(path.nodes.map((n) => n.id)).toEqual([
        idOf('Karen Lee'),
        idOf('Hikvision'),
        idOf('Government Pension Fund Global'),
        idOf('Norway'),
      ]);
      expect(path.hops).toHaveLength(3);
      for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
    }
    // INVESTED_IN and DIVESTED_FROM both join the fund and Hikvision: two distinct paths, not one per article.
    expect(body.paths.map((p) => p.hops[1]?.type).sort()).toEqual(['DIVESTED_FROM', 'INVESTED_IN']);
    expect(body.nodes).toHaveLength(4);
    expect(body.edges.map((e) => e.data.id)).toContain(
      `${idOf('Karen Lee')}|CRITICIZED|${idOf('Hikvision')}`,
    );
  });

  it('uses only the chosen relations and never co-mentions', async () => {
    const only = PathsResponse.parse(
      (
        await get(
          `/api/paths?from=${idOf('Karen Lee')}&to=${idOf('Norway')}&relations=CRITICIZED,INVESTED_IN,LOCATED_IN`,
        )
      ).body,
    );
    expect(only.paths).toHaveLength(1);
    // Xinjiang is only mentioned (MENTIONED_IN), never in a fact: no path.
    const none = PathsResponse.parse(
      (await get(`/api/paths?from=${idOf('Xinjiang')}&to=${idOf('Hikvision')}`)).body,
    );
    expect(none).toEqual({ paths: [], nodes: [], edges: [] });
    const tooShort = PathsResponse.parse(
      (await get(`/api/paths?from=${idOf('Karen Lee')}&to=${idOf('Norway')}&maxLength=2`)).body,
    );
    expect(tooShort.paths).toEqual([]);
  });

  it('answers 404 for an unknown end and 400 for the same entity twice', async () => {
    expect((await get(`/api/paths?from=${idOf('Karen Lee')}&to=person:nobody`)).status).toBe(404);
    expect((await get(`/api/paths?from=${idOf('Karen Lee')}&to=${idOf('Karen Lee')}`)).status).toBe(400);
  });
});

describe('GET /api/graph', () => {
  it('shows the most connected entities and the edges among them', async () => {
    const res = await get('/api/graph?limit=3');
    expect(res.status).toBe(200);
    const body = GraphElements.parse(res.body);
    expect(body.nodes).toHaveLength(3);
    expect(body.nodes.map((n) => n.data.id)).toEqual(
      expect.arrayContaining([idOf('Hikvision'), idOf('Government Pension Fund Global')]),
    );
    expect(body.nodes.find((n) => n.data.id === idOf('Hikvision'))?.data.degree).toBe(
      1 + CRITICS.length + 3 + 1 + 1 + 1,
    );
    const ids = new Set(body.nodes.map((n) => n.data.id));
    for (const edge of body.edges) expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
  });

  it('filters by type, relation and date', async () => {
    const persons = GraphElements.parse((await get('/api/graph?types=Person,Fund&limit=50')).body);
    expect(new Set(persons.nodes.map((n) => n.data.type))).toEqual(new Set(['Person', 'Fund']));
    const leads = GraphElements.parse((await get('/api/graph?relations=LEADS')).body);
    expect(leads.nodes.map((n) => n.data.id).sort()).toEqual(
      [idOf('Audun Lysbakken'), idOf('Socialist Left Party')].sort(),
    );
    expect(leads.edges).toHaveLength(1);
    const late = GraphElements.parse((await get('/api/graph?since=2021-01-01')).body);
    expect(late.nodes.map((n) => n.data.id)).not.toContain(idOf('Karen Lee'));
    expect(late.edges.every((e) => (e.data.firstDate ?? '') >= '2021-01-01')).toBe(true);
  });
});

describe('GET /api/articles and /api/articles/:id', () => {
  it('lists articles newest first with entity and fact counts', async () => {
    const res = await get('/api/articles');
    expect(res.status).toBe(200);
    const body = ArticlesResponse.parse(res.body);
    expect(body.total).toBe(3);
    expect(body.items.map((a) => a.id)).toEqual(['a3-exit', 'a2-fund', 'a1-letter']);
    expect(body.items[2]).toMatchObject({
      entityCount: ARTICLES[0]?.mentions.length,
      factCount: ARTICLES[0]?.facts.length,
      source: 'Example News',
      author: 'A. Writer',
    });
  });

  it('searches titles and text, filters by date and pages', async () => {
    const found = ArticlesResponse.parse((await get('/api/articles?q=stake')).body);
    expect(found.items.map((a) => a.id)).toEqual(['a2-fund']);
    const dated = ArticlesResponse.parse((await get('/api/articles?since=2019-06-01&until=2020-12-31')).body);
    expect(dated.items.map((a) => a.id)).toEqual(['a2-fund']);
    const paged = ArticlesResponse.parse((await get('/api/articles?limit=1&offset=1')).body);
    expect(paged).toMatchObject({ total: 3, items: [{ id: 'a2-fund' }] });
  });

  it('reads one article with its entities and facts', async () => {
    const res = await get('/api/articles/a2-fund');
    expect(res.status).toBe(200);
    const body = ArticleResponse.parse(res.body);
    expect(body).toMatchObject({
      id: 'a2-fund',
      date: '2019-10-08',
      publishedAt: '2019-10-08',
      text: ARTICLES[1]?.text,
    });
    expect(body.entities.map((e) => e.id).sort()).toEqual(
      ARTICLES[1]?.mentions.map((m) => idOf(m.name)).sort(),
    );
    expect(body.entities.find((e) => e.id === idOf('Norway'))).toMatchObject({
      surfaces: ['Norwegian'],
      count: 1,
    });
    expect(body.facts).toHaveLength(3);
    expect(body.facts[0]).toMatchObject({
      sentence: 0,
      type: 'INVESTED_IN',
      evidence: expect.any(String),
      confidence: 0.9,
    });
  });

  it('answers 404 for an unknown article', async () => {
    const res = await get('/api/articles/nope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });
});

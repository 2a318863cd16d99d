// Every saved query of the analysts' library, run read-only on the sample graph, with the rows it must give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../core/errors.ts';
import type { Database } from '../../../cypher/database.ts';
import type { ExportGraph } from '../../../cypher/export/read-export-graph.ts';
import { getSavedQuery, listSavedQueries, runSavedQuery } from '../../../cypher/saved-queries.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { articleIdOf, idOf, seedSampleGraph } from './sample-graph.ts';

let db: Database;
let graph: ExportGraph;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  graph = await seedSampleGraph(db);
});

afterAll(async () => {
  await db?.close();
});

type Row = Record<string, unknown>;

async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return (await runSavedQuery(db, getSavedQuery(name), params)).rows;
}

const nameOf = (id: string) => graph.entities.find((e) => e.id === id)?.name;

describe('who-criticized', () => {
  it('lists every critic of Hikvision with evidence and article, newest first', async () => {
    const rows = await run('who-criticized', { entity: 'Hikvision' });
    const expected = graph.facts.filter((f) => f.type === 'CRITICIZED' && f.target === idOf('Hikvision'));
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.critic))).toEqual(
      new Set(['Alistair Carmichael', 'Karen Lee', 'IPVM', 'Big Brother Watch']),
    );
    expect(rows[0]).toMatchObject({
      critic: 'Big Brother Watch',
      date: '2022-11-24',
      articleId: articleIdOf('a7'),
    });
    for (const row of rows) {
      expect(row.evidence).toEqual(expect.stringContaining('Hikvision'));
      expect(row.article).toBeTruthy();
    }
    const dates = rows.map((r) => String(r.date));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('finds the entity by a case-insensitive alias and filters by date', async () => {
    const rows = await run('who-criticized', { entity: 'HIKIVISION', since: '2019-11-01' });
    expect(rows.map((r) => `${r.critic} ${r.date}`).sort()).toEqual([
      'Alistair Carmichael 2019-11-13',
      'Big Brother Watch 2019-11-13',
      'Big Brother Watch 2022-11-24',
    ]);
  });

  it('honours limit and refuses a missing entity', async () => {
    expect(await run('who-criticized', { entity: 'Hikvision', limit: 2 })).toHaveLength(2);
    await expect(run('who-criticized', {})).rejects.toThrow(ValidationError);
  });
});

describe('sanctioned-company-investors', () => {
  it('finds the fund holding both sanctioned companies, with who sanctioned them', async () => {
    const rows = await run('sanctioned-company-investors');
    expect(rows.map((r) => `${r.investor} → ${r.company}`)).toEqual([
      'Government Pension Fund Global → Dahua',
      'Government Pension Fund Global → Hikvision',
    ]);
    expect(new Set(rows[1]?.sanctioners as string[])).toEqual(
      new Set(['US Department of Commerce', 'Cabinet Office']),
    );
    expect(rows[1]).toMatchObject({ investedOn: '2019-03-25', sanctionedOn: '2019-10-08' });
  });

  it('narrows to one sanctioning body', async () => {
    const rows = await run('sanctioned-company-investors', { sanctioner: 'cabinet office' });
    expect(rows.map((r) => r.company)).toEqual(['Hikvision']);
  });

  it('never counts a divestment as a holding', async () => {
    const rows = await run('sanctioned-company-investors', { investorType: 'Entity' });
    expect(rows.map((r) => r.investor)).not.toContain('Fidelity');
  });
});

describe('politicians-by-party', () => {
  it('gives each politician with party and country', async () => {
    const rows = await run('politicians-by-party');
    expect(rows.map((r) => `${r.person} | ${r.party} | ${r.country} | ${r.countryBasis}`).sort()).toEqual([
      'Alistair Carmichael | Liberal Democrats | United Kingdom | parliament',
      'Audun Lysbakken | Socialist Left Party | Norway | parliament',
      'Karen Lee | Labour Party | United Kingdom | parliament',
      'Siv Jensen | Progress Party | Norway | parliament',
    ]);
  });

  it('filters by country and by party', async () => {
    expect((await run('politicians-by-party', { country: 'Norway' })).map((r) => r.person).sort()).toEqual([
      'Audun Lysbakken',
      'Siv Jensen',
    ]);
    expect((await run('politicians-by-party', { party: 'Labour' })).map((r) => r.person)).toEqual([
      'Karen Lee',
    ]);
  });
});

describe('suppliers-of-place', () => {
  it('counts suppliers of places inside a country', async () => {
    const rows = await run('suppliers-of-place', { place: 'China' });
    expect(rows.map((r) => `${r.company} → ${r.customer}`)).toEqual(['Hikvision → Xinjiang']);
    expect(await run('suppliers-of-place', { place: 'China', includeWithin: false })).toEqual([]);
  });

  it('counts supporting articles', async () => {
    const rows = await run('suppliers-of-place', { place: 'UK' });
    expect(rows).toEqual([
      expect.objectContaining({ company: 'Hikvision', customer: 'United Kingdom', articles: 2 }),
    ]);
  });
});

describe('shortest-evidence-path', () => {
  it('links a critic to the official who sanctioned the company, hop by hop with evidence', async () => {
    const [row] = await run('shortest-evidence-path', { from: 'Alistair Carmichael', to: 'Wilbur Ross' });
    expect(row?.length).toBe(3);
    expect(row?.names).toEqual([
      'Alistair Carmichael',
      'Hikvision',
      'US Department of Commerce',
      'Wilbur Ross',
    ]);
    const hops = row?.hops as Array<Record<string, unknown>>;
    expect(hops.map((h) => h.type)).toEqual(['CRITICIZED', 'SANCTIONED', 'LEADS']);
    for (const hop of hops) expect(String(hop.evidence).length).toBeGreaterThan(10);
  });

  it('gives nothing beyond maxLength', async () => {
    expect(
      await run('shortest-evidence-path', { from: 'Alistair Carmichael', to: 'Wilbur Ross', maxLength: 2 }),
    ).toEqual([]);
  });
});

describe('changes-since', () => {
  it('lists the facts of articles dated since a day', async () => {
    const rows = await run('changes-since', { since: '2020-01-01' });
    const expected = graph.facts.filter((f) => (f.date ?? '') >= '2020-01-01');
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => String(r.date) >= '2020-01-01')).toBe(true);
  });

  it('filters by relation type, and by ingest time', async () => {
    const sanctioned = await run('changes-since', { since: '2020-01-01', types: ['SANCTIONED'] });
    expect(sanctioned.map((r) => `${r.source} → ${r.target}`)).toEqual(['Cabinet Office → Hikvision']);
    const today = new Date().toISOString().slice(0, 10);
    const ingested = await run('changes-since', { since: today, byIngest: true, limit: 1000 });
    expect(ingested).toHaveLength(graph.facts.length);
  });
});

describe('most-connected', () => {
  it('ranks Hikvision first over the whole period', async () => {
    const rows = await run('most-connected');
    expect(rows[0]).toMatchObject({ entity: 'Hikvision', type: 'Company' });
    const neighbours = rows.map((r) => Number(r.neighbours));
    expect([...neighbours].sort((a, b) => b - a)).toEqual(neighbours);
  });

  it('looks only at facts inside a period, and at chosen types', async () => {
    const rows = await run('most-connected', { since: '2022-01-01', until: '2022-12-31' });
    expect(new Set(rows.map((r) => r.entity))).toEqual(
      new Set(['Cabinet Office', 'Hikvision', 'United Kingdom', 'Big Brother Watch']),
    );
    const funds = await run('most-connected', { types: ['Fund'] });
    expect(funds.map((r) => r.entity)).toEqual(['Government Pension Fund Global', 'Fidelity']);
  });
});

describe('co-mentioned-with', () => {
  it('ranks entities by shared articles and says whether a fact links them', async () => {
    const rows = await run('co-mentioned-with', { entity: 'Hikvision', limit: 100 });
    const hik = idOf('Hikvision');
    const hikArticles = new Set(graph.mentions.filter((m) => m.entity === hik).map((m) => m.article));
    const shared = new Map<string, number>();
    for (const m of graph.mentions) {
      if (m.entity !== hik && hikArticles.has(m.article))
        shared.set(m.entity, (shared.get(m.entity) ?? 0) + 1);
    }
    expect(rows).toHaveLength(shared.size);
    for (const row of rows) {
      const id = graph.entities.find((e) => e.name === row.other)?.id ?? '';
      expect(row.sharedArticles).toBe(shared.get(id));
    }
    expect(rows[0]).toMatchObject({ other: 'Dahua', linked: false });
    expect(rows.find((r) => r.other === 'Government Pension Fund Global')?.linked).toBe(true);
  });

  it('filters by type and by a minimum of shared articles', async () => {
    const rows = await run('co-mentioned-with', { entity: 'Hikvision', types: ['Fund'], minArticles: 2 });
    expect(rows.map((r) => r.other)).toEqual(['Government Pension Fund Global', 'Fidelity']);
  });
});

describe('articles-mentioning-both', () => {
  it('lists the articles naming both, newest first, with the facts between them', async () => {
    const rows = await run('articles-mentioning-both', { a: 'Hikvision', b: 'Dahua' });
    expect(rows.map((r) => r.date)).toEqual([
      '2022-11-24',
      '2020-11-20',
      '2019-10-08',
      '2019-04-02',
      '2019-03-25',
    ]);
    expect(rows.every((r) => Array.isArray(r.facts) && (r.facts as unknown[]).length === 0)).toBe(true);
    const linked = await run('articles-mentioning-both', {
      a: 'Government Pension Fund Global',
      b: 'Hikvision',
    });
    expect(linked).toHaveLength(3);
    expect(linked[0]?.facts).toEqual(['Government Pension Fund Global INVESTED_IN Hikvision']);
  });
});

describe('entity-timeline', () => {
  it("lists an entity's articles in date order with its facts in each", async () => {
    const rows = await run('entity-timeline', { entity: 'Fidelity' });
    expect(rows.map((r) => r.date)).toEqual(['2019-04-02', '2020-11-20']);
    expect(new Set(rows[0]?.facts as string[])).toEqual(
      new Set(['Fidelity DIVESTED_FROM Hikvision', 'Fidelity DIVESTED_FROM Dahua']),
    );
    const window = await run('entity-timeline', {
      entity: 'Hikvision',
      since: '2019-10-01',
      until: '2019-12-31',
    });
    expect(window.map((r) => r.date)).toEqual(['2019-10-08', '2019-11-13']);
    expect(window[0]?.facts).toContain('US Department of Commerce SANCTIONED Hikvision');
  });
});

describe('single-source-relations', () => {
  it('lists exactly the relations that one article supports', async () => {
    const rows = await run('single-source-relations', { limit: 1000 });
    const support = new Map<string, Set<string>>();
    for (const f of graph.facts) {
      const key = `${nameOf(f.source)}|${f.type}|${nameOf(f.target)}`;
      support.set(key, (support.get(key) ?? new Set()).add(f.article));
    }
    const single = [...support]
      .filter(([, articles]) => articles.size === 1)
      .map(([key]) => key)
      .sort();
    expect(rows.map((r) => `${r.source}|${r.type}|${r.target}`).sort()).toEqual(single);
    expect(single).not.toContain('Alistair Carmichael|CRITICIZED|Hikvision');
  });

  it('filters by type and confidence', async () => {
    const rows = await run('single-source-relations', {
      types: ['LOCATED_IN'],
      maxConfidence: 0.7,
      limit: 1000,
    });
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.type === 'LOCATED_IN' && Number(r.confidence) <= 0.7)).toBe(true);
    expect(await run('single-source-relations', { types: ['CRITICIZED'], maxConfidence: 0.5 })).toEqual([]);
  });
});

describe('look-alike-names', () => {
  it('proposes look-alikes of one type but never a pair recorded as distinct', async () => {
    const rows = await run('look-alike-names', { type: 'Company' });
    const pairs = rows.map((r) => `${r.a} ~ ${r.b}`);
    expect(pairs).toContain('Dahua ~ Dahua Technology');
    expect(pairs).not.toContain('Hikvision ~ Hikvision UK');
    expect(rows.every((r) => r.type === 'Company')).toBe(true);
  });

  it('finds near-identical spellings by letter pairs', async () => {
    const rows = await run('look-alike-names', { minSimilarity: 0.5 });
    // "Hikvision UK" is distinct from Hikvision; nothing else in the fixture is spelled alike across types.
    expect(rows.every((r) => Number(r.similarity) >= 0.5 || r.reason !== 'similar')).toBe(true);
  });
});

describe('entity-facts, fund-portfolio-changes, sanctions, criticism-by-party', () => {
  it('entity-facts: both directions with article counts', async () => {
    const rows = await run('entity-facts', { entity: 'US Department of Commerce' });
    expect(rows.map((r) => `${r.direction} ${r.type} ${r.other}`).sort()).toEqual([
      'in CRITICIZED Hikvision',
      'in LEADS Wilbur Ross',
      'out LOCATED_IN United States',
      'out SANCTIONED Dahua',
      'out SANCTIONED Hikvision',
    ]);
  });

  it('fund-portfolio-changes: holdings and sales in date order', async () => {
    const rows = await run('fund-portfolio-changes', { investor: 'Fidelity' });
    expect(rows.map((r) => `${r.date} ${r.action} ${r.company}`)).toEqual([
      '2019-04-02 sold Dahua',
      '2019-04-02 sold Hikvision',
      '2020-11-20 sold Hikvision',
    ]);
    const holders = await run('fund-portfolio-changes', { company: 'Dahua' });
    expect(holders.map((r) => `${r.investor} ${r.action}`)).toEqual([
      'Government Pension Fund Global holds',
      'Fidelity sold',
    ]);
  });

  it('sanctions: who sanctioned whom, by first date', async () => {
    const rows = await run('sanctions');
    expect(rows.map((r) => `${r.sanctioner} → ${r.target}`)).toEqual([
      'US Department of Commerce → Dahua',
      'US Department of Commerce → Hikvision',
      'Cabinet Office → Hikvision',
    ]);
    expect(await run('sanctions', { target: 'Dahua', since: '2020-01-01' })).toEqual([]);
  });

  it('criticism-by-party: parties whose members criticised a target', async () => {
    const rows = await run('criticism-by-party', { target: 'Hikvision' });
    expect(rows.map((r) => [r.party, r.critics, r.articles])).toEqual([
      ['Liberal Democrats', ['Alistair Carmichael'], 2],
      ['Labour Party', ['Karen Lee'], 1],
    ]);
    expect(
      (await run('criticism-by-party', { target: 'Hikvision', parties: ['labour party'] })).map(
        (r) => r.party,
      ),
    ).toEqual(['Labour Party']);
  });
});

describe('facts-by-month, leaders, evidence-between, entities-by-type', () => {
  it('facts-by-month: counts add up to the facts in the period', async () => {
    const rows = await run('facts-by-month', { since: '2019-01-01', until: '2019-12-31' });
    const total = rows.reduce((sum, r) => sum + Number(r.facts), 0);
    expect(total).toBe(graph.facts.filter((f) => (f.date ?? '').startsWith('2019')).length);
    const sanctions = await run('facts-by-month', { types: ['SANCTIONED'] });
    expect(sanctions.map((r) => `${r.month} ${r.facts}`)).toEqual(['2019-10 2', '2022-11 1']);
  });

  it('leaders: who leads what, by organisation type', async () => {
    const parties = await run('leaders', { type: 'PoliticalParty' });
    expect(parties.map((r) => `${r.leader} → ${r.organisation}`)).toEqual([
      'Siv Jensen → Progress Party',
      'Audun Lysbakken → Socialist Left Party',
    ]);
    expect((await run('leaders')).length).toBe(graph.facts.filter((f) => f.type === 'LEADS').length);
  });

  it('evidence-between: every sentence behind an edge', async () => {
    const rows = await run('evidence-between', { a: 'oil fund', b: 'Hikvision' });
    expect(rows.map((r) => r.date)).toEqual(['2019-03-25', '2019-04-02', '2020-11-20']);
    expect(rows.every((r) => r.type === 'INVESTED_IN' && r.source === 'Government Pension Fund Global')).toBe(
      true,
    );
    expect(await run('evidence-between', { a: 'oil fund', b: 'Hikvision', type: 'SANCTIONED' })).toEqual([]);
  });

  it('entities-by-type: a census ranked by articles', async () => {
    const rows = await run('entities-by-type', { type: 'Country' });
    expect(rows.map((r) => r.name).sort()).toEqual(['China', 'Norway', 'United Kingdom', 'United States']);
    for (const row of rows) {
      const id = graph.entities.find((e) => e.name === row.name)?.id;
      expect(row.articles).toBe(graph.mentions.filter((m) => m.entity === id).length);
    }
    // ties (China and the United Kingdom, 3 articles each) in name order
    expect(rows.slice(0, 2).map((r) => `${r.name} ${r.articles}`)).toEqual(['China 3', 'United Kingdom 3']);
    expect(await run('entities-by-type', { minArticles: 8 })).toEqual([]);
  });
});

describe('the whole library', () => {
  it.each(
    listSavedQueries()
      .filter((q) => q.params.every((p) => !p.required))
      .map((q) => [q.name]),
  )('%s runs with its defaults on the sample graph', async (name) => {
    await expect(run(name)).resolves.toBeInstanceOf(Array);
  });
});

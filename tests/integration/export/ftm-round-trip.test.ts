// FollowTheMoney: the export follows FtM's schemata, an export imports back as the same graph, and foreign FtM data imports with provenance.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../../core/ids.ts';
import type { Database } from '../../../cypher/database.ts';
import { FTM_LINKS, type FtmEntity } from '../../../cypher/export/ftm-schema.ts';
import { readExportGraph, type ExportGraph } from '../../../cypher/export/read-export-graph.ts';
import { toFtmEntities, toFtmJsonl } from '../../../cypher/export/to-ftm.ts';
import { importFtm, parseFtmJsonl } from '../../../cypher/import-ftm.ts';
import { createApp } from '../../../server/app.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { parseCsv, runCli } from '../queries/cli-helpers.ts';
import { idOf, seedSampleGraph } from '../queries/sample-graph.ts';

let db: Database;
let original: ExportGraph;

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  await seedSampleGraph(db);
  original = await readExportGraph(db);
});

afterAll(async () => {
  await db?.close();
});

/** The graph without bookkeeping that an import rewrites (timestamps, hashes, origin). */
function comparable(graph: ExportGraph) {
  return {
    entities: graph.entities
      .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases].sort(), roles: e.roles }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    articles: graph.articles
      .map((a) => ({
        id: a.id,
        title: a.title,
        text: a.text,
        url: a.url,
        source: a.source,
        author: a.author,
        publishedAt: a.publishedAt,
        date: a.date,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    mentions: graph.mentions
      .map((m) => ({ ...m }))
      .sort((a, b) => `${a.entity}|${a.article}`.localeCompare(`${b.entity}|${b.article}`)),
    facts: graph.facts
      .map(({ extractorVersion: _ignored, ...f }) => f)
      .sort((a, b) =>
        `${a.source}|${a.type}|${a.target}|${a.article}`.localeCompare(
          `${b.source}|${b.type}|${b.target}|${b.article}`,
        ),
      ),
  };
}

describe('FtM export', () => {
  const LEGAL = new Set(['Person', 'Company', 'Organization', 'PublicBody', 'LegalEntity']);
  const ORGS = new Set(['Company', 'Organization', 'PublicBody']);

  it('writes one FtM entity per line, in known schemata, with list-valued properties', () => {
    const lines = toFtmJsonl(original).trimEnd().split('\n');
    const entities = lines.map((line) => JSON.parse(line) as FtmEntity);
    const schemata = new Set(entities.map((e) => e.schema));
    for (const schema of schemata) {
      expect([
        'Article',
        'Person',
        'Company',
        'Organization',
        'PublicBody',
        'Territory',
        'Documentation',
        ...Object.keys(FTM_LINKS),
      ]).toContain(schema);
    }
    for (const entity of entities) {
      expect(typeof entity.id).toBe('string');
      for (const values of Object.values(entity.properties)) {
        expect(Array.isArray(values)).toBe(true);
        for (const value of values) expect(typeof value).toBe('string');
      }
    }
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const count = (schema: string) => entities.filter((e) => e.schema === schema).length;
    expect(count('Article')).toBe(original.articles.length);
    expect(count('Documentation')).toBe(original.mentions.length);
    expect(count('Person')).toBe(original.entities.filter((e) => e.type === 'Person').length);
    expect(count('PublicBody')).toBe(original.entities.filter((e) => e.type === 'GovernmentBody').length);
  });

  it('respects FtM ranges: links point at entities of the right schema, evidence and proof on every link', () => {
    const entities = toFtmEntities(original);
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const link of entities.filter((e) => e.schema in FTM_LINKS)) {
      const ends = FTM_LINKS[link.schema] as { source: string; target: string };
      const source = byId.get(String(link.properties[ends.source]?.[0]));
      const target = byId.get(String(link.properties[ends.target]?.[0]));
      expect(source && target).toBeTruthy();
      if (link.schema === 'Membership' || link.schema === 'Directorship') {
        expect(LEGAL.has(source?.schema ?? '')).toBe(true);
        expect(ORGS.has(target?.schema ?? '')).toBe(true);
      }
      if (link.schema === 'Employment')
        expect([source?.schema, ORGS.has(target?.schema ?? '')]).toEqual(['Person', true]);
      if (link.schema === 'Ownership') expect(target?.schema).toBe('Company');
      expect(link.properties.description?.[0]).toBeTruthy();
      expect(byId.get(String(link.properties.proof?.[0]))?.schema).toBe('Article');
    }
    for (const doc of entities.filter((e) => e.schema === 'Documentation')) {
      expect(byId.get(String(doc.properties.document?.[0]))?.schema).toBe('Article');
      expect(byId.has(String(doc.properties.entity?.[0]))).toBe(true);
    }
  });

  it('maps types to FtM: parties and funds as Organization with topics, countries as Territory', () => {
    const entities = toFtmEntities(original);
    const find = (id: string) => entities.find((e) => e.id === id);
    expect(find(idOf('Liberal Democrats'))).toMatchObject({
      schema: 'Organization',
      properties: { topics: ['pol.party'] },
    });
    expect(find(idOf('Government Pension Fund Global'))).toMatchObject({
      schema: 'Organization',
      properties: { topics: ['fin.fund'] },
    });
    expect(find(idOf('Norway'))).toMatchObject({
      schema: 'Territory',
      properties: { territoryCode: ['no'], level: ['country'] },
    });
    expect(find(idOf('Alistair Carmichael'))?.properties.position).toEqual(['MP']);
    const divest = entities.find(
      (e) => e.schema === 'Ownership' && e.properties.role?.[0] === 'divested from',
    );
    expect(divest?.properties.status).toEqual(['divested']);
  });
});

describe('FtM round trip', () => {
  it('export → import into an empty graph gives the same graph, and importing again changes nothing', async () => {
    const jsonl = toFtmJsonl(original);
    await clearGraph(db);
    const first = await importFtm(db, jsonl, { origin: 'round-trip.ftm.jsonl' });
    expect(first.report.sourceArticle).toBeUndefined();
    const after = await readExportGraph(db);
    expect(comparable(after)).toEqual(comparable(original));
    await importFtm(db, jsonl, { origin: 'round-trip.ftm.jsonl' });
    expect(comparable(await readExportGraph(db))).toEqual(comparable(original));
  });

  it('round-trips through the CLI: export --format ftm --out, then import', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tg-ftm-'));
    const file = path.join(dir, 'graph.ftm.jsonl');
    const exported = runCli(['export', '--format', 'ftm', '--out', file]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain(file);
    await clearGraph(db);
    const imported = runCli(['import', file, '--format', 'ftm']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      `Imported ${original.entities.length} entities, ${original.articles.length} articles`,
    );
    expect(comparable(await readExportGraph(db))).toEqual(comparable(original));
  });
});

describe('FtM import of foreign data', () => {
  // Shaped like OpenSanctions' data: nested entities, a Sanction, an ended Ownership, an Associate.
  const FOREIGN = [
    {
      id: 'Q-person-1',
      schema: 'Person',
      properties: {
        name: ['Jane Example'],
        alias: ['J. Example'],
        position: ['Minister of Trade'],
        ownershipOwner: [
          {
            id: 'own-1',
            schema: 'Ownership',
            properties: {
              owner: ['Q-person-1'],
              asset: [{ id: 'co-1', schema: 'Company', properties: { name: ['Example Holdings'] } }],
              endDate: ['2021-05-01'],
            },
          },
        ],
      },
    },
    { id: 'party-1', schema: 'Organization', properties: { name: ['Example Party'], topics: ['pol.party'] } },
    {
      id: 'mem-1',
      schema: 'Membership',
      properties: { member: ['Q-person-1'], organization: ['party-1'], startDate: ['2018-01-01'] },
    },
    {
      id: 'san-1',
      schema: 'Sanction',
      properties: {
        entity: ['co-1'],
        authority: ['Office of Foreign Assets Control'],
        program: ['EXAMPLE-PROGRAM'],
        startDate: ['2022-03-01'],
      },
    },
    { id: 'assoc-1', schema: 'Associate', properties: { person: ['Q-person-1'], associate: ['Q-person-1'] } },
    { id: 'vessel-1', schema: 'Vessel', properties: { name: ['MV Example'] } },
  ]
    .map((e) => JSON.stringify(e))
    .join('\n');

  it('parses entities, links and sanctions, keeps unknown schemata out and reports them', () => {
    const { graph, report } = parseFtmJsonl(`${FOREIGN}\nnot json\n`, {
      origin: '/data/example.json',
      today: '2024-01-02',
    });
    expect(graph.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'Company:Example Holdings',
      'GovernmentBody:Office of Foreign Assets Control',
      'Person:Jane Example',
      'PoliticalParty:Example Party',
    ]);
    expect(graph.facts.map((f) => `${f.type} ${f.date}`).sort()).toEqual([
      'DIVESTED_FROM 2021-05-01',
      'MEMBER_OF 2018-01-01',
      'SANCTIONED 2022-03-01',
    ]);
    expect(graph.facts.find((f) => f.type === 'SANCTIONED')?.evidence).toBe(
      'Office of Foreign Assets Control: EXAMPLE-PROGRAM',
    );
    expect(report.skipped).toEqual({ Vessel: 1, Associate: 1 });
    expect(report.badLines).toEqual([7]);
    expect(graph.entities.find((e) => e.name === 'Jane Example')).toMatchObject({
      aliases: ['J. Example'],
      roles: ['Minister of Trade'],
    });
  });

  it('writes them with provenance: an article for the file that every fact and entity points to', async () => {
    await clearGraph(db);
    const summary = await importFtm(db, FOREIGN, { origin: '/data/example.json' });
    const source = summary.report.sourceArticle;
    expect(source).toBeTruthy();
    const graph = await readExportGraph(db);
    expect(graph.articles).toEqual([
      expect.objectContaining({
        id: source,
        title: 'FollowTheMoney import: example.json',
        source: 'FollowTheMoney import',
        origin: '/data/example.json',
      }),
    ]);
    expect(graph.facts.every((f) => f.article === source && f.evidence.length > 0)).toBe(true);
    expect(new Set(graph.mentions.map((m) => m.entity))).toEqual(new Set(graph.entities.map((e) => e.id)));
    const labels = await db.read(async (tx) =>
      (
        await tx.run('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', {
          id: entityId('PoliticalParty', 'Example Party'),
        })
      ).records[0]?.get('labels'),
    );
    expect(labels).toEqual(expect.arrayContaining(['Entity', 'PoliticalParty']));
  });
});

describe('export from the command line and over HTTP', () => {
  beforeAll(async () => {
    await clearGraph(db);
    await seedSampleGraph(db);
  });

  it('writes nodes.csv and edges.csv into --out, and GEXF to stdout', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'tg-csv-')), 'out');
    const csv = runCli(['export', '--format', 'csv', '--since', '2019-10-01', '--out', dir]);
    expect(csv.status).toBe(0);
    expect(existsSync(path.join(dir, 'nodes.csv')) && existsSync(path.join(dir, 'edges.csv'))).toBe(true);
    const edges = parseCsv(readFileSync(path.join(dir, 'edges.csv'), 'utf8'));
    expect(edges.slice(1).every((row) => (row[7] ?? '') >= '2019-10-01')).toBe(true);
    const gexf = runCli(['export', '--format', 'gexf', '--types', 'Person,PoliticalParty']);
    expect(gexf.status).toBe(0);
    expect(XMLValidator.validate(gexf.stdout)).toBe(true);
    expect(gexf.stdout).toContain('label="Liberal Democrats"');
    expect(gexf.stdout).not.toContain('label="Hikvision"');
    const bad = runCli(['export', '--format', 'pdf']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown export format/);
  });

  it('answers GET /api/export with a download, and 400 on a bad format', async () => {
    const server = createApp({ db, logger: { error: () => {}, info: () => {} } }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const graphml = await fetch(`${base}/api/export?format=graphml&since=2019-01-01`);
      expect(graphml.status).toBe(200);
      expect(graphml.headers.get('content-type')).toContain('application/graphml+xml');
      expect(graphml.headers.get('content-disposition')).toMatch(
        /^attachment; filename="?tracegraph\.graphml"?$/,
      );
      const ftm = await fetch(`${base}/api/export?format=ftm&types=Person`);
      const lines = (await ftm.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { schema: string });
      expect(new Set(lines.map((l) => l.schema))).toEqual(new Set(['Article', 'Person', 'Documentation']));
      expect(XMLValidator.validate(await graphml.text())).toBe(true);
      const edges = await fetch(`${base}/api/export?format=csv&file=edges`);
      expect(edges.headers.get('content-type')).toContain('text/csv');
      expect((await edges.text()).startsWith('Source,Target,Type')).toBe(true);
      const bad = await fetch(`${base}/api/export?format=xls`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_ERROR');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

// Exports read from a real graph: GraphML and GEXF checked by an XML parser and their schemas' rules, CSV, JSON, FtM.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../core/errors.ts';
import { entityId } from '../../../core/ids.ts';
import type { Database } from '../../../cypher/database.ts';
import { exportGraph, renderExport } from '../../../cypher/export/export-graph.ts';
import {
  parseExportFilters,
  readExportGraph,
  type ExportGraph,
} from '../../../cypher/export/read-export-graph.ts';
import { summariseGraph } from '../../../cypher/export/summarise-graph.ts';
import { writeGraph } from '../../../cypher/import-ftm.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { parseCsv } from '../queries/cli-helpers.ts';
import { idOf, seedSampleGraph } from '../queries/sample-graph.ts';

let db: Database;
let graph: ExportGraph;

// A name that needs escaping in XML and quoting in CSV.
const AWKWARD = 'Smith & <Sons>, "Ltd"';

beforeAll(async () => {
  db = openTestDatabase();
  await clearGraph(db);
  graph = await seedSampleGraph(db);
  const article = graph.articles[0];
  if (!article) throw new Error('fixture has no article');
  const awkward = {
    id: entityId('Company', AWKWARD),
    name: AWKWARD,
    type: 'Company' as const,
    aliases: ["S&S's"],
    roles: [],
  };
  const fact = {
    source: awkward.id,
    type: 'SUPPLIES' as const,
    target: idOf('United Kingdom'),
    article: article.id,
    evidence: 'Smith & Sons said: "we supply <all> of it", the firm claimed.',
    sentence: 20,
    confidence: 0.5,
    date: article.date,
  };
  await writeGraph(
    db,
    {
      entities: [awkward],
      articles: [],
      mentions: [{ entity: awkward.id, article: article.id, count: 1, surfaces: [AWKWARD] }],
      facts: [fact],
    },
    { origin: 'test' },
  );
  graph = await readExportGraph(db);
});

afterAll(async () => {
  await db?.close();
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
});

type XmlNode = Record<string, unknown>;

describe('GraphML', () => {
  let doc: XmlNode;
  let text: string;

  beforeAll(async () => {
    const [file] = await exportGraph(db, 'graphml');
    text = file?.content ?? '';
    expect(file?.name).toBe('tracegraph.graphml');
    expect(XMLValidator.validate(text)).toBe(true);
    doc = parser.parse(text) as XmlNode;
  });

  it('is GraphML in the graphdrawing.org namespace with declared keys before the graph', () => {
    const root = doc.graphml as XmlNode;
    expect(root['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(text.indexOf('<key ')).toBeLessThan(text.indexOf('<graph '));
    const keys = root.key as XmlNode[];
    const ids = keys.map((k) => k['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const key of keys) {
      expect(['node', 'edge']).toContain(key['@for']);
      expect(['string', 'int', 'double', 'boolean', 'long', 'float']).toContain(key['@attr.type']);
    }
    expect((root.graph as XmlNode)['@edgedefault']).toBe('directed');
  });

  it('has one node per entity and one edge per (source, type, target), all ends declared', () => {
    const root = doc.graphml as XmlNode;
    const keys = new Map((root.key as XmlNode[]).map((k) => [k['@id'], k['@for']]));
    const g = root.graph as XmlNode;
    const nodes = g.node as XmlNode[];
    const edges = g.edge as XmlNode[];
    expect(nodes).toHaveLength(graph.entities.length);
    expect(edges).toHaveLength(summariseGraph(graph).edges.length);
    const nodeIds = new Set(nodes.map((n) => n['@id']));
    expect(nodeIds.size).toBe(nodes.length);
    for (const edge of edges) {
      expect(nodeIds.has(edge['@source'])).toBe(true);
      expect(nodeIds.has(edge['@target'])).toBe(true);
      for (const data of edge.data as XmlNode[]) expect(keys.get(data['@key'])).toBe('edge');
    }
    for (const node of nodes)
      for (const data of node.data as XmlNode[]) expect(keys.get(data['@key'])).toBe('node');
  });

  it('carries labels, types, weights and evidence, escaped', () => {
    const g = (doc.graphml as XmlNode).graph as XmlNode;
    const value = (el: XmlNode, key: string) =>
      (el.data as XmlNode[]).find((d) => d['@key'] === key)?.['#text'];
    const nodes = g.node as XmlNode[];
    const hik = nodes.find((n) => value(n, 'label') === 'Hikvision');
    expect(value(hik as XmlNode, 'type')).toBe('Company');
    const awkward = nodes.find((n) => value(n, 'tgid') === entityId('Company', AWKWARD));
    expect(value(awkward as XmlNode, 'label')).toBe(AWKWARD);
    const edges = g.edge as XmlNode[];
    const supplies = edges.find(
      (e) =>
        e['@source'] === hik?.['@id'] &&
        value(e, 'relation') === 'SUPPLIES' &&
        String(value(e, 'evidence')).includes('United Kingdom'),
    );
    expect(Number(value(supplies as XmlNode, 'weight'))).toBe(2);
    expect(value(supplies as XmlNode, 'firstDate')).toBe('2019-03-22');
    expect(text).toContain('we supply &lt;all&gt; of it');
  });
});

describe('GEXF', () => {
  let doc: XmlNode;
  let text: string;

  beforeAll(async () => {
    const [file] = await exportGraph(db, 'gexf');
    text = file?.content ?? '';
    expect(XMLValidator.validate(text)).toBe(true);
    doc = parser.parse(text) as XmlNode;
  });

  it('is GEXF 1.2 with node and edge attribute declarations', () => {
    const root = doc.gexf as XmlNode;
    expect(root['@xmlns']).toBe('http://www.gexf.net/1.2draft');
    expect(root['@version']).toBe('1.2');
    expect((root.meta as XmlNode)['@lastmodifieddate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const g = root.graph as XmlNode;
    expect(g['@defaultedgetype']).toBe('directed');
    const classes = (g.attributes as XmlNode[]).map((a) => a['@class']);
    expect(classes.sort()).toEqual(['edge', 'node']);
  });

  it('has every node and edge, attvalues referring to declared attributes, numeric weights and colours', () => {
    const g = (doc.gexf as XmlNode).graph as XmlNode;
    const declared = new Map(
      (g.attributes as XmlNode[]).map((a) => [
        a['@class'],
        new Set((a.attribute as XmlNode[]).map((x) => x['@id'])),
      ]),
    );
    const nodes = ((g.nodes as XmlNode).node as XmlNode[]) ?? [];
    const edges = ((g.edges as XmlNode).edge as XmlNode[]) ?? [];
    expect(nodes).toHaveLength(graph.entities.length);
    expect(edges).toHaveLength(summariseGraph(graph).edges.length);
    const ids = new Set(nodes.map((n) => n['@id']));
    expect(ids.has(idOf('Hikvision'))).toBe(true);
    for (const node of nodes) {
      expect(node['@label']).toBeTruthy();
      expect(node['viz:color']).toBeDefined();
      for (const v of ((node.attvalues as XmlNode[])?.[0]?.attvalue as XmlNode[]) ?? [])
        expect(declared.get('node')?.has(v['@for'])).toBe(true);
    }
    for (const edge of edges) {
      expect(ids.has(edge['@source']) && ids.has(edge['@target'])).toBe(true);
      expect(Number.isFinite(Number(edge['@weight']))).toBe(true);
      for (const v of ((edge.attvalues as XmlNode[])?.[0]?.attvalue as XmlNode[]) ?? [])
        expect(declared.get('edge')?.has(v['@for'])).toBe(true);
    }
    expect(nodes.find((n) => n['@id'] === entityId('Company', AWKWARD))?.['@label']).toBe(AWKWARD);
  });
});

describe('CSV', () => {
  it('writes nodes.csv and edges.csv that read back whole', async () => {
    const files = await exportGraph(db, 'csv');
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv']);
    const nodes = parseCsv(files[0]?.content ?? '');
    const edges = parseCsv(files[1]?.content ?? '');
    expect(nodes[0]).toEqual([
      'Id',
      'Label',
      'EntityType',
      'Aliases',
      'Roles',
      'Articles',
      'FirstSeen',
      'LastSeen',
    ]);
    expect(edges[0]?.slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Relation']);
    expect(nodes).toHaveLength(graph.entities.length + 1);
    expect(edges).toHaveLength(summariseGraph(graph).edges.length + 1);
    const awkward = nodes.find((r) => r[1] === AWKWARD);
    expect(awkward?.slice(2, 4)).toEqual(['Company', "S&S's"]);
    const edge = edges.find((r) => r[0] === entityId('Company', AWKWARD));
    expect(edge?.[9]).toBe('Smith & Sons said: "we supply <all> of it", the firm claimed.');
    expect(edges.slice(1).every((r) => r[2] === 'Directed' && r.length === 11)).toBe(true);
  });
});

describe('JSON and filters', () => {
  it('writes the whole plain graph as JSON', async () => {
    const [file] = await exportGraph(db, 'json');
    const json = JSON.parse(file?.content ?? '{}') as ExportGraph & { counts: Record<string, number> };
    expect(json.counts).toEqual({
      entities: graph.entities.length,
      articles: graph.articles.length,
      mentions: graph.mentions.length,
      facts: graph.facts.length,
    });
    expect(json.facts[0]).toHaveProperty('evidence');
  });

  it('keeps only a period: its articles, the entities they mention, the facts dated inside', async () => {
    const part = await readExportGraph(db, parseExportFilters({ since: '2022-01-01', until: '2022-12-31' }));
    expect(part.articles.map((a) => a.date)).toEqual(['2022-11-24']);
    expect(part.facts.every((f) => f.date === '2022-11-24')).toBe(true);
    expect(part.facts).toHaveLength(3);
    expect(new Set(part.entities.map((e) => e.name))).toEqual(
      new Set(['Cabinet Office', 'Hikvision', 'Big Brother Watch', 'United Kingdom', 'Dahua']),
    );
  });

  it('keeps only chosen entity and relation types, and facts between kept entities', async () => {
    const part = await readExportGraph(
      db,
      parseExportFilters({ types: 'Person,PoliticalParty', relations: 'MEMBER_OF' }),
    );
    expect(new Set(part.entities.map((e) => e.type))).toEqual(new Set(['Person', 'PoliticalParty']));
    expect(part.facts.map((f) => `${f.source} ${f.type} ${f.target}`).sort()).toEqual([
      `${idOf('Alistair Carmichael')} MEMBER_OF ${idOf('Liberal Democrats')}`,
      `${idOf('Karen Lee')} MEMBER_OF ${idOf('Labour Party')}`,
    ]);
  });

  it.each([
    [{ since: '2019-13-01' }],
    [{ until: 'tomorrow' }],
    [{ types: 'Person,Politician' }],
    [{ relations: 'FUNDS' }],
  ])('refuses bad filters %j', (raw) => {
    expect(() => parseExportFilters(raw)).toThrow(ValidationError);
  });

  it('renders an empty graph in every format', () => {
    const empty: ExportGraph = { entities: [], articles: [], mentions: [], facts: [] };
    for (const format of ['graphml', 'gexf', 'csv', 'json', 'ftm'] as const) {
      for (const file of renderExport(empty, format)) {
        if (format === 'graphml' || format === 'gexf') expect(XMLValidator.validate(file.content)).toBe(true);
        expect(file.content.length).toBeGreaterThan(0);
      }
    }
  });
});

// A small graph in Tracegraph's data model, shaped like the samples/ story, for the saved-query and export tests.
import { articleId, entityId } from '../../../core/ids.ts';
import type { EntityType, RelationType } from '../../../core/types.ts';
import type { Database } from '../../../cypher/database.ts';
import type {
  ExportArticle,
  ExportEntity,
  ExportFact,
  ExportGraph,
} from '../../../cypher/export/read-export-graph.ts';
import { writeGraph } from '../../../cypher/import-ftm.ts';

type E = [name: string, type: EntityType, aliases?: string[], roles?: string[]];

const ENTITIES: E[] = [
  ['Alistair Carmichael', 'Person', ['Carmichael'], ['MP']],
  ['Karen Lee', 'Person', [], ['MP']],
  ['Mark Field', 'Person', ['Field'], ['minister']],
  ['Audun Lysbakken', 'Person', ['Lysbakken'], ['lawmaker', 'party leader']],
  ['Siv Jensen', 'Person', ['Jensen'], ['finance minister']],
  ['Wilbur Ross', 'Person', ['Ross'], ['commerce secretary']],
  ['Silkie Carlo', 'Person', ['Carlo'], ['director']],
  ['Hikvision', 'Company', ['Hikivision'], []],
  ['Hikvision UK', 'Company', [], []],
  ['Dahua', 'Company', [], []],
  ['Dahua Technology', 'Company', [], []],
  ['Government Pension Fund Global', 'Fund', ['oil fund'], []],
  ['Fidelity', 'Fund', [], []],
  ['Liberal Democrats', 'PoliticalParty', ['Liberal Democrat'], []],
  ['Labour Party', 'PoliticalParty', ['Labour'], []],
  ['Socialist Left Party', 'PoliticalParty', [], []],
  ['Progress Party', 'PoliticalParty', [], []],
  ['Foreign and Commonwealth Office', 'GovernmentBody', ['FCO'], []],
  ['UK Parliament', 'GovernmentBody', ['Parliament'], []],
  ['Storting', 'GovernmentBody', [], []],
  ['Ministry of Finance', 'GovernmentBody', [], []],
  ['US Department of Commerce', 'GovernmentBody', ['Commerce Department'], []],
  ['Cabinet Office', 'GovernmentBody', [], []],
  ['United Kingdom', 'Country', ['UK', 'British'], []],
  ['Norway', 'Country', ['Norwegian'], []],
  ['China', 'Country', ['Chinese'], []],
  ['United States', 'Country', ['US'], []],
  ['Xinjiang', 'Place', [], []],
  ['Hangzhou', 'Place', [], []],
  ['Big Brother Watch', 'Organization', [], []],
  ['IPVM', 'Organization', [], []],
];

const TYPE_OF = new Map(ENTITIES.map(([name, type]) => [name, type]));

/** The id of a fixture entity by name. */
export function idOf(name: string): string {
  const type = TYPE_OF.get(name);
  if (!type) throw new Error(`not a fixture entity: ${name}`);
  return entityId(type, name);
}

type F = [source: string, type: RelationType, target: string, evidence: string];

interface A {
  key: string;
  title: string;
  date: string;
  facts: F[];
  /** Entities named besides the facts' ends. */
  alsoMentions: string[];
}

const ARTICLES: A[] = [
  {
    key: 'a1',
    title: 'Nine MPs ask the Foreign Office to look at Hikvision',
    date: '2019-03-22',
    facts: [
      [
        'Alistair Carmichael',
        'MEMBER_OF',
        'Liberal Democrats',
        'Liberal Democrat MP Alistair Carmichael organised the letter.',
      ],
      ['Alistair Carmichael', 'MEMBER_OF', 'UK Parliament', 'Carmichael sits in the UK Parliament.'],
      [
        'Alistair Carmichael',
        'CRITICIZED',
        'Hikvision',
        'Carmichael criticised Hikvision over its work in Xinjiang.',
      ],
      ['Karen Lee', 'MEMBER_OF', 'Labour Party', 'Karen Lee is a member of the Labour Party.'],
      ['Karen Lee', 'MEMBER_OF', 'UK Parliament', 'Karen Lee raised the issue in the UK Parliament.'],
      ['Karen Lee', 'CRITICIZED', 'Hikvision', 'Karen Lee criticised Hikvision over cameras in the camps.'],
      [
        'Mark Field',
        'WORKS_FOR',
        'Foreign and Commonwealth Office',
        'Mark Field works for the Foreign and Commonwealth Office.',
      ],
      [
        'Hikvision',
        'SUPPLIES',
        'United Kingdom',
        'Hikvision supplies the United Kingdom with many CCTV cameras.',
      ],
      ['Hikvision', 'SUPPLIES', 'Xinjiang', 'Hikvision supplies police projects in Xinjiang.'],
      ['Xinjiang', 'LOCATED_IN', 'China', 'Xinjiang is a region in the north-west of China.'],
      ['Hikvision', 'LOCATED_IN', 'Hangzhou', 'Hikvision is based in Hangzhou.'],
      ['Hangzhou', 'LOCATED_IN', 'China', 'Hangzhou is located in China.'],
      ['UK Parliament', 'LOCATED_IN', 'United Kingdom', 'The UK Parliament sits in the United Kingdom.'],
    ],
    alsoMentions: [],
  },
  {
    key: 'a2',
    title: "Norwegian party leader questions oil fund's camera holdings",
    date: '2019-03-25',
    facts: [
      [
        'Audun Lysbakken',
        'LEADS',
        'Socialist Left Party',
        'Audun Lysbakken, the leader of the Socialist Left Party, asked the question.',
      ],
      ['Audun Lysbakken', 'MEMBER_OF', 'Storting', 'Lysbakken is a member of the Storting.'],
      ['Siv Jensen', 'WORKS_FOR', 'Ministry of Finance', 'Siv Jensen works for the Ministry of Finance.'],
      ['Siv Jensen', 'LEADS', 'Progress Party', 'Siv Jensen leads the Progress Party.'],
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The Government Pension Fund Global invested in Hikvision.',
      ],
      ['Government Pension Fund Global', 'INVESTED_IN', 'Dahua', 'The fund also invested in Dahua.'],
      [
        'Government Pension Fund Global',
        'LOCATED_IN',
        'Norway',
        'The Government Pension Fund Global is located in Norway.',
      ],
      ['Storting', 'LOCATED_IN', 'Norway', 'The Storting is the parliament of Norway.'],
      ['Ministry of Finance', 'LOCATED_IN', 'Norway', 'The Ministry of Finance is in Norway.'],
    ],
    alsoMentions: ['Xinjiang'],
  },
  {
    key: 'a3',
    title: 'Big US fund managers sell Hikvision and Dahua shares',
    date: '2019-04-02',
    facts: [
      ['Fidelity', 'DIVESTED_FROM', 'Hikvision', 'Funds managed by Fidelity divested from Hikvision.'],
      ['Fidelity', 'DIVESTED_FROM', 'Dahua', 'Fidelity also divested from Dahua.'],
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The Government Pension Fund Global still invested in Hikvision.',
      ],
      ['Dahua', 'LOCATED_IN', 'Hangzhou', 'Dahua is also located in Hangzhou.'],
      ['IPVM', 'CRITICIZED', 'Hikvision', 'IPVM criticised Hikvision over its Xinjiang contracts.'],
    ],
    alsoMentions: ['United States', 'Xinjiang'],
  },
  {
    key: 'a4',
    title: 'US Commerce Department adds Hikvision and Dahua to the Entity List',
    date: '2019-10-08',
    facts: [
      [
        'US Department of Commerce',
        'SANCTIONED',
        'Hikvision',
        'The Department of Commerce sanctioned Hikvision.',
      ],
      ['US Department of Commerce', 'SANCTIONED', 'Dahua', 'The Department of Commerce sanctioned Dahua.'],
      ['Wilbur Ross', 'LEADS', 'US Department of Commerce', 'Wilbur Ross leads the Department of Commerce.'],
      [
        'US Department of Commerce',
        'LOCATED_IN',
        'United States',
        'The Department of Commerce is in the United States.',
      ],
      [
        'Hikvision',
        'CRITICIZED',
        'US Department of Commerce',
        'Hikvision criticised the decision of the Department of Commerce.',
      ],
      ['China', 'CRITICIZED', 'United States', 'China criticised the United States for the listing.'],
    ],
    alsoMentions: ['Xinjiang'],
  },
  {
    key: 'a5',
    title: 'Big Brother Watch condemns Hikvision over Xinjiang',
    date: '2019-11-13',
    facts: [
      [
        'Silkie Carlo',
        'LEADS',
        'Big Brother Watch',
        'Silkie Carlo, the director of Big Brother Watch, leads the group.',
      ],
      ['Big Brother Watch', 'CRITICIZED', 'Hikvision', 'Big Brother Watch criticised Hikvision.'],
      ['Hikvision', 'SUPPLIES', 'United Kingdom', 'Hikvision supplies many councils in the United Kingdom.'],
      ['Alistair Carmichael', 'CRITICIZED', 'Hikvision', 'Carmichael again criticised Hikvision.'],
      ['Hikvision UK', 'LOCATED_IN', 'United Kingdom', 'Hikvision UK is located in the United Kingdom.'],
    ],
    alsoMentions: ['Liberal Democrats'],
  },
  {
    key: 'a6',
    title: 'Investors rethink Chinese surveillance stocks after new US rules',
    date: '2020-11-20',
    facts: [
      ['Fidelity', 'DIVESTED_FROM', 'Hikvision', 'Fidelity divested from Hikvision in 2019.'],
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The oil fund still invested in Hikvision.',
      ],
    ],
    alsoMentions: ['Dahua', 'Dahua Technology', 'United States', 'China'],
  },
  {
    key: 'a7',
    title: 'UK government tells departments to stop installing Chinese cameras at sensitive sites',
    date: '2022-11-24',
    facts: [
      ['Cabinet Office', 'SANCTIONED', 'Hikvision', 'The Cabinet Office restricted Hikvision equipment.'],
      ['Big Brother Watch', 'CRITICIZED', 'Hikvision', 'Big Brother Watch criticised Hikvision again.'],
      [
        'Cabinet Office',
        'LOCATED_IN',
        'United Kingdom',
        'The Cabinet Office is part of the government of the United Kingdom.',
      ],
    ],
    alsoMentions: ['Dahua'],
  },
];

/** The fixture graph as plain data (what an export of it should contain). */
export function buildSampleGraph(): ExportGraph {
  const entities: ExportEntity[] = ENTITIES.map(([name, type, aliases = [], roles = []]) => ({
    id: entityId(type, name),
    name,
    type,
    aliases,
    roles,
  }));
  const articles: ExportArticle[] = [];
  const mentions: ExportGraph['mentions'] = [];
  const facts: ExportFact[] = [];
  for (const a of ARTICLES) {
    const text = a.facts.map((f) => f[3]).join(' ');
    const id = articleId({ text });
    articles.push({
      id,
      title: a.title,
      text,
      url: `https://example.org/tracegraph-fixture/${a.key}`,
      source: 'Tracegraph fixture',
      author: 'Tracegraph team',
      publishedAt: a.date,
      date: a.date,
    });
    const named = new Map<string, number>();
    for (const [source, , target] of a.facts) {
      named.set(source, (named.get(source) ?? 0) + 1);
      named.set(target, (named.get(target) ?? 0) + 1);
    }
    for (const name of a.alsoMentions) named.set(name, (named.get(name) ?? 0) + 1);
    for (const [name, count] of named)
      mentions.push({ entity: idOf(name), article: id, count, surfaces: [name] });
    a.facts.forEach(([source, type, target, evidence], sentence) => {
      facts.push({
        source: idOf(source),
        type,
        target: idOf(target),
        article: id,
        evidence,
        sentence,
        confidence: type === 'LOCATED_IN' ? 0.6 : 0.9,
        date: a.date,
        sourceSurface: source,
        targetSurface: target,
      });
    });
  }
  return { entities, articles, mentions, facts };
}

/** The article id of a fixture article by its key (a1 … a7). */
export function articleIdOf(key: string): string {
  const a = ARTICLES.find((x) => x.key === key);
  if (!a) throw new Error(`no fixture article ${key}`);
  return articleId({ text: a.facts.map((f) => f[3]).join(' ') });
}

/** Writes the fixture into an (empty) test graph, plus one recorded look-alike that must never merge. */
export async function seedSampleGraph(db: Database): Promise<ExportGraph> {
  const graph = buildSampleGraph();
  await writeGraph(db, graph, { origin: 'tests/integration/queries/sample-graph.ts' });
  await db.write((tx) =>
    tx.run('MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) MERGE (a)-[:DISTINCT_FROM]->(b)', {
      a: idOf('Hikvision'),
      b: idOf('Hikvision UK'),
    }),
  );
  return graph;
}

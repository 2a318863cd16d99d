// A small graph for the API tests, written with plain Cypher exactly as the data model says (no ingest code).
import { entityId } from '../../../core/ids.ts';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../../core/types.ts';
import type { Database } from '../../../cypher/database.ts';

export interface SeedEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
  roles?: string[];
}

export interface SeedArticle {
  id: string;
  title: string;
  date: string;
  text: string;
  url: string;
  source: string;
  mentions: Array<{ name: string; surfaces: string[]; count: number }>;
  facts: Array<[string, RelationType, string, string]>;
}

const e = (type: EntityType, name: string, aliases: string[] = [], roles: string[] = []): SeedEntity => ({
  type,
  name,
  aliases,
  roles,
});

export const CRITICS = Array.from({ length: 12 }, (_, i) => `Critic ${String(i + 1).padStart(2, '0')}`);

export const ENTITIES: SeedEntity[] = [
  e('Person', 'Alistair Carmichael', ['Carmichael'], ['MP']),
  e('Person', 'Karen Lee', ['Lee'], ['MP']),
  e('Person', 'Audun Lysbakken', ['Lysbakken'], ['party leader']),
  e('PoliticalParty', 'Liberal Democrats', ['Lib Dems', 'Liberal Democrat']),
  e('PoliticalParty', 'Socialist Left Party', ['SV']),
  e('Company', 'Hikvision', ['Hikivision', 'Hangzhou Hikvision Digital Technology']),
  e('Company', 'Dahua', ['Dahua Technology']),
  e('Fund', 'Government Pension Fund Global', ['oil fund', 'GPFG']),
  e('Country', 'United Kingdom', ['UK', 'Britain']),
  e('Country', 'Norway'),
  e('Country', 'China'),
  e('GovernmentBody', 'Foreign Office'),
  e('Place', 'Xinjiang'),
  ...CRITICS.map((name) => e('Person', name)),
];

const id = (name: string): string => {
  const entity = ENTITIES.find((x) => x.name === name);
  if (!entity) throw new Error(`seed: no entity ${name}`);
  return entityId(entity.type, entity.name);
};

/** Entity id by name, for assertions. */
export const idOf = id;

export const ARTICLES: SeedArticle[] = [
  {
    id: 'a1-letter',
    title: 'MPs write to the Foreign Office about Hikvision',
    date: '2019-03-26',
    url: 'https://example.org/a1',
    source: 'Example News',
    text: 'Liberal Democrat MP Alistair Carmichael and Karen Lee criticised Hikvision. The oil fund holds Hikvision and Dahua.',
    mentions: [
      { name: 'Alistair Carmichael', surfaces: ['Alistair Carmichael'], count: 2 },
      { name: 'Karen Lee', surfaces: ['Karen Lee'], count: 1 },
      { name: 'Liberal Democrats', surfaces: ['Liberal Democrat'], count: 1 },
      { name: 'Hikvision', surfaces: ['Hikvision'], count: 3 },
      { name: 'Dahua', surfaces: ['Dahua'], count: 1 },
      { name: 'Government Pension Fund Global', surfaces: ['oil fund'], count: 1 },
      { name: 'United Kingdom', surfaces: ['UK'], count: 1 },
      { name: 'Foreign Office', surfaces: ['Foreign Office'], count: 1 },
      { name: 'Audun Lysbakken', surfaces: ['Audun Lysbakken'], count: 1 },
      { name: 'Socialist Left Party', surfaces: ['Socialist Left Party'], count: 1 },
    ],
    facts: [
      [
        'Alistair Carmichael',
        'MEMBER_OF',
        'Liberal Democrats',
        'Liberal Democrat MP Alistair Carmichael wrote to the Foreign Office.',
      ],
      ['Karen Lee', 'CRITICIZED', 'Hikvision', 'Karen Lee criticised Hikvision.'],
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The oil fund holds shares in Hikvision.',
      ],
      ['Government Pension Fund Global', 'INVESTED_IN', 'Dahua', 'The oil fund holds shares in Dahua.'],
      ['Hikvision', 'SUPPLIES', 'United Kingdom', 'Hikvision cameras are used across the UK.'],
      [
        'Audun Lysbakken',
        'LEADS',
        'Socialist Left Party',
        'Audun Lysbakken, leader of the Socialist Left Party, asked the minister.',
      ],
    ],
  },
  {
    id: 'a2-fund',
    title: 'Norway oil fund keeps its Hikvision stake',
    date: '2019-10-08',
    url: 'https://example.org/a2',
    source: 'Example Wire',
    text: 'The Norwegian oil fund kept its stake in Hikvision, a company based in China.',
    mentions: [
      { name: 'Government Pension Fund Global', surfaces: ['oil fund'], count: 1 },
      { name: 'Hikvision', surfaces: ['Hikvision'], count: 1 },
      { name: 'China', surfaces: ['China'], count: 1 },
      { name: 'Norway', surfaces: ['Norwegian'], count: 1 },
    ],
    facts: [
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The Norwegian oil fund kept its stake in Hikvision.',
      ],
      ['Hikvision', 'LOCATED_IN', 'China', 'Hikvision, a company based in China.'],
      ['Government Pension Fund Global', 'LOCATED_IN', 'Norway', 'The Norwegian oil fund.'],
    ],
  },
  {
    id: 'a3-exit',
    title: 'Fund sells Hikvision as critics multiply',
    date: '2021-05-01',
    url: 'https://example.org/a3',
    source: 'Example Wire',
    text: 'The fund sold its Hikvision shares. Twelve critics spoke out. Xinjiang was mentioned.',
    mentions: [
      { name: 'Government Pension Fund Global', surfaces: ['fund'], count: 1 },
      { name: 'Hikvision', surfaces: ['Hikvision'], count: 1 },
      { name: 'Xinjiang', surfaces: ['Xinjiang'], count: 1 },
      ...CRITICS.map((name) => ({ name, surfaces: [name], count: 1 })),
    ],
    facts: [
      ['Government Pension Fund Global', 'DIVESTED_FROM', 'Hikvision', 'The fund sold its Hikvision shares.'],
      [
        'Government Pension Fund Global',
        'INVESTED_IN',
        'Hikvision',
        'The fund had held Hikvision shares until May.',
      ],
      ...CRITICS.map((name, i): [string, RelationType, string, string] => [
        name,
        'CRITICIZED',
        'Hikvision',
        `${name} criticised Hikvision (${i}).`,
      ]),
    ],
  },
];

/** Writes the fixture graph (the graph should be empty first). */
export async function seedGraph(db: Database): Promise<void> {
  const now = '2024-01-01T00:00:00.000Z';
  await db.write(async (tx) => {
    for (const type of ENTITY_TYPES) {
      const rows = ENTITIES.filter((x) => x.type === type).map((x) => ({
        id: entityId(x.type, x.name),
        name: x.name,
        type: x.type,
        aliases: x.aliases ?? [],
        aliasText: (x.aliases ?? []).join(' ; '),
        roles: x.roles ?? [],
      }));
      if (rows.length === 0) continue;
      // The label comes from ENTITY_TYPES, never from input.
      await tx.run(
        `UNWIND $rows AS row CREATE (n:Entity:${type}) SET n = row, n.createdAt = $now, n.updatedAt = $now`,
        { rows, now },
      );
    }
    for (const [index, article] of ARTICLES.entries()) {
      await tx.run(
        `CREATE (a:Article {id: $id, title: $title, text: $text, url: $url, source: $source, author: 'A. Writer',
           publishedAt: $date, date: $date, dateIsIngest: false, ingestedAt: $now, contentHash: $hash, origin: 'test',
           wordCount: size(split($text, ' ')), extractorVersion: 'test'})
         WITH a
         UNWIND $mentions AS m
         MATCH (e:Entity {id: m.id})
         CREATE (e)-[:MENTIONED_IN {count: m.count, surfaces: m.surfaces}]->(a)`,
        {
          id: article.id,
          title: article.title,
          text: article.text,
          url: article.url,
          source: article.source,
          date: article.date,
          now,
          hash: `hash-${index}`,
          mentions: article.mentions.map((m) => ({ id: id(m.name), surfaces: m.surfaces, count: m.count })),
        },
      );
      for (const [sentence, [source, type, target, evidence]] of article.facts.entries()) {
        await tx.run(
          `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
           CREATE (s)-[:${type} {article: $article, evidence: $evidence, sentence: $sentence, confidence: 0.9,
             date: $date, sourceSurface: s.name, targetSurface: t.name, extractorVersion: 'test'}]->(t)`,
          {
            source: id(source),
            target: id(target),
            article: article.id,
            evidence,
            sentence,
            date: article.date,
          },
        );
      }
    }
  });
}

/** A fingerprint of the whole graph (counts by label and type, and a property checksum): equal before and after = unchanged. */
export async function dumpGraph(db: Database): Promise<string> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WITH n ORDER BY elementId(n)
       RETURN count(n) AS n, collect(labels(n))[0..2000] AS labels, collect(properties(n))[0..2000] AS props`,
    );
    const rels = await tx.run(
      `MATCH ()-[r]->() WITH r ORDER BY elementId(r)
       RETURN count(r) AS n, collect(type(r)) AS types, collect(properties(r)) AS props`,
    );
    const schema = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    return JSON.stringify(
      [nodes.records[0]?.toObject(), rels.records[0]?.toObject(), schema.records[0]?.toObject()],
      (_k, v) =>
        typeof v === 'object' && v !== null && 'low' in v && 'high' in v ? `${v.high}:${v.low}` : v,
    );
  });
}

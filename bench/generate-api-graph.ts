// A deterministic generated graph for the API benchmark: entities with Zipf-like popularity, articles, mentions and facts, written with bulk UNWIND.
import { entityId } from '../core/ids.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../core/types.ts';
import type { Database } from '../cypher/database.ts';

export interface GeneratedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GeneratedGraph {
  entities: GeneratedEntity[];
  articles: number;
  mentions: number;
  facts: number;
}

/** Entities per type: persons and companies dominate, as in the news. */
const COUNTS: Record<EntityType, number> = {
  Person: 3000,
  Company: 1500,
  Country: 60,
  Place: 200,
  Fund: 80,
  PoliticalParty: 40,
  GovernmentBody: 100,
  Organization: 300,
};

const SUFFIX: Partial<Record<EntityType, string[]>> = {
  Company: [
    'Systems',
    'Holdings',
    'Optics',
    'Energy',
    'Telecom',
    'Mining',
    'Logistics',
    'Capital',
    'Robotics',
    'Foods',
    'Motors',
    'Bank',
  ],
  Fund: ['Pension Fund', 'Sovereign Fund', 'Endowment Fund', 'Capital Fund'],
  PoliticalParty: ['Party', 'Alliance', 'Movement', 'Democrats'],
  GovernmentBody: ['Ministry', 'Commission', 'Agency', 'Office'],
  Organization: ['Institute', 'Foundation', 'Council', 'Association'],
  Place: ['Province', 'Valley', 'City', 'Harbour'],
};

/** Which relation links which types (source types → target types). */
const RELATION_SHAPES: Array<[RelationType, EntityType[], EntityType[]]> = [
  ['MEMBER_OF', ['Person'], ['PoliticalParty', 'Organization']],
  ['WORKS_FOR', ['Person'], ['Company', 'GovernmentBody', 'Organization']],
  ['LEADS', ['Person'], ['PoliticalParty', 'Company', 'Organization', 'GovernmentBody']],
  [
    'CRITICIZED',
    ['Person', 'PoliticalParty', 'Organization'],
    ['Company', 'Person', 'GovernmentBody', 'Fund'],
  ],
  ['SANCTIONED', ['Country', 'GovernmentBody'], ['Company', 'Person']],
  ['INVESTED_IN', ['Fund', 'Company'], ['Company']],
  ['DIVESTED_FROM', ['Fund'], ['Company']],
  ['SUPPLIES', ['Company'], ['Country', 'GovernmentBody', 'Company']],
  ['LOCATED_IN', ['Company', 'Place', 'Organization'], ['Country']],
];

/** A small seeded PRNG (mulberry32), so every run builds the same graph. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'ren',
  'lo',
  'vik',
  'mar',
  'ta',
  'sen',
  'dor',
  'bel',
  'ni',
  'os',
  'tra',
  'hal',
  've',
  'quin',
  'za',
  'ber',
  'lund',
  'mo',
  'rey',
  'fal',
  'gri',
  'es',
  'tor',
];

function word(random: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A name unique within the graph for one type. */
function nameFor(type: EntityType, random: () => number): string {
  switch (type) {
    case 'Person':
      return `${word(random, 2)} ${word(random, 2 + Math.floor(random() * 2))}`;
    case 'Country':
      return `${word(random, 2)}ia`;
    default: {
      const suffixes = SUFFIX[type] ?? ['Group'];
      return `${word(random, 2 + Math.floor(random() * 2))} ${suffixes[Math.floor(random() * suffixes.length)]}`;
    }
  }
}

/** A plausible misspelling: two neighbouring letters swapped. */
function misspell(name: string, random: () => number): string {
  const i = 1 + Math.floor(random() * Math.max(1, name.length - 3));
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** Picks an index with probability ∝ 1 / (rank+1)^s: a few hubs, a long tail. */
function zipfPicker(n: number, s: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s;
    cumulative.push(total);
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Writes `articles` generated articles into an empty graph: entities of the eight types, MENTIONED_IN and
 * facts exactly as the data model says. Returns the entities (for request mixes) and counts.
 */
export async function generateApiGraph(
  db: Database,
  options: { articles: number; seed?: number; onProgress?: (done: number) => void },
): Promise<GeneratedGraph> {
  const random = createRandom(options.seed ?? 7);
  const now = new Date().toISOString();
  const byType = new Map<EntityType, GeneratedEntity[]>();
  const entities: GeneratedEntity[] = [];
  for (const type of ENTITY_TYPES) {
    const seen = new Set<string>();
    const list: GeneratedEntity[] = [];
    while (list.length < COUNTS[type]) {
      const name = nameFor(type, random);
      const id = entityId(type, name);
      if (seen.has(id)) continue;
      seen.add(id);
      const aliases: string[] = [];
      if (random() < 0.3) aliases.push(misspell(name, random));
      if (type === 'Person' && random() < 0.5) aliases.push(name.split(' ').at(-1) ?? name);
      if (type !== 'Person' && random() < 0.3)
        aliases.push(
          name
            .split(' ')
            .map((w) => w[0])
            .join('')
            .toUpperCase(),
        );
      list.push({ id, name, type, aliases });
    }
    byType.set(type, list);
    entities.push(...list);
    await db.write((tx) =>
      tx.run(
        `UNWIND $rows AS row CREATE (e:Entity:${type}) SET e = row, e.roles = [], e.createdAt = $now, e.updatedAt = $now`,
        { rows: list.map((e) => ({ ...e, aliasText: e.aliases.join(' ; ') })), now },
      ),
    );
  }
  const pickers = new Map<EntityType, () => number>(
    ENTITY_TYPES.map((type) => [type, zipfPicker(byType.get(type)?.length ?? 1, 1.1, random)]),
  );
  const pick = (type: EntityType): GeneratedEntity => {
    const list = byType.get(type) ?? [];
    return list[(pickers.get(type) ?? (() => 0))()] as GeneratedEntity;
  };
  const oneOf = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  let mentions = 0;
  let facts = 0;
  const BATCH = 500;
  for (let start = 0; start < options.articles; start += BATCH) {
    const articleRows: unknown[] = [];
    const factRows = new Map<RelationType, unknown[]>(RELATION_TYPES.map((t) => [t, []]));
    for (let i = start; i < Math.min(options.articles, start + BATCH); i++) {
      const id = `bench-${String(i).padStart(6, '0')}`;
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const mentioned = new Map<string, GeneratedEntity>();
      const articleFacts: Array<[GeneratedEntity, RelationType, GeneratedEntity, string]> = [];
      const nFacts = 2 + Math.floor(random() * 4);
      for (let f = 0; f < nFacts; f++) {
        const [type, sources, targets] = oneOf(RELATION_SHAPES);
        const source = pick(oneOf(sources));
        const target = pick(oneOf(targets));
        if (source.id === target.id) continue;
        mentioned.set(source.id, source);
        mentioned.set(target.id, target);
        articleFacts.push([
          source,
          type,
          target,
          `${source.name} ${type.toLowerCase().replace('_', ' ')} ${target.name}, the report said.`,
        ]);
      }
      for (let m = 0; m < 3; m++) {
        const other = pick(oneOf(ENTITY_TYPES));
        mentioned.set(other.id, other);
      }
      const names = [...mentioned.values()].map((e) => e.name);
      const text = `${articleFacts.map((f) => f[3]).join(' ')} Also named: ${names.join(', ')}.`;
      articleRows.push({
        props: {
          id,
          title: `${names[0] ?? 'News'} and ${names[1] ?? 'others'}: report ${i}`,
          text,
          url: `https://bench.example/${id}`,
          source: oneOf(['Example Wire', 'Example News', 'Example Times']),
          author: null,
          publishedAt: day,
          date: day,
          dateIsIngest: false,
          ingestedAt: now,
          contentHash: id,
          origin: 'bench',
          wordCount: text.split(' ').length,
          extractorVersion: 'bench',
        },
        mentions: [...mentioned.values()].map((e) => ({
          id: e.id,
          surfaces: [e.name],
          count: 1 + Math.floor(random() * 3),
        })),
      });
      mentions += mentioned.size;
      for (const [sentence, [source, type, target, evidence]] of articleFacts.entries()) {
        factRows.get(type)?.push({
          s: source.id,
          t: target.id,
          props: {
            article: id,
            evidence,
            sentence,
            confidence: Math.round((0.6 + random() * 0.4) * 100) / 100,
            date: day,
            sourceSurface: source.name,
            targetSurface: target.name,
            extractorVersion: 'bench',
          },
        });
        facts++;
      }
    }
    await db.write(async (tx) => {
      await tx.run(
        `UNWIND $rows AS row
         CREATE (a:Article) SET a = row.props
         WITH a, row
         UNWIND row.mentions AS m
         MATCH (e:Entity {id: m.id})
         CREATE (e)-[:MENTIONED_IN {count: m.count, surfaces: m.surfaces}]->(a)`,
        { rows: articleRows },
      );
      for (const type of RELATION_TYPES) {
        const rows = factRows.get(type) ?? [];
        if (rows.length === 0) continue;
        // The type comes from RELATION_TYPES, never from input.
        await tx.run(
          `UNWIND $rows AS row MATCH (s:Entity {id: row.s}), (t:Entity {id: row.t}) CREATE (s)-[r:${type}]->(t) SET r = row.props`,
          { rows },
        );
      }
    });
    options.onProgress?.(Math.min(options.articles, start + BATCH));
  }
  await db.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
  return { entities, articles: options.articles, mentions, facts };
}

// Against real Neo4j: idempotency, correction, retraction, and merge / split / distinct of entities.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../core/ids.ts';
import type { Database } from '../../../cypher/database.ts';
import { deleteArticle } from '../../../cypher/delete-article.ts';
import { mergeEntities, recordDistinct, splitEntity } from '../../../cypher/entity-maintenance.ts';
import { loadKnowledge } from '../../../cypher/load-knowledge.ts';
import { writeArticles, type ArticleWrite } from '../../../cypher/write-article.ts';
import { ingestSources } from '../../../ingest/pipeline.ts';
import { generateArticles } from '../../../bench/generate-articles.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { dumpGraph, factsOf } from './canonical-graph.ts';

let db: Database;
let dir: string;

const STORY_A = `Ardent Optics under pressure

Labour MP Anna Lindqvist criticised Ardent Optics over its contracts. The Nordhavn Pension Fund invested in Ardent Optics last year, according to filings. Ardent Optics supplies cameras to France.`;
const STORY_B_V1 = `Castellan Holdings sanctioned

Japan sanctioned Castellan Holdings in March. Peter Okafor, the chief executive of Castellan Holdings, said the company would review its plans. The Calder Sovereign Fund invested in Castellan Holdings.`;
const STORY_B_V2 = `Castellan Holdings sanctioned (corrected)

Japan sanctioned Castellan Holdings in March. Green MP Sofia Moreau criticised Castellan Holdings over its contracts.`;
const STORY_C = `Ardent Optics and the fund

The Nordhavn Pension Fund sold its stake in Ardent Optics after the report. Conservative MP James Whitfield criticised Ardent Optics over its contracts.`;

async function writeInput(name: string, content: string | object): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function ingest(inputs: string[]) {
  return ingestSources(inputs, { db }, { batchSize: 4 });
}

beforeAll(async () => {
  db = openTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-store-'));
});

afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await clearGraph(db);
});

describe('idempotency', () => {
  it('the same inputs twice leave the same graph, the second time all "unchanged"', async () => {
    const files: string[] = [];
    let i = 0;
    for (const article of generateArticles({ count: 12, words: 150, seed: 7 }))
      files.push(await writeInput(`gen-${i++}.txt`, article.text));
    const first = await ingest(files);
    expect(first.totals).toMatchObject({ new: 12, failed: 0 });
    expect(first.totals.relations).toBeGreaterThan(0);
    const before = await dumpGraph(db);
    expect(before.edges.some((e) => e.includes('-CRITICIZED->') || e.includes('-INVESTED_IN->'))).toBe(true);

    const second = await ingest(files);
    expect(second.totals).toMatchObject({
      new: 0,
      updated: 0,
      unchanged: 12,
      failed: 0,
      entities: 0,
      relations: 0,
    });
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('an article repeated within one run is written once', async () => {
    const a = await writeInput('a1.txt', STORY_A);
    const b = await writeInput('a2.txt', STORY_A);
    const summary = await ingest([a, b]);
    expect(summary.articles.map((x) => x.status)).toEqual(['new', 'unchanged']);
    const count = await db.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
    expect(Number(count.records[0].get('n'))).toBe(1);
  });
});

describe('correction', () => {
  it('the same URL with new text replaces its facts ("updated"), drops entities only it mentioned, and matches a fresh ingest', async () => {
    const a = await writeInput('a.json', { text: STORY_A, url: 'https://example.org/a' });
    const v1 = await writeInput('b1.json', { text: STORY_B_V1, url: 'https://example.org/b' });
    const v2 = await writeInput('b2.json', { text: STORY_B_V2, url: 'https://example.org/b' });
    const first = await ingest([a, v1]);
    const id = first.articles[1].id!;
    const oldFacts = await factsOf(db, id);
    expect(oldFacts.some((f) => f.startsWith('fund:calder-sovereign-fund -INVESTED_IN->'))).toBe(true);

    const second = await ingest([v2]);
    expect(second.articles[0]).toMatchObject({ id, status: 'updated' });
    const newFacts = await factsOf(db, id);
    expect(newFacts.some((f) => f.includes('fund:calder-sovereign-fund'))).toBe(false);
    expect(newFacts.some((f) => f.includes('-CRITICIZED-> company:castellan-holdings'))).toBe(true);
    const stored = await db.read((tx) =>
      tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS h', { id }),
    );
    expect(stored.records[0].get('h')).toBe(contentHash(STORY_B_V2));
    const corrected = await dumpGraph(db);
    expect(corrected.nodes.some((n) => n.endsWith(' fund:calder-sovereign-fund'))).toBe(false);

    await clearGraph(db);
    await ingest([a, v2]);
    expect(await dumpGraph(db)).toEqual(corrected);
  });
});

describe('retraction', () => {
  it('delete removes the article and exactly its facts; orphaned entities go, shared ones keep their other facts', async () => {
    const a = await writeInput('ra.txt', STORY_A);
    const c = await writeInput('rc.txt', STORY_C);
    const b = await writeInput('rb.json', { text: STORY_B_V1, url: 'https://example.org/retract-b' });
    await ingest([a, c]);
    const withoutB = await dumpGraph(db);
    const summary = await ingest([b]);
    const idB = summary.articles[0].id!;
    expect(await factsOf(db, idB)).not.toEqual([]);

    const result = await deleteArticle(db, 'https://example.org/retract-b');
    expect(result).toMatchObject({ id: idB });
    expect(result.facts).toBeGreaterThan(0);
    expect(result.orphansDeleted).toBeGreaterThan(0);
    expect(await factsOf(db, idB)).toEqual([]);
    expect(await dumpGraph(db)).toEqual(withoutB);

    // Retracting C keeps the entities A also mentions (with A's facts) and drops those only C mentioned.
    const idC = (
      await db.read((tx) =>
        tx.run('MATCH (a:Article) WHERE a.text STARTS WITH "Ardent Optics and the fund" RETURN a.id AS id'),
      )
    ).records[0].get('id') as string;
    const mentioned = async (articleId: string) =>
      new Set(
        (
          await db.read((tx) =>
            tx.run('MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: $id}) RETURN e.id AS id', {
              id: articleId,
            }),
          )
        ).records.map((r) => r.get('id') as string),
      );
    const idA = (
      await db.read((tx) => tx.run('MATCH (a:Article) WHERE a.id <> $id RETURN a.id AS id', { id: idC }))
    ).records[0].get('id') as string;
    const ofA = await mentioned(idA);
    const ofC = await mentioned(idC);
    const shared = [...ofC].filter((id) => ofA.has(id));
    const onlyC = [...ofC].filter((id) => !ofA.has(id));
    expect(shared.length).toBeGreaterThan(0);
    expect(onlyC.length).toBeGreaterThan(0);
    const beforeC = await dumpGraph(db);
    await deleteArticle(db, idC);
    const after = await dumpGraph(db);
    for (const id of shared) expect(after.nodes.some((n) => n.endsWith(` ${id}`))).toBe(true);
    for (const id of onlyC) expect(after.nodes.some((n) => n.endsWith(` ${id}`))).toBe(false);
    expect(after.edges).toEqual(beforeC.edges.filter((e) => !e.includes(idC)));
    expect(await factsOf(db, idA)).not.toEqual([]);
  });

  it('an unknown id or URL is a NotFoundError', async () => {
    await expect(deleteArticle(db, 'https://example.org/none')).rejects.toMatchObject({ status: 404 });
  });
});

/** Two articles naming Hikvision, one under a misspelling, written as the extractor would have. */
function hikvisionWrites(): ArticleWrite[] {
  const article = (id: string, text: string) => ({
    id,
    title: id,
    text,
    date: '2019-03-26',
    dateIsIngest: false,
    ingestedAt: '2026-01-01T00:00:00.000Z',
    contentHash: contentHash(text),
    origin: id,
    wordCount: text.split(' ').length,
    extractorVersion: 'test',
  });
  return [
    {
      article: article('art-1', 'Karen Lee criticised Hikvision. Hikvision supplies the United Kingdom.'),
      entities: [
        {
          id: 'person:karen-lee',
          name: 'Karen Lee',
          type: 'Person',
          aliases: [],
          roles: ['MP'],
          count: 1,
          surfaces: ['Karen Lee'],
        },
        {
          id: 'company:hikvision',
          name: 'Hikvision',
          type: 'Company',
          aliases: [],
          roles: [],
          count: 2,
          surfaces: ['Hikvision'],
        },
        {
          id: 'country:united-kingdom',
          name: 'United Kingdom',
          type: 'Country',
          aliases: [],
          roles: [],
          count: 1,
          surfaces: ['United Kingdom'],
        },
      ],
      facts: [
        {
          source: 'person:karen-lee',
          type: 'CRITICIZED',
          target: 'company:hikvision',
          evidence: 'Karen Lee criticised Hikvision.',
          sentence: 0,
          confidence: 0.9,
          sourceSurface: 'Karen Lee',
          targetSurface: 'Hikvision',
        },
        {
          source: 'company:hikvision',
          type: 'SUPPLIES',
          target: 'country:united-kingdom',
          evidence: 'Hikvision supplies the United Kingdom.',
          sentence: 1,
          confidence: 0.8,
          sourceSurface: 'Hikvision',
          targetSurface: 'United Kingdom',
        },
      ],
    },
    {
      article: article('art-2', 'The fund invested in Hikivision. Karen Lee criticised Hikivision.'),
      entities: [
        {
          id: 'fund:oil-fund',
          name: 'Oil Fund',
          type: 'Fund',
          aliases: [],
          roles: [],
          count: 1,
          surfaces: ['fund'],
        },
        {
          id: 'company:hikivision',
          name: 'Hikivision',
          type: 'Company',
          aliases: ['HIKI'],
          roles: [],
          count: 2,
          surfaces: ['Hikivision'],
        },
        {
          id: 'person:karen-lee',
          name: 'Karen Lee',
          type: 'Person',
          aliases: [],
          roles: [],
          count: 1,
          surfaces: ['Karen Lee'],
        },
      ],
      facts: [
        {
          source: 'fund:oil-fund',
          type: 'INVESTED_IN',
          target: 'company:hikivision',
          evidence: 'The fund invested in Hikivision.',
          sentence: 0,
          confidence: 0.9,
          sourceSurface: 'fund',
          targetSurface: 'Hikivision',
        },
        {
          source: 'person:karen-lee',
          type: 'CRITICIZED',
          target: 'company:hikivision',
          evidence: 'Karen Lee criticised Hikivision.',
          sentence: 1,
          confidence: 0.9,
          sourceSurface: 'Karen Lee',
          targetSurface: 'Hikivision',
        },
      ],
    },
  ];
}

describe('merge, split, distinct', () => {
  it('merge moves facts and mentions and keeps the name as an alias; split undoes it exactly', async () => {
    await writeArticles(db, hikvisionWrites());
    const before = await dumpGraph(db);

    const merged = await mergeEntities(db, 'Hikvision', 'company:hikivision');
    expect(merged).toMatchObject({
      into: { id: 'company:hikvision' },
      merged: { id: 'company:hikivision' },
      factsMoved: 2,
      mentionsMoved: 1,
    });
    const afterMerge = await dumpGraph(db);
    expect(afterMerge.nodes.some((n) => n.endsWith(' company:hikivision'))).toBe(false);
    expect(afterMerge.edges).toEqual(
      expect.arrayContaining([
        'fund:oil-fund -INVESTED_IN-> company:hikvision @art-2',
        'person:karen-lee -CRITICIZED-> company:hikvision @art-1',
        'person:karen-lee -CRITICIZED-> company:hikvision @art-2',
        'company:hikvision -MENTIONED_IN-> art-2 x2',
      ]),
    );
    expect(afterMerge.edges.length).toBe(before.edges.length);
    const known = await loadKnowledge(db);
    expect(known.entities.find((e) => e.id === 'company:hikvision')?.aliases).toEqual(['Hikivision', 'HIKI']);

    const split = await splitEntity(db, 'company:hikvision', 'hikivision');
    expect(split).toMatchObject({
      created: { id: 'company:hikivision', name: 'Hikivision', type: 'Company' },
      factsMoved: 2,
      mentionsMoved: 1,
    });
    expect(await dumpGraph(db)).toEqual(before);
    const restored = await loadKnowledge(db);
    expect(restored.entities.find((e) => e.id === 'company:hikvision')?.aliases).toEqual([]);
    expect(restored.entities.find((e) => e.id === 'company:hikivision')?.aliases).toEqual(['HIKI']);
  });

  it('merging two entities that share facts from one article loses nothing: split restores both exactly', async () => {
    const writes = hikvisionWrites();
    // art-1 also names Dahua: the fund invested in both, so the merge collapses two edges into one.
    writes[0].entities.push({
      id: 'company:dahua',
      name: 'Dahua',
      type: 'Company',
      aliases: [],
      roles: [],
      count: 3,
      surfaces: ['Dahua'],
    });
    writes[0].entities.push({
      id: 'fund:oil-fund',
      name: 'Oil Fund',
      type: 'Fund',
      aliases: [],
      roles: [],
      count: 1,
      surfaces: ['fund'],
    });
    for (const target of ['company:hikvision', 'company:dahua']) {
      writes[0].facts.push({
        source: 'fund:oil-fund',
        type: 'INVESTED_IN',
        target,
        evidence: 'The fund invested in both.',
        sentence: 2,
        confidence: 0.8,
        sourceSurface: 'fund',
        targetSurface: target === 'company:dahua' ? 'Dahua' : 'Hikvision',
      });
    }
    await writeArticles(db, writes);
    const before = await dumpGraph(db);
    await mergeEntities(db, 'company:dahua', 'company:hikvision');
    const merged = await dumpGraph(db);
    expect(merged.edges).toContain('company:dahua -MENTIONED_IN-> art-1 x5');
    expect(
      merged.edges.filter((e) => e.startsWith('fund:oil-fund -INVESTED_IN-> company:dahua @art-1')),
    ).toHaveLength(1);
    await splitEntity(db, 'company:dahua', 'Hikvision');
    expect(await dumpGraph(db)).toEqual(before);
    const evidence = await db.read((tx) =>
      tx.run(
        'MATCH (:Fund)-[r:INVESTED_IN {article: "art-1"}]->(c:Company {id: "company:hikvision"}) RETURN r.targetSurface AS s, r.sentence AS n',
      ),
    );
    expect(evidence.records.map((r) => [r.get('s'), Number(r.get('n'))])).toEqual([['Hikvision', 2]]);
  });

  it('split of an alias no merge brought in makes a new entity of the facts found under it', async () => {
    const writes = hikvisionWrites();
    // One article names Hikvision both ways; facts record the surface each was found under.
    writes[1].entities[1] = {
      ...writes[1].entities[1],
      id: 'company:hikvision',
      name: 'Hikvision',
      aliases: ['Hikivision'],
      surfaces: ['Hikivision'],
    };
    writes[1].facts = writes[1].facts.map((f) => ({ ...f, target: 'company:hikvision' }));
    await writeArticles(db, writes);
    const result = await splitEntity(db, 'Hikvision', 'Hikivision');
    expect(result.created.id).toBe('company:hikivision');
    const graph = await dumpGraph(db);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        'fund:oil-fund -INVESTED_IN-> company:hikivision @art-2',
        'person:karen-lee -CRITICIZED-> company:hikvision @art-1',
      ]),
    );
    await expect(splitEntity(db, 'Hikvision', 'Nope')).rejects.toThrow(/has no alias "Nope"/);
  });

  it('distinct is recorded once, is known to the next ingest, and forbids a merge', async () => {
    await writeArticles(db, hikvisionWrites());
    expect((await recordDistinct(db, 'company:hikivision', 'Hikvision')).created).toBe(true);
    expect((await recordDistinct(db, 'Hikvision', 'Hikivision')).created).toBe(false);
    const knowledge = await loadKnowledge(db);
    expect(knowledge.distinct).toEqual([['company:hikivision', 'company:hikvision']]);
    await expect(mergeEntities(db, 'Hikvision', 'Hikivision')).rejects.toThrow(/recorded as distinct/);
  });

  it('merge refuses unknown and identical entities', async () => {
    await writeArticles(db, hikvisionWrites());
    await expect(mergeEntities(db, 'Hikvision', 'Nobody')).rejects.toMatchObject({ status: 404 });
    await expect(mergeEntities(db, 'Hikvision', 'company:hikvision')).rejects.toThrow(/same entity/);
  });
});

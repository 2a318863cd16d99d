// Change tracking on a real Neo4j: events of ingests, corrections and retractions, merges and splits.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../../cypher/delete-article.ts';
import { mergeEntities, splitEntity } from '../../../cypher/entity-maintenance.ts';
import { readChanges } from '../../../cypher/events.ts';
import { addWatch, listWatches } from '../../../cypher/watchlist.ts';
import { writeArticles } from '../../../cypher/write-article.ts';
import {
  trackDelete,
  trackIngest,
  trackMerge,
  trackSplit,
  type TrackedChanges,
} from '../../../ingest/tracking/record-changes.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { articleWrite, type ArticleSpec } from './article-writes.ts';

const db = openTestDatabase();
afterAll(() => db.close());

const LETTER: ArticleSpec = {
  id: 'track-letter',
  title: 'MPs write about Hikvision',
  publishedAt: '2019-03-26',
  url: 'https://example.org/letter',
  entities: [
    ['Person', 'Karen Lee'],
    ['Company', 'Hikvision'],
    ['PoliticalParty', 'Labour Party'],
  ],
  facts: [
    ['Karen Lee', 'CRITICIZED', 'Hikvision', 'Karen Lee said Hikvision cameras had no place in Britain.'],
    ['Karen Lee', 'MEMBER_OF', 'Labour Party', 'Labour MP Karen Lee signed the letter.'],
  ],
};

const SANCTIONS: ArticleSpec = {
  id: 'track-sanctions',
  title: 'US blacklists Hikvision',
  publishedAt: '2019-10-08',
  entities: [
    ['Country', 'United States'],
    ['Company', 'Hikvision'],
  ],
  facts: [
    ['United States', 'SANCTIONED', 'Hikvision', 'The United States added Hikvision to its entity list.'],
  ],
};

async function ingest(spec: ArticleSpec, withIds = true): Promise<TrackedChanges> {
  let changes: TrackedChanges | undefined;
  await trackIngest(db, () => writeArticles(db, [articleWrite(spec)]), {
    articleIds: withIds ? [spec.id] : undefined,
    onChanges: (c) => (changes = c),
    log: (m) => {
      throw new Error(m);
    },
  });
  return changes ?? { events: [], alerts: [], newFacts: [], changedArticles: [], newEntities: [] };
}

const kinds = (c: TrackedChanges) => c.events.map((e) => e.kind).sort();

describe('change tracking around ingests', () => {
  beforeEach(() => clearGraph(db));

  it('records a new article, its entities and its relations with evidence', async () => {
    const changes = await ingest(LETTER);
    expect(kinds(changes)).toEqual([
      'article-added',
      'entity-added',
      'entity-added',
      'entity-added',
      'relation-added',
      'relation-added',
    ]);
    const criticized = changes.events.find((e) => e.relation?.type === 'CRITICIZED');
    expect(criticized?.relation).toMatchObject({
      source: { id: 'person:karen-lee', name: 'Karen Lee' },
      target: { id: 'company:hikvision' },
      evidence: 'Karen Lee said Hikvision cameras had no place in Britain.',
    });
    expect(criticized?.article).toMatchObject({
      id: 'track-letter',
      date: '2019-03-26',
      dateIsIngest: false,
    });
    expect(changes.newFacts).toContain('person:karen-lee|CRITICIZED|company:hikvision');
  });

  it('records nothing when the same article is ingested again', async () => {
    await ingest(LETTER);
    const again = await ingest(LETTER);
    expect(again.events).toEqual([]);
  });

  it('does not call a relation new when another article already stated it', async () => {
    await ingest(LETTER);
    const second: ArticleSpec = {
      ...LETTER,
      id: 'track-letter-2',
      url: undefined,
      title: 'Again',
      facts: [LETTER.facts[0]],
    };
    const changes = await ingest(second);
    expect(kinds(changes)).toEqual(['article-added']);
  });

  it('finds the written articles by ingest time when ids are not given', async () => {
    const changes = await ingest(SANCTIONS, false);
    expect(kinds(changes)).toEqual(['article-added', 'entity-added', 'entity-added', 'relation-added']);
  });

  it('records what a correction dropped as retractions', async () => {
    await ingest(LETTER);
    const corrected: ArticleSpec = {
      ...LETTER,
      title: 'MPs write about Hikvision (corrected)',
      entities: LETTER.entities.slice(0, 2),
      facts: [LETTER.facts[0]],
    };
    const changes = await ingest(corrected);
    expect(kinds(changes)).toEqual(['article-updated', 'entity-removed', 'relation-retracted']);
    const retracted = changes.events.find((e) => e.kind === 'relation-retracted');
    expect(retracted?.relation).toMatchObject({
      type: 'MEMBER_OF',
      evidence: 'Labour MP Karen Lee signed the letter.',
    });
    expect(changes.events.find((e) => e.kind === 'entity-removed')?.entities[0].id).toBe(
      'politicalparty:labour-party',
    );
  });

  it('records a retraction: the article, the relations no other article states, the entities that went', async () => {
    await ingest(LETTER);
    await ingest(SANCTIONS);
    let changes: TrackedChanges | undefined;
    await trackDelete(
      db,
      'https://example.org/letter',
      () => deleteArticle(db, 'https://example.org/letter'),
      { onChanges: (c) => (changes = c) },
    );
    expect(changes && kinds(changes)).toEqual([
      'article-retracted',
      'entity-removed',
      'entity-removed',
      'relation-retracted',
      'relation-retracted',
    ]);
    const removed = changes?.events
      .filter((e) => e.kind === 'entity-removed')
      .map((e) => e.entities[0].id)
      .sort();
    expect(removed).toEqual(['person:karen-lee', 'politicalparty:labour-party']);
    const feed = await readChanges(db, { kinds: ['relation-retracted'] });
    expect(feed.items.map((e) => e.relation?.type).sort()).toEqual(['CRITICIZED', 'MEMBER_OF']);
    expect(feed.items[0].article).toMatchObject({ id: 'track-letter', title: 'MPs write about Hikvision' });
  });

  it('records nothing when the retraction fails', async () => {
    await ingest(LETTER);
    await expect(trackDelete(db, 'track-letter', () => Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    );
    expect((await readChanges(db, { kinds: ['article-retracted'] })).total).toBe(0);
  });

  it('records merges and splits, and moves a watch to the surviving entity', async () => {
    await ingest(LETTER);
    await ingest({
      ...SANCTIONS,
      entities: [
        ['Country', 'United States'],
        ['Company', 'Hikivision'],
      ],
      facts: [['United States', 'SANCTIONED', 'Hikivision', 'The US listed Hikivision.']],
    });
    await addWatch(db, 'Hikivision');
    await trackMerge(db, () => mergeEntities(db, 'company:hikvision', 'company:hikivision'));
    expect((await listWatches(db)).map((w) => w.entityId)).toEqual(['company:hikvision']);
    await trackSplit(db, () => splitEntity(db, 'company:hikvision', 'Hikivision'));
    const feed = await readChanges(db, { kinds: ['merged', 'split'] });
    expect(feed.items.map((e) => e.kind)).toEqual(['split', 'merged']);
    expect(feed.items[1].entities.map((e) => e.id)).toEqual(['company:hikvision', 'company:hikivision']);
    expect(feed.items[1].detail).toContain('merged into Hikvision');
  });
});

describe('the change feed', () => {
  beforeEach(() => clearGraph(db));

  it('filters by watched entities and puts them first when asked', async () => {
    await ingest(LETTER);
    await ingest(SANCTIONS);
    await addWatch(db, 'United States');
    const watched = await readChanges(db, { watched: true });
    expect(watched.total).toBeGreaterThan(0);
    expect(
      watched.items.every((e) => e.watched && e.entities.some((x) => x.id === 'country:united-states')),
    ).toBe(true);
    const first = await readChanges(db, { watchedFirst: true });
    const firstUnwatched = first.items.findIndex((e) => !e.watched);
    expect(first.items.slice(firstUnwatched).some((e) => e.watched)).toBe(false);
    expect(first.total).toBeGreaterThan(watched.total);
  });

  it('honours since', async () => {
    await ingest(LETTER);
    const cut = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await ingest(SANCTIONS);
    const recent = await readChanges(db, { since: cut });
    expect(recent.items.map((e) => e.article?.id)).not.toContain('track-letter');
    expect(recent.items.some((e) => e.article?.id === 'track-sanctions')).toBe(true);
  });
});

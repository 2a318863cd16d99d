// The pure diff: which events an ingest or a retraction makes of before/after snapshots.
import { describe, expect, it } from 'vitest';
import type { ArticleState, FactSnapshot, MentionSnapshot } from '../../../cypher/change-snapshot.ts';
import {
  diffIngest,
  diffRetraction,
  type IngestAfter,
  type IngestBefore,
} from '../../../ingest/tracking/diff-changes.ts';

const ent = (id: string) => ({ id, name: id.split(':')[1], type: 'Company' });
const article = (id: string, hash: string, date: string | null = '2020-01-02'): ArticleState => ({
  id,
  title: `Title ${id}`,
  url: null,
  date,
  dateIsIngest: date === null,
  contentHash: hash,
  ingestedAt: '2026-11-29T06:00:00.000Z',
});
const fact = (
  s: string,
  type: string,
  t: string,
  art: string,
  evidence = `${s} ${type} ${t}`,
  confidence = 0.8,
  sentence = 1,
): FactSnapshot => ({
  source: ent(s),
  type,
  target: ent(t),
  article: art,
  evidence,
  sentence,
  confidence,
});
const mention = (id: string, art: string, createdAt = '2026-11-29T06:00:01.000Z'): MentionSnapshot => ({
  ...ent(id),
  createdAt,
  article: art,
});
const START = '2026-11-29T06:00:00.500Z';
const none: IngestBefore = { articles: [], facts: [], mentions: [] };
const after = (over: Partial<IngestAfter>): IngestAfter => ({
  articles: [],
  facts: [],
  mentions: [],
  supportedElsewhere: new Set(),
  stillStated: new Set(),
  existingEntities: new Set(),
  startedAt: START,
  ...over,
});

describe('diffIngest', () => {
  it('a new article: article-added, entities created since the start, relations no other article states', () => {
    const diff = diffIngest(
      none,
      after({
        articles: [article('a1', 'h1')],
        mentions: [
          mention('c:x', 'a1'),
          mention('c:y', 'a1'),
          mention('c:old', 'a1', '2020-01-01T00:00:00.000Z'),
        ],
        facts: [fact('c:x', 'SUPPLIES', 'c:y', 'a1'), fact('c:x', 'SUPPLIES', 'c:old', 'a1')],
        supportedElsewhere: new Set(['c:x|SUPPLIES|c:old']),
      }),
    );
    expect(diff.events.map((e) => e.kind)).toEqual([
      'article-added',
      'entity-added',
      'entity-added',
      'relation-added',
    ]);
    expect(diff.newEntities).toEqual(['c:x', 'c:y']);
    expect(diff.newFacts).toEqual(['c:x|SUPPLIES|c:y']);
    expect(diff.events[3].relation?.evidence).toBe('c:x SUPPLIES c:y');
    expect(diff.events[3].article?.id).toBe('a1');
  });

  it('an unchanged article yields nothing', () => {
    const a = article('a1', 'h1');
    const diff = diffIngest(
      { articles: [a], facts: [fact('c:x', 'LEADS', 'c:y', 'a1')], mentions: [] },
      after({ articles: [a], facts: [fact('c:x', 'LEADS', 'c:y', 'a1')] }),
    );
    expect(diff.events).toEqual([]);
    expect(diff.changedArticles).toEqual([]);
  });

  it('a correction: kept facts are not new, dropped facts no one states are retracted, dropped entities removed', () => {
    const before: IngestBefore = {
      articles: [article('a1', 'h1')],
      facts: [
        fact('c:x', 'LEADS', 'c:y', 'a1'),
        fact('c:x', 'SUPPLIES', 'c:z', 'a1', 'old sentence'),
        fact('c:x', 'SUPPLIES', 'c:y', 'a1'),
      ],
      mentions: [mention('c:x', 'a1'), mention('c:y', 'a1'), mention('c:z', 'a1')],
    };
    const diff = diffIngest(
      before,
      after({
        articles: [{ ...article('a1', 'h2'), title: 'Corrected' }],
        facts: [fact('c:x', 'LEADS', 'c:y', 'a1'), fact('c:y', 'CRITICIZED', 'c:x', 'a1')],
        mentions: [mention('c:x', 'a1'), mention('c:y', 'a1')],
        stillStated: new Set(['c:x|LEADS|c:y', 'c:x|SUPPLIES|c:y']),
        existingEntities: new Set(['c:x', 'c:y']),
      }),
    );
    expect(diff.events.map((e) => e.kind)).toEqual([
      'article-updated',
      'relation-added',
      'relation-retracted',
      'entity-removed',
    ]);
    expect(diff.events[2].relation).toMatchObject({ type: 'SUPPLIES', evidence: 'old sentence' });
    // The retracted sentence is shown with the article as it was when it stated it.
    expect(diff.events[2].article?.title).toBe('Title a1');
    expect(diff.events[0].article?.title).toBe('Corrected');
    expect(diff.events[3].entities[0].id).toBe('c:z');
    expect(diff.newFacts).toEqual(['c:y|CRITICIZED|c:x']);
  });

  it('one event per triple, with the most confident sentence as evidence', () => {
    const diff = diffIngest(
      none,
      after({
        articles: [article('a1', 'h1')],
        facts: [
          fact('c:x', 'LEADS', 'c:y', 'a1', 'weak', 0.5, 1),
          fact('c:x', 'LEADS', 'c:y', 'a1', 'strong', 0.9, 4),
        ],
      }),
    );
    const relations = diff.events.filter((e) => e.kind === 'relation-added');
    expect(relations).toHaveLength(1);
    expect(relations[0].relation?.evidence).toBe('strong');
  });

  it('keeps the ingest-day marker of undated articles', () => {
    const diff = diffIngest(none, after({ articles: [article('a1', 'h1', null)] }));
    expect(diff.events[0].article).toMatchObject({ date: null, dateIsIngest: true });
  });
});

describe('diffRetraction', () => {
  const before = {
    article: article('a1', 'h1'),
    facts: [fact('c:x', 'LEADS', 'c:y', 'a1'), fact('c:x', 'SUPPLIES', 'c:z', 'a1')],
    mentions: [mention('c:x', 'a1'), mention('c:y', 'a1'), mention('c:z', 'a1')],
  };

  it.each<[string, Set<string>, Set<string>, string[]]>([
    [
      'all gone',
      new Set(),
      new Set(),
      [
        'article-retracted',
        'relation-retracted',
        'relation-retracted',
        'entity-removed',
        'entity-removed',
        'entity-removed',
      ],
    ],
    [
      'still stated elsewhere',
      new Set(['c:x|LEADS|c:y', 'c:x|SUPPLIES|c:z']),
      new Set(['c:x', 'c:y', 'c:z']),
      ['article-retracted'],
    ],
    [
      'one fact kept',
      new Set(['c:x|LEADS|c:y']),
      new Set(['c:x', 'c:y']),
      ['article-retracted', 'relation-retracted', 'entity-removed'],
    ],
  ])('%s', (_name, stillStated, existingEntities, expected) => {
    expect(
      diffRetraction(before, { articleGone: true, stillStated, existingEntities }).map((e) => e.kind),
    ).toEqual(expected);
  });

  it('nothing when the article is still there', () => {
    expect(
      diffRetraction(before, { articleGone: false, stillStated: new Set(), existingEntities: new Set() }),
    ).toEqual([]);
  });
});

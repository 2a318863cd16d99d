// Terminal and JSON Lines forms of events and timelines.
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../cypher/events.ts';
import type { Timeline } from '../../../cypher/timeline.ts';
import { eventJson, formatEvent } from '../../../ingest/tracking/format-changes.ts';
import { fillMonths, formatTimeline } from '../../../ingest/tracking/format-timeline.ts';

const lee = { id: 'person:karen-lee', name: 'Karen Lee', type: 'Person' };
const hik = { id: 'company:hikvision', name: 'Hikvision', type: 'Company' };
const relation: ChangeEvent = {
  id: 'e1',
  kind: 'relation-added',
  at: '2026-11-29T06:02:03.000Z',
  watched: true,
  entities: [lee, hik],
  article: { id: 'a1', title: 'MPs write', url: null, date: '2019-03-26', dateIsIngest: false },
  relation: {
    source: lee,
    type: 'CRITICIZED',
    target: hik,
    evidence: 'Lee criticised Hikvision.',
    sentence: 2,
    confidence: 0.9,
  },
};

describe('formatEvent', () => {
  it.each<[string, ChangeEvent, string[]]>([
    [
      'a relation with its evidence, watched',
      relation,
      [
        '2026-11-29 06:02  + relation  Karen Lee —CRITICIZED→ Hikvision  ★',
        '    “Lee criticised Hikvision.” — MPs write, 2019-03-26',
      ],
    ],
    [
      'an undated article',
      {
        ...relation,
        kind: 'article-added',
        watched: false,
        entities: [],
        relation: undefined,
        article: { ...relation.article!, date: '2026-11-29', dateIsIngest: true },
      },
      ['2026-11-29 06:02  + article   MPs write, 2026-11-29 (ingest date)'],
    ],
    [
      'a merge',
      {
        ...relation,
        kind: 'merged',
        watched: false,
        relation: undefined,
        article: undefined,
        detail: 'Hikivision merged into Hikvision',
      },
      ['2026-11-29 06:02  = merged    Hikivision merged into Hikvision'],
    ],
    [
      'a removed entity',
      { ...relation, kind: 'entity-removed', watched: false, entities: [lee], relation: undefined },
      ['2026-11-29 06:02  - entity    Karen Lee (Person)', '    in MPs write, 2019-03-26'],
    ],
  ])('%s', (_name, event, expected) => {
    expect(formatEvent(event)).toEqual(expected);
  });

  it('gives JSON Lines records a type, the entities, the relation with evidence and the article', () => {
    const json = eventJson(relation);
    expect(json).toMatchObject({
      type: 'relation-added',
      entities: [lee, hik],
      relation: { type: 'CRITICIZED', evidence: 'Lee criticised Hikvision.' },
      article: { id: 'a1' },
    });
    expect(json).not.toHaveProperty('kind');
  });
});

describe('timeline text', () => {
  const m = (month: string, articles: number) => ({
    month,
    articles,
    mentions: articles * 2,
    ingestDated: 0,
  });

  it('fills the empty months between the first and the last', () => {
    expect(fillMonths([m('2019-11', 1), m('2020-02', 3)]).map((x) => [x.month, x.articles])).toEqual([
      ['2019-11', 1],
      ['2019-12', 0],
      ['2020-01', 0],
      ['2020-02', 3],
    ]);
  });

  it('leaves long spans as they are', () => {
    expect(fillMonths([m('2010-01', 1), m('2020-01', 1)])).toHaveLength(2);
  });

  it('draws bars in proportion and marks ingest dates', () => {
    const t: Timeline = {
      entity: hik,
      firstSeen: '2019-03-05',
      lastSeen: '2019-04-01',
      months: [m('2019-03', 4), { ...m('2019-04', 2), ingestDated: 1 }],
      relations: [
        {
          type: 'CRITICIZED',
          direction: 'in',
          other: lee,
          firstDate: '2019-04-01',
          firstDateIsIngest: true,
          lastDate: '2019-04-01',
          articles: 1,
          evidence: 'x',
          article: null,
        },
      ],
    };
    const lines = formatTimeline(t, 10);
    expect(lines).toContain('  2019-03  ██████████  4 · 8');
    expect(lines).toContain('  2019-04  █████       2 · 4  (1 dated by ingest day)');
    expect(lines).toContain('  2019-04-01*  Karen Lee —CRITICIZED→ Hikvision  (1 article)');
    expect(lines.at(-1)).toMatch(/ingest date/);
  });
});

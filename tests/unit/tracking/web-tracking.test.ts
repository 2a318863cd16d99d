// The page's pure tracking helpers: chart layout across months, grouping of the "What's new" list.
import { describe, expect, it } from 'vitest';
import { fillMonths, layoutBars } from '../../../web/tracking/timeline-chart.ts';
import type { ChangeEvent } from '../../../web/tracking/tracking-types.ts';
import { groupChanges } from '../../../web/tracking/whats-new-panel.ts';

const month = (m: string, articles: number, ingestDated = 0) => ({
  month: m,
  articles,
  mentions: articles,
  ingestDated,
});

describe('layoutBars', () => {
  it('gives every month of the span a slot, empty ones with no height', () => {
    const bars = layoutBars([month('2019-11', 2), month('2020-01', 4)], 300, 60, 0);
    expect(bars.map((b) => [b.month, b.x, b.width, b.height, b.y])).toEqual([
      ['2019-11', 0, 100, 30, 30],
      ['2019-12', 100, 100, 0, 60],
      ['2020-01', 200, 100, 60, 0],
    ]);
  });

  it('keeps a small month visible', () => {
    const bars = layoutBars([month('2020-01', 1), month('2020-02', 500)], 100, 50);
    expect(bars[0].height).toBe(2);
  });

  it('draws nothing without months', () => {
    expect(layoutBars([], 100, 50)).toEqual([]);
  });

  it('leaves very long spans sparse', () => {
    expect(fillMonths([month('2001-01', 1), month('2020-01', 1)])).toHaveLength(2);
  });
});

describe('groupChanges', () => {
  const event = (id: string, kind: ChangeEvent['kind'], watched: boolean): ChangeEvent => ({
    id,
    kind,
    watched,
    at: '2026-11-29T00:00:00Z',
    entities: [],
  });

  it('puts watched changes first, then sections in a fixed order', () => {
    const groups = groupChanges([
      event('1', 'article-added', false),
      event('2', 'relation-added', false),
      event('3', 'entity-added', true),
      event('4', 'relation-retracted', true),
      event('5', 'relation-added', true),
      event('6', 'merged', false),
    ]);
    expect(
      groups.map((g) => [g.watched, g.sections.map((s) => [s.title, s.events.map((e) => e.id)])]),
    ).toEqual([
      [
        true,
        [
          ['New relations', ['5']],
          ['Retracted relations', ['4']],
          ['New entities', ['3']],
        ],
      ],
      [
        false,
        [
          ['New relations', ['2']],
          ['Other changes', ['1', '6']],
        ],
      ],
    ]);
  });

  it('has no groups for no changes', () => {
    expect(groupChanges([])).toEqual([]);
  });
});

// The time-range rule: an edge is shown when its date span meets the range.
import { describe, expect, it } from 'vitest';
import { edgeInRange, moreNodeId } from '../../../web/graph-view.ts';

describe('edgeInRange', () => {
  it.each([
    [{ firstDate: '2019-03-01', lastDate: '2019-05-01' }, undefined, undefined, true],
    [{ firstDate: '2019-03-01', lastDate: '2019-05-01' }, '2019-04-01', undefined, true],
    [{ firstDate: '2019-03-01', lastDate: '2019-05-01' }, '2019-06-01', undefined, false],
    [{ firstDate: '2019-03-01', lastDate: '2019-05-01' }, undefined, '2019-02-28', false],
    [{ firstDate: '2019-03-01', lastDate: '2019-05-01' }, '2019-01-01', '2019-03-01', true],
    [{ firstDate: null, lastDate: null }, '2030-01-01', '2030-12-31', true],
  ])('%j since %s until %s → %s', (data, since, until, expected) => {
    expect(edgeInRange(data, since, until)).toBe(expected);
  });
  it('names "and N more" nodes per entity, relation and direction', () => {
    expect(moreNodeId('company:hikvision', 'SUPPLIES', 'out')).toBe('more|company:hikvision|SUPPLIES|out');
  });
});

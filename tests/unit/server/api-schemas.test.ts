// Query-string schemas: numbers with bounds and defaults, dates, lists from a closed set.
import { describe, expect, it } from 'vitest';
import { GraphQuery, NeighborhoodQuery, PathsQuery, SearchQuery } from '../../../server/api-schemas.ts';
import { parseInput } from '../../../server/api-route.ts';

describe('query schemas', () => {
  it('fills defaults', () => {
    expect(SearchQuery.parse({})).toEqual({ limit: 20, offset: 0 });
    expect(NeighborhoodQuery.parse({})).toEqual({ depth: 1, limit: 50, types: [], relations: [] });
  });

  it.each([
    [
      { depth: '2', limit: '10' },
      { depth: 2, limit: 10 },
    ],
    [{ types: 'Person,Company' }, { types: ['Person', 'Company'] }],
    [{ types: ['Person', 'Fund,Country'] }, { types: ['Person', 'Fund', 'Country'] }],
    [{ relations: ' LEADS , MEMBER_OF ,' }, { relations: ['LEADS', 'MEMBER_OF'] }],
    [{ since: '2020-02-29', until: '' }, { since: '2020-02-29' }],
  ])('reads %j', (input, expected) => {
    expect(NeighborhoodQuery.parse(input)).toMatchObject(expected);
  });

  it.each([
    [{ depth: '1e1' }, 'depth'],
    [{ depth: '0x2' }, 'depth'],
    [{ limit: '' }, 'limit'],
    [{ since: '2021-02-29' }, 'since'],
    [{ since: '2021-1-1' }, 'since'],
    [{ types: 'person' }, 'types'],
    [{ relations: 'CO_MENTIONED' }, 'relations'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => parseInput(NeighborhoodQuery, input, 'query parameters')).toThrow(
      new RegExp(`^Invalid query parameters: ${field}`),
    );
  });

  it('needs both ends of a path and bounds its length', () => {
    expect(() => parseInput(PathsQuery, { from: 'a' }, 'query parameters')).toThrow(/to:/);
    expect(PathsQuery.parse({ from: 'a', to: 'b' })).toMatchObject({
      maxLength: 4,
      limit: 10,
      relations: [],
    });
    expect(GraphQuery.safeParse({ limit: '501' }).success).toBe(false);
  });
});

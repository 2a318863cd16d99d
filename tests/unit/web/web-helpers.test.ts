// Pure helpers of the explorer: highlighting ranges, CSV, URL state, time-range edges, request URLs.
import { describe, expect, it } from 'vitest';
import { buildUrl, cell } from '../../../web/api.ts';
import { toCsv } from '../../../web/csv.ts';
import { findHighlights, termsForEntity } from '../../../web/dom.ts';
import { parseState, serializeState, type ViewState } from '../../../web/url-state.ts';

describe('findHighlights', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['Karen Lee criticised Hikvision.', ['Karen Lee', 'Hikvision'], ['Karen Lee', 'Hikvision']],
    // Longest term wins where two overlap.
    ['Hikvision UK sells cameras', ['Hikvision', 'Hikvision UK'], ['Hikvision UK']],
    // Whole words only: "Lee" is not found inside "Leeds".
    ['Leeds council and Lee', ['Lee'], ['Lee']],
    ['the oil fund and the OIL FUND', ['oil fund'], ['oil fund', 'OIL FUND']],
    ['<img src=x onerror=alert(1)> Hikvision', ['Hikvision'], ['Hikvision']],
    ['nothing here', ['Dahua'], []],
  ];
  it.each(cases)('%s', (text, terms, expected) => {
    const found = findHighlights(
      text,
      terms.map((t) => ({ text: t })),
    ).map((r) => text.slice(r.start, r.end));
    expect(found).toEqual(expected);
  });

  it('adds a person’s surname as a term', () => {
    expect(termsForEntity({ name: 'Alistair Carmichael', type: 'Person' }).map((t) => t.text)).toContain(
      'Carmichael',
    );
    expect(termsForEntity({ name: 'Hikvision', type: 'Company' }).map((t) => t.text)).toEqual(['Hikvision']);
  });
});

describe('toCsv', () => {
  it.each([
    [['a', 'b'], [[1, 'x']], 'a,b\r\n1,x\r\n'],
    [['a'], [['he said "no", then left']], 'a\r\n"he said ""no"", then left"\r\n'],
    [['a'], [[{ k: 1 }]], 'a\r\n"{""k"":1}"\r\n'],
    [['a'], [['=HYPERLINK("x")']], 'a\r\n"\'=HYPERLINK(""x"")"\r\n'],
    [['a'], [[-3]], 'a\r\n-3\r\n'],
    [['name', 'n'], [{ name: 'Dahua', n: 2 }], 'name,n\r\nDahua,2\r\n'],
    [['a'], [[null]], 'a\r\n\r\n'],
  ] as Array<[string[], unknown[], string]>)('%j %j', (columns, rows, expected) => {
    expect(toCsv(columns, rows)).toBe(expected);
  });
});

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: ViewState = {
      entity: 'company:hikvision',
      expanded: ['company:hikvision', 'company:dahua'],
      types: ['Person', 'Company'],
      relations: ['SUPPLIES'],
      since: '2019-01-01',
      until: '2020-12-31',
      comention: true,
      layout: 'grid',
      query: 'MATCH (n) RETURN n LIMIT 5',
      article: 'a1',
      pathFrom: 'person:karen-lee',
      pathTo: 'company:dahua',
    };
    expect(parseState(`?${serializeState(state)}`)).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeState({ expanded: [], comention: false, layout: 'fcose' })).toBe('');
    expect(parseState('')).toEqual({ expanded: [], comention: false });
  });
});

describe('api helpers', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/graph', { limit: 5, types: ['Person', 'Fund'], since: undefined, q: '' })).toBe(
      '/api/graph?limit=5&types=Person%2CFund',
    );
    expect(buildUrl('/api/stats')).toBe('/api/stats');
  });
  it('reads cells from array rows and object rows', () => {
    expect(cell([1, 2], ['a', 'b'], 'b')).toBe(2);
    expect(cell({ a: 1, b: 2 }, ['a', 'b'], 'a')).toBe(1);
  });
});

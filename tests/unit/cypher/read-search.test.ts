// The search query builder: words to a typo-tolerant Lucene query, Lucene syntax never passed through, alias explanations.
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  escapeLucene,
  matchedAlias,
  searchWords,
  toLuceneQuery,
} from '../../../cypher/read-search.ts';

describe('toLuceneQuery', () => {
  it.each([
    ['Hikvision', '(hikvision^4 OR hikvision*^2 OR hikvision~2)'],
    ['  Lib   Dems ', '(lib^4 OR lib*^2 OR lib~1) AND (dems^4 OR dems*^2 OR dems~1)'],
    ['UK', '(uk^4 OR uk*^2)'], // too short for fuzziness
    ['2019', '(2019^4 OR 2019*^2)'], // numbers are never fuzzy
    ['ØYVIND', '(øyvind^4 OR øyvind*^2 OR øyvind~2)'],
  ])('%s → %s', (q, expected) => {
    expect(toLuceneQuery(q)).toBe(expected);
  });

  it.each([
    [
      'name:hikvision OR *',
      '(name^4 OR name*^2 OR name~1) AND (hikvision^4 OR hikvision*^2 OR hikvision~2) AND (or^4 OR or*^2)',
    ],
    ['hik~10', '(hik^4 OR hik*^2 OR hik~1) AND (10^4 OR 10*^2)'],
    ['AND', '(and^4 OR and*^2 OR and~1)'],
  ])('turns Lucene syntax into plain words: %s', (q, expected) => {
    expect(toLuceneQuery(q)).toBe(expected);
  });

  it.each(['', '   ', '***', '"~^', '\\'])('has no query for %j', (q) => {
    expect(toLuceneQuery(q)).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('matchedAlias', () => {
  it.each([
    ['hikvision', 'Hikvision', ['Hikivision'], null], // the name matches
    ['hikivision', 'Hikvision', ['Hikivision'], 'Hikivision'], // the alias matches better
    ['oil fund', 'Government Pension Fund Global', ['oil fund', 'GPFG'], 'oil fund'],
    ['gpfg', 'Government Pension Fund Global', ['oil fund', 'GPFG'], 'GPFG'],
    ['carmichel', 'Alistair Carmichael', ['Carmichael'], null], // a typo in the name, not an alias match
    ['gov pen', 'Government Pension Fund Global', ['oil fund'], null], // prefixes of the name
  ])('%s on %s → %s', (q, name, aliases, expected) => {
    expect(matchedAlias(q, name, aliases)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['hikvision', 'hikivision', 1],
    ['dahua', 'dauha', 2],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

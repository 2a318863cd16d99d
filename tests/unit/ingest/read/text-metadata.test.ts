// Dates and bylines found in text: the saved-page header convention and common date spellings.
import { describe, expect, it } from 'vitest';
import { findDate, normaliseDate, readHeaderMetadata } from '../../../../ingest/read/text-metadata.ts';

describe('findDate', () => {
  it.each([
    ['Published Mar 26, 2019, 08:55am EDT', '2019-03-26'],
    ['26 March 2019', '2019-03-26'],
    ['on September 3rd, 2021 at noon', '2021-09-03'],
    ['Sept 3, 2021', '2021-09-03'],
    ['2004-12-01T10:00:00Z', '2004-12-01'],
    ['2020/2/29', '2020-02-29'],
    ['February 30, 2019', undefined],
    ['no date here', undefined],
  ])('%s → %s', (input, expected) => {
    expect(findDate(input)).toBe(expected);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2019-03-26', '2019-03-26'],
    ['Tue, 26 Mar 2019 08:55:00 GMT', '2019-03-26'],
    [1553590500, '2019-03-26'],
    ['yesterday', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});

describe('readHeaderMetadata', () => {
  it.each([
    [
      ['By Charles Rollet, Published Mar 26, 2019, 08:55am EDT'],
      { author: 'Charles Rollet', publishedAt: '2019-03-26' },
    ],
    [
      ['By Jane van der Berg | Updated: 4 June 2021'],
      { author: 'Jane van der Berg', publishedAt: '2021-06-04' },
    ],
    [['Reuters staff', '12 January 2005'], { publishedAt: '2005-01-12' }],
    [['by John Smith'], { author: 'John Smith' }],
    [['Nobody wrote a header line in this article, which talks about many things at length.'], {}],
    [['By the time the vote came, MPs had left.'], {}],
  ])('%j → %j', (lines, expected) => {
    expect(readHeaderMetadata(lines)).toEqual(expected);
  });
});

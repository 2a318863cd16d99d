// --since / ?since= values: days, instants, today/yesterday, spans; anything else refused.
import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../ingest/tracking/parse-since.ts';

const NOW = new Date('2026-11-29T12:00:00.000Z');

describe('parseSince', () => {
  it.each([
    ['2026-11-01', '2026-11-01'],
    ['2026-11-01T08:30:00Z', '2026-11-01T08:30:00.000Z'],
    ['2026-11-01T08:30:00+02:00', '2026-11-01T06:30:00.000Z'],
    ['today', '2026-11-29'],
    ['Yesterday', '2026-11-28'],
    ['24h', '2026-11-28T12:00:00.000Z'],
    ['7d', '2026-11-22T12:00:00.000Z'],
    ['2w', '2026-11-15T12:00:00.000Z'],
    ['30m', '2026-11-29T11:30:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseSince(input, NOW)).toBe(expected);
  });

  it.each([['last week'], ['2026-02-30'], ['2026-13-01'], [''], ['7y'], ['2026-11-01Tnoon']])(
    'refuses %j',
    (input) => {
      expect(() => parseSince(input, NOW)).toThrow(/is not a date/);
    },
  );
});

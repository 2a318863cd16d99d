// Sanctions by states and their bodies on sentences of our own: seizures, fines, bans, frozen assets, prohibitions; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const C = (name: string): EntitySpec => `${name}:Company`;
const OSTLAND = 'Ostland:Country|Ostland|Ostlandic';
const REGULATOR = 'Markets Authority:GovernmentBody';

describe('SANCTIONED: seizures, fines, frozen assets, prohibitions', () => {
  table([
    [
      'Ostlandic authorities will seize land owned by Halden Farms.',
      [OSTLAND, C('Halden Farms')],
      ['Ostland -SANCTIONED-> Halden Farms'],
    ],
    [
      "The Ostland government seized Halden Farms' main production unit last year.",
      [OSTLAND, C('Halden Farms')],
      ['Ostland -SANCTIONED-> Halden Farms'],
    ],
    [
      'Ostland nationalised Merro Oil in 2006.',
      [OSTLAND, C('Merro Oil')],
      ['Ostland -SANCTIONED-> Merro Oil'],
    ],
    [
      'The Markets Authority fined Corvan Bank £14m for misleading savers.',
      [REGULATOR, C('Corvan Bank')],
      ['Markets Authority -SANCTIONED-> Corvan Bank'],
    ],
    [
      'Corvan Bank was fined 1m euros by the Markets Authority.',
      [REGULATOR, C('Corvan Bank')],
      ['Markets Authority -SANCTIONED-> Corvan Bank'],
    ],
    [
      "Ostland froze Merro Oil's assets on Monday.",
      [OSTLAND, C('Merro Oil')],
      ['Ostland -SANCTIONED-> Merro Oil'],
    ],
    [
      'The Markets Authority prohibited Corvan Bank from selling bonds.',
      [REGULATOR, C('Corvan Bank')],
      ['Markets Authority -SANCTIONED-> Corvan Bank'],
    ],
    [
      'Ostland imposed restrictions on Merro Oil.',
      [OSTLAND, C('Merro Oil')],
      ['Ostland -SANCTIONED-> Merro Oil'],
    ],
    // seizing a moment or a market, a fine result, and no fine at all are no sanctions
    ['Ostland seized the moment to court Merro Oil.', [OSTLAND, C('Merro Oil')], []],
    ['Corvan Bank was not fined by the Markets Authority.', [REGULATOR, C('Corvan Bank')], []],
    ['Ostland said Merro Oil had done a fine job.', [OSTLAND, C('Merro Oil')], []],
    ['Merro Oil seized control of the Ostland market.', [OSTLAND, C('Merro Oil')], []],
  ]);
});

describe('SANCTIONED: a seizure with a second verb', () => {
  table([
    [
      "The Ostland government seized and sold Merro Oil's main production arm.",
      [OSTLAND, C('Merro Oil')],
      ['Ostland -SANCTIONED-> Merro Oil'],
    ],
  ]);
});

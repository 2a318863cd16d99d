// Contracts and supplies on sentences of our own: awarded contracts (active and passive), contracts held in a country, contracts to build something somewhere, building for a client; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const C = (name: string): EntitySpec => `${name}:Company`;
const MINISTRY = 'Ministry of Energy:GovernmentBody|Ministry of Energy|Energy Ministry';

describe('SUPPLIES by contract', () => {
  table([
    [
      'Halden Drilling has been awarded two exploration contracts in Ostland.',
      [C('Halden Drilling'), 'Ostland:Country'],
      ['Halden Drilling -SUPPLIES-> Ostland'],
    ],
    [
      'Halden Drilling was awarded a contract by the Energy Ministry last week.',
      [C('Halden Drilling'), MINISTRY],
      ['Halden Drilling -SUPPLIES-> Ministry of Energy'],
    ],
    [
      "Ostland's Energy Ministry has awarded the first drilling contracts to Halden Drilling and Merro Oil.",
      ['Ostland:Country', MINISTRY, C('Halden Drilling'), C('Merro Oil')],
      [
        'Halden Drilling -SUPPLIES-> Ministry of Energy',
        'Merro Oil -SUPPLIES-> Ministry of Energy',
        'Ministry of Energy -LOCATED_IN-> Ostland',
      ],
    ],
    [
      'The Energy Ministry awarded Halden Drilling a contract to run the field.',
      [MINISTRY, C('Halden Drilling')],
      ['Halden Drilling -SUPPLIES-> Ministry of Energy'],
    ],
    [
      'Halden Drilling won a contract to develop a large gas field in Ostland.',
      [C('Halden Drilling'), 'Ostland:Country'],
      ['Halden Drilling -SUPPLIES-> Ostland'],
    ],
    [
      'Halden Drilling also holds contracts in Ostland and Vesnia.',
      [C('Halden Drilling'), 'Ostland:Country', 'Vesnia:Country'],
      ['Halden Drilling -SUPPLIES-> Ostland', 'Halden Drilling -SUPPLIES-> Vesnia'],
    ],
    [
      'Merro Rail will build new trains for the Transport Ministry.',
      [C('Merro Rail'), 'Transport Ministry:GovernmentBody'],
      ['Merro Rail -SUPPLIES-> Transport Ministry'],
    ],
    // lost, failed or merely sought contracts supply nothing; a licence is a permission, not a contract
    [
      'The Ostland government granted Halden Labs a licence to grow hemp.',
      ['Ostland:Country', C('Halden Labs')],
      [],
    ],
    ['Halden Drilling lost a contract in Ostland.', [C('Halden Drilling'), 'Ostland:Country'], []],
    ['Halden Drilling failed to win a contract in Ostland.', [C('Halden Drilling'), 'Ostland:Country'], []],
    [
      'Halden Drilling has not been awarded any contracts in Ostland.',
      [C('Halden Drilling'), 'Ostland:Country'],
      [],
    ],
    [
      'Halden Drilling won a contract after talks in Ostland collapsed.',
      [C('Halden Drilling'), 'Ostland:Country'],
      [],
    ],
  ]);
});

describe('SUPPLIES: a building is no act of building', () => {
  table([
    ['Merro Rail owns a landmark building in Leeds.', [C('Merro Rail'), 'Leeds:Place'], []],
    [
      'Merro Rail built a depot in Leeds.',
      [C('Merro Rail'), 'Leeds:Place'],
      ['Merro Rail -SUPPLIES-> Leeds'],
    ],
  ]);
});

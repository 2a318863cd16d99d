// Holdings and sales on sentences of our own: a sold stake was held, "which owns/holds/controls N% of", "has N% of", "in which X owns a stake", "owned by"; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const C = (name: string): EntitySpec => `${name}:Company`;

describe('a sold stake was held: DIVESTED_FROM and INVESTED_IN', () => {
  table([
    [
      'Harwick Capital sold its stake in Dunmore Water.',
      [C('Harwick Capital'), C('Dunmore Water')],
      ['Harwick Capital -DIVESTED_FROM-> Dunmore Water', 'Harwick Capital -INVESTED_IN-> Dunmore Water'],
    ],
    [
      'Shares rose on news that Harwick Capital is offloading its 33% stake in Dunmore Water.',
      [C('Harwick Capital'), C('Dunmore Water')],
      ['Harwick Capital -DIVESTED_FROM-> Dunmore Water', 'Harwick Capital -INVESTED_IN-> Dunmore Water'],
    ],
    [
      'Harwick Capital has agreed to sell its 20% holding in Dunmore Water to Orn Holding.',
      [C('Harwick Capital'), C('Dunmore Water'), C('Orn Holding')],
      ['Harwick Capital -DIVESTED_FROM-> Dunmore Water', 'Harwick Capital -INVESTED_IN-> Dunmore Water'],
    ],
    [
      'Corvan Group has sold its Orla Life insurance arm to Metra for $2bn.',
      [C('Corvan Group'), C('Orla Life'), C('Metra')],
      [
        'Corvan Group -DIVESTED_FROM-> Orla Life',
        'Corvan Group -INVESTED_IN-> Orla Life',
        'Metra -INVESTED_IN-> Orla Life',
      ],
    ],
    [
      'Brenco sold Orla Motors to Fendt in 2000.',
      [C('Brenco'), C('Orla Motors'), C('Fendt')],
      [
        'Brenco -DIVESTED_FROM-> Orla Motors',
        'Brenco -INVESTED_IN-> Orla Motors',
        'Fendt -INVESTED_IN-> Orla Motors',
      ],
    ],
    ['Brenco had sold Fendt a stake in 2000.', [C('Brenco'), C('Fendt')], ['Fendt -INVESTED_IN-> Brenco']],
    // no sale, or shares that were never its own; selling goods to a company sells no company
    ['Brenco sold Fendt cars worth $2m.', [C('Brenco'), C('Fendt')], []],
    ['Orla Motors was sold to Fendt.', [C('Orla Motors'), C('Fendt')], ['Fendt -INVESTED_IN-> Orla Motors']],
    [
      'Harwick Capital refused to sell its stake in Dunmore Water.',
      [C('Harwick Capital'), C('Dunmore Water')],
      [],
    ],
    ['Harwick Capital sold shares to Dunmore Water staff.', [C('Harwick Capital'), C('Dunmore Water')], []],
  ]);
});

describe('INVESTED_IN: holdings in relative clauses and with percentages', () => {
  table([
    [
      'Cortal, which owns Amberly Foods, reported higher profits.',
      [C('Cortal'), C('Amberly Foods')],
      ['Cortal -INVESTED_IN-> Amberly Foods'],
    ],
    [
      'The Pardo group, which holds 15% of Kolm, backed the deal.',
      ['Pardo:Company', C('Kolm')],
      ['Pardo -INVESTED_IN-> Kolm'],
    ],
    [
      'Menard Holdings, the Geneva-based firm which controls 51% of Kolm, objected.',
      [C('Menard Holdings'), C('Kolm')],
      ['Menard Holdings -INVESTED_IN-> Kolm'],
    ],
    [
      'Grupo Lenz, the Madeira-based holding company which controls 40% of Kolm, sued.',
      ['Grupo Lenz:Company', 'Madeira:Place', C('Kolm')],
      ['Grupo Lenz -INVESTED_IN-> Kolm', 'Grupo Lenz -LOCATED_IN-> Madeira'],
    ],
    ['Pardo has 20% of Kolm.', ['Pardo:Company', C('Kolm')], ['Pardo -INVESTED_IN-> Kolm']],
    [
      'Pardo bought a 20% stake in Kolm last year.',
      ['Pardo:Company', C('Kolm')],
      ['Pardo -INVESTED_IN-> Kolm'],
    ],
    [
      "Fenwick Capital, which already owns 6.7% of Kolm's shares, made a bid.",
      [C('Fenwick Capital'), C('Kolm')],
      ['Fenwick Capital -INVESTED_IN-> Kolm'],
    ],
    [
      'Velaro, in which Pardo owns a majority stake, may be floated.',
      [C('Velaro'), 'Pardo:Company'],
      ['Pardo -INVESTED_IN-> Velaro'],
    ],
    [
      'Orsk Oil, which is half owned by Brenco, lost money.',
      [C('Orsk Oil'), C('Brenco')],
      ['Brenco -INVESTED_IN-> Orsk Oil'],
    ],
    [
      'Shares fell at the Pardo group, which owns 30% of Kolm.',
      ['Pardo:Company', C('Kolm')],
      ['Pardo -INVESTED_IN-> Kolm'],
    ],
    [
      'Cortal, whose Amberly Foods subsidiary runs six farms, denied it.',
      [C('Cortal'), C('Amberly Foods')],
      ['Cortal -INVESTED_IN-> Amberly Foods'],
    ],
    [
      "Cortal's Amberly Foods unit made a loss.",
      [C('Cortal'), C('Amberly Foods')],
      ['Cortal -INVESTED_IN-> Amberly Foods'],
    ],
    // market shares, customers and unit titles are no holdings
    ['Pardo has 20% of the market, ahead of Kolm.', ['Pardo:Company', C('Kolm')], []],
    ["Pardo now controls 30% of Kolm's customers.", ['Pardo:Company', C('Kolm')], []],
  ]);
});

describe('INVESTED_IN: a unit title states no holding', () => {
  it("Cortal's Amberly Foods unit head Ivo Lind resigned.", () => {
    const found = relationsOf("Cortal's Amberly Foods unit head Ivo Lind resigned.", [
      C('Cortal'),
      C('Amberly Foods'),
      'Ivo Lind:Person',
    ]);
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('INVESTED_IN: the owner behind an apposition', () => {
  it('"The media group, run by Ivo Lind, owns 80% of Kolm." gives no holding to the man who runs it', () => {
    const found = relationsOf('The media group, run by Ivo Lind, owns 80% of Kolm.', [
      'Ivo Lind:Person',
      C('Kolm'),
    ]);
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });
  it('"Cortal, run by Ivo Lind, owns 80% of Kolm." gives the holding to the company', () => {
    const found = relationsOf('Cortal, run by Ivo Lind, owns 80% of Kolm.', [
      C('Cortal'),
      'Ivo Lind:Person',
      C('Kolm'),
    ]);
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual(['Cortal -INVESTED_IN-> Kolm']);
  });
});

describe('INVESTED_IN: a deal that would oblige a buyer is no purchase', () => {
  table([
    [
      'Pardo paid Kolm to end a deal which could have obliged Pardo to buy Velaro outright.',
      ['Pardo:Company', C('Kolm'), C('Velaro')],
      [],
    ],
    ['The regulator allowed Pardo to buy Velaro.', ['Pardo:Company', C('Velaro')], []],
    ['Pardo agreed to buy Velaro for $2bn.', ['Pardo:Company', C('Velaro')], ['Pardo -INVESTED_IN-> Velaro']],
  ]);
});

describe('INVESTED_IN: goods bought from a company are no stake in it', () => {
  table([
    ['Brisk Air is to buy 10 new jets from Velaro.', [C('Brisk Air'), C('Velaro')], []],
    [
      'Brisk Air is to buy Velaro for $2bn.',
      [C('Brisk Air'), C('Velaro')],
      ['Brisk Air -INVESTED_IN-> Velaro'],
    ],
  ]);
});

// General ownership and divestment phrasings on sentences of our own: owner appositions, subsidiaries, shareholder lists, takeovers, sold stakes; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const C = (name: string): EntitySpec => `${name}:Company`;

describe('INVESTED_IN without "a stake in"', () => {
  table([
    ['Marlow Holdings - Brisk Air’s majority owner - reported a loss.', [C('Marlow Holdings'), C('Brisk Air')], ['Marlow Holdings -INVESTED_IN-> Brisk Air']],
    ["Tavira, Kolm's biggest shareholder, backed the plan.", [C('Tavira'), C('Kolm')], ['Tavira -INVESTED_IN-> Kolm']],
    ['Ellis Foods, a subsidiary of the Brannock Group, cut jobs.', [C('Ellis Foods'), C('Brannock Group')], ['Brannock Group -INVESTED_IN-> Ellis Foods']],
    ['Ellis Foods is a wholly-owned subsidiary of Brannock.', [C('Ellis Foods'), C('Brannock')], ['Brannock -INVESTED_IN-> Ellis Foods']],
    ['The main shareholders of Kolm are the Vestara group (15%) and Orn Holding (30%).', [C('Kolm'), C('Vestara'), C('Orn Holding')], ['Vestara -INVESTED_IN-> Kolm', 'Orn Holding -INVESTED_IN-> Kolm']],
    ["Kolm's shareholders include Tavira and Orn Holding.", [C('Kolm'), C('Tavira'), C('Orn Holding')], ['Tavira -INVESTED_IN-> Kolm', 'Orn Holding -INVESTED_IN-> Kolm']],
    ['The Pardo group, which owns 40% of Kolm, objected.', ['Pardo:Company', C('Kolm')], ['Pardo -INVESTED_IN-> Kolm']],
    ['Grafton Rail took over Linley Buses in 2019.', [C('Grafton Rail'), C('Linley Buses')], ['Grafton Rail -INVESTED_IN-> Linley Buses']],
    ['Orn Holding has grown fast, having acquired Tavira last year.', [C('Orn Holding'), C('Tavira')], ['Orn Holding -INVESTED_IN-> Tavira']],
    // a subsidiary's parent is the owner, never the other way; failed deals own nothing
    ['Kolm is not a subsidiary of Tavira.', [C('Kolm'), C('Tavira')], []],
    ['Grafton Rail failed to take over Linley Buses.', [C('Grafton Rail'), C('Linley Buses')], []],
    ['The owner of Marlow Holdings, Ivo Lind, sold flats.', [C('Marlow Holdings'), 'Ivo Lind:Person'], []],
  ]);
});

describe('DIVESTED_FROM', () => {
  table([
    ['Harwick Capital is selling its 25% stake in Dunmore Water.', [C('Harwick Capital'), C('Dunmore Water')], ['Harwick Capital -DIVESTED_FROM-> Dunmore Water', 'Harwick Capital -INVESTED_IN-> Dunmore Water']],
    ['Harwick Capital pulled out of Dunmore Water last week.', [C('Harwick Capital'), C('Dunmore Water')], ['Harwick Capital -DIVESTED_FROM-> Dunmore Water']],
    ['Harwick Capital dumped shares in Dunmore Water.', [C('Harwick Capital'), C('Dunmore Water')], ['Harwick Capital -DIVESTED_FROM-> Dunmore Water']],
    // no sale happened
    ['Harwick Capital refused to sell its stake in Dunmore Water.', [C('Harwick Capital'), C('Dunmore Water')], []],
  ]);
});

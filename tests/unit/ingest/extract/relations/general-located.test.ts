// General location and contract-polarity phrasings on sentences of our own: place lists, "based in", demonym + descriptor + comma, city + descriptor, failed bids, reported wins; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

describe('LOCATED_IN', () => {
  table([
    ['Protests spread to Mosul and Kirkuk in Iraq.', ['Mosul:Place', 'Kirkuk:Place', 'Iraq:Country'], ['Mosul -LOCATED_IN-> Iraq', 'Kirkuk -LOCATED_IN-> Iraq']],
    ['Norvik Motors, based in Gothenburg, cut jobs.', ['Norvik Motors:Company', 'Gothenburg:Place'], ['Norvik Motors -LOCATED_IN-> Gothenburg']],
    ['Talbot Fund, which is headquartered in Jersey, grew.', ['Talbot Fund:Fund', 'Jersey:Place'], ['Talbot Fund -LOCATED_IN-> Jersey']],
    ['The deal went to a Danish shipping firm, Maersholm.', ['Maersholm:Company', 'Denmark:Country|Danish'], ['Maersholm -LOCATED_IN-> Denmark']],
    ['Shares in Leeds bus operator Calder Coaches fell.', ['Leeds:Place', 'Calder Coaches:Company'], ['Calder Coaches -LOCATED_IN-> Leeds']],
    ['Vela Air, a Lisbon-based airline, grew.', ['Vela Air:Company', 'Lisbon:Place'], ['Vela Air -LOCATED_IN-> Lisbon']],
    // a person is located nowhere by these rules; a place after "in" is no address
    ['Ivo Brandt, based in Gothenburg, wrote.', ['Ivo Brandt:Person', 'Gothenburg:Place'], []],
    ['Sales in Leeds helped bus operator Calder Coaches.', ['Leeds:Place', 'Calder Coaches:Company'], []],
    ['The Danish minister thanked Maersholm.', ['Maersholm:Company', 'Denmark:Country|Danish'], []],
  ]);
});

describe('SUPPLIES polarity', () => {
  table([
    ['Petrovia Drilling won a contract with Norway last year.', ['Petrovia Drilling:Company', 'Norway:Country'], ['Petrovia Drilling -SUPPLIES-> Norway']],
    ['Petrovia Drilling is reported to have won a contract in Ghana.', ['Petrovia Drilling:Company', 'Ghana:Country'], ['Petrovia Drilling -SUPPLIES-> Ghana']],
    ['Petrovia Drilling failed to win the contract with Norway.', ['Petrovia Drilling:Company', 'Norway:Country'], []],
    ['Petrovia Drilling lost a contract in Ghana.', ['Petrovia Drilling:Company', 'Ghana:Country'], []],
  ]);
});

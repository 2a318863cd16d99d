// Subject pronouns standing for a body or person named before, on sentences of our own; object pronouns and unnamed antecedents give nothing.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

describe('pronoun subjects', () => {
  table([
    ['Shares in Harwick Capital rose on news that it is selling its stake in Dunmore Water.', ['Harwick Capital:Company', 'Dunmore Water:Company'], ['Harwick Capital -DIVESTED_FROM-> Dunmore Water', 'Harwick Capital -INVESTED_IN-> Dunmore Water']],
    ['Senator Ruth Kale said on Monday that she condemned Brightline Rail.', ['Ruth Kale:Person', 'Brightline Rail:Company'], ['Ruth Kale -CRITICIZED-> Brightline Rail']],
    ['Orn Holding confirmed that it had bought shares in Tavira.', ['Orn Holding:Company', 'Tavira:Company'], ['Orn Holding -INVESTED_IN-> Tavira']],
    // object pronouns, and a pronoun with no fitting antecedent
    ['Harwick Capital praised Dunmore Water and the regulator criticised it.', ['Harwick Capital:Company', 'Dunmore Water:Company'], []],
    ['Ruth Kale met Brightline Rail staff; it was criticised.', ['Ruth Kale:Person', 'Brightline Rail:Company'], []],
    // a passive "it" with no antecedent in its sentence is not the article's company
    ['Brightline Rail shares fell. A delegation met the regulator. It was led by Ruth Kale.', ['Ruth Kale:Person', 'Brightline Rail:Company'], []],
    // "Voss said she would …": a reported subject after its speaker's verb
    ['Ruth Kale said she had agreed to return full-time to Brightline Rail.', ['Ruth Kale:Person', 'Brightline Rail:Company'], ['Ruth Kale -WORKS_FOR-> Brightline Rail']],
  ]);
});

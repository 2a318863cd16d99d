// LOCATED_IN from news leads that describe a company by its country before naming it ("A US company has …" then "Norbeck Build …"), on texts of our own; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [text: string, entities: EntitySpec[], expected: string[]];

const US = 'United States:Country|US';

describe('lead descriptions', () => {
  it.each<Case>([
    ['US firm quits Iraq deal\n\nA US company has pulled out of a road contract. Norbeck Build said the risks were too high. Norbeck Build will pay a fee.', ['Norbeck Build:Company', US, 'Iraq:Country'], ['Norbeck Build -LOCATED_IN-> United States']],
    ['Chilean officials will seize land owned by a British company. The land belongs to the Harwood Group, which was not told. The Harwood Group has owned it since 1920.', ['Harwood Group:Company', 'United Kingdom:Country|British', 'Chile:Country|Chilean'], ['Harwood Group -LOCATED_IN-> United Kingdom']],
    ['Peru’s largest credit card firm has avoided collapse. Tarjeta Sol had debts of $2bn. Tarjeta Sol is safe.', ['Tarjeta Sol:Company', 'Peru:Country'], ['Tarjeta Sol -LOCATED_IN-> Peru']],
    // the company in the describing sentence is another actor: the buyer is named later
    ['Maison Orle has sold its fashion label to a US investment group. The buyer, Corvan Group, paid $20m. Corvan Group runs shops.', ['Maison Orle:Company', 'Corvan Group:Company', US], ['Corvan Group -LOCATED_IN-> United States']],
    // a company named once in passing is not the one the story is about
    ['Maison Orle has sold its label to a US investment group. The Paris firm keeps brands such as Vinoble. Corvan Group bought it. Corvan Group runs shops.', ['Maison Orle:Company', 'Vinoble:Company', 'Corvan Group:Company', US], ['Corvan Group -LOCATED_IN-> United States']],
    // a description followed by its name, a company named before, plural firms, a mid-sentence possessive
    ['Staff at Maison Orle joined a US company. Maison Orle said it was sad.', ['Maison Orle:Company', US], []],
    ['US firms lobby Congress\n\nVarro Labs said costs rose.', ['Varro Labs:Company', US], []],
    ['The heirs of Peru’s biggest conglomerate are feuding. Tarjeta Sol said it was calm.', ['Tarjeta Sol:Company', 'Peru:Country'], []],
    ['The deal was done late. Prices rose. Costs fell. A US company has bought a stake. Norbeck Build said so.', ['Norbeck Build:Company', US], []],
  ])('%s', (text, entities, expected) => {
    expect(relationsOf(text, entities).filter((r) => r.includes('-LOCATED_IN->'))).toEqual([...expected].sort());
  });
});

// General criticism constructions on sentences of our own: label verbs with a negative verdict, "under fire from", demands to resign, more verbs, passive agents in lists; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const P = (name: string): EntitySpec => `${name}:Person`;

describe('CRITICIZED by labelling with a negative verdict', () => {
  table([
    ["Greens leader Rosa Vance branded Tomas Hale's handling of the flood 'disgraceful'.", [P('Rosa Vance'), P('Tomas Hale')], ['Rosa Vance -CRITICIZED-> Tomas Hale']],
    ['Ivo Marsh described the Kelbrook Energy merger as a fiasco.', [P('Ivo Marsh'), 'Kelbrook Energy:Company'], ['Ivo Marsh -CRITICIZED-> Kelbrook Energy']],
    ['Nadia Rahm called Corvan Bank "reckless and arrogant" on Monday.', [P('Nadia Rahm'), 'Corvan Bank:Company'], ['Nadia Rahm -CRITICIZED-> Corvan Bank']],
    ["Tavira Bank's bonus scheme was branded 'obscene and shameful' by Ivo Marsh.", ['Tavira Bank:Company', P('Ivo Marsh')], ['Ivo Marsh -CRITICIZED-> Tavira Bank']],
    ["Tavira Bank's bonus scheme was described as generous by Ivo Marsh.", ['Tavira Bank:Company', P('Ivo Marsh')], []],
    // a positive label is no criticism
    ['Ivo Marsh described the Kelbrook Energy merger as a triumph.', [P('Ivo Marsh'), 'Kelbrook Energy:Company'], []],
    ['Nadia Rahm called Corvan Bank to arrange a meeting.', [P('Nadia Rahm'), 'Corvan Bank:Company'], []],
  ]);
});

describe('CRITICIZED: under fire, demands to go, questioning', () => {
  table([
    ['Tellwick Foods came under fire from the Consumer Alliance over prices.', ['Tellwick Foods:Company', 'Consumer Alliance:Organization'], ['Consumer Alliance -CRITICIZED-> Tellwick Foods']],
    ['Mayor Jon Pryce has come under attack from Lena Dorr.', [P('Jon Pryce'), P('Lena Dorr')], ['Lena Dorr -CRITICIZED-> Jon Pryce']],
    ['The Unity Party called for Pavel Steyn to resign.', ['Unity Party:PoliticalParty', P('Pavel Steyn')], ['Unity Party -CRITICIZED-> Pavel Steyn']],
    ['Marta Obi urged Karl Dunne to step down after the vote.', [P('Marta Obi'), P('Karl Dunne')], ['Marta Obi -CRITICIZED-> Karl Dunne']],
    ["Ole Brandt questioned Fenmore Capital's figures.", [P('Ole Brandt'), 'Fenmore Capital:Company'], ['Ole Brandt -CRITICIZED-> Fenmore Capital']],
    // invitations and neutral calls are no criticism
    ['The Unity Party called for Pavel Steyn to speak first.', ['Unity Party:PoliticalParty', P('Pavel Steyn')], []],
    ['Marta Obi did not call for Karl Dunne to resign.', [P('Marta Obi'), P('Karl Dunne')], []],
    ['Ole Brandt questioned Fenmore Capital about the figures.', [P('Ole Brandt'), 'Fenmore Capital:Company'], []],
    ["Ole Brandt questioned Ostland's trade minister Ivo Berg about exports.", [P('Ole Brandt'), 'Ostland:Country', P('Ivo Berg')], []],
  ]);
});

describe('CRITICIZED: more verbs and passive agents', () => {
  table([
    ['Senator Ruth Kale attacked Brightline Rail over delays.', [P('Ruth Kale'), 'Brightline Rail:Company'], ['Ruth Kale -CRITICIZED-> Brightline Rail']],
    ['The Clean Air Trust blasted Norvik Motors on Tuesday.', ['Clean Air Trust:Organization', 'Norvik Motors:Company'], ['Clean Air Trust -CRITICIZED-> Norvik Motors']],
    ['Hugo Lane deplored Arden Mining and its record.', [P('Hugo Lane'), 'Arden Mining:Company'], ['Hugo Lane -CRITICIZED-> Arden Mining']],
    ['Sofia Ek hit out at the Audit Office.', [P('Sofia Ek'), 'Audit Office:GovernmentBody'], ['Sofia Ek -CRITICIZED-> Audit Office']],
    ['Delmar Oil has been condemned by environmental groups and the Green Party.', ['Delmar Oil:Company', 'Green Party:PoliticalParty'], ['Green Party -CRITICIZED-> Delmar Oil']],
    ['Delmar Oil was denounced by campaigners and Tessa Moor.', ['Delmar Oil:Company', P('Tessa Moor')], ['Tessa Moor -CRITICIZED-> Delmar Oil']],
    // noun uses and negations read nothing
    ['An attack on Brightline Rail staff was reported by Ruth Kale.', [P('Ruth Kale'), 'Brightline Rail:Company'], []],
    ['Hugo Lane never deplored Arden Mining.', [P('Hugo Lane'), 'Arden Mining:Company'], []],
  ]);
});

describe('CRITICIZED: dismissal as a verdict', () => {
  table([
    ["Ivo Marsh dismissed Tomas Hale's budget as 'spend now, pay later'.", [P('Ivo Marsh'), P('Tomas Hale')], ['Ivo Marsh -CRITICIZED-> Tomas Hale']],
    ['Rosa Vance dismissed the Unity Party as a fading force.', [P('Rosa Vance'), 'Unity Party:PoliticalParty'], ['Rosa Vance -CRITICIZED-> Unity Party']],
    // removal from a post, and being dismissed, are no verdicts by the subject
    ['Kelbrook Energy dismissed Ivo Marsh as chief executive.', ['Kelbrook Energy:Company', P('Ivo Marsh')], []],
    ['Ivo Marsh was dismissed as chairman by Kelbrook Energy.', [P('Ivo Marsh'), 'Kelbrook Energy:Company'], []],
  ]);
});

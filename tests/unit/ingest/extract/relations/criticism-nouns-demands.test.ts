// Criticism as nouns, labels, demands that someone goes, pronoun objects and cases brought, on sentences of our own; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

/** Only the CRITICIZED facts: the sentences may carry other relations too. */
function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    const found = relationsOf(sentence, entities).filter((r) => r.includes('-CRITICIZED->'));
    expect(found).toEqual([...expected].sort());
  });
}

const P = (name: string): EntitySpec => `${name}:Person`;
const ADAMS = 'Peter Adams:Person|Peter Adams|Mr Adams';
const GREENS = 'Green Party:PoliticalParty';
const LIBDEMS = 'Liberal Democrats:PoliticalParty';
const TORIES = 'Conservative Party:PoliticalParty';
const EC = 'European Commission:GovernmentBody|European Commission|Commission';
const C = (name: string): EntitySpec => `${name}:Company`;

describe('CRITICIZED: labels pinned on a possessor’s act', () => {
  table([
    [
      'Sarah Klein branded the Scottish Government\'s handling of the floods as "slow and poor".',
      [P('Sarah Klein'), 'Scottish Government:GovernmentBody'],
      ['Sarah Klein -CRITICIZED-> Scottish Government'],
    ],
    [
      'Tom Reed called the Tesco offer derisory.',
      [P('Tom Reed'), C('Tesco')],
      ['Tom Reed -CRITICIZED-> Tesco'],
    ],
    ['Tom Reed described Tesco as a major employer in the town.', [P('Tom Reed'), C('Tesco')], []],
  ]);
});

describe('CRITICIZED: attack, criticism and complaint nouns', () => {
  table([
    [
      "Jane Cole's fierce attack on the Conservative Party drew cheers.",
      [P('Jane Cole'), TORIES],
      ['Jane Cole -CRITICIZED-> Conservative Party'],
    ],
    [
      'Peter Adams spoke in Leeds. His attack on the Conservative Party was not a stunt, aides said.',
      [ADAMS, TORIES, 'Leeds:Place'],
      ['Peter Adams -CRITICIZED-> Conservative Party'],
    ],
    [
      'Unison launched a broadside at Tesco over pay.',
      ['Unison:Organization', C('Tesco')],
      ['Unison -CRITICIZED-> Tesco'],
    ],
    [
      'Greenpeace filed a complaint against Shell last week.',
      ['Greenpeace:Organization', C('Shell')],
      ['Greenpeace -CRITICIZED-> Shell'],
    ],
    [
      'The European Commission has launched proceedings against Microsoft over its browser.',
      [EC, C('Microsoft')],
      ['European Commission -CRITICIZED-> Microsoft'],
    ],
    // Military attacks, problems attacked, criticism with no maker, hypothetical cases.
    ["Russia's attack on Ukraine was condemned.", ['Russia:Country', 'Ukraine:Country'], []],
    ['Tesco attacked the problem of waste.', [C('Tesco')], []],
    ['Criticism of Barclays grew in London.', [C('Barclays'), 'London:Place'], []],
    [
      'Were the Home Office to take action against Hikvision, the effect would be large.',
      ['Home Office:GovernmentBody', C('Hikvision')],
      [],
    ],
  ]);
});

describe('CRITICIZED: demands that someone goes', () => {
  table([
    [
      'The Liberal Democrats challenged Mr Adams to stand down as a councillor.',
      [LIBDEMS, ADAMS],
      ['Liberal Democrats -CRITICIZED-> Peter Adams'],
    ],
    [
      'Helen Ward wants Peter Adams to be replaced as leader.',
      [P('Helen Ward'), ADAMS],
      ['Helen Ward -CRITICIZED-> Peter Adams'],
    ],
    [
      'Helen Ward wants a date to be set for Mr Adams to be replaced as leader.',
      [P('Helen Ward'), ADAMS],
      ['Helen Ward -CRITICIZED-> Peter Adams'],
    ],
    ['Helen Ward challenged Peter Adams to stand for the leadership.', [P('Helen Ward'), ADAMS], []],
    ['Helen Ward wants Peter Adams to go ahead with the plan.', [P('Helen Ward'), ADAMS], []],
    [
      'Helen Ward wants the United Kingdom to leave the European Union.',
      [P('Helen Ward'), 'United Kingdom:Country', 'European Union:Organization'],
      [],
    ],
  ]);
});

describe('CRITICIZED: "quit Y and accused it of …"', () => {
  table([
    [
      'Peter Adams has quit the Green Party and accused it of abandoning its voters.',
      [ADAMS, GREENS],
      ['Peter Adams -CRITICIZED-> Green Party'],
    ],
    [
      'Former councillor Peter Adams has left the Green Party and accused it of betraying its members.',
      [ADAMS, GREENS],
      ['Peter Adams -CRITICIZED-> Green Party'],
    ],
    ['Peter Adams has quit the Green Party and thanked it for its support.', [ADAMS, GREENS], []],
  ]);
});

describe('CRITICIZED: regulators writing to challenge, statements of objections', () => {
  table([
    [
      'The European Commission has written to the phone operators Orange and Iliad to challenge "the high fees" they charge.',
      [EC, C('Orange'), C('Iliad')],
      ['European Commission -CRITICIZED-> Iliad', 'European Commission -CRITICIZED-> Orange'],
    ],
    ['Oxfam wrote to Tesco to thank it for the gift.', ['Oxfam:Organization', C('Tesco')], []],
    ['The European Commission has written to Iliad to request more data.', [EC, C('Iliad')], []],
    [
      'Iliad was sent a statement of objections by the European Commission in July.',
      [EC, C('Iliad')],
      ['European Commission -CRITICIZED-> Iliad'],
    ],
    [
      'The European Commission sent Orange a statement of objections in May.',
      [EC, C('Orange')],
      ['European Commission -CRITICIZED-> Orange'],
    ],
    ['Iliad sent a statement of accounts to Orange in May.', [C('Iliad'), C('Orange')], []],
  ]);
});

describe('CRITICIZED: "And she branded …" after a sentence opened by one person', () => {
  table([
    [
      'Sarah Klein spoke on Monday. And she branded the Welsh Government\'s response to the storm as "piecemeal and poor".',
      [P('Sarah Klein'), 'Welsh Government:GovernmentBody'],
      ['Sarah Klein -CRITICIZED-> Welsh Government'],
    ],
    [
      "Sarah Klein spoke on Monday. And she described the Welsh Government's response as swift.",
      [P('Sarah Klein'), 'Welsh Government:GovernmentBody'],
      [],
    ],
  ]);
});

describe('CRITICIZED: doubts about a possessor’s use, policies, response', () => {
  table([
    [
      "Mark Hale questioned Orbis Capital's use of large cash bonuses.",
      [P('Mark Hale'), 'Orbis Capital:Fund'],
      ['Mark Hale -CRITICIZED-> Orbis Capital'],
    ],
    [
      "Kestrel Group says Orbis Capital's own policies are inconsistent with its demands.",
      ['Kestrel Group:Company', 'Orbis Capital:Fund'],
      ['Kestrel Group -CRITICIZED-> Orbis Capital'],
    ],
    [
      "Mark Hale questioned Orbis Capital's chief executive about the figures.",
      [P('Mark Hale'), 'Orbis Capital:Fund'],
      [],
    ],
  ]);
});

describe('CRITICIZED: a quoted verdict before the object (headline style)', () => {
  table([
    [
      "Adams quits 'shameful' Green Party",
      ['Peter Adams:Person|Adams', GREENS],
      ['Peter Adams -CRITICIZED-> Green Party'],
    ],
    ['Unison slams "disgraceful" Tesco', ['Unison:Organization', C('Tesco')], ['Unison -CRITICIZED-> Tesco']],
    ['Tesco buys struggling Iliad', [C('Tesco'), C('Iliad')], []],
    ['Tesco buys shambolic Iliad', [C('Tesco'), C('Iliad')], []],
  ]);
});

describe('CRITICIZED: pushing back against charges someone made', () => {
  table([
    [
      "Iliad rejected the European Commission's allegations on Monday.",
      [C('Iliad'), EC],
      ['Iliad -CRITICIZED-> European Commission'],
    ],
    [
      "Orange is appealing against the European Commission's ruling.",
      [C('Orange'), EC],
      ['Orange -CRITICIZED-> European Commission'],
    ],
    ["Tesco rejected Iliad's offer.", [C('Tesco'), C('Iliad')], []],
    ["Tesco did not dispute Greenpeace's findings.", [C('Tesco'), 'Greenpeace:Organization'], []],
  ]);
});

describe('CRITICIZED: objections and "demanded that Y resign"', () => {
  table([
    [
      "Oxfam objected to Tesco's plans for a new store.",
      ['Oxfam:Organization', C('Tesco')],
      ['Oxfam -CRITICIZED-> Tesco'],
    ],
    ['Oxfam objected to the Tesco plan.', ['Oxfam:Organization', C('Tesco')], ['Oxfam -CRITICIZED-> Tesco']],
    ['Oxfam did not object to Tesco.', ['Oxfam:Organization', C('Tesco')], []],
    [
      'Helen Ward demanded that Peter Adams resign.',
      [P('Helen Ward'), ADAMS],
      ['Helen Ward -CRITICIZED-> Peter Adams'],
    ],
    [
      'Helen Ward demanded that Mr Adams should apologise.',
      [P('Helen Ward'), ADAMS],
      ['Helen Ward -CRITICIZED-> Peter Adams'],
    ],
    ['Helen Ward demanded that Peter Adams attend.', [P('Helen Ward'), ADAMS], []],
  ]);
});

describe('CRITICIZED: "critical of", "rounded on", anger at', () => {
  table([
    [
      'Unison was highly critical of Barclays.',
      ['Unison:Organization', C('Barclays')],
      ['Unison -CRITICIZED-> Barclays'],
    ],
    ['Unison was not critical of Barclays.', ['Unison:Organization', C('Barclays')], []],
    ['Barclays faces a critical test in Paris.', [C('Barclays'), 'Paris:Place'], []],
    ['Oxfam rounded on Tesco.', ['Oxfam:Organization', C('Tesco')], ['Oxfam -CRITICIZED-> Tesco']],
    [
      'Unison voiced anger at Barclays over pay.',
      ['Unison:Organization', C('Barclays')],
      ['Unison -CRITICIZED-> Barclays'],
    ],
    ['Anger at Barclays grew.', [C('Barclays')], []],
  ]);
});

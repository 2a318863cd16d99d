// General affiliations without a role word next to a body, on sentences of our own: party names before persons, "X, from Y,", bare corporate titles, apposed roles; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const P = (name: string): EntitySpec => `${name}:Person`;

describe('party names and nicknames before a person', () => {
  table([
    ['But Tory Helen Marsh said the plan was flawed.', ['Conservative Party:PoliticalParty|Tory', P('Helen Marsh')], ['Helen Marsh -MEMBER_OF-> Conservative Party']],
    ['Veteran Labour backbencher Owen Price voted against.', ['Labour Party:PoliticalParty|Labour', P('Owen Price')], ['Owen Price -MEMBER_OF-> Labour Party']],
    ['Lib Dem Carys Hughes asked the question.', ['Liberal Democrats:PoliticalParty|Lib Dem', P('Carys Hughes')], ['Carys Hughes -MEMBER_OF-> Liberal Democrats']],
    ['Republican Dale Frost and Democrat senator Amy Ruiz disagreed.', ['Republican Party:PoliticalParty|Republican', 'Democratic Party:PoliticalParty|Democrat', P('Dale Frost'), P('Amy Ruiz')], ['Dale Frost -MEMBER_OF-> Republican Party', 'Amy Ruiz -MEMBER_OF-> Democratic Party']],
    // a party after a preposition is what the person acts on
    ['The letter from Labour Owen Price signed was lost.', ['Labour Party:PoliticalParty|Labour', P('Owen Price')], []],
  ]);
});

describe('"X, from Y" and "X of Y said"', () => {
  table([
    ['Ana Diaz, from Oxfam, said the aid was late.', [P('Ana Diaz'), 'Oxfam:Organization'], ['Ana Diaz -WORKS_FOR-> Oxfam']],
    ['Tom Reyes of Halden Bank said rates would rise.', [P('Tom Reyes'), 'Halden Bank:Company'], ['Tom Reyes -WORKS_FOR-> Halden Bank']],
    // places and people are no employers; "from" without a comma is movement
    ['Ana Diaz, from Madrid, said the aid was late.', [P('Ana Diaz'), 'Madrid:Place'], []],
    ['Ana Diaz flew in from Oxfam headquarters.', [P('Ana Diaz'), 'Oxfam:Organization'], []],
    ['Tom Reyes sold shares of Halden Bank to a fund.', [P('Tom Reyes'), 'Halden Bank:Company'], []],
  ]);
});

describe('bare corporate titles: the company in view', () => {
  it('links "said chief executive X" to the one company of the sentence before', () => {
    const text = 'Shares in Pellam Foods rose 5% on Friday. "We are back," said chief executive Rita Gale.';
    expect(relationsOf(text, ['Pellam Foods:Company', P('Rita Gale')])).toEqual(['Rita Gale -LEADS-> Pellam Foods']);
  });
  table([
    ['Brixton Steel said finance director Omar Sy would leave.', ['Brixton Steel:Company', P('Omar Sy')], ['Omar Sy -WORKS_FOR-> Brixton Steel']],
    // two companies in view: no guess
    ['Brixton Steel and Vale Metals met, said chairman Omar Sy.', ['Brixton Steel:Company', 'Vale Metals:Company', P('Omar Sy')], []],
    // a company named inside the quotation is what the speaker talks about, not the speaker's employer…
    ['Brixton Steel sales fell. "Selling Vale Metals is still an option," chief executive Omar Sy said.', ['Brixton Steel:Company', 'Vale Metals:Company', P('Omar Sy')], []],
    // …unless it is the article's main company
    ['"We will rebuild Vale Metals," said chief executive Omar Sy.', ['Vale Metals:Company', P('Omar Sy')], ['Omar Sy -LEADS-> Vale Metals']],
  ]);
});

describe('apposed roles with co- titles', () => {
  table([
    ['Lena Voss, the Austrian co-head of Kestrel Aero, will retire.', [P('Lena Voss'), 'Kestrel Aero:Company', 'Austria:Country|Austrian'], ['Lena Voss -LEADS-> Kestrel Aero']],
    ['Mark Dunn, an analyst at Pearl Securities, was cautious.', [P('Mark Dunn'), 'Pearl Securities:Company'], ['Mark Dunn -WORKS_FOR-> Pearl Securities']],
    ['Ella Ward, who chairs the Commons transport committee, spoke.', [P('Ella Ward'), 'House of Commons:GovernmentBody|Commons'], ['Ella Ward -MEMBER_OF-> House of Commons']],
  ]);
});

describe('office titles to the ministry the article names', () => {
  table([
    ['Foreign Secretary Ann Kirby flew to Lima, the Foreign Office said.', [P('Ann Kirby'), 'Foreign and Commonwealth Office:GovernmentBody|Foreign Office', 'Lima:Place'], ['Ann Kirby -WORKS_FOR-> Foreign and Commonwealth Office']],
    ['Raj Mehta, the home secretary, defended the Home Office plan.', [P('Raj Mehta'), 'Home Office:GovernmentBody'], ['Raj Mehta -WORKS_FOR-> Home Office']],
    ['US Secretary of State Dana Fry met State Department staff.', [P('Dana Fry'), 'State Department:GovernmentBody', 'United States:Country|US'], ['Dana Fry -WORKS_FOR-> State Department']],
    // a shadow minister holds no office; no ministry named, no link
    ['Shadow home secretary Leo Grant attacked the Home Office plan.', [P('Leo Grant'), 'Home Office:GovernmentBody'], ['Leo Grant -CRITICIZED-> Home Office']],
    ['Foreign Secretary Ann Kirby flew to Lima.', [P('Ann Kirby'), 'Lima:Place'], []],
  ]);
});

describe('bare corporate titles: other posts', () => {
  table([
    ['Rovers vice-chairman Sam Ode said the club may list on the Delta Exchange.', [P('Sam Ode'), 'Delta Exchange:Company'], []],
    ['Said chairman Sam Ode: "We will list on the Delta Exchange."', [P('Sam Ode'), 'Delta Exchange:Company'], []],
  ]);
});

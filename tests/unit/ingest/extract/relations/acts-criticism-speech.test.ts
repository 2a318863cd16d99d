// Criticism in reported speech on sentences of our own: "responded by accusing", object pronouns, "said Y had failed/must stop", demands to change course, warnings, quotes with their speaker; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const P = (name: string): EntitySpec => `${name}:Person`;
const VANCE = 'Tom Vance:Person|Tom Vance|Mr Vance';
const KELBROOK = 'Kelbrook Energy:Company';

describe('CRITICIZED: accusing after a verb, object pronouns', () => {
  table([
    [
      'Mr Vance responded by accusing Ola Berg of hiding the figures.',
      [VANCE, P('Ola Berg')],
      ['Tom Vance -CRITICIZED-> Ola Berg'],
    ],
    [
      'Mr Vance hit back by attacking Kelbrook Energy over its prices.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Ruth Kale wrote to Ola Berg on Monday accusing him of misleading voters.',
      [P('Ruth Kale'), P('Ola Berg')],
      ['Ruth Kale -CRITICIZED-> Ola Berg'],
    ],
    [
      'Ruth Kale visited Kelbrook Energy in May and accused it of hiding losses.',
      [P('Ruth Kale'), KELBROOK],
      ['Ruth Kale -CRITICIZED-> Kelbrook Energy'],
    ],
    // a helping act, and a pronoun with no fitting antecedent, are no criticism
    ['Mr Vance responded by thanking Ola Berg for the figures.', [VANCE, P('Ola Berg')], []],
    ['Ruth Kale said on Monday that voters had accused him of lying.', [P('Ruth Kale')], []],
  ]);
});

describe('CRITICIZED: "X said Y had failed / must stop"', () => {
  table([
    [
      'Tom Vance said Kelbrook Energy had failed its customers.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'The Green Rights Network said the European Union should not lift the embargo.',
      ['Green Rights Network:Organization', 'European Union:GovernmentBody'],
      ['Green Rights Network -CRITICIZED-> European Union'],
    ],
    [
      'Tom Vance said that Kelbrook Energy must stop drilling near the village.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      "Tom Vance argued that Kelbrook Energy's plan was reckless.",
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'The Unity Party claimed Ola Berg had misled parliament.',
      ['Unity Party:PoliticalParty', P('Ola Berg')],
      ['Unity Party -CRITICIZED-> Ola Berg'],
    ],
    // praise, neutral news and denials are no criticism
    ['Tom Vance said Kelbrook Energy had won the contract.', [VANCE, KELBROOK], []],
    ['Tom Vance said Kelbrook Energy should be proud of its staff.', [VANCE, KELBROOK], []],
    ['Tom Vance said Kelbrook Energy had not failed anyone.', [VANCE, KELBROOK], []],
    ['Tom Vance denied that Kelbrook Energy had failed its customers.', [VANCE, KELBROOK], []],
  ]);
});

describe('CRITICIZED: demands to change course and warnings', () => {
  table([
    [
      'Tom Vance urged Kelbrook Energy to stop the work.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'The Unity Party called on the European Union to scrap the deal.',
      ['Unity Party:PoliticalParty', 'European Union:GovernmentBody'],
      ['Unity Party -CRITICIZED-> European Union'],
    ],
    [
      'Tom Vance urged Kelbrook Energy not to close the plant.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'The Unity Party warned the European Union against lifting the ban.',
      ['Unity Party:PoliticalParty', 'European Union:GovernmentBody'],
      ['Unity Party -CRITICIZED-> European Union'],
    ],
    [
      'Kelbrook Energy faced fierce criticism from Tom Vance over the spill.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    // invitations are no criticism
    ['Tom Vance urged Kelbrook Energy to join the talks.', [VANCE, KELBROOK], []],
    [
      'The Unity Party warned that the European Union would struggle.',
      ['Unity Party:PoliticalParty', 'European Union:GovernmentBody'],
      [],
    ],
  ]);
});

describe('CRITICIZED: a quote and its speaker', () => {
  table([
    [
      '"Kelbrook Energy must stop this drilling now," said Tom Vance.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      '"Ola Berg has failed the country," Ruth Kale said.',
      [P('Ruth Kale'), P('Ola Berg')],
      ['Ruth Kale -CRITICIZED-> Ola Berg'],
    ],
    [
      'Tom Vance spoke to reporters on Monday. "Kelbrook Energy has failed this town," he said.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    ['"Kelbrook Energy has done a fine job," said Tom Vance.', [VANCE, KELBROOK], []],
  ]);
});

describe('CRITICIZED in speech: what is no criticism', () => {
  table([
    // a hedge after the modal is advice, not blame; a pronoun may be the speaker himself
    ['Tom Vance said Kelbrook Energy should now consider selling the plant.', [VANCE, KELBROOK], []],
    ['Speaking at the trial of Ola Berg, Tom Vance said he lied to the board.', [VANCE, P('Ola Berg')], []],
    [
      'Ruth Kale said Britain should not join the scheme.',
      [P('Ruth Kale'), 'United Kingdom:Country|Britain'],
      [],
    ],
  ]);
});

describe('CRITICIZED: trouble at a body, passive criticism of a body doing, demands on a government', () => {
  table([
    [
      'Ruth Kale said that she deplored the infighting at Kelbrook Energy.',
      [P('Ruth Kale'), KELBROOK],
      ['Ruth Kale -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Ruth Kale condemned the chaos at the Kelbrook Energy plant.',
      [P('Ruth Kale'), KELBROOK],
      ['Ruth Kale -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      "Moves to scrap the Unity Party's pension plan have been condemned by unions and the Green Party.",
      ['Unity Party:PoliticalParty', 'Green Party:PoliticalParty'],
      ['Green Party -CRITICIZED-> Unity Party'],
    ],
    [
      'Unity Party plans were attacked by Tom Vance.',
      ['Unity Party:PoliticalParty|Unity Party', VANCE],
      ['Tom Vance -CRITICIZED-> Unity Party'],
    ],
    [
      'Tom Vance met the press. "The Transport Ministry must give a clearer reason for the cuts," he said.',
      [VANCE, 'Transport Ministry:GovernmentBody'],
      ['Tom Vance -CRITICIZED-> Transport Ministry'],
    ],
    // a good mood at a body, a demand on a company, a place of the criticism are no criticism of it
    ['Ruth Kale praised the mood at Kelbrook Energy.', [P('Ruth Kale'), KELBROOK], []],
    ['"Kelbrook Energy must grow faster," said Tom Vance.', [VANCE, KELBROOK], []],
    ['Ruth Kale condemned the attack at the Ostland Museum.', [P('Ruth Kale'), 'Ostland Museum:Place'], []],
  ]);
});

describe('CRITICIZED: a critical participle adjunct shares the sentence subject', () => {
  table([
    [
      'Ruth Kale, an MP for the northern coast, quit the Unity Party in May, after criticising its leader Ola Berg.',
      [P('Ruth Kale'), 'Unity Party:PoliticalParty', P('Ola Berg')],
      ['Ruth Kale -CRITICIZED-> Ola Berg'],
    ],
    [
      'Tom Vance resigned from the board last week after attacking Kelbrook Energy.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    // another clause's subject in between takes the participle
    ['Tom Vance resigned after voters were attacking Kelbrook Energy.', [VANCE, KELBROOK], []],
  ]);
});

describe('CRITICIZED in speech: verdicts in a noun phrase, calls for a body to end something', () => {
  table([
    [
      "The Unity Party says Kelbrook Energy's own policies are inconsistent with its promises.",
      ['Unity Party:PoliticalParty', KELBROOK],
      ['Unity Party -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Tom Vance said that Kelbrook Energy is a security risk.',
      [VANCE, KELBROOK],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Ruth Kale called for the Transport Ministry to end its secrecy.',
      [P('Ruth Kale'), 'Transport Ministry:GovernmentBody'],
      ['Ruth Kale -CRITICIZED-> Transport Ministry'],
    ],
    // neutral descriptions are no verdicts
    ['Tom Vance said that Kelbrook Energy is a big employer in the town.', [VANCE, KELBROOK], []],
    ['Tom Vance said Kelbrook Energy was at risk of closure.', [VANCE, KELBROOK], []],
  ]);
});

describe('CRITICIZED: "He …" opening a sentence stands for the one person named just before', () => {
  table([
    [
      'Tom Vance spoke in Leeds on Friday. He accused Kelbrook Energy of hiding losses.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Tom Vance spoke in Leeds on Friday. He also said Kelbrook Energy had misled its staff.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Tom Vance spoke in Leeds on Friday. He urged Kelbrook Energy to scrap the plan.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Tom Vance met Ruth Kale in Leeds. He accused Kelbrook Energy of hiding losses.',
      [VANCE, P('Ruth Kale'), KELBROOK, 'Leeds:Place'],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    // a sentence opened by a pronoun names no subject to carry; a denial reads nothing
    [
      'He said Tom Vance had left Leeds. He accused Kelbrook Energy of hiding losses.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      [],
    ],
    [
      'Tom Vance spoke in Leeds. "Kelbrook Energy has failed this town," he said.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      ['Tom Vance -CRITICIZED-> Kelbrook Energy'],
    ],
    [
      'Tom Vance spoke in Leeds on Friday. He never accused Kelbrook Energy of anything.',
      [VANCE, KELBROOK, 'Leeds:Place'],
      [],
    ],
  ]);
});

describe('CRITICIZED: demands addressed across titles, and calls to shun a body', () => {
  table([
    [
      'Ruth Kale has urged Leeds mayor Ola Berg to apologise for his remarks.',
      [P('Ruth Kale'), 'Leeds:Place', P('Ola Berg')],
      ['Ruth Kale -CRITICIZED-> Ola Berg'],
    ],
    [
      'Ruth Kale warned Mr Berg not to waste the money.',
      [P('Ruth Kale'), 'Ola Berg:Person|Mr Berg|Berg'],
      ['Ruth Kale -CRITICIZED-> Ola Berg'],
    ],
    [
      'The Green Rights Network urged voters not to vote for the Unity Party.',
      ['Green Rights Network:Organization', 'Unity Party:PoliticalParty'],
      ['Green Rights Network -CRITICIZED-> Unity Party'],
    ],
    [
      'Tom Vance urged the Transport Ministry to think again.',
      [VANCE, 'Transport Ministry:GovernmentBody'],
      ['Tom Vance -CRITICIZED-> Transport Ministry'],
    ],
    // asking people to back a body is support
    [
      'The Green Rights Network urged voters to vote for the Unity Party.',
      ['Green Rights Network:Organization', 'Unity Party:PoliticalParty'],
      [],
    ],
    ['Ruth Kale urged Mr Berg to open the books.', [P('Ruth Kale'), 'Ola Berg:Person|Mr Berg|Berg'], []],
  ]);
});

describe('CRITICIZED: putting commerce above principle', () => {
  table([
    [
      'But the Green Rights Network says the European Union is putting commerce above human rights.',
      ['Green Rights Network:Organization', 'European Union:GovernmentBody'],
      ['Green Rights Network -CRITICIZED-> European Union'],
    ],
    // putting safety first is praise
    ['Tom Vance said Kelbrook Energy was putting safety above profit.', [VANCE, KELBROOK], []],
  ]);
});

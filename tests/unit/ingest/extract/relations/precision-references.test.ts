// Guards from the precision audit, second round: intentions are no holdings, agents inside appositions are no subjects, heads of a field work for the body, pronouns are no names after titles, "the shell company" is not the article's firm, "Mr X" is a surname.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../../ingest/extract/extract.ts';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const VANCE = 'Tom Vance:Person|Tom Vance|Mr Vance';
const BERG = 'Ann Berg:Person|Ann Berg|Ms Berg';
const MERRO = 'Merro Bank:Company';
const HALDEN = 'Halden Bank:Company';

describe('an apposition\'s agent ("financed by X") is no subject of the clause', () => {
  table([
    ['The Halden Institute, financed by billionaire Tom Vance, has accused Ostland of harassment.', ['Halden Institute:Organization', VANCE, 'Ostland:Country'], ['Halden Institute -CRITICIZED-> Ostland']],
    ['The think tank, funded by billionaire Tom Vance, has accused Ostland of harassment.', [VANCE, 'Ostland:Country'], []],
    ['Halden Media, run by Tom Vance, owns 82% of the shares in Merro Films.', ['Halden Media:Company', VANCE, 'Merro Films:Company'], ['Halden Media -INVESTED_IN-> Merro Films']],
  ]);
});

describe('INVESTED_IN: offers, plans and exchanges are no holdings', () => {
  table([
    ['No agreement has been reached on any offer by Merro Bank to acquire a majority stake in Halden Bank.', [MERRO, HALDEN], []],
    ['Merro Bank plans to buy Halden Bank.', [MERRO, HALDEN], []],
    ['Merro Bank is in talks to acquire Halden Bank.', [MERRO, HALDEN], []],
    ['Halden shareholders will receive two Merro Media shares in return for each Halden share.', ['Halden:Company', 'Merro Media:Company'], []],
    ['Merro Bank bought Halden Bank last year.', [MERRO, HALDEN], ['Merro Bank -INVESTED_IN-> Halden Bank']],
  ]);
});

describe('roles: a head of a field works for the body; a pronoun is no name after a title', () => {
  table([
    ["Ann Berg, Merro Bank's head of internal audit, raised the alarm.", [BERG, MERRO], ['Ann Berg -WORKS_FOR-> Merro Bank']],
    ["Ann Berg, Merro Bank's chairman of the board, resigned.", [BERG, MERRO], ['Ann Berg -LEADS-> Merro Bank']],
    [
      "Labour's Ann Berg said she found it hard to persuade Commons officials she was a minister.",
      [BERG, 'Labour Party:PoliticalParty|Labour', 'House of Commons:GovernmentBody|Commons'],
      ['Ann Berg -MEMBER_OF-> Labour Party'],
    ],
  ]);
});

describe('"the shell company" is another firm than the one the article is about', () => {
  table([
    ['Halden Oil posted a loss. Halden Oil also cut jobs. The shell company was then snapped up by Merro Energy.', ['Halden Oil:Company', 'Merro Energy:Company'], []],
    ['Halden Oil posted a loss. Halden Oil also cut jobs. The parent company was bought by Merro Energy.', ['Halden Oil:Company', 'Merro Energy:Company'], []],
    ['Halden Oil posted a loss. Halden Oil also cut jobs. The company was then snapped up by Merro Energy.', ['Halden Oil:Company', 'Merro Energy:Company'], ['Merro Energy -INVESTED_IN-> Halden Oil']],
  ]);
});

describe('"Mr X" is a surname, never the first name of another person', () => {
  it.each([
    ['Gordon Ashby spoke to the Conservative association on Monday. Later Mr Gordon said the MP would not stand.', 'Gordon Ashby', false],
    ['Gordon Ashby spoke on Monday. Later Mr Ashby said he would not stand.', 'Gordon Ashby', true],
  ] as const)('%s', (text, name, mergesShortForm) => {
    const entity = extract(text).entities.find((e) => e.name === name);
    expect(entity).toBeDefined();
    expect(entity!.aliases.length > 0).toBe(mergesShortForm);
  });
});

describe('"Mr X" still reaches names whose family name comes first', () => {
  it.each([
    ['The ex-president of Merro Bank, Wang Xuebing, was jailed in 2003. Mr Wang was head of Halden Bank when the scandal broke.', 'Wang Xuebing'],
  ])('%s', (text, name) => {
    const entity = extract(text).entities.find((e) => e.name === name);
    expect(entity?.aliases).toContain(name.split(' ')[0]);
  });
});

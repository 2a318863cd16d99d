// Guards against the commonest false facts of a precision audit on unseen news: questions, agents after "by", phrase-internal subjects, delegates and honorifics after "chief".
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const VANCE = 'Tom Vance:Person|Tom Vance|Mr Vance';
const BERG = 'Ann Berg:Person|Ann Berg|Ms Berg';

describe('"X chief Sir Y": an honorific after "chief" makes it a head, not an adjective', () => {
  table([
    ['Audit Office chief Sir Tom Vance said the figures were wrong.', ['Audit Office:GovernmentBody', VANCE], ['Tom Vance -LEADS-> Audit Office']],
    ['Halden Bank chief Dr Ann Berg said profits rose.', ['Halden Bank:Company', BERG], ['Ann Berg -LEADS-> Halden Bank']],
    // "chief economist" stays a post inside the firm
    ['Halden Bank chief economist Ann Berg said profits rose.', ['Halden Bank:Company', BERG], ['Ann Berg -WORKS_FOR-> Halden Bank']],
  ]);
});

describe('a role inside an "if"/"whether" question states nothing', () => {
  table([
    ['Asked if she was a member of the Halden Society, Ms Berg said her faith was private.', [BERG, 'Halden Society:Organization'], []],
    ['Asked whether he would remain chairman of Merro Bank, Mr Vance declined to comment.', [VANCE, 'Merro Bank:Company'], []],
    ['Ms Berg, a member of the Halden Society, said her faith was private.', [BERG, 'Halden Society:Organization'], ['Ann Berg -MEMBER_OF-> Halden Society']],
  ]);
});

describe('criticism: a name after "by" is the one asked to act', () => {
  table([
    ['Mr Vance has called for an investigation by the information commissioner Ann Berg.', [VANCE, BERG], []],
    ['Mr Vance has called for an inquiry by Ofsted into the school.', [VANCE, 'Ofsted:GovernmentBody'], []],
    ['Mr Vance has called for an investigation into Merro Bank.', [VANCE, 'Merro Bank:Company'], ['Tom Vance -CRITICIZED-> Merro Bank']],
  ]);
});

describe('a name inside "the owner of <descriptor> X" is no subject', () => {
  table([
    ['The majority owner of oil firm Merro Energy has sued Halden Bank.', ['Merro Energy:Company', 'Halden Bank:Company'], []],
    ['Shareholders in the mining group Halden have sued Merro Bank.', ['Halden:Company', 'Merro Bank:Company'], []],
    ['The biggest owner of embattled oil firm Merro Energy has sued Halden Bank.', ['Merro Energy:Company', 'Halden Bank:Company'], []],
    ['Oil firm Merro Energy has sued Halden Bank.', ['Merro Energy:Company', 'Halden Bank:Company'], ['Merro Energy -CRITICIZED-> Halden Bank']],
    ['Embattled oil firm Merro Energy has sued Halden Bank.', ['Merro Energy:Company', 'Halden Bank:Company'], ['Merro Energy -CRITICIZED-> Halden Bank']],
  ]);
});

describe('"represent": delegates and advocates are no members; parties and assemblies keep theirs', () => {
  table([
    ['Mr Vance will represent the Halden Forum at the talks in Geneva.', [VANCE, 'Halden Forum:Organization'], []],
    ['Ms Berg, a lawyer representing the Merro Union, said the deal was unfair.', [BERG, 'Merro Union:Organization'], []],
    ['Mr Vance, who represents the Green Party on the council, voted against.', [VANCE, 'Green Party:PoliticalParty'], ['Tom Vance -MEMBER_OF-> Green Party']],
  ]);
});

describe('a person after a role phrase ("minister for women X") is the subject, not inside a phrase', () => {
  table([
    ["Labour's deputy minister for women Ann Berg accused the Greens of false promises.", [BERG, 'Labour Party:PoliticalParty|Labour', 'Green Party:PoliticalParty|Greens'], ['Ann Berg -CRITICIZED-> Green Party', 'Ann Berg -MEMBER_OF-> Labour Party']],
  ]);
});

describe('a demonym right before a name cut short to generic words is part of the name, no address', () => {
  table([
    ['The papers are kept at the Norwegian Library in the capital.', ['Norway:Country|Norwegian', 'Library:Company'], []],
    ['Record losses were reported by Norwegian Re on Monday.', ['Norway:Country|Norwegian', 'Re:Company'], []],
    ['According to Norwegian News Agency Varta, the deal is off.', ['Norway:Country|Norwegian', 'News Agency:Company'], []],
    // a real name after the demonym, or a descriptor between, still places it
    ['Record losses were reported by Norwegian Kaya on Monday.', ['Norway:Country|Norwegian', 'Kaya:Company'], ['Kaya -LOCATED_IN-> Norway']],
    ['The Norwegian insurer Merro Re reported losses.', ['Norway:Country|Norwegian', 'Merro Re:Company'], ['Merro Re -LOCATED_IN-> Norway']],
  ]);
});

describe('"lawyers for X chief executive Y": X opens Y\'s title, the lawyers\' role says nothing of Y and X', () => {
  table([
    ['He was cross-examined by lawyers for former Merro chief executive Mr Vance.', [VANCE, 'Merro:Company'], ['Tom Vance -LEADS-> Merro']],
    ['The chairman of Merro, Tom Vance, said no.', [VANCE, 'Merro:Company'], ['Tom Vance -LEADS-> Merro']],
  ]);
});

describe('money managed by X acts as X: "funds managed by X sold Y" (no apposition to skip)', () => {
  table([
    ['Funds managed by Halden Capital divested from Orbis Mining in 2019.', ['Halden Capital:Fund', 'Orbis Mining:Company'], ['Halden Capital -DIVESTED_FROM-> Orbis Mining']],
    ['Some emerging-market funds run by Merro Bank sold their shares in Orbis Mining.', ['Merro Bank:Company', 'Orbis Mining:Company'], ['Merro Bank -DIVESTED_FROM-> Orbis Mining', 'Merro Bank -INVESTED_IN-> Orbis Mining']],
    // an apposition's agent is still no subject
    ['The institute, financed by Halden Capital, has divested from Orbis Mining.', ['Halden Capital:Fund', 'Orbis Mining:Company'], []],
  ]);
});

describe('critics as the object of another verb: "funded opponents of Y" is no criticism by the subject', () => {
  table([
    ['Tom Vance was jailed after he began to fund political opponents of Ann Berg.', [VANCE, BERG], []],
    ['The Halden government jailed critics of Merro Bank.', ['Halden:Country', 'Merro Bank:Company'], []],
    ['Tom Vance is a longtime critic of Merro Bank.', [VANCE, 'Merro Bank:Company'], ['Tom Vance -CRITICIZED-> Merro Bank']],
    ['Tom Vance, a fierce opponent of Ann Berg, spoke first.', [VANCE, BERG], ['Tom Vance -CRITICIZED-> Ann Berg']],
  ]);
});

// Party posts, co- titles, relative "who chairs/heads/runs X", "an analyst at Y" and career moves, on sentences of our own; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const P = (name: string): EntitySpec => `${name}:Person`;
const TORY = 'Conservative Party:PoliticalParty|Tory|Conservative';
const LABOUR = 'Labour Party:PoliticalParty|Labour';
const LIBDEM = 'Liberal Democrats:PoliticalParty|Lib Dem';

describe('party officers are members, party leaders lead', () => {
  table([
    ['Tory co-chairman Hal Brent said the campaign would start in May.', [TORY, P('Hal Brent')], ['Hal Brent -MEMBER_OF-> Conservative Party']],
    ['Labour chairman Ann Wills attacked the plan.', [LABOUR, P('Ann Wills')], ['Ann Wills -MEMBER_OF-> Labour Party']],
    ['Lib Dem treasurer Reg Coles resigned on Monday.', [LIBDEM, P('Reg Coles')], ['Reg Coles -MEMBER_OF-> Liberal Democrats']],
    ['Gwen Price, the Tory party chairman, said the poll was wrong.', [TORY, P('Gwen Price')], ['Gwen Price -MEMBER_OF-> Conservative Party']],
    ['Ann Wills, chairwoman of the Labour Party, spoke first.', [LABOUR, P('Ann Wills')], ['Ann Wills -MEMBER_OF-> Labour Party']],
    ['Tory leader Sam Hurst toured the north.', [TORY, P('Sam Hurst')], ['Sam Hurst -LEADS-> Conservative Party']],
    // a company chairman still leads the company
    ['Orbis Foods chairman Tom Bell said sales fell.', ['Orbis Foods:Company', P('Tom Bell')], ['Tom Bell -LEADS-> Orbis Foods']],
    ['Tom Bell, the treasurer of Orbis Foods, said sales fell.', ['Orbis Foods:Company', P('Tom Bell')], ['Tom Bell -WORKS_FOR-> Orbis Foods']],
  ]);
});

describe('co- and vice- titles', () => {
  table([
    ['Lena Voss, co-chief executive of Kestrel Aero, will leave.', [P('Lena Voss'), 'Kestrel Aero:Company'], ['Lena Voss -LEADS-> Kestrel Aero']],
    ['Kestrel Aero co-chief executive Lena Voss will leave.', [P('Lena Voss'), 'Kestrel Aero:Company'], ['Lena Voss -LEADS-> Kestrel Aero']],
    ['Kestrel Aero vice-chairman Lena Voss will leave.', [P('Lena Voss'), 'Kestrel Aero:Company'], ['Lena Voss -WORKS_FOR-> Kestrel Aero']],
    ['Lena Voss, the ex-chairman of Kestrel Aero, backed the bid.', [P('Lena Voss'), 'Kestrel Aero:Company'], ['Lena Voss -LEADS-> Kestrel Aero']],
  ]);
});

describe('"the <descriptor> group Y X": the role names the body through its descriptor', () => {
  table([
    ['The German co-head of engineering and defence group Kestrel Aero Lena Voss is to leave.', [P('Lena Voss'), 'Kestrel Aero:Company', 'Germany:Country|German'], ['Lena Voss -LEADS-> Kestrel Aero']],
    ['The chief executive of media group Orbis Holdings, Tom Bell, quit.', [P('Tom Bell'), 'Orbis Holdings:Company'], ['Tom Bell -LEADS-> Orbis Holdings']],
  ]);
});

describe('"the <party> <role> of <body>"', () => {
  table([
    ['Ian Hale, the Labour chairman of the Transport Committee, said the plan was flawed.', [LABOUR, P('Ian Hale'), 'Transport Committee:GovernmentBody'], ['Ian Hale -LEADS-> Transport Committee', 'Ian Hale -MEMBER_OF-> Labour Party']],
    ['Ian Hale, the Labour MP for Bolton, said the plan was flawed.', [LABOUR, P('Ian Hale'), 'Bolton:Place'], ['Ian Hale -MEMBER_OF-> Labour Party']],
    ['Respect Coalition MP Dan Rudd spoke next.', ['Respect Coalition:PoliticalParty', P('Dan Rudd')], ['Dan Rudd -MEMBER_OF-> Respect Coalition']],
  ]);
});

describe('"who chairs/heads/runs X"', () => {
  table([
    ['Ella Ward, who chairs the transport committee, spoke first.', [P('Ella Ward'), 'Transport Committee:GovernmentBody|transport committee'], ['Ella Ward -LEADS-> Transport Committee']],
    ['Tom Bell, who runs Orbis Foods, said sales fell.', [P('Tom Bell'), 'Orbis Foods:Company'], ['Tom Bell -LEADS-> Orbis Foods']],
    ['Tom Bell, who heads the charity Shelterbox, said aid was late.', [P('Tom Bell'), 'Shelterbox:Organization'], ['Tom Bell -LEADS-> Shelterbox']],
    // a part of the body is work for it; a body after a preposition is no body led
    ['Tom Bell, who runs the Orbis Foods pension scheme, said sales fell.', [P('Tom Bell'), 'Orbis Foods:Company'], ['Tom Bell -WORKS_FOR-> Orbis Foods']],
    ['Tom Bell, who ran a campaign with Orbis Foods, was angry.', [P('Tom Bell'), 'Orbis Foods:Company'], []],
  ]);
});

describe('"X, an analyst/economist/spokesman at/with/for Y"', () => {
  table([
    ['"Prices are too high," said Ray Oduya, an analyst at Kestrel Securities.', [P('Ray Oduya'), 'Kestrel Securities:Company'], ['Ray Oduya -WORKS_FOR-> Kestrel Securities']],
    ['Ray Oduya, an economist with Halden Bank, expects a cut.', [P('Ray Oduya'), 'Halden Bank:Company'], ['Ray Oduya -WORKS_FOR-> Halden Bank']],
    ['Ray Oduya, a spokesman for the Home Office, said no.', [P('Ray Oduya'), 'Home Office:GovernmentBody'], ['Ray Oduya -WORKS_FOR-> Home Office']],
    ['Ray Oduya, an analyst, said Halden Bank was cheap.', [P('Ray Oduya'), 'Halden Bank:Company'], []],
  ]);
});

describe('career moves: "left Y to join Z", "return to Y"', () => {
  table([
    ['Lena Voss has left Kestrel Aero to join Orbis Capital.', [P('Lena Voss'), 'Kestrel Aero:Company', 'Orbis Capital:Company'], ['Lena Voss -WORKS_FOR-> Kestrel Aero', 'Lena Voss -WORKS_FOR-> Orbis Capital']],
    ['Lena Voss will return to Orbis Capital next year.', [P('Lena Voss'), 'Orbis Capital:Company'], ['Lena Voss -WORKS_FOR-> Orbis Capital']],
    ['Lena Voss said she had agreed to return full-time to the Orbis group.', [P('Lena Voss'), 'Orbis:Company'], ['Lena Voss -WORKS_FOR-> Orbis']],
    // places, hedges and companies returning to profit are no employment
    ['Lena Voss will return to Madrid next year.', [P('Lena Voss'), 'Madrid:Place'], []],
    ['Lena Voss may return to Orbis Capital next year.', [P('Lena Voss'), 'Orbis Capital:Company'], []],
    ['Orbis Capital will return to profit, Lena Voss said.', [P('Lena Voss'), 'Orbis Capital:Company'], []],
  ]);
});

describe('"leader in" an assembly is no leader of it', () => {
  table([
    ['The Democratic leader in the Senate, Harry Cole, objected.', ['Democratic Party:PoliticalParty|Democratic', P('Harry Cole'), 'US Senate:GovernmentBody|Senate'], ['Harry Cole -MEMBER_OF-> Democratic Party', 'Harry Cole -MEMBER_OF-> US Senate']],
  ]);
});

describe('roles after a place, honorific-like role words, portfolios and departments', () => {
  table([
    ['Ada Kerr, US chief economist at Fenwick Markets, said sales were strong.', [P('Ada Kerr'), 'United States:Country|US', 'Fenwick Markets:Company'], ['Ada Kerr -WORKS_FOR-> Fenwick Markets']],
    ['Raj Desai, general secretary of the Union of Dock Workers, said no.', [P('Raj Desai'), 'Union of Dock Workers:Organization'], ['Raj Desai -LEADS-> Union of Dock Workers']],
    // the department named is the employer read (its owner is left to the reader, as annotators do)
    ['Says Ada Kerr, deputy director of the Fund Agency\'s Africa Office.', [P('Ada Kerr'), 'Fund Agency:Organization', 'Africa Office:Organization'], ['Ada Kerr -WORKS_FOR-> Africa Office']],
    // an opposition party's spokesman for a ministry speaks about it, not for it
    ['Ben Ruiz, the Conservative spokesman for the Cabinet Office, said files were shredded.', [P('Ben Ruiz'), TORY, 'Cabinet Office:GovernmentBody'], ['Ben Ruiz -MEMBER_OF-> Conservative Party']],
    ['Shadow minister for the Home Office Ben Ruiz said no.', [P('Ben Ruiz'), 'Home Office:GovernmentBody'], []],
    ['Ben Ruiz, a spokesman for the Cabinet Office, said files were kept.', [P('Ben Ruiz'), 'Cabinet Office:GovernmentBody'], ['Ben Ruiz -WORKS_FOR-> Cabinet Office']],
  ]);
});

describe('appointments and posts taken over', () => {
  const ORBIS = 'Orbis Bank:Company';
  table([
    ['Orbis Bank has appointed Tom Hale as its new chief executive.', [P('Tom Hale'), ORBIS], ['Tom Hale -LEADS-> Orbis Bank']],
    ['Orbis Bank named Tom Hale chairman on Monday.', [P('Tom Hale'), ORBIS], ['Tom Hale -LEADS-> Orbis Bank']],
    ['Orbis Bank hired Tom Hale as a strategist.', [P('Tom Hale'), ORBIS], ['Tom Hale -WORKS_FOR-> Orbis Bank']],
    ['Tom Hale, who took over as chief executive of Orbis Bank in May, said the deal was poor.', [P('Tom Hale'), ORBIS], ['Tom Hale -LEADS-> Orbis Bank']],
    ['Tom Hale and Ann Roe, both directors of Orbis Bank, said no.', [P('Tom Hale'), P('Ann Roe'), ORBIS], ['Ann Roe -WORKS_FOR-> Orbis Bank', 'Tom Hale -WORKS_FOR-> Orbis Bank']],
    // a place names no one; a denied appointment is none
    ['London named Tom Hale chairman of the games.', [P('Tom Hale'), 'London:Place'], []],
    ['Orbis Bank has not appointed Tom Hale as chief executive.', [P('Tom Hale'), ORBIS], []],
  ]);
});

describe('party names inside a portfolio or a place list', () => {
  table([
    ['Economy and Labour Minister Wim Hart called the dip mild.', [P('Wim Hart'), LABOUR], []],
    ['The former Tory MP for Kensington and Chelsea died on Monday.', [TORY, 'Kensington:Place', 'Chelsea:Person'], []],
    ['Wim Hart, Labour MP for West Ham, said the issue would fade.', [P('Wim Hart'), LABOUR, 'West Ham:Place'], ['Wim Hart -MEMBER_OF-> Labour Party']],
  ]);
});

describe('one post for one name; leaders in a chamber', () => {
  table([
    ['Mr Ross and Ms Kelly, a Cabinet Office minister, arrived late.', ['Dan Ross:Person|Mr Ross', 'Ruth Kelly:Person|Ms Kelly', 'Cabinet Office:GovernmentBody'], ['Ruth Kelly -WORKS_FOR-> Cabinet Office']],
    ['Dan Ross and Ruth Kelly, the Cabinet Office ministers, arrived late.', ['Dan Ross:Person', 'Ruth Kelly:Person', 'Cabinet Office:GovernmentBody'], ['Dan Ross -WORKS_FOR-> Cabinet Office', 'Ruth Kelly -WORKS_FOR-> Cabinet Office']],
    ['Commons leader Dan Ross warned of complacency.', ['Dan Ross:Person', 'House of Commons:GovernmentBody|Commons'], ['Dan Ross -MEMBER_OF-> House of Commons']],
    ['Dan Ross, chairman of the Commons Transport Committee, spoke.', ['Dan Ross:Person', 'Commons Transport Committee:GovernmentBody'], ['Dan Ross -LEADS-> Commons Transport Committee']],
  ]);
});

describe('speakers and their bodies', () => {
  const CAP = 'Capital Economics:Company';
  table([
    ['"Rates will rise," said Tom Hale from Capital Economics.', [P('Tom Hale'), CAP], ['Tom Hale -WORKS_FOR-> Capital Economics']],
    ['"Rates will rise," said Tom Hale, chief UK economist at Capital Economics.', [P('Tom Hale'), CAP, 'United Kingdom:Country|UK'], ['Tom Hale -WORKS_FOR-> Capital Economics']],
    ['Tom Hale, chief strategist at Capital Economics, was cautious.', [P('Tom Hale'), CAP], ['Tom Hale -WORKS_FOR-> Capital Economics']],
    ['Tom Hale, of Capital Economics in London, said rates would rise.', [P('Tom Hale'), CAP, 'London:Place'], ['Tom Hale -WORKS_FOR-> Capital Economics']],
    // "from" with no speech verb before it is movement
    ['Tom Hale came back from Capital Economics headquarters.', [P('Tom Hale'), CAP], []],
  ]);
});

describe('field words and regional arms before a role', () => {
  table([
    ['The market is quiet, Survey Institute housing spokesman Ian Perry said.', ['Survey Institute:Organization', P('Ian Perry')], ['Ian Perry -WORKS_FOR-> Survey Institute']],
    ['Said Orbis Foods North America president Ivan Mena.', ['Orbis Foods:Company', 'North America:Place', P('Ivan Mena')], ['Ivan Mena -WORKS_FOR-> Orbis Foods']],
    // a country before a leader's title is no body led
    ['The German leader Gerd Hahn met Orbis Foods.', ['Orbis Foods:Company', 'Germany:Country|German', P('Gerd Hahn')], []],
  ]);
});

describe('bodies after a long descriptor, "adviser to", fields before a name', () => {
  table([
    ['Rabbi Saul Hirsch, founder of Jewish human rights group the Tovah Centre said so.', [P('Saul Hirsch'), 'Tovah Centre:Organization'], ['Saul Hirsch -LEADS-> Tovah Centre']],
    ['Lib Dem spokeswoman for women Sara Gill said no.', [LIBDEM, P('Sara Gill')], ['Sara Gill -MEMBER_OF-> Liberal Democrats']],
    ['Ed Bell, ex-chief economic adviser to the Treasury, said no.', [P('Ed Bell'), 'HM Treasury:GovernmentBody|Treasury'], ['Ed Bell -WORKS_FOR-> HM Treasury']],
    // an ambassador to a country works for no country
    ['Ed Bell, the British ambassador to Japan, said no.', [P('Ed Bell'), 'Japan:Country', 'United Kingdom:Country|British'], []],
  ]);
});

describe('predicates and ages', () => {
  table([
    ['Tom Hale is the chief executive of Orbis Bank.', [P('Tom Hale'), 'Orbis Bank:Company'], ['Tom Hale -LEADS-> Orbis Bank']],
    ['Tom Hale, 54, chief executive of Orbis Bank, said no.', [P('Tom Hale'), 'Orbis Bank:Company'], ['Tom Hale -LEADS-> Orbis Bank']],
    ['Tom Hale met Ann Roe, 54, and the chief executive of Orbis Bank.', [P('Tom Hale'), P('Ann Roe'), 'Orbis Bank:Company'], []],
  ]);
});

describe('bodies named through a descriptor; names in a clause of their own', () => {
  const M = 'Menatep:Company';
  table([
    ['Tim Osborne, head of Yukos main shareholders\' group Menatep, said no.', [P('Tim Osborne'), 'Yukos:Company', M], ['Tim Osborne -LEADS-> Menatep']],
    ['Lawyers for Menatep, a group through which Mr Kodor controls Yukos, said no.', [M, 'Ivan Kodor:Person|Mr Kodor', 'Yukos:Company'], []],
    ['Mr Lebed headed the Menatep group, the parent company of Yukos.', ['Ivan Lebed:Person|Mr Lebed', M, 'Yukos:Company'], ['Ivan Lebed -LEADS-> Menatep']],
    ['Mr Lebed headed the Menatep group\'s trading arm.', ['Ivan Lebed:Person|Mr Lebed', M], ['Ivan Lebed -WORKS_FOR-> Menatep']],
  ]);
});

describe('a bare "party" before a post: the article\'s one party', () => {
  table([
    ['Labour won the vote. Labour MPs cheered. Former incumbent Ann Dodd was relegated to party chairman.', [LABOUR, P('Ann Dodd')], ['Ann Dodd -MEMBER_OF-> Labour Party']],
    ['Labour won the vote. Labour MPs cheered, and party leader Tom Hale spoke.', [LABOUR, P('Tom Hale')], ['Tom Hale -LEADS-> Labour Party']],
    // two parties named as often: no guess; a post with its own party named after it
    ['Labour won and the Tories lost. Former incumbent Ann Dodd was relegated to party chairman.', [LABOUR, 'Conservative Party:PoliticalParty|Tories', P('Ann Dodd')], []],
    ['Labour won the vote. Labour MPs cheered. Ann Dodd became deputy party leader of the Unity Party.', [LABOUR, 'Unity Party:PoliticalParty', P('Ann Dodd')], ['Ann Dodd -MEMBER_OF-> Unity Party']],
  ]);
});

describe('"X, fired as <post>"', () => {
  table([
    ['Labour won. Labour MPs cheered. Deputy leader Ann Rayne, fired as party chairman on Saturday, was angry.', [LABOUR, P('Ann Rayne')], ['Ann Rayne -MEMBER_OF-> Labour Party']],
    ['Tom Hale, sacked as Orbis Bank chairman in May, said no.', [P('Tom Hale'), 'Orbis Bank:Company'], ['Tom Hale -LEADS-> Orbis Bank']],
  ]);
});

describe('"<clause>, spokesperson X said": the body the clause is about', () => {
  table([
    ['The Harbor fund has $8m invested in Tavira and Lumen, spokesperson Pat Keys said Friday.', ['Harbor:Fund', 'Tavira:Company', 'Lumen:Company', P('Pat Keys')], ['Harbor -INVESTED_IN-> Lumen', 'Harbor -INVESTED_IN-> Tavira', 'Pat Keys -WORKS_FOR-> Harbor']],
    ['The Home Office is reviewing the case, spokeswoman Ann Roe said.', ['Home Office:GovernmentBody', P('Ann Roe')], ['Ann Roe -WORKS_FOR-> Home Office']],
    // a passive clause leaves the speaker's body unclear; a person opening the clause is no body
    ['Tavira was hit by Lumen\'s decision, spokesman Tom Hale said.', ['Tavira:Company', 'Lumen:Company', P('Tom Hale')], []],
    ['Ann Roe is reviewing the case, spokesman Tom Hale said.', [P('Ann Roe'), P('Tom Hale')], []],
  ]);
});

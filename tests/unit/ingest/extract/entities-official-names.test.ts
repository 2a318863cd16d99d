// Official names with "and", parliament committees in lower case, "the British Government" as the country, adjectives that are no names.
import { describe, it } from 'vitest';
import type { EntityType } from '../../../../core/types.ts';
import { expectAbsent, expectTyped } from './entity-tables.ts';

const TYPED: [sentence: string, name: string, type: EntityType][] = [
  ['The US Securities and Exchange Commission opened an inquiry.', 'Securities and Exchange Commission', 'GovernmentBody'],
  ['Tom Reid, who chairs the Trade and Industry Committee, disagreed.', 'Trade and Industry Committee', 'GovernmentBody'],
  ['The Culture, Media and Sport Committee took evidence.', 'Culture, Media and Sport Committee', 'GovernmentBody'],
  ["Japan's Ministry of Economy, Trade and Industry (METI) said output rose.", 'Ministry of Economy, Trade and Industry', 'GovernmentBody'],
  ['The Electoral Commission fined the party.', 'Electoral Commission', 'GovernmentBody'],
  ['Tom Reid, who chairs the Commons trade committee, disagreed.', 'Commons trade committee', 'GovernmentBody'],
  ['Ann Cole, who chairs the science and technology committee, agreed.', 'Science and Technology Committee', 'GovernmentBody'],
  ['She told the Senate banking committee that rates would rise.', 'Senate banking committee', 'GovernmentBody'],
  ['The Foreign and Commonwealth Office issued a warning.', 'Foreign and Commonwealth Office', 'GovernmentBody'],
  ['The figures came from the Finance Ministry on Wednesday.', 'Finance Ministry', 'GovernmentBody'],
  // A party alias several countries share goes to the country named with it.
  ["John Howard, of Australia's Liberal Party, won again.", 'Liberal Party of Australia', 'PoliticalParty'],
  ['The SDLP and the Ulster Unionists met.', 'Social Democratic and Labour Party', 'PoliticalParty'],
  // A first name before a law's head word makes a person ("Jack Law"), not a law.
  ['Jack Law, chief executive of the charity, said it was ill-advised.', 'Jack Law', 'Person'],
  ['Veteran Labour MP Tom Reid spoke.', 'Tom Reid', 'Person'],
  ['Veteran Labour MP Tom Reid spoke.', 'Labour Party', 'PoliticalParty'],
  // A country and fields of government name an agency.
  ['Sir Tom Reid, the former head of UK Trade & Investment, spoke.', 'UK Trade & Investment', 'GovernmentBody'],
  ['UK Export Finance backed the deal.', 'UK Export Finance', 'GovernmentBody'],
  // "the UK government" is the country; so is the capitalised "British Government".
  ['The British Government said it would not comment.', 'United Kingdom', 'Country'],
  ['The French Government’s plan was dropped.', 'France', 'Country'],
  // A full name its head word types outweighs its short form's look of a first name.
  ['Games maker Shanda Interactive Entertainment bought shares. Shanda said the deal was good. Analysts said Shanda paid too much.', 'Shanda Interactive Entertainment', 'Company'],
  // An adjective opening a sentence is no part of the party's name.
  ['He said: "No." Senior Labour backbencher Tom Reid agreed.', 'Labour Party', 'PoliticalParty'],
  ['The Lord Lieutenant of Greater London attended.', 'Greater London', 'Place'],
];

const ABSENT: [sentence: string, name: string][] = [
  ['The US Securities and Exchange Commission opened an inquiry.', 'US Securities'],
  ['The US Securities and Exchange Commission opened an inquiry.', 'Exchange Commission'],
  ['Tom Reid, who chairs the Trade and Industry Committee, disagreed.', 'Industry Committee'],
  ['The British Government said it would not comment.', 'British Government'],
  // Dates end a name.
  ['The figures came from the Finance Ministry on Wednesday.', 'Finance Ministry on Wednesday'],
  ['The Olympic Games begin on Friday.', 'Olympic Games'],
  ['The Clean Air Act was passed in 1956.', 'Clean Air Act'],
  // "and" joins two names, not one, when a known name follows it or an acronym stands before it.
  ['Leaders of the G7 Group and World Economic Forum met.', 'G7 Group and World Economic Forum'],
  ['KLX and Deutsche Post agreed a deal.', 'KLX and Deutsche Post'],
  // Plans and products are no people, even after a first name; descriptors opening a sentence are no names.
  ['The minister called for a new Marshall Plan for the region.', 'Marshall Plan'],
  ['Brent crude rose to $40 a barrel.', 'Brent'],
  ['Veteran Labour MP Tom Reid spoke.', 'Veteran Labour'],
  ['Backbencher Tom Reid said so.', 'Backbencher Tom Reid'],
  ['Sir Tom Reid, the former head of UK Trade & Investment, spoke.', 'Trade & Investment'],
  // Company boards' committees are no government bodies.
  ['The audit and risk committee met on Monday.', 'Audit and Risk Committee'],
  ['The trade committee of the club met.', 'Trade Committee'],
  ['He said: "No." Senior Labour backbencher Tom Reid agreed.', 'Senior Labour'],
  // "Roman emperors": a first name used as an adjective names no one.
  ['It was a nod to the guards of Roman emperors.', 'Roman'],
  ['The firm hired Georgian builders.', 'Georgian'],
];

describe('official names and what they stand for', () => {
  it.each(TYPED)('%s → %s is %s', (sentence, name, type) => expectTyped(sentence, name, type));

  it.each(ABSENT)('%s has no entity %s', (sentence, name) => expectAbsent(sentence, name));
});

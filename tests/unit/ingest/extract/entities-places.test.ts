// Cities and towns: the generated city gazetteer, places inside longer names, and what is no place.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../core/types.ts';
import { createExtractor } from '../../../../ingest/extract/extract.ts';
import { expectAbsent, expectTyped } from './entity-tables.ts';

const TYPED: [sentence: string, name: string, type: EntityType][] = [
  // Capitals and large cities compromise does not know, wherever they stand.
  ['Talks will be held in Maseru and Mbabane next month.', 'Maseru', 'Place'],
  ['Talks will be held in Maseru and Mbabane next month.', 'Mbabane', 'Place'],
  ['Troops were sent to Basra last year.', 'Basra', 'Place'],
  ['Madrid-based builders won the contract.', 'Madrid', 'Place'],
  ['Ouagadougou hosted the summit.', 'Ouagadougou', 'Place'],
  ['The airline flies from Oporto twice a week.', 'Porto', 'Place'],
  ['The consulate in Bordeaux will close.', 'Bordeaux', 'Place'],
  ['Protesters gathered in São Paulo and Sao Paulo alike.', 'São Paulo', 'Place'],
  // A town's name closing a person's name stays the person's.
  ['Lisa Blunt Rochester asked the first question.', 'Lisa Blunt Rochester', 'Person'],
  ['The writer Jack London was born there.', 'Jack London', 'Person'],
  ['Steve Ireland scored twice.', 'Steve Ireland', 'Person'],
  // A city opening a longer unknown name is read with the rest: a constituency here.
  ['She was elected MP for Birmingham Ladywood in 2010.', 'Birmingham Ladywood', 'Place'],
  ['Staff at the London HQ of the party were told.', 'London', 'Place'],
  ['The Edinburgh MSP said the airport was vital.', 'Edinburgh', 'Place'],
  // Constituencies: before a word for the seat or its voters, before a member's title.
  ["It followed the party's shock Kelbrook by-election defeat.", 'Kelbrook', 'Place'],
  ['He held his Bolsover seat with ease.', 'Bolsover', 'Place'],
  ['The East Midlands MEP quit the party.', 'East Midlands', 'Place'],
  // A role noun before a list of places makes no person of its members.
  ['Polls for mayors at Doncaster, Kelbrook, North Tyneside and Stoke-on-Trent are due.', 'Kelbrook', 'Place'],
  // "QC" after a name is a title, not part of a place.
  ['The head of the Bar Council, Guy Mansfield QC, has warned of risks.', 'Guy Mansfield', 'Person'],
  ['A lawmaker in the Storting, Tor Hallen, asked the question.', 'Tor Hallen', 'Person'],
  // A capital stands for its government as an agent, after "links to", or saying and doing what governments do.
  ['The deal may not be viewed favourably by Beijing.', 'China', 'Country'],
  ['The firm has been targeted by Washington for years.', 'United States', 'Country'],
  ['Moscow has denied the claims.', 'Russia', 'Country'],
  ['The company denies close ties to Tehran.', 'Iran', 'Country'],
  // … but a capital one lives or works in is the city.
  ['He lives in Moscow and works in Washington.', 'Moscow', 'Place'],
  ['He lives in Moscow and works in Washington.', 'Washington', 'Place'],
  ['Flights from Tehran said to be delayed were cancelled.', 'Tehran', 'Place'],
];

const ABSENT: [sentence: string, name: string][] = [
  ['Staff at the London HQ of the party were told.', 'London HQ'],
  ['She was elected MP for Birmingham Ladywood in 2010.', 'Ladywood'],
  ['The Edinburgh MSP said the airport was vital.', 'Edinburgh MSP'],
  ['Lisa Blunt Rochester asked the first question.', 'Rochester'],
  // Words that are also towns are left to context.
  ['The mobile network was down.', 'Mobile'],
  ['Reading the report, he frowned.', 'Reading'],
];

// First names that are also towns are no places unless the context says so.
const NOT_PLACE: [sentence: string, name: string][] = [
  ['Victoria said she would stand again.', 'Victoria'],
  ['Charlotte Hale, the chief executive, resigned.', 'Charlotte Hale'],
  ['Austin Reed shops will close.', 'Austin'],
];

describe('cities and towns', () => {
  it.each(TYPED)('%s → %s is %s', (sentence, name, type) => expectTyped(sentence, name, type));

  it.each(ABSENT)('%s has no entity %s', (sentence, name) => expectAbsent(sentence, name));

  it.each(NOT_PLACE)('%s: %s is no place', (sentence, name) => expectAbsent(sentence, name, 'Place'));
});

describe('a capital read as its government joins the country the graph knows', () => {
  it('keeps the graph’s id for the country', () => {
    const known = createExtractor({ entities: [{ id: 'country:graph-china', name: 'China', type: 'Country', aliases: [] }] });
    const { entities } = known.extract('The firm has always denied links to Beijing. China said nothing.');
    const china = entities.filter((e) => e.name === 'China');
    expect(china.map((e) => e.id)).toEqual(['country:graph-china']);
    expect(china[0]!.aliases).toContain('Beijing');
  });
});

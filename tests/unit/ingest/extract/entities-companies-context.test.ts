// Unknown companies and places typed by their context: "a company named X", "an analyst at X", "bought X", "Turkey's X won a contract", "X in France".
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../core/types.ts';
import { expectTyped, extractor, find, listing } from './entity-tables.ts';

const TYPED: [sentence: string, name: string, type: EntityType][] = [
  // A descriptor noun before "named"/"called".
  ['A Canadian company, named ZRK, is said to have won the tender.', 'ZRK', 'Company'],
  ['A small firm called Brenmoor supplied the parts.', 'Brenmoor', 'Company'],
  ['A campaign group called Fairshore objected.', 'Fairshore', 'Organization'],
  // Market people work at firms.
  ['Tom Reid, an analyst at Kestrel Vane, said the price was too high.', 'Kestrel Vane', 'Company'],
  ['Traders at Dunmore said demand was weak.', 'Dunmore', 'Company'],
  // The object of buying, owning and taking over is a business.
  ['The group grew quickly, having bought Corvel in 2003.', 'Corvel', 'Company'],
  ['Spanish builder Halcon, which owns Tarrant, made an offer.', 'Tarrant', 'Company'],
  ['Last year it took over Wexcombe for £2m.', 'Wexcombe', 'Company'],
  ['The trust, run by Ivo Lind, owns 80% of Kolmar.', 'Kolmar', 'Company'],
  // A country's possessive before an unknown name, in a sentence about business.
  ["Turkey's Oskana is reported to have won a contract to develop the field.", 'Oskana', 'Company'],
  ["South Korea's Dalmun posted record profits.", 'Dalmun', 'Company'],
  // A firm named like its town: said to speak, or with a firm's people.
  ["The Halifax has said prices rose. Its chief economist agreed. Halifax's figures were clear.", 'Halifax', 'Company'],
  ['Tom Reid, Halifax chief economist, said prices would fall.', 'Halifax', 'Company'],
  ['Sales were strong, Leicester said.', 'Leicester', 'Company'],
  // A title before a town's name makes it a person's.
  ['Mr Cartagena said taxes would rise.', 'Cartagena', 'Person'],
  // A firm's one-word name closing a first name is the person's surname.
  ['Michael Dell said sales rose.', 'Michael Dell', 'Person'],
  ['Fiat owns a 56% stake in Ferrari.', 'Ferrari', 'Company'],
  // Names joined by an ampersand are firms, even when the first looks like a surname.
  ["Tate & Lyle's chief executive was named businessman of the year. Tate & Lyle runs 41 plants.", 'Tate & Lyle', 'Company'],
  ['Harlow & Finch posted higher profits.', 'Harlow & Finch', 'Company'],
  // Industry words ending a name make it a firm's.
  ['Lorillard Tobacco said it would appeal.', 'Lorillard Tobacco', 'Company'],
  ['Vogue Textiles closed a factory.', 'Vogue Textiles', 'Company'],
  // "<Name> in <Country>": a place.
  ['The posts include Lorient in France and Braga in Portugal.', 'Lorient', 'Place'],
  ['The posts include Lorient in France and Braga in Portugal.', 'Braga', 'Place'],
  ['Aid reached Kembara in the Democratic Republic of Congo last week.', 'Kembara', 'Place'],
];

const NOT_TYPED: [sentence: string, name: string, type: EntityType][] = [
  // Without business words a country's possessive may introduce a person or anything else.
  ["Turkey's Oskana said he was angry.", 'Oskana', 'Company'],
  // People are met, told and hired in countries: no places.
  ['The minister met Klemens in Austria.', 'Klemens', 'Place'],
  // A thing named after its common noun is no place ("the drug Norvasc in the US").
  ['It could not sell the heart drug Zelvane in the US.', 'Zelvane', 'Place'],
  // A capital said to speak is its government, not a firm; a town after "in" is the town.
  ['Beijing said it would retaliate.', 'Beijing', 'Company'],
  ['Troops in Basra said they were ready.', 'Basra', 'Company'],
  ['The Leeds office said it was closing.', 'Leeds', 'Company'],
  // A name of common words that speaks is no person ("…, president of National Futures Advisory Services, said").
  ['Tom Reid, president of National Futures Advisory Services, said supplies were adequate.', 'National Futures Advisory Services', 'Person'],
  // A share of a people is no company.
  ['About 60% of Britons agree.', 'Britons', 'Company'],
  // A person's name keeps its type after "bought".
  ['He bought Sarah Jones a present.', 'Sarah Jones', 'Company'],
  ['Shares in Kelbrook rose. Analysts at Kelbrook said the outlook was good.', 'Kelbrook', 'Person'],
];

// An acronym a descriptor introduces as a name stays its own entity when a name with those initials comes only later;
// an acronym given in brackets after a name is that name's.
const SEPARATE: [sentence: string, a: string, b: string][] = [
  ['A Swedish firm, named KVB, won the tender. Kelby Valve Benson said it had not bid.', 'KVB', 'Kelby Valve Benson'],
];
const SAME: [sentence: string, a: string, b: string][] = [
  ['Kelby Valve Benson (KVB) won the tender. KVB said it was pleased.', 'KVB', 'Kelby Valve Benson'],
];

describe('acronyms and the names they may abbreviate', () => {
  it.each(SEPARATE)('%s: %s and %s are two entities', (sentence, a, b) => {
    const { entities } = extractor.extract(sentence);
    const ea = find(entities, a);
    const eb = find(entities, b);
    expect(ea && eb && ea !== eb, listing(entities)).toBe(true);
  });
  it.each(SAME)('%s: %s is %s', (sentence, a, b) => {
    const { entities } = extractor.extract(sentence);
    expect(find(entities, a), listing(entities)).toBe(find(entities, b));
  });
});

describe('unknown names typed by their context', () => {
  it.each(TYPED)('%s → %s is %s', (sentence, name, type) => expectTyped(sentence, name, type));

  it.each(NOT_TYPED)('%s: %s is no %s', (sentence, name, type) => {
    const { entities } = extractor.extract(sentence);
    const entity = find(entities, name);
    expect(entity?.type, listing(entities)).not.toBe(type);
  });
});

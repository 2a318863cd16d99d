// Descriptor nouns before or in apposition to a name type it; hyphenated prefixes form no person.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/extract.ts';
import { foldName } from '../../../../ingest/extract/fold-name.ts';
import type { EntityType, ExtractedEntity } from '../../../../core/types.ts';

const extractor = createExtractor();

function find(entities: ExtractedEntity[], name: string): ExtractedEntity | undefined {
  const key = foldName(name);
  return entities.find((e) => foldName(e.name) === key);
}

const TYPED: [sentence: string, name: string, type: EntityType][] = [
  ['The contract went to engineering group Halworth, which said it was pleased.', 'Halworth', 'Company'],
  ['Shares in aerospace group Brevik rose sharply on Monday.', 'Brevik', 'Company'],
  ['European aerospace firm ZEPTA also gained.', 'ZEPTA', 'Company'],
  ['The deal was agreed by the Montclair group on Tuesday.', 'Montclair', 'Company'],
  ['Shares in engineering group Harper rose. Harper said the sale would help. Analysts praised Harper.', 'Harper', 'Company'],
  ['The mining conglomerate Tessaro bought the site.', 'Tessaro', 'Company'],
  ['The budget airline Skyvane cut fares.', 'Skyvane', 'Company'],
  ['He left to lead his newly-founded party, Forward, in the election.', 'Forward', 'PoliticalParty'],
  ['He left to lead his newly-founded party, Forward, in the election. The Forward Coalition won two seats.', 'Forward Coalition', 'PoliticalParty'],
  ['The Grant Coalition of charities met on Friday.', 'Grant Coalition', 'Organization'],
  ['He spoke at the conference of his new party, the Forward Coalition, on Sunday.', 'Forward Coalition', 'PoliticalParty'],
  ['The charity Oxhaven said it was worried.', 'Oxhaven', 'Organization'],
  ['The pressure group Cleanway opposed the plan.', 'Cleanway', 'Organization'],
  ['The think tank Brightwater published a report.', 'Brightwater', 'Organization'],
  ['Ex-Labour MP Sam Dorrit spoke in the debate.', 'Labour Party', 'PoliticalParty'],
  ['Senior Labour backbencher Peter Hallam agreed.', 'Labour Party', 'PoliticalParty'],
  ['Senior Labour backbencher Peter Hallam agreed.', 'Peter Hallam', 'Person'],
  // Negatives: a known place before "group" stays a place; a name after a comma that speaks is a person.
  ['The Paris group of creditors met on Monday.', 'Paris', 'Place'],
  ['The firm, Smith said, was sold last year.', 'Smith', 'Person'],
];

const ABSENT: [sentence: string, name: string][] = [
  ['Ex-Labour MP Sam Dorrit spoke in the debate.', 'Ex-Labour'],
  ['Former-Tory donors and Anti-Labour campaigners met.', 'Anti-Labour'],
  ['Former-Tory donors and Anti-Labour campaigners met.', 'Former-Tory'],
  ['The Paris group of creditors met on Monday.', 'Paris group'],
];

describe('descriptor nouns type the names they describe', () => {
  it.each(TYPED)('%s → %s is %s', (sentence, name, type) => {
    const { entities } = extractor.extract(sentence);
    const listing = entities.map((e) => `${e.name}/${e.type}`).join(', ');
    const entity = find(entities, name);
    expect(entity, `${name} in [${listing}]`).toBeDefined();
    expect(entity!.type, `${name}'s type in [${listing}]`).toBe(type);
  });

  it.each(ABSENT)('%s has no entity %s', (sentence, name) => {
    const { entities } = extractor.extract(sentence);
    expect(find(entities, name), entities.map((e) => `${e.name}/${e.type}`).join(', ')).toBeUndefined();
    expect(entities.some((e) => e.type === 'Person' && /^(ex|former|pro|anti)-/i.test(e.name))).toBe(false);
  });
});

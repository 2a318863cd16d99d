// International organisations and broadcasters from the gazetteer, in the spellings news uses.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/extract.ts';
import { foldName } from '../../../../ingest/extract/fold-name.ts';
import type { EntityType, ExtractedEntity } from '../../../../core/types.ts';

const extractor = createExtractor();

function find(entities: ExtractedEntity[], name: string): ExtractedEntity | undefined {
  const key = foldName(name);
  return entities.find((e) => foldName(e.name) === key);
}

function listing(entities: ExtractedEntity[]): string {
  return entities.map((e) => `${e.name}/${e.type}`).join(', ');
}

const TYPED: [sentence: string, name: string, type: EntityType][] = [
  ['The move could weaken Nato, officials said.', 'NATO', 'Organization'],
  ['Opec agreed to cut output.', 'OPEC', 'Organization'],
  ['He made the remarks to BBC Radio 4 on Sunday.', 'BBC Radio 4', 'Organization'],
  ["He told BBC Radio 4's morning programme he was sorry.", 'BBC Radio 4', 'Organization'],
  ['She said on ITV1 that she would help.', 'ITV1', 'Organization'],
  ['The documentary was shown on Channel 4 last night.', 'Channel 4', 'Organization'],
  ['Unicef and the World Food Programme sent supplies.', 'UNICEF', 'Organization'],
  ['Unicef and the World Food Programme sent supplies.', 'World Food Programme', 'Organization'],
  ['The African Union sent observers.', 'African Union', 'Organization'],
  ['Nato and Human Rights Watch both objected.', 'Human Rights Watch', 'Organization'],
  ['Nato and Human Rights Watch both objected.', 'NATO', 'Organization'],
  // Common nouns before a country or region name a body; a league is an organisation unless of a political creed.
  ['Tom Reid, chief executive of Alcohol Focus Scotland, said so.', 'Alcohol Focus Scotland', 'Organization'],
  ['Sport England gave the club money.', 'Sport England', 'Organization'],
  ['The League Against Cruel Sports welcomed the ban.', 'League Against Cruel Sports', 'Organization'],
  ['The Awami League won the vote.', 'Awami League', 'PoliticalParty'],
  ['The Land Registry said prices rose.', 'Land Registry', 'GovernmentBody'],
  // Unions and business groups are organisations, not government ("Congress" notwithstanding).
  ['The Trades Union Congress said workers were angry.', 'Trades Union Congress', 'Organization'],
  ['The TUC will march on Saturday.', 'Trades Union Congress', 'Organization'],
  // Government bodies under the short forms news uses.
  ['The MoD said the contract was safe.', 'Ministry of Defence', 'GovernmentBody'],
  ['The BoE kept rates on hold.', 'Bank of England', 'GovernmentBody'],
  ['A DTI spokesman declined to comment.', 'Department of Trade and Industry', 'GovernmentBody'],
  ['The FDA approved the drug.', 'Food and Drug Administration', 'GovernmentBody'],
];

const ABSENT: [sentence: string, name: string][] = [
  ['He lives in rural Scotland.', 'Rural Scotland'],
  ['The League Against Cruel Sports welcomed the ban.', 'Lega'],
  ['He made the remarks to BBC Radio 4 on Sunday.', 'BBC Radio'],
  ['Nato and Human Rights Watch both objected.', 'Nato and Human Rights Watch'],
];

describe('international organisations and broadcasters', () => {
  it.each(TYPED)('%s → %s is %s', (sentence, name, type) => {
    const { entities } = extractor.extract(sentence);
    const entity = find(entities, name);
    expect(entity, `${name} in [${listing(entities)}]`).toBeDefined();
    expect(entity!.type, `${name}'s type in [${listing(entities)}]`).toBe(type);
  });

  it.each(ABSENT)('%s has no entity %s', (sentence, name) => {
    const { entities } = extractor.extract(sentence);
    expect(find(entities, name), listing(entities)).toBeUndefined();
  });
});

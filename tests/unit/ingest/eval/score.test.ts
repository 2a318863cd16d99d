import { describe, expect, it } from 'vitest';
import { scoreArticle, type Gold } from '../../../../ingest/eval/score.ts';
import { foldName } from '../../../../ingest/extract/fold-name.ts';

const gold: Gold = {
  entities: [
    { name: 'United Kingdom', type: 'Country', aliases: ['UK', 'British'] },
    { name: 'Alistair Carmichael', type: 'Person', aliases: ['Carmichael'] },
    { name: 'IPVM', type: 'Organization', alt_types: ['Company'] },
    { name: 'Liberal Democrats', type: 'PoliticalParty' },
    { name: 'IFSEC', type: 'Organization', optional: true },
  ],
  relations: [{ source: 'Alistair Carmichael', type: 'MEMBER_OF', target: 'Liberal Democrats' }],
};

describe('foldName', () => {
  it.each([
    ["The U.K.'s", 'uk'],
    ['the Liberal Democrats', 'liberal democrats'],
    ['Hikvision’s', 'hikvision'],
    ['Deutsche Börse', 'deutsche borse'],
    ['  First-Quantum  ', 'first quantum'],
  ])('%s → %s', (input, expected) => expect(foldName(input)).toBe(expected));
});

describe('scoreArticle', () => {
  it('matches a found name against a gold alias, ignoring case and "the"', () => {
    const s = scoreArticle(
      {
        entities: [
          { name: 'the uk', type: 'Country' },
          { name: 'Alistair Carmichael', type: 'Person' },
          { name: 'IPVM', type: 'Company' },
          { name: 'Liberal Democrats', type: 'PoliticalParty' },
        ],
        relations: [],
      },
      gold,
    );
    expect(s.entities).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(s.typed).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it('counts a wrong type only against the typed score', () => {
    const s = scoreArticle({ entities: [{ name: 'Liberal Democrats', type: 'Organization' }], relations: [] }, gold);
    expect(s.entities).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(s.typed).toMatchObject({ tp: 0, fp: 1, fn: 4 });
  });

  it('ignores optional gold entities either way', () => {
    const found = scoreArticle({ entities: [{ name: 'IFSEC', type: 'Company' }], relations: [] }, gold);
    expect(found.entities).toMatchObject({ tp: 0, fp: 0, fn: 4 });
  });

  it('counts a second unresolved surface form of one gold entity as a false find', () => {
    const s = scoreArticle(
      {
        entities: [
          { name: 'Alistair Carmichael', type: 'Person' },
          { name: 'Carmichael', type: 'Person' },
        ],
        relations: [],
      },
      gold,
    );
    expect(s.entities).toMatchObject({ tp: 1, fp: 1 });
    expect(s.falseEntities).toEqual(['Carmichael (Person)']);
  });

  it('prefers the found entity whose name matches over one matching by alias', () => {
    const s = scoreArticle(
      {
        entities: [
          { name: 'Britain', type: 'Country', aliases: ['UK'] },
          { name: 'United Kingdom', type: 'Country' },
        ],
        relations: [],
      },
      gold,
    );
    expect(s.entities).toMatchObject({ tp: 1, fp: 1 });
    expect(s.falseEntities).toEqual(['Britain (Country)']);
  });

  it('matches relations after resolving both ends through aliases', () => {
    const s = scoreArticle(
      {
        entities: [
          { name: 'Carmichael', type: 'Person' },
          { name: 'Liberal Democrats', type: 'PoliticalParty' },
        ],
        relations: [
          { source: 'Carmichael', type: 'MEMBER_OF', target: 'Liberal Democrats' },
          { source: 'Carmichael', type: 'LEADS', target: 'Liberal Democrats' },
        ],
      },
      gold,
    );
    expect(s.relations).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.relations.precision).toBe(0.5);
  });

  it('scores an empty extraction as zero recall', () => {
    const s = scoreArticle({ entities: [], relations: [] }, gold);
    expect(s.entities).toMatchObject({ tp: 0, fp: 0, fn: 4, recall: 0, f1: 0 });
    expect(s.relations.fn).toBe(1);
  });
});

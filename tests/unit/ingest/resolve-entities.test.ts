// Entity resolution across articles: which known entity an extracted one becomes, and what is written.
import { describe, expect, it } from 'vitest';
import type { Article, EntityType, Extraction, Knowledge } from '../../../core/types.ts';
import { createEntityIndex, resolveArticle, toArticleRecord } from '../../../ingest/resolve-entities.ts';

const KNOWLEDGE: Knowledge = {
  entities: [
    {
      id: 'company:hikvision',
      name: 'Hikvision',
      type: 'Company',
      aliases: ['Hangzhou Hikvision Digital Technology'],
    },
    {
      id: 'person:alistair-carmichael',
      name: 'Alistair Carmichael',
      type: 'Person',
      aliases: ['Carmichael'],
    },
    { id: 'person:karen-lee', name: 'Karen Lee', type: 'Person', aliases: ['Lee'] },
    { id: 'person:brenda-lee', name: 'Brenda Lee', type: 'Person', aliases: ['Lee'] },
    { id: 'country:norway', name: 'Norway', type: 'Country', aliases: [] },
    { id: 'company:acme', name: 'Acme', type: 'Company', aliases: [] },
    { id: 'organization:acme-trust', name: 'Acme Trust', type: 'Organization', aliases: ['ACT'] },
  ],
  distinct: [['company:acme', 'organization:acme']],
};

describe('createEntityIndex().find', () => {
  const index = createEntityIndex(KNOWLEDGE);
  it.each<[string, EntityType, string, string | undefined]>([
    ['same id', 'Company', 'Hikvision', 'company:hikvision'],
    ['an alias of the same type', 'Company', 'Hangzhou Hikvision Digital Technology', 'company:hikvision'],
    ['a surname alias', 'Person', 'Carmichael', 'person:alistair-carmichael'],
    ['case and punctuation folded', 'Person', 'alistair  carmichael', 'person:alistair-carmichael'],
    ['an ambiguous alias resolves to nothing', 'Person', 'Lee', undefined],
    ['a name of a related type', 'Organization', 'Hikvision', 'company:hikvision'],
    ['a place name typed Place', 'Place', 'Norway', 'country:norway'],
    ['no cross-family match', 'Person', 'Norway', undefined],
    ['aliases never match across types', 'Company', 'ACT', undefined],
    ['recorded as distinct', 'Organization', 'Acme', undefined],
    ['unknown', 'Company', 'Dahua', undefined],
  ])('%s: %s %s → %s', (_case, type, name, expected) => {
    const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/\s+/g, '-')}`;
    expect(index.find({ id, name, type })?.id).toBe(expected);
  });

  it('learns entities as the run goes', () => {
    const learning = createEntityIndex({ entities: [] });
    expect(
      learning.find({ id: 'company:dahua-technology', name: 'Dahua Technology', type: 'Company' }),
    ).toBeUndefined();
    learning.add({ id: 'company:dahua', name: 'Dahua', type: 'Company', aliases: ['Dahua Technology'] });
    expect(
      learning.find({ id: 'company:dahua-technology', name: 'Dahua Technology', type: 'Company' })?.id,
    ).toBe('company:dahua');
    expect(learning.size).toBe(1);
  });
});

const ARTICLE: Article = {
  id: 'a1',
  title: 'T',
  text: 'Carmichael criticised Hikvision. Carmichael criticised Hikvision again.',
  origin: 'x.txt',
};

function extraction(): Extraction {
  const relation = (sentence: number, confidence: number) => ({
    source: 'Carmichael',
    type: 'CRITICIZED' as const,
    target: 'Hikvision',
    evidence: `sentence ${sentence}`,
    confidence,
    sentence,
    sourceSurface: 'Carmichael',
    targetSurface: 'Hikvision',
  });
  return {
    entities: [
      {
        id: 'person:carmichael',
        name: 'Carmichael',
        type: 'Person',
        aliases: [],
        roles: ['MP'],
        mentions: 2,
      },
      {
        id: 'company:hikvision',
        name: 'Hikvision',
        type: 'Company',
        aliases: ['Hikivision'],
        roles: [],
        mentions: 2,
      },
      {
        id: 'organization:hikvision',
        name: 'Hikvision',
        type: 'Organization',
        aliases: [],
        roles: [],
        mentions: 1,
      },
    ],
    relations: [
      relation(0, 0.6),
      relation(1, 0.9),
      { ...relation(1, 0.9), source: 'Hikvision', target: 'Hikvision' },
    ],
    comentions: [],
  };
}

describe('resolveArticle', () => {
  const context = { extractorVersion: '9.9.9', ingestedAt: '2026-02-03T04:05:06.000Z' };

  it('writes known entities under their ids, their surfaces as aliases, one fact per source/type/target', () => {
    const write = resolveArticle(ARTICLE, extraction(), createEntityIndex(KNOWLEDGE), context);
    expect(write.entities).toEqual([
      {
        id: 'person:alistair-carmichael',
        name: 'Alistair Carmichael',
        type: 'Person',
        aliases: ['Carmichael'],
        roles: ['MP'],
        count: 2,
        surfaces: ['Carmichael'],
      },
      {
        id: 'company:hikvision',
        name: 'Hikvision',
        type: 'Company',
        aliases: ['Hikivision'],
        roles: [],
        count: 3,
        surfaces: ['Hikvision', 'Hikivision'],
      },
    ]);
    expect(write.facts).toEqual([
      {
        source: 'person:alistair-carmichael',
        type: 'CRITICIZED',
        target: 'company:hikvision',
        evidence: 'sentence 1',
        sentence: 1,
        confidence: 0.9,
        sourceSurface: 'Carmichael',
        targetSurface: 'Hikvision',
      },
    ]);
    expect(write.article).toMatchObject({
      id: 'a1',
      date: '2026-02-03',
      dateIsIngest: true,
      extractorVersion: '9.9.9',
      wordCount: 7,
    });
  });

  it('teaches the index what it resolved', () => {
    const index = createEntityIndex({ entities: [] });
    resolveArticle(ARTICLE, extraction(), index, context);
    expect(index.find({ id: 'company:hikivision', name: 'Hikivision', type: 'Company' })?.id).toBe(
      'company:hikvision',
    );
  });

  it('dates an article by its publication date when it has one', () => {
    expect(toArticleRecord({ ...ARTICLE, publishedAt: '2019-03-26' }, context)).toMatchObject({
      date: '2019-03-26',
      dateIsIngest: false,
      publishedAt: '2019-03-26',
    });
  });
});

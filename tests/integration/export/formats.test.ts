// The pure pieces of the exports (no database): XML and CSV escaping, edge summaries, the FtM mapping both ways.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { EntityType, RelationType } from '../../../core/types.ts';
import { renderExport } from '../../../cypher/export/export-graph.ts';
import {
  entityTypeOf,
  relationSchema,
  relationTypeOf,
  type FtmEntity,
} from '../../../cypher/export/ftm-schema.ts';
import type { ExportGraph } from '../../../cypher/export/read-export-graph.ts';
import { summariseGraph } from '../../../cypher/export/summarise-graph.ts';
import { csvCell } from '../../../cypher/export/to-csv.ts';
import { escapeXml } from '../../../cypher/export/xml-text.ts';
import { parseFtmJsonl } from '../../../cypher/import-ftm.ts';

describe('escapeXml', () => {
  it.each([
    ['Smith & Sons', 'Smith &amp; Sons'],
    ['<b>"quoted"</b>', '&lt;b&gt;&quot;quoted&quot;&lt;/b&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and form feed\u000C', 'bell and form feed'],
    ['tab\tand newline\n', 'tab\tand newline\n'],
    ['emoji 📷 stays', 'emoji 📷 stays'],
    ['lone \uD83D surrogate', 'lone  surrogate'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
    expect(XMLValidator.validate(`<a t="${escapeXml(input)}">${escapeXml(input)}</a>`)).toBe(true);
  });
});

describe('csvCell', () => {
  it.each<[unknown, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [42, '42'],
    [null, ''],
    [['UK', 'British'], 'UK; British'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

const TINY: ExportGraph = {
  entities: [
    { id: 'fund:f', name: 'F', type: 'Fund', aliases: [], roles: [] },
    { id: 'company:c', name: 'C', type: 'Company', aliases: ['C Ltd'], roles: [] },
  ],
  articles: [
    { id: 'a1', title: 'One', text: 'F holds C.', date: '2020-01-02' },
    { id: 'a2', title: 'Two', text: 'F still holds C.', date: '2019-05-06' },
  ],
  mentions: [
    { entity: 'fund:f', article: 'a1', count: 1, surfaces: ['F'] },
    { entity: 'company:c', article: 'a1', count: 1, surfaces: ['C'] },
    { entity: 'fund:f', article: 'a2', count: 2, surfaces: ['F'] },
  ],
  facts: [
    {
      source: 'fund:f',
      type: 'INVESTED_IN',
      target: 'company:c',
      article: 'a1',
      evidence: 'F holds C.',
      date: '2020-01-02',
    },
    {
      source: 'fund:f',
      type: 'INVESTED_IN',
      target: 'company:c',
      article: 'a2',
      evidence: 'F still holds C.',
      date: '2019-05-06',
    },
  ],
};

describe('summariseGraph', () => {
  it('folds parallel facts into one weighted edge with its date range and earliest evidence', () => {
    const summary = summariseGraph(TINY);
    expect(summary.edges).toEqual([
      {
        id: 'fund:f|INVESTED_IN|company:c',
        source: 'fund:f',
        target: 'company:c',
        type: 'INVESTED_IN',
        weight: 2,
        firstDate: '2019-05-06',
        lastDate: '2020-01-02',
        evidence: 'F still holds C.',
        articleIds: ['a1', 'a2'],
      },
    ]);
    expect(summary.nodes.find((n) => n.id === 'fund:f')).toMatchObject({
      articles: 2,
      firstSeen: '2019-05-06',
      lastSeen: '2020-01-02',
    });
  });

  it('renders every format of a tiny graph', () => {
    const [graphml] = renderExport(TINY, 'graphml');
    expect(XMLValidator.validate(graphml?.content ?? '')).toBe(true);
    expect(graphml?.content).toContain('<data key="weight">2</data>');
    const [gexf] = renderExport(TINY, 'gexf', {}, new Date('2024-02-03T10:00:00Z'));
    expect(gexf?.content).toContain('lastmodifieddate="2024-02-03"');
    expect(gexf?.content).toContain('weight="2.0"');
  });
});

describe('FtM mapping', () => {
  const ORG: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'PoliticalParty', 'Fund'];
  it.each<[RelationType, EntityType, EntityType, string]>([
    ['MEMBER_OF', 'Person', 'PoliticalParty', 'Membership'],
    ['MEMBER_OF', 'Person', 'Country', 'UnknownLink'],
    ['WORKS_FOR', 'Person', 'GovernmentBody', 'Employment'],
    ['WORKS_FOR', 'Company', 'GovernmentBody', 'UnknownLink'],
    ['LEADS', 'Person', 'Fund', 'Directorship'],
    ['INVESTED_IN', 'Fund', 'Company', 'Ownership'],
    ['INVESTED_IN', 'Fund', 'Fund', 'UnknownLink'],
    ['DIVESTED_FROM', 'Company', 'Company', 'Ownership'],
    ['SANCTIONED', 'Country', 'Company', 'UnknownLink'],
    ['CRITICIZED', 'Person', 'Company', 'UnknownLink'],
    ['SUPPLIES', 'Company', 'Place', 'UnknownLink'],
    ['LOCATED_IN', 'Company', 'Country', 'UnknownLink'],
  ])('%s %s → %s is an FtM %s', (type, source, target, schema) => {
    expect(relationSchema(type, source, target)).toBe(schema);
    if (schema === 'Membership' || schema === 'Directorship') expect(ORG).toContain(target);
  });

  const entity = (schema: string, properties: Record<string, string[]>): FtmEntity => ({
    id: 'x',
    schema,
    properties,
  });
  it.each<[FtmEntity, EntityType | undefined]>([
    [entity('Person', { name: ['A'] }), 'Person'],
    [entity('Company', { name: ['A'] }), 'Company'],
    [entity('Company', { name: ['A'], topics: ['fin.fund'] }), 'Fund'],
    [entity('Organization', { name: ['A'], topics: ['pol.party'] }), 'PoliticalParty'],
    [entity('Organization', { name: ['A'], topics: ['gov.national'] }), 'GovernmentBody'],
    [entity('PublicBody', { name: ['A'] }), 'GovernmentBody'],
    [entity('LegalEntity', { name: ['A'] }), 'Organization'],
    [entity('Territory', { name: ['Norway'], territoryCode: ['no'] }), 'Country'],
    [entity('Territory', { name: ['Xinjiang'], territoryCode: ['cn-xj'] }), 'Place'],
    [entity('Address', { full: ['1 Main St'] }), 'Place'],
    [entity('Organization', { name: ['A'], keywords: ['tracegraph:Fund'] }), 'Fund'],
    [entity('Vessel', { name: ['A'] }), undefined],
  ])('%j is a %s', (ftm, expected) => {
    expect(entityTypeOf(ftm)).toBe(expected);
  });

  it.each<[FtmEntity, RelationType | undefined]>([
    [entity('UnknownLink', { role: ['criticized'] }), 'CRITICIZED'],
    [entity('UnknownLink', { role: ['SUPPLIES'] }), 'SUPPLIES'],
    [entity('UnknownLink', { role: ['business partner'] }), undefined],
    [entity('Membership', {}), 'MEMBER_OF'],
    [entity('Employment', { role: ['Director of Communications'] }), 'WORKS_FOR'],
    [entity('Directorship', {}), 'LEADS'],
    [entity('Ownership', {}), 'INVESTED_IN'],
    [entity('Ownership', { endDate: ['2020-01-01'] }), 'DIVESTED_FROM'],
  ])('%j is %s', (ftm, expected) => {
    expect(relationTypeOf(ftm)).toBe(expected);
  });

  it('refuses text with no FtM entity in it', () => {
    expect(() => parseFtmJsonl('hello\n{"no": "schema"}\n', { origin: 'x.json' })).toThrow(
      /No FollowTheMoney entities/,
    );
  });
});

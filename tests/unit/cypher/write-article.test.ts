// Labels and relationship types reach Cypher only from the allow-lists: injection strings are refused before any query.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../cypher/database.ts';
import {
  MERGE_FACTS,
  UPSERT_ENTITIES,
  deleteFactsQuery,
  writeArticles,
  type ArticleWrite,
} from '../../../cypher/write-article.ts';
import {
  moveIncomingFactsQuery,
  moveOutgoingFactsQuery,
  splitIncomingFactsQuery,
  splitOutgoingFactsQuery,
} from '../../../cypher/entity-maintenance.ts';
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../../../core/types.ts';

const INJECTIONS = ['MEMBER_OF]->() DETACH DELETE n //', 'Person:Admin', 'LEADS` {x:1}', '', 'member_of'];

/** A database that fails the test if anything reaches it. */
const untouchable = new Proxy({} as Database, {
  get() {
    throw new Error('the database was used');
  },
});

function write(entityType: string, relationType: string): ArticleWrite {
  return {
    article: {
      id: 'a',
      title: 't',
      text: 'x',
      date: '2020-01-01',
      dateIsIngest: false,
      ingestedAt: '2020-01-01T00:00:00Z',
      contentHash: 'h',
      origin: 'o',
      wordCount: 1,
      extractorVersion: 'v',
    },
    entities: [
      { id: 'e', name: 'E', type: entityType as 'Person', aliases: [], roles: [], count: 1, surfaces: ['E'] },
    ],
    facts: [
      {
        source: 'e',
        type: relationType as 'LEADS',
        target: 'e',
        evidence: '',
        sentence: 0,
        confidence: 1,
        sourceSurface: 'E',
        targetSurface: 'E',
      },
    ],
  };
}

describe('allow-listed labels and types', () => {
  it.each(INJECTIONS)('query builders refuse relation type %j', (type) => {
    for (const build of [
      deleteFactsQuery,
      moveOutgoingFactsQuery,
      moveIncomingFactsQuery,
      splitOutgoingFactsQuery,
      splitIncomingFactsQuery,
    ]) {
      expect(() => build(type as RelationType)).toThrow(/unknown relation type/);
    }
  });

  it.each(INJECTIONS)('writeArticles refuses entity type %j before touching the database', async (type) => {
    await expect(writeArticles(untouchable, [write(type, 'LEADS')])).rejects.toThrow(/unknown entity type/);
  });

  it.each(INJECTIONS)('writeArticles refuses relation type %j before touching the database', async (type) => {
    await expect(writeArticles(untouchable, [write('Person', type)])).rejects.toThrow(
      /unknown relation type/,
    );
  });

  it('splices every allowed label and type, and nothing else', () => {
    for (const type of ENTITY_TYPES) expect(UPSERT_ENTITIES).toContain(`SET e:${type})`);
    for (const type of RELATION_TYPES)
      expect(MERGE_FACTS).toContain(`MERGE (s)-[r:${type} {article: row.article}]->(t)`);
    expect(UPSERT_ENTITIES.match(/SET e:\w+\)/g)).toHaveLength(ENTITY_TYPES.length);
  });

  it('refuses the same article twice in one batch', async () => {
    await expect(
      writeArticles(untouchable, [write('Person', 'LEADS'), write('Person', 'LEADS')]),
    ).rejects.toThrow(/twice in one batch/);
  });
});

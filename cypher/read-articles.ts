// Articles: a searchable, dated list with entity and fact counts, and one article with its entities and facts.
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import type { EntityRef } from './read-entity.ts';
import { RELATION_TYPES } from '../core/types.ts';
import { toLuceneQuery } from './read-search.ts';
import { toInt, toNumber, toPlain } from './read-values.ts';

export interface ArticleListInput {
  q?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  entityCount: number;
  factCount: number;
}

export interface ArticleDetails {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  date: string | null;
  entities: Array<EntityRef & { surfaces: string[]; count: number }>;
  facts: Array<{
    source: EntityRef;
    type: string;
    target: EntityRef;
    evidence: string | null;
    sentence: number | null;
    confidence: number | null;
  }>;
}

// One term per fact type: each is a seek in that type's index on r.article (cypher/schema.cypher).
const FACT_COUNT = RELATION_TYPES.map((t) => `COUNT { ()-[:${t} {article: a.id}]->() }`).join(' + ');

// The article's facts, type by type through the same indexes.
const ARTICLE_FACTS = RELATION_TYPES.map(
  (t) => `MATCH (s:Entity)-[r:${t} {article: a.id}]->(t:Entity) RETURN s, r, t`,
).join(' UNION ALL ');

const SUMMARY = `{id: a.id, title: a.title, url: a.url, source: a.source, author: a.author, date: a.date,
  entityCount: COUNT { (:Entity)-[:MENTIONED_IN]->(a) }, factCount: ${FACT_COUNT}}`;

const DATE_FILTER = `($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until)`;

/**
 * Articles newest first, or by relevance to `q` (full-text over title and text, typo-tolerant),
 * within the date window.
 */
export async function listArticles(
  db: Database,
  input: ArticleListInput,
): Promise<{ items: ArticleSummary[]; total: number }> {
  const q = input.q?.trim() ?? '';
  const lucene = q ? toLuceneQuery(q) : null;
  if (q && !lucene) return { items: [], total: 0 };
  const params = {
    lucene,
    since: input.since ?? null,
    until: input.until ?? null,
    offset: toInt(input.offset),
    limit: toInt(input.limit),
  };
  const query = lucene
    ? `CALL db.index.fulltext.queryNodes('articleText', $lucene, {limit: 1000}) YIELD node AS a, score
       WHERE ${DATE_FILTER}
       WITH a ORDER BY score DESC, a.date DESC
       WITH collect(a) AS found
       RETURN size(found) AS total, [a IN found[$offset..($offset + $limit)] | ${SUMMARY}] AS items`
    : `CALL () { MATCH (a:Article) WHERE ${DATE_FILTER} RETURN count(a) AS total }
       CALL () { MATCH (a:Article) WHERE ${DATE_FILTER}
         WITH a ORDER BY a.date DESC, a.id SKIP $offset LIMIT $limit
         RETURN collect(${SUMMARY}) AS items }
       RETURN total, items`;
  const record = await readBounded(db, async (tx) => (await tx.run(query, params)).records[0]);
  if (!record) return { items: [], total: 0 };
  return { items: toPlain(record.get('items')) as ArticleSummary[], total: toNumber(record.get('total')) };
}

/** One article with its entities (surfaces, mention count) and its facts; null when unknown. */
export async function readArticle(db: Database, id: string): Promise<ArticleDetails | null> {
  const record = await readBounded(
    db,
    async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article {id: $id})
           CALL (a) {
             MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
             WITH e, m ORDER BY m.count DESC, e.name
             RETURN collect({id: e.id, name: e.name, type: e.type, surfaces: coalesce(m.surfaces, []), count: coalesce(m.count, 0)}) AS entities
           }
           CALL (a) {
             CALL (a) { ${ARTICLE_FACTS} }
             WITH s, r, t ORDER BY r.sentence, type(r), s.name, t.name
             RETURN collect({source: {id: s.id, name: s.name, type: s.type}, type: type(r), target: {id: t.id, name: t.name, type: t.type},
               evidence: r.evidence, sentence: r.sentence, confidence: r.confidence}) AS facts
           }
           RETURN a {.id, .title, .text, .url, .source, .author, .publishedAt, .date} AS article, entities, facts`,
          { id },
        )
      ).records[0],
  );
  if (!record) return null;
  const article = toPlain(record.get('article')) as Omit<ArticleDetails, 'entities' | 'facts'>;
  return {
    ...article,
    text: article.text ?? '',
    entities: toPlain(record.get('entities')) as ArticleDetails['entities'],
    facts: toPlain(record.get('facts')) as ArticleDetails['facts'],
  };
}

// An entity's timeline: mentions per month (MENTIONED_IN → Article.date) and each relation by the date it was first stated.
import type { Database } from './database.ts';
import { ALL_FACTS } from './read-fact-types.ts';
import { toNumber } from './read-values.ts';
import { resolveEntityKey, type TrackedEntityRef } from './resolve-entity-key.ts';

/** One month of mentions. */
export interface TimelineMonth {
  /** YYYY-MM */
  month: string;
  /** Articles of that month mentioning the entity. */
  articles: number;
  /** Sum of MENTIONED_IN.count over those articles. */
  mentions: number;
  /** How many of those articles are dated by their ingest day (they gave no publication date). */
  ingestDated: number;
}

/** One relation (other entity, type, direction) with the first article that stated it. */
export interface TimelineRelation {
  type: string;
  direction: 'out' | 'in';
  other: TrackedEntityRef;
  /** The date of the first article stating it. */
  firstDate: string | null;
  /** true when that date is an ingest day. */
  firstDateIsIngest: boolean;
  lastDate: string | null;
  /** Articles stating it. */
  articles: number;
  evidence: string | null;
  article: { id: string; title: string; url: string | null } | null;
}

export interface Timeline {
  entity: TrackedEntityRef;
  firstSeen: string | null;
  lastSeen: string | null;
  months: TimelineMonth[];
  /** Oldest first. */
  relations: TimelineRelation[];
}

export const READ_TIMELINE_MONTHS = `
MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article)
WHERE a.date IS NOT NULL
WITH substring(a.date, 0, 7) AS month, a, m
RETURN month, count(DISTINCT a) AS articles, sum(coalesce(m.count, 1)) AS mentions,
       count(DISTINCT CASE WHEN a.dateIsIngest THEN a END) AS ingestDated
ORDER BY month`;

export const READ_TIMELINE_RELATIONS = `
MATCH (e:Entity {id: $id})-[r:${ALL_FACTS}]-(o:Entity)
WITH e, o, r, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
ORDER BY r.date, r.confidence DESC
WITH o, type, direction, collect(r) AS rs
WITH o, type, direction, rs, rs[0] AS first
OPTIONAL MATCH (a:Article {id: first.article})
RETURN type, direction, o.id AS otherId, o.name AS otherName, o.type AS otherType,
       first.date AS firstDate, coalesce(a.dateIsIngest, false) AS firstDateIsIngest,
       rs[size(rs) - 1].date AS lastDate, size(rs) AS articles, first.evidence AS evidence,
       a.id AS articleId, a.title AS articleTitle, a.url AS articleUrl
ORDER BY firstDate, type, otherName`;

/**
 * The timeline of the entity `key` names (id, name or alias).
 * @throws NotFoundError when there is no such entity.
 * @example const t = await readTimeline(db, 'Hikvision'); t.months // [{ month: '2019-03', articles: 2, … }]
 */
export async function readTimeline(db: Database, key: string): Promise<Timeline> {
  const entity = await resolveEntityKey(db, key);
  return db.read(async (tx) => {
    const monthsResult = await tx.run(READ_TIMELINE_MONTHS, { id: entity.id });
    const months: TimelineMonth[] = monthsResult.records.map((r) => ({
      month: r.get('month') as string,
      articles: toNumber(r.get('articles') as number),
      mentions: toNumber(r.get('mentions') as number),
      ingestDated: toNumber(r.get('ingestDated') as number),
    }));
    const relationsResult = await tx.run(READ_TIMELINE_RELATIONS, { id: entity.id });
    const relations: TimelineRelation[] = relationsResult.records.map((r) => {
      const articleId = r.get('articleId') as string | null;
      return {
        type: r.get('type') as string,
        direction: r.get('direction') as 'out' | 'in',
        other: {
          id: r.get('otherId') as string,
          name: r.get('otherName') as string,
          type: r.get('otherType') as string,
        },
        firstDate: (r.get('firstDate') as string | null) ?? null,
        firstDateIsIngest: Boolean(r.get('firstDateIsIngest')),
        lastDate: (r.get('lastDate') as string | null) ?? null,
        articles: toNumber(r.get('articles') as number),
        evidence: (r.get('evidence') as string | null) ?? null,
        article: articleId
          ? {
              id: articleId,
              title: (r.get('articleTitle') as string | null) ?? '',
              url: (r.get('articleUrl') as string | null) ?? null,
            }
          : null,
      };
    });
    const dates = await tx.run(
      'MATCH (:Entity {id: $id})-[:MENTIONED_IN]->(a:Article) RETURN min(a.date) AS first, max(a.date) AS last',
      { id: entity.id },
    );
    const d = dates.records[0];
    return {
      entity,
      firstSeen: (d?.get('first') as string | null) ?? null,
      lastSeen: (d?.get('last') as string | null) ?? null,
      months,
      relations,
    };
  });
}

// One entity's card: names, roles, first/last seen, and its relations summarised by type and direction with evidence.
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import { ALL_FACTS } from './read-fact-types.ts';
import { toInt, toPlain } from './read-values.ts';

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface EvidenceSnippet {
  text: string;
  articleId: string;
  title: string | null;
  url: string | null;
  date: string | null;
}

export interface RelationGroup {
  type: string;
  direction: 'out' | 'in';
  /** Distinct other entities in this group (items may show fewer). */
  count: number;
  items: Array<{ other: EntityRef; articles: number; evidence: EvidenceSnippet[] }>;
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  roles: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
  relations: RelationGroup[];
}

/** Items listed per relation group; `count` still tells how many there are. */
export const ITEMS_PER_GROUP = 50;

const ENTITY_QUERY = `
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
  RETURN min(a.date) AS firstSeen, max(a.date) AS lastSeen, count(DISTINCT a) AS articleCount
}
CALL (e) {
  MATCH (e)-[r:${ALL_FACTS}]-(o:Entity)
  WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, o, r
  ORDER BY r.confidence DESC, r.date DESC
  WITH type, direction, o, count(DISTINCT r.article) AS articles, collect(r)[0..3] AS top
  ORDER BY articles DESC, o.name
  WITH type, direction, count(o) AS count,
    collect({other: {id: o.id, name: o.name, type: o.type}, articles: articles, top: top})[0..$perGroup] AS items
  RETURN collect({type: type, direction: direction, count: count, items: [i IN items | {
    other: i.other, articles: i.articles,
    evidence: [r IN i.top | {text: r.evidence, articleId: r.article, date: r.date,
      article: COLLECT { MATCH (a:Article {id: r.article}) RETURN a {.title, .url} }[0]}]
  }]}) AS relations
}
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), roles: coalesce(e.roles, [])} AS entity,
  firstSeen, lastSeen, articleCount, relations`;

/** The entity with `id`, or null when there is none. */
export async function readEntity(db: Database, id: string): Promise<EntityDetails | null> {
  const record = await readBounded(
    db,
    async (tx) => (await tx.run(ENTITY_QUERY, { id, perGroup: toInt(ITEMS_PER_GROUP) })).records[0],
  );
  if (!record) return null;
  const entity = toPlain(record.get('entity')) as EntityRef & { aliases: string[]; roles: string[] };
  const relations = (toPlain(record.get('relations')) as RawGroup[])
    .map(flattenGroup)
    .sort(
      (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
    );
  return {
    ...entity,
    firstSeen: (toPlain(record.get('firstSeen')) as string | null) ?? null,
    lastSeen: (toPlain(record.get('lastSeen')) as string | null) ?? null,
    articleCount: toPlain(record.get('articleCount')) as number,
    relations,
  };
}

/** Whether an entity with `id` exists. */
export async function entityExists(db: Database, id: string): Promise<boolean> {
  return readBounded(
    db,
    async (tx) => (await tx.run('MATCH (e:Entity {id: $id}) RETURN 1 AS one', { id })).records.length > 0,
  );
}

type RawGroup = Omit<RelationGroup, 'items'> & {
  items: Array<{
    other: EntityRef;
    articles: number;
    evidence: Array<
      Omit<EvidenceSnippet, 'title' | 'url'> & { article: { title?: string; url?: string } | null }
    >;
  }>;
};

function flattenGroup(group: RawGroup): RelationGroup {
  return {
    ...group,
    items: group.items.map((item) => ({
      other: item.other,
      articles: item.articles,
      evidence: item.evidence.map(({ article, ...snippet }) => ({
        ...snippet,
        title: article?.title ?? null,
        url: article?.url ?? null,
      })),
    })),
  };
}

// Retracts an article: removes it, exactly its facts and mentions, and the entities no other article supports.
import { RELATION_TYPES } from '../core/types.ts';
import { NotFoundError } from '../core/errors.ts';
import type { Database } from './database.ts';
import { DELETE_ORPHANS, LOCK_ENTITIES, deleteFactsQuery } from './write-article.ts';
import { toNumber } from './read-values.ts';

export const FIND_ARTICLE = `
OPTIONAL MATCH (byId:Article {id: $key})
OPTIONAL MATCH (byUrl:Article {url: $key})
WITH coalesce(byId, byUrl) AS a
WHERE a IS NOT NULL
RETURN a.id AS id, a.title AS title`;

/** Locks the article and lists the entities it mentions (to lock them in id order next). */
export const LOCK_ARTICLE_FOR_DELETE = `
MATCH (a:Article {id: $id})
SET a._lock = true
WITH a
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
RETURN collect(e.id) AS entityIds`;

export const DELETE_ARTICLE_NODE = `
MATCH (a:Article {id: $id})
DETACH DELETE a`;

/** What a retraction removed. */
export interface DeleteResult {
  id: string;
  title: string;
  facts: number;
  mentions: number;
  orphansDeleted: number;
}

/**
 * Deletes the article with this id (or URL), in one transaction: its facts (by their `article`
 * property, per relation type), its mentions, the article, then every entity left with no mention.
 * @throws NotFoundError when no article has that id or URL.
 * @example await deleteArticle(db, 'https://example.org/story')
 */
export async function deleteArticle(db: Database, idOrUrl: string): Promise<DeleteResult> {
  const found = await db.read((tx) => tx.run(FIND_ARTICLE, { key: idOrUrl }));
  const record = found.records[0];
  if (!record) throw new NotFoundError(`no article with id or URL "${idOrUrl}"`);
  const id = record.get('id') as string;
  const title = (record.get('title') as string | null) ?? '';
  return db.write(async (tx) => {
    const locked = await tx.run(LOCK_ARTICLE_FOR_DELETE, { id });
    const entityIds = ((locked.records[0]?.get('entityIds') as string[]) ?? []).sort();
    if (locked.records.length === 0) throw new NotFoundError(`article ${id} was deleted meanwhile`);
    await tx.run(LOCK_ENTITIES, { ids: entityIds });
    let facts = 0;
    for (const type of RELATION_TYPES) {
      const result = await tx.run(`${deleteFactsQuery(type)} RETURN count(*) AS n`, { ids: [id] });
      facts += toNumber(result.records[0]?.get('n') as number);
    }
    await tx.run(DELETE_ARTICLE_NODE, { id });
    const orphans = await tx.run(DELETE_ORPHANS, { ids: entityIds });
    return {
      id,
      title,
      facts,
      mentions: entityIds.length,
      orphansDeleted: toNumber(orphans.records[0]?.get('deleted') as number),
    };
  });
}

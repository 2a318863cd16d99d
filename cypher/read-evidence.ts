// The sentences behind an entity's facts: each fact edge with its evidence, sentence index, confidence and article.
import type { RelationType } from '../core/types.ts';
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import type { EntityRef } from './read-entity.ts';
import { relationTypePattern } from './read-fact-types.ts';
import { toInt, toPlain } from './read-values.ts';

export interface EvidenceInput {
  id: string;
  relation?: RelationType;
  other?: string;
  limit: number;
}

export interface EvidenceItem {
  source: EntityRef;
  type: string;
  target: EntityRef;
  evidence: string | null;
  sentence: number | null;
  confidence: number | null;
  article: {
    id: string;
    title: string | null;
    url: string | null;
    source: string | null;
    date: string | null;
  };
}

/** Facts of the entity (either direction), newest first; filtered by relation type and the other entity. */
export async function readEvidence(db: Database, input: EvidenceInput): Promise<EvidenceItem[]> {
  const types = relationTypePattern(input.relation ? [input.relation] : []);
  const query = `
MATCH (e:Entity {id: $id})-[r:${types}]-(o:Entity)
WHERE $other IS NULL OR o.id = $other
WITH r, startNode(r) AS s, endNode(r) AS t
ORDER BY r.date DESC, r.article, r.sentence
LIMIT $limit
OPTIONAL MATCH (a:Article {id: r.article})
RETURN {id: s.id, name: s.name, type: s.type} AS source, type(r) AS type, {id: t.id, name: t.name, type: t.type} AS target,
  r.evidence AS evidence, r.sentence AS sentence, r.confidence AS confidence,
  {id: r.article, title: a.title, url: a.url, source: a.source, date: coalesce(r.date, a.date)} AS article`;
  const records = await readBounded(
    db,
    async (tx) =>
      (await tx.run(query, { id: input.id, other: input.other ?? null, limit: toInt(input.limit) })).records,
  );
  return records.map((record) => record.toObject()).map((row) => toPlain(row) as EvidenceItem);
}

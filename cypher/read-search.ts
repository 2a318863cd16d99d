// Entity search: the `entityNames` full-text index with typo tolerance, then exact/prefix boosts and article counts.
import type { EntityType } from '../core/types.ts';
import type { Database } from './database.ts';
import { readBounded } from './read-bounded.ts';
import { toInt, toNumber, toPlain } from './read-values.ts';

export interface EntitySearchInput {
  q?: string;
  type?: EntityType;
  limit: number;
  offset: number;
}

export interface EntityHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  articles: number;
  score: number;
  /** The alias that matched when the name did not. */
  matched: string | null;
}

export interface EntitySearchResult {
  items: EntityHit[];
  total: number;
}

/** Full-text candidates considered per search: enough for ranking, bounded for hubs of look-alikes. */
export const SEARCH_CANDIDATES = 500;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's query syntax characters in one term. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/** Splits a search into the words the standard analyzer would index (lower case, letters and digits). */
export function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/**
 * The Lucene query for a search: every word must match, exactly (boosted), as a prefix, or within a
 * small edit distance ("Hikivision" → Hikvision) — one edit for short words, two for long ones.
 * @example toLuceneQuery('Hikivision') === '(hikivision^4 OR hikivision*^2 OR hikivision~2)'
 */
export function toLuceneQuery(q: string): string | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const w = escapeLucene(word);
      const parts = [`${w}^4`, `${w}*^2`];
      if (word.length >= 3 && !/^\p{N}+$/u.test(word)) parts.push(`${w}~${word.length >= 6 ? 2 : 1}`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

const SEARCH_QUERY = `
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node, score
WHERE node:Entity AND ($type IS NULL OR node.type = $type)
WITH node, score,
  CASE
    WHEN toLower(node.name) = $exact THEN 10.0
    WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 6.0
    WHEN toLower(node.name) STARTS WITH $exact THEN 4.0
    WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) STARTS WITH $exact) THEN 2.0
    ELSE 0.0
  END AS boost
WITH node, score + boost AS rank
ORDER BY rank DESC, node.name
WITH collect({node: node, rank: rank}) AS hits
RETURN size(hits) AS total, COLLECT {
  UNWIND hits[$offset..($offset + $limit)] AS h
  WITH h.node AS n, h.rank AS rank
  RETURN {id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []), roles: coalesce(n.roles, []),
    articles: COUNT { (n)-[:MENTIONED_IN]->() }, score: rank}
} AS items`;

const LIST_QUERY = `
MATCH (node:Entity)
WHERE $type IS NULL OR node.type = $type
WITH node, COUNT { (node)-[:MENTIONED_IN]->() } AS articles
ORDER BY articles DESC, node.name
WITH collect({node: node, articles: articles}) AS hits
RETURN size(hits) AS total,
  [h IN hits[$offset..($offset + $limit)] | {
    id: h.node.id, name: h.node.name, type: h.node.type,
    aliases: coalesce(h.node.aliases, []), roles: coalesce(h.node.roles, []),
    articles: h.articles, score: 0.0
  }] AS items`;

/**
 * Searches entities by name and alias, typo-tolerant and ranked (exact name, then alias, then prefix,
 * then Lucene's score). Without `q`, lists entities by the number of articles mentioning them.
 * `total` counts matches among the best SEARCH_CANDIDATES full-text hits.
 */
export async function searchEntities(db: Database, input: EntitySearchInput): Promise<EntitySearchResult> {
  const q = input.q?.trim() ?? '';
  const lucene = q ? toLuceneQuery(q) : null;
  if (q && !lucene) return { items: [], total: 0 };
  const params = {
    lucene,
    candidates: toInt(SEARCH_CANDIDATES),
    type: input.type ?? null,
    exact: q.toLowerCase(),
    offset: toInt(input.offset),
    limit: toInt(input.limit),
  };
  const record = await readBounded(
    db,
    async (tx) => (await tx.run(lucene ? SEARCH_QUERY : LIST_QUERY, params)).records[0],
  );
  if (!record) return { items: [], total: 0 };
  const items = (toPlain(record.get('items')) as Array<Omit<EntityHit, 'matched'>>).map((hit) => ({
    id: hit.id,
    name: hit.name,
    type: hit.type,
    aliases: hit.aliases,
    roles: hit.roles,
    articles: hit.articles,
    score: Math.round(hit.score * 1000) / 1000,
    matched: q ? matchedAlias(q, hit.name, hit.aliases) : null,
  }));
  return { items, total: toNumber(record.get('total')) };
}

/** The alias that explains a hit when the name alone does not ("Hikivision" → alias "Hikivision"). */
export function matchedAlias(q: string, name: string, aliases: string[]): string | null {
  const words = searchWords(q);
  const fit = (candidate: string): number => {
    const cw = searchWords(candidate);
    let total = 0;
    for (const word of words) {
      let best = Infinity;
      for (const c of cw) best = Math.min(best, c.startsWith(word) ? 0 : editDistance(word, c));
      total += best;
    }
    return total;
  };
  const nameFit = fit(name);
  if (nameFit === 0) return null;
  let bestAlias: string | null = null;
  let bestFit = nameFit;
  for (const alias of aliases) {
    const f = fit(alias);
    if (f < bestFit) {
      bestFit = f;
      bestAlias = alias;
    }
  }
  return bestAlias;
}

/** Levenshtein distance, for explaining fuzzy matches (short strings only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// name: Look-alike names (merge candidates)
// description: Pairs of entities of the same type whose names look alike (names starting with the same letter where one contains the other, one is the other's alias, or their letter pairs overlap strongly), not already recorded as DISTINCT_FROM: candidates to merge or to mark distinct.
// param: type string — only this entity type, e.g. Company (optional)
// param: minSimilarity float = 0.6 — letter-pair (bigram) overlap between 0 and 1
// param: limit int = 50 — maximum rows
// returns: a, b, type, similarity, reason, aArticles, bArticles
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
WITH e, toLower(e.name) AS n
// Compare names only within a type and a first letter (misspellings keep their first letter): that keeps
// the pairs few enough for a graph of thousands of entities.
WITH e.type AS type, left(n, 1) AS initial,
     collect({e: e, n: n, b: [i IN range(0, size(n) - 2) | substring(n, i, 2)],
              aliases: [alias IN coalesce(e.aliases, []) | toLower(alias)]}) AS group
UNWIND group AS p
UNWIND group AS q
WITH p, q
WHERE p.e.id < q.e.id
WITH p, q,
     CASE WHEN size(p.b) + size(q.b) = 0 THEN 0.0
          ELSE 2.0 * size([g IN p.b WHERE g IN q.b]) / (size(p.b) + size(q.b)) END AS similarity
WITH p, q, similarity,
     CASE
       WHEN q.n IN p.aliases OR p.n IN q.aliases THEN 'alias'
       WHEN size(p.n) >= 3 AND size(q.n) >= 3 AND (p.n CONTAINS q.n OR q.n CONTAINS p.n) THEN 'contains'
       WHEN similarity >= $minSimilarity THEN 'similar'
       ELSE NULL
     END AS reason
WHERE reason IS NOT NULL
WITH p.e AS x, q.e AS y, similarity, reason
WHERE NOT (x)-[:DISTINCT_FROM]-(y)
RETURN x.name AS a, y.name AS b, x.type AS type, round(similarity, 2) AS similarity, reason,
       COUNT { (x)-[:MENTIONED_IN]->() } AS aArticles, COUNT { (y)-[:MENTIONED_IN]->() } AS bArticles
ORDER BY similarity DESC, a, b
LIMIT toInteger($limit)

// name: Look-alike names (merge candidates)
// description: Pairs of entities of the same type whose names look alike (one contains the other, one is the other's alias, or their letter pairs overlap strongly), not already recorded as DISTINCT_FROM — candidates to merge or to mark distinct.
// param: type string — only this entity type, e.g. Company (optional)
// param: minSimilarity float = 0.6 — letter-pair (bigram) overlap between 0 and 1
// param: limit int = 50 — maximum rows
// returns: a, b, type, similarity, reason, aArticles, bArticles
MATCH (x:Entity)
WHERE $type IS NULL OR x.type = $type
WITH x, toLower(x.name) AS xn
WITH x, xn, [i IN range(0, size(xn) - 2) | substring(xn, i, 2)] AS xb
MATCH (y:Entity)
WHERE y.type = x.type AND x.id < y.id AND NOT (x)-[:DISTINCT_FROM]-(y)
WITH x, xn, xb, y, toLower(y.name) AS yn
WITH x, xn, xb, y, yn, [i IN range(0, size(yn) - 2) | substring(yn, i, 2)] AS yb
WITH x, y, xn, yn,
     CASE WHEN size(xb) + size(yb) = 0 THEN 0.0
          ELSE 2.0 * size([g IN xb WHERE g IN yb]) / (size(xb) + size(yb)) END AS similarity
WITH x, y, similarity,
     CASE
       WHEN yn IN [alias IN coalesce(x.aliases, []) | toLower(alias)] OR xn IN [alias IN coalesce(y.aliases, []) | toLower(alias)] THEN 'alias'
       WHEN size(xn) >= 3 AND size(yn) >= 3 AND (xn CONTAINS yn OR yn CONTAINS xn) THEN 'contains'
       WHEN similarity >= $minSimilarity THEN 'similar'
       ELSE NULL
     END AS reason
WHERE reason IS NOT NULL
RETURN x.name AS a, y.name AS b, x.type AS type, round(similarity, 2) AS similarity, reason,
       COUNT { (x)-[:MENTIONED_IN]->() } AS aArticles, COUNT { (y)-[:MENTIONED_IN]->() } AS bArticles
ORDER BY similarity DESC, a, b
LIMIT toInteger($limit)

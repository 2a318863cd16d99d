// name: Relations supported by a single article
// description: Stated relations (source, type, target) that only one article supports — the ones to verify first — lowest confidence first.
// param: types list<string> = [] — only these relation types (empty: all)
// param: maxConfidence float = 1.0 — only facts at or below this confidence
// param: limit int = 100 — maximum rows
// returns: source, type, target, confidence, evidence, article, date
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.article IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
WITH s, type(r) AS type, t, collect(r) AS facts
WHERE size(facts) = 1
WITH s, type, t, facts[0] AS r
WHERE coalesce(r.confidence, 0.0) <= $maxConfidence
OPTIONAL MATCH (a:Article {id: r.article})
RETURN s.name AS source, type, t.name AS target, r.confidence AS confidence, r.evidence AS evidence,
       a.title AS article, r.date AS date
ORDER BY confidence, source, type, target
LIMIT toInteger($limit)

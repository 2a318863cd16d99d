// name: What changed since a date
// description: Facts added to the graph since a day — by the article's date (what happened) or by ingest time (what we learned) — newest first.
// param: since date — the first day included, YYYY-MM-DD (required)
// param: byIngest boolean = false — compare the article's ingest time instead of its date
// param: types list<string> = [] — only these relation types (empty: all)
// param: limit int = 100 — maximum rows
// returns: date, ingestedAt, source, type, target, evidence, article
MATCH (a:Article)
WHERE CASE WHEN $byIngest THEN substring(coalesce(a.ingestedAt, ''), 0, 10) >= $since ELSE a.date >= $since END
MATCH (s:Entity)-[:MENTIONED_IN]->(a)
MATCH (s)-[r]->(t:Entity)
WHERE r.article = a.id AND (size($types) = 0 OR type(r) IN $types)
RETURN a.date AS date, a.ingestedAt AS ingestedAt, s.name AS source, type(r) AS type, t.name AS target,
       r.evidence AS evidence, a.title AS article
ORDER BY date DESC, article, source, type, target
LIMIT toInteger($limit)

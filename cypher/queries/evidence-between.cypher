// name: Evidence between two entities
// description: Every sentence that states a fact between two entities (either direction), with its article and confidence — the audit trail behind an edge.
// param: a string — first entity: id, name or alias (required)
// param: b string — second entity: id, name or alias (required)
// param: type string — only this relation type, e.g. CRITICIZED (optional)
// returns: source, type, target, evidence, confidence, date, article, url
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a)
   OR toLower($a) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
MATCH (y:Entity)
WHERE y.id = $b OR toLower(y.name) = toLower($b)
   OR toLower($b) IN [alias IN coalesce(y.aliases, []) | toLower(alias)]
MATCH (x)-[r]-(y)
WHERE r.article IS NOT NULL AND ($type IS NULL OR type(r) = $type)
OPTIONAL MATCH (art:Article {id: r.article})
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target, r.evidence AS evidence,
       r.confidence AS confidence, r.date AS date, art.title AS article, art.url AS url
ORDER BY date, type, source

// name: Articles mentioning two entities
// description: Articles that name both entities, newest first, with the facts that link the two in each article.
// param: a string — first entity: id, name or alias (required)
// param: b string — second entity: id, name or alias (required)
// param: limit int = 25 — maximum rows
// returns: date, title, url, source, facts
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a)
   OR toLower($a) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
MATCH (y:Entity)
WHERE y.id = $b OR toLower(y.name) = toLower($b)
   OR toLower($b) IN [alias IN coalesce(y.aliases, []) | toLower(alias)]
MATCH (x)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(y)
WHERE x <> y
OPTIONAL MATCH (x)-[r]-(y)
WHERE r.article = art.id
WITH art, [f IN collect(r) WHERE f IS NOT NULL | startNode(f).name + ' ' + type(f) + ' ' + endNode(f).name] AS facts
RETURN art.date AS date, art.title AS title, art.url AS url, art.source AS source, facts
ORDER BY date DESC, title
LIMIT toInteger($limit)

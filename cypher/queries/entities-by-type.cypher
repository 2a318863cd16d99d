// name: Entities of a type
// description: Entities of one type (or all), ranked by the number of articles that mention them, with first and last mention dates — a quick census of the graph.
// param: type string — entity type, e.g. Person, Company, Fund (optional)
// param: minArticles int = 1 — at least this many articles
// param: limit int = 50 — maximum rows
// returns: name, type, aliases, roles, articles, firstSeen, lastSeen
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
WITH e, count(a) AS articles, min(a.date) AS firstSeen, max(a.date) AS lastSeen
WHERE articles >= $minArticles
RETURN e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles,
       articles, firstSeen, lastSeen
ORDER BY articles DESC, name
LIMIT toInteger($limit)

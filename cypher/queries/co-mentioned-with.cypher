// name: Co-mentioned with an entity
// description: Entities named in the same articles as a given entity, ranked by the number of shared articles (co-mention is derived, not stored), with whether a stated fact links them.
// param: entity string — entity id, name or alias (required)
// param: types list<string> = [] — only co-mentioned entities of these types (empty: all)
// param: minArticles int = 1 — at least this many shared articles
// param: limit int = 25 — maximum rows
// returns: other, type, sharedArticles, linked, lastDate
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR toLower($entity) IN [alias IN coalesce(e.aliases, []) | toLower(alias)]
MATCH (e)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(other:Entity)
WHERE other <> e AND (size($types) = 0 OR other.type IN $types)
WITH e, other, count(DISTINCT a) AS sharedArticles, max(a.date) AS lastDate
WHERE sharedArticles >= $minArticles
RETURN other.name AS other, other.type AS type, sharedArticles,
       EXISTS { (e)-[r]-(other) WHERE r.article IS NOT NULL } AS linked, lastDate
ORDER BY sharedArticles DESC, other
LIMIT toInteger($limit)

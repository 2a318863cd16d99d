// name: Everything stated about an entity
// description: An entity's stated relations in both directions, one row per relation and other entity, with the number of supporting articles, the date range and one evidence sentence.
// param: entity string — entity id, name or alias (required)
// param: types list<string> = [] — only these relation types (empty: all)
// param: limit int = 100 — maximum rows
// returns: direction, type, other, otherType, articles, firstDate, lastDate, evidence
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR toLower($entity) IN [alias IN coalesce(e.aliases, []) | toLower(alias)]
MATCH (e)-[r]-(other:Entity)
WHERE r.article IS NOT NULL AND (size($types) = 0 OR type(r) IN $types)
WITH e, r, other, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
WITH direction, type(r) AS type, other, count(DISTINCT r.article) AS articles, min(r.date) AS firstDate,
     max(r.date) AS lastDate, collect(r.evidence)[0] AS evidence
RETURN direction, type, other.name AS other, other.type AS otherType, articles, firstDate, lastDate, evidence
ORDER BY direction DESC, type, articles DESC, other
LIMIT toInteger($limit)

// name: Most connected entities in a period
// description: Entities ranked by how many distinct other entities they have stated facts with in a period, with their fact and article counts.
// param: since date — first day of the period (optional)
// param: until date — last day of the period (optional)
// param: types list<string> = [] — only entities of these types (empty: all)
// param: limit int = 20 — maximum rows
// returns: entity, type, neighbours, facts, articles
MATCH (e:Entity)-[r]-(other:Entity)
WHERE r.article IS NOT NULL
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND (size($types) = 0 OR e.type IN $types)
RETURN e.name AS entity, e.type AS type, count(DISTINCT other) AS neighbours, count(r) AS facts,
       count(DISTINCT r.article) AS articles
ORDER BY neighbours DESC, facts DESC, entity
LIMIT toInteger($limit)

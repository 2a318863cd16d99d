// name: An entity's timeline
// description: Every article that mentions an entity, in date order, with the facts about the entity that each article states (as "source TYPE target").
// param: entity string — entity id, name or alias (required)
// param: since date — first day (optional)
// param: until date — last day (optional)
// param: limit int = 200 — maximum rows
// returns: date, title, articleId, mentions, facts
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR toLower($entity) IN [alias IN coalesce(e.aliases, []) | toLower(alias)]
MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WHERE ($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until)
OPTIONAL MATCH (e)-[r]-(other:Entity)
WHERE r.article = a.id
WITH e, a, m, collect(CASE WHEN r IS NULL THEN NULL
       ELSE startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name END) AS facts
RETURN a.date AS date, a.title AS title, a.id AS articleId, m.count AS mentions, facts
ORDER BY date, title
LIMIT toInteger($limit)

// name: Who criticised an entity
// description: Everyone the graph says criticised an entity (called out, condemned, urged sanctions against), with the evidence sentence and the article that states it, newest first.
// param: entity string — entity id, name or alias, case-insensitive (required)
// param: since date — only facts dated on or after this day (optional)
// param: limit int = 25 — maximum rows
// returns: critic, criticType, target, date, evidence, article, articleId
MATCH (target:Entity)
WHERE target.id = $entity OR toLower(target.name) = toLower($entity)
   OR toLower($entity) IN [alias IN coalesce(target.aliases, []) | toLower(alias)]
MATCH (critic:Entity)-[r:CRITICIZED]->(target)
WHERE $since IS NULL OR r.date >= $since
OPTIONAL MATCH (a:Article {id: r.article})
RETURN critic.name AS critic, critic.type AS criticType, target.name AS target, r.date AS date,
       r.evidence AS evidence, a.title AS article, r.article AS articleId
ORDER BY date DESC, critic ASC
LIMIT toInteger($limit)

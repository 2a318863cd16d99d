// name: Alert: a watched entity in a new SANCTIONED or CRITICIZED fact
// description: Alert rule, evaluated read-only after each ingest with the facts it added: facts of the chosen types with a watched entity at either end, with the sentence that states them. Run by hand with all = true to list every such fact about the watchlist.
// param: facts list<string> = [] — keys "sourceId|TYPE|targetId" of the facts just added (tracking fills it in)
// param: articles list<string> = [] — ids of the articles just written: their sentence is preferred as evidence
// param: types list<string> = [SANCTIONED, CRITICIZED] — relation types that raise the alert
// param: all boolean = false — every matching fact, not only the new ones (for running by hand)
// returns: message, entityIds, source, type, target, date, evidence
MATCH (w:Watch)
MATCH (watched:Entity {id: w.entityId})-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r
MATCH (s:Entity)-[r]->(t:Entity)
WITH s, t, r, s.id + '|' + type(r) + '|' + t.id AS key
WHERE $all OR key IN $facts
ORDER BY CASE WHEN r.article IN $articles THEN 0 ELSE 1 END, r.date DESC, r.confidence DESC
WITH s, t, type(r) AS type, collect(r)[0] AS r
OPTIONAL MATCH (a:Article {id: r.article})
RETURN s.name + ' ' + type + ' ' + t.name AS message,
       [s.id, t.id] AS entityIds,
       s.name AS source, type, t.name AS target, r.date AS date,
       [{text: r.evidence, articleId: r.article, title: a.title, url: a.url, date: r.date, dateIsIngest: coalesce(a.dateIsIngest, false)}] AS evidence
ORDER BY date DESC, message

// name: Sanctions and bans
// description: Who sanctioned, banned or blacklisted whom, with the first and last date it was reported and the evidence.
// param: target string — only sanctions on this entity: id, name or alias (optional)
// param: since date — only facts dated on or after this day (optional)
// param: limit int = 100 — maximum rows
// returns: sanctioner, sanctionerType, target, targetType, articles, firstDate, lastDate, evidence
MATCH (s:Entity)-[r:SANCTIONED]->(t:Entity)
WHERE ($target IS NULL OR t.id = $target OR toLower(t.name) = toLower($target)
       OR toLower($target) IN [alias IN coalesce(t.aliases, []) | toLower(alias)])
  AND ($since IS NULL OR r.date >= $since)
WITH s, t, count(DISTINCT r.article) AS articles, min(r.date) AS firstDate, max(r.date) AS lastDate,
     collect(r.evidence)[0] AS evidence
RETURN s.name AS sanctioner, s.type AS sanctionerType, t.name AS target, t.type AS targetType, articles,
       firstDate, lastDate, evidence
ORDER BY firstDate, sanctioner, target
LIMIT toInteger($limit)

// name: Criticism by party
// description: Which parties' members criticised a target, counting critics and articles per party — who is driving the pressure.
// param: target string — the criticised entity: id, name or alias (required)
// param: parties list<string> = [] — only these parties, by name (empty: all)
// param: limit int = 25 — maximum rows
// returns: party, critics, articles, firstDate, lastDate
MATCH (t:Entity)
WHERE t.id = $target OR toLower(t.name) = toLower($target)
   OR toLower($target) IN [alias IN coalesce(t.aliases, []) | toLower(alias)]
MATCH (critic:Person)-[c:CRITICIZED]->(t)
MATCH (critic)-[:MEMBER_OF|LEADS]->(party:PoliticalParty)
WHERE size($parties) = 0 OR toLower(party.name) IN [p IN $parties | toLower(p)]
RETURN party.name AS party, collect(DISTINCT critic.name) AS critics, count(DISTINCT c.article) AS articles,
       min(c.date) AS firstDate, max(c.date) AS lastDate
ORDER BY size(critics) DESC, articles DESC, party
LIMIT toInteger($limit)

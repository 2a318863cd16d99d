// name: Who leads what
// description: Leaders of parties, organisations, companies, government bodies and funds, with their roles and the evidence.
// param: type string — only organisations of this entity type, e.g. PoliticalParty (optional)
// param: limit int = 100 — maximum rows
// returns: leader, roles, organisation, organisationType, articles, evidence
MATCH (p:Person)-[r:LEADS]->(o:Entity)
WHERE $type IS NULL OR o.type = $type
WITH p, o, count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
RETURN p.name AS leader, coalesce(p.roles, []) AS roles, o.name AS organisation, o.type AS organisationType,
       articles, evidence
ORDER BY organisationType, organisation, leader
LIMIT toInteger($limit)

// name: Shortest evidence path between two entities
// description: The shortest chain of stated facts (any direction) linking two entities, each hop with the sentence and article that state it.
// param: from string — first entity: id, name or alias (required)
// param: to string — second entity: id, name or alias (required)
// param: maxLength int = 4 — longest path considered, in hops (1-6)
// returns: length, names, hops (one map per hop: source, type, target, evidence, article, date)
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR toLower($from) IN [alias IN coalesce(a.aliases, []) | toLower(alias)]
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to)
   OR toLower($to) IN [alias IN coalesce(b.aliases, []) | toLower(alias)]
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:MEMBER_OF|WORKS_FOR|LEADS|CRITICIZED|SANCTIONED|INVESTED_IN|DIVESTED_FROM|SUPPLIES|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxLength
RETURN length(p) AS length,
       [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | {source: startNode(r).name, type: type(r), target: endNode(r).name,
         evidence: r.evidence, article: r.article, date: r.date}] AS hops
ORDER BY length
LIMIT 1

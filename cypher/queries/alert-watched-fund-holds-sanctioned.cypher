// name: Alert: a watched fund holds a company that has just been sanctioned
// description: Alert rule, evaluated read-only after each ingest with the facts it added: a watched fund INVESTED_IN an entity that someone SANCTIONED, where the sanction or the investment is new. Evidence for both facts. Run by hand with all = true to list every such holding.
// param: facts list<string> = [] — keys "sourceId|TYPE|targetId" of the facts just added (tracking fills it in)
// param: articles list<string> = [] — ids of the articles just written: their sentence is preferred as evidence
// param: all boolean = false — every such holding, not only new ones (for running by hand)
// returns: message, entityIds, source, type, target, date, evidence
MATCH (w:Watch)
MATCH (fund:Fund {id: w.entityId})-[i:INVESTED_IN]->(company:Entity)
MATCH (sanctioner:Entity)-[s:SANCTIONED]->(company)
WHERE $all
   OR sanctioner.id + '|SANCTIONED|' + company.id IN $facts
   OR fund.id + '|INVESTED_IN|' + company.id IN $facts
WITH fund, company, sanctioner, i, s
ORDER BY CASE WHEN s.article IN $articles THEN 0 ELSE 1 END, s.date DESC, s.confidence DESC
WITH fund, company, sanctioner, collect(s)[0] AS s, collect(i) AS investments
WITH fund, company, sanctioner, s,
     [x IN investments WHERE x.article IN $articles] + [x IN investments WHERE NOT x.article IN $articles] AS investments
WITH fund, company, sanctioner, s, investments[0] AS i
OPTIONAL MATCH (sa:Article {id: s.article})
OPTIONAL MATCH (ia:Article {id: i.article})
RETURN fund.name + ' holds ' + company.name + ', sanctioned by ' + sanctioner.name AS message,
       [fund.id, company.id, sanctioner.id] AS entityIds,
       sanctioner.name AS source, 'SANCTIONED' AS type, company.name AS target, s.date AS date,
       [{text: s.evidence, articleId: s.article, title: sa.title, url: sa.url, date: s.date, dateIsIngest: coalesce(sa.dateIsIngest, false)},
        {text: i.evidence, articleId: i.article, title: ia.title, url: ia.url, date: i.date, dateIsIngest: coalesce(ia.dateIsIngest, false)}] AS evidence
ORDER BY date DESC, message

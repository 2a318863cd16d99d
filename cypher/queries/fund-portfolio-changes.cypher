// name: Fund investments and divestments
// description: What funds (or any investor) were reported as holding or selling, in date order — a portfolio's story as the news told it.
// param: investor string — only this investor: id, name or alias (optional)
// param: company string — only holdings of this company: id, name or alias (optional)
// param: limit int = 100 — maximum rows
// returns: date, investor, investorType, action, company, evidence, article
MATCH (investor:Entity)-[r:INVESTED_IN|DIVESTED_FROM]->(company:Entity)
WHERE ($investor IS NULL OR investor.id = $investor OR toLower(investor.name) = toLower($investor)
       OR toLower($investor) IN [alias IN coalesce(investor.aliases, []) | toLower(alias)])
  AND ($company IS NULL OR company.id = $company OR toLower(company.name) = toLower($company)
       OR toLower($company) IN [alias IN coalesce(company.aliases, []) | toLower(alias)])
OPTIONAL MATCH (a:Article {id: r.article})
RETURN r.date AS date, investor.name AS investor, investor.type AS investorType,
       CASE type(r) WHEN 'INVESTED_IN' THEN 'holds' ELSE 'sold' END AS action,
       company.name AS company, r.evidence AS evidence, a.title AS article
ORDER BY date, investor, company
LIMIT toInteger($limit)

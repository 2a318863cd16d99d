// name: Funds invested in sanctioned companies
// description: Funds (and other investors) holding companies that a government or country sanctioned, with who sanctioned them and when. Investments and sanctions may come from different articles.
// param: sanctioner string — only sanctions by this country or government body (id, name or alias) (optional)
// param: investorType string = Fund — label of the investor: Fund, Company, Person … (use "Entity" for any)
// param: limit int = 50 — maximum rows
// returns: investor, company, sanctioners, investedOn, sanctionedOn, investmentEvidence
MATCH (sanctioner:Entity)-[s:SANCTIONED]->(company:Company)
WHERE (sanctioner:Country OR sanctioner:GovernmentBody)
  AND ($sanctioner IS NULL OR sanctioner.id = $sanctioner OR toLower(sanctioner.name) = toLower($sanctioner)
       OR toLower($sanctioner) IN [alias IN coalesce(sanctioner.aliases, []) | toLower(alias)])
WITH company, collect(DISTINCT sanctioner.name) AS sanctioners, min(s.date) AS sanctionedOn
MATCH (investor:Entity)-[i:INVESTED_IN]->(company)
WHERE $investorType = 'Entity' OR $investorType IN labels(investor)
WITH investor, company, sanctioners, sanctionedOn, min(i.date) AS investedOn, collect(i.evidence)[0] AS investmentEvidence
RETURN investor.name AS investor, company.name AS company, sanctioners, investedOn, sanctionedOn, investmentEvidence
ORDER BY investor, company
LIMIT toInteger($limit)

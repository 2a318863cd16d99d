// name: Companies supplying a place
// description: Companies that supply a country, place, government body or organisation, optionally counting places located inside it (supplying Xinjiang counts for China), with evidence.
// param: place string — the customer: id, name or alias of a Country, Place, GovernmentBody or Organization (required)
// param: includeWithin boolean = true — also count customers LOCATED_IN the place (up to 3 levels)
// param: limit int = 50 — maximum rows
// returns: company, customer, articles, firstDate, lastDate, evidence
MATCH (place:Entity)
WHERE place.id = $place OR toLower(place.name) = toLower($place)
   OR toLower($place) IN [alias IN coalesce(place.aliases, []) | toLower(alias)]
CALL (place) {
  RETURN place AS customer
  UNION
  MATCH (inner:Entity)-[:LOCATED_IN*1..3]->(place)
  WHERE $includeWithin
  RETURN DISTINCT inner AS customer
}
MATCH (company:Company)-[r:SUPPLIES]->(customer)
WITH company, customer, count(DISTINCT r.article) AS articles, min(r.date) AS firstDate, max(r.date) AS lastDate,
     collect(r.evidence)[0] AS evidence
RETURN company.name AS company, customer.name AS customer, articles, firstDate, lastDate, evidence
ORDER BY articles DESC, company, customer
LIMIT toInteger($limit)

// name: Politicians by party and country
// description: People who are members (or leaders) of a political party, with the party's country: stated (the party LOCATED_IN a country), through the person's parliament or ministry (LOCATED_IN a country), or else the country named most often in the articles that name the party — countryBasis says which.
// param: party string — only this party (id, name or alias) (optional)
// param: country string — only parties of this country (id, name or alias) (optional)
// param: limit int = 100 — maximum rows
// returns: party, person, roles, relation, country, countryBasis (stated | parliament | co-mentioned), articles
MATCH (person:Person)-[m:MEMBER_OF|LEADS]->(party:PoliticalParty)
WHERE $party IS NULL OR party.id = $party OR toLower(party.name) = toLower($party)
   OR toLower($party) IN [alias IN coalesce(party.aliases, []) | toLower(alias)]
WITH person, party, collect(DISTINCT type(m)) AS relations, count(DISTINCT m.article) AS articles
OPTIONAL MATCH (party)-[:LOCATED_IN]->(stated:Country)
OPTIONAL MATCH (person)-[:MEMBER_OF|WORKS_FOR]->(:GovernmentBody)-[:LOCATED_IN]->(viaBody:Country)
WITH person, party, relations, articles, stated, viaBody,
     CASE WHEN stated IS NOT NULL THEN 'stated' WHEN viaBody IS NOT NULL THEN 'parliament' END AS basis
// Otherwise the country named most often in the articles that name the party.
OPTIONAL MATCH (party)-[:MENTIONED_IN]->(art:Article)<-[cm:MENTIONED_IN]-(c:Country)
WHERE stated IS NULL AND viaBody IS NULL
WITH person, party, relations, articles, stated, viaBody, basis, c, sum(coalesce(cm.count, 1)) AS weight
ORDER BY weight DESC, c.name
WITH person, party, relations, articles, coalesce(stated, viaBody) AS known, basis, collect(c)[0] AS mostNamed
WITH person, party, relations, articles, coalesce(known, mostNamed) AS country,
     coalesce(basis, CASE WHEN mostNamed IS NOT NULL THEN 'co-mentioned' END) AS countryBasis
WHERE $country IS NULL OR country.id = $country OR toLower(country.name) = toLower($country)
   OR toLower($country) IN [alias IN coalesce(country.aliases, []) | toLower(alias)]
RETURN DISTINCT party.name AS party, person.name AS person, coalesce(person.roles, []) AS roles,
       relations AS relation, country.name AS country, countryBasis, articles
ORDER BY country, party, person
LIMIT toInteger($limit)

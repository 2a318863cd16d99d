// name: Politicians by party and country
// description: People who are members (or leaders) of a political party, with the party's country when the graph knows it (the party or the person's parliament LOCATED_IN a country, or the country named most often beside the party).
// param: party string — only this party (id, name or alias) (optional)
// param: country string — only parties of this country (id, name or alias) (optional)
// param: limit int = 100 — maximum rows
// returns: party, person, roles, relation, country, articles
MATCH (person:Person)-[m:MEMBER_OF|LEADS]->(party:PoliticalParty)
WHERE $party IS NULL OR party.id = $party OR toLower(party.name) = toLower($party)
   OR toLower($party) IN [alias IN coalesce(party.aliases, []) | toLower(alias)]
WITH person, party, collect(DISTINCT type(m)) AS relations, count(DISTINCT m.article) AS articles
OPTIONAL MATCH (party)-[:LOCATED_IN]->(stated:Country)
OPTIONAL MATCH (person)-[:MEMBER_OF|WORKS_FOR]->(:GovernmentBody)-[:LOCATED_IN]->(viaBody:Country)
WITH person, party, relations, articles, coalesce(stated, viaBody) AS known
OPTIONAL MATCH (party)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(c:Country)
WITH person, party, relations, articles, known, c, count(art) AS together
ORDER BY together DESC, c.name
WITH person, party, relations, articles, known, collect(c)[0] AS mostNamed
WITH person, party, relations, articles, coalesce(known, mostNamed) AS country
WHERE $country IS NULL OR country.id = $country OR toLower(country.name) = toLower($country)
   OR toLower($country) IN [alias IN coalesce(country.aliases, []) | toLower(alias)]
RETURN DISTINCT party.name AS party, person.name AS person, coalesce(person.roles, []) AS roles,
       relations AS relation, country.name AS country, articles
ORDER BY country, party, person
LIMIT toInteger($limit)

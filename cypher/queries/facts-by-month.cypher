// name: Facts per month
// description: How many facts of each relation type the news stated per month — the shape of a story over time.
// param: types list<string> = [] — only these relation types (empty: all)
// param: since date — first day (optional)
// param: until date — last day (optional)
// returns: month, type, facts, articles
MATCH (:Entity)-[r]->(:Entity)
WHERE r.article IS NOT NULL AND r.date IS NOT NULL
  AND (size($types) = 0 OR type(r) IN $types)
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN substring(r.date, 0, 7) AS month, type(r) AS type, count(r) AS facts, count(DISTINCT r.article) AS articles
ORDER BY month, type

// Tracegraph graph schema: uniqueness constraints, lookup indexes and full-text indexes.
// Applied by `tracegraph db schema` and by start-up (cypher/apply-schema.ts), statement by statement;
// every statement is IF NOT EXISTS, so applying it again changes nothing.
// Parameters: none. Returns: nothing.

// One node per entity and per article: MERGE on id relies on these (they also index id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Lookups: entities by name and type; articles by URL (re-ingest), date (timeline filters) and content hash (unchanged?).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);

// Full-text search: entity names and aliases (aliasText = aliases joined by ' ; '), article titles and text.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE FULLTEXT INDEX articleText IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text];

// Facts by article, one index per relation type: deleting or re-ingesting an article removes exactly its facts.
CREATE INDEX fact_article_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.article);
CREATE INDEX fact_article_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.article);
CREATE INDEX fact_article_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.article);
CREATE INDEX fact_article_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.article);
CREATE INDEX fact_article_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.article);
CREATE INDEX fact_article_invested_in IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.article);
CREATE INDEX fact_article_divested_from IF NOT EXISTS FOR ()-[r:DIVESTED_FROM]-() ON (r.article);
CREATE INDEX fact_article_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.article);
CREATE INDEX fact_article_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.article);

// Tracking: one watch per entity id (MERGE relies on it); the change feed reads events newest first by `at`.
CREATE CONSTRAINT watch_entity_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.entityId IS UNIQUE;
CREATE INDEX event_at IF NOT EXISTS FOR (e:Event) ON (e.at);

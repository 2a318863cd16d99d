// Imports FollowTheMoney JSON Lines (an export of ours, Aleph, OpenSanctions) as a source: entities, mentions and facts with provenance.
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { ValidationError } from '../core/errors.ts';
import { articleId, contentHash, entityId } from '../core/ids.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../core/types.ts';
import type { Database } from './database.ts';
import { toInt } from './read-values.ts';
import { FTM_LINKS, entityTypeOf, relationTypeOf, values, type FtmEntity } from './export/ftm-schema.ts';
import type {
  ExportArticle,
  ExportEntity,
  ExportFact,
  ExportGraph,
  ExportMention,
} from './export/read-export-graph.ts';

/** The extractorVersion written on what an FtM import creates. */
export const FTM_IMPORT_VERSION = 'ftm-import/1';

const DOCUMENT_SCHEMAS = new Set(['Article', 'Document', 'PlainText', 'HyperText', 'Pages', 'Page']);
const OUR_ENTITY_ID =
  /^(person|company|country|place|fund|politicalparty|governmentbody|organization):[a-z0-9-]+$/;

/** What parsing found besides the graph: counts and what it could not use. */
export interface FtmParseReport {
  lines: number;
  /** Lines that were not JSON objects with id and schema (1-based line numbers, first 20). */
  badLines: number[];
  /** FtM schemata that have no place in Tracegraph's model, with counts (Vessel, Associate …). */
  skipped: Record<string, number>;
  /** Links whose ends were not imported entities. */
  danglingLinks: number;
  /** Id of the article created for the file itself, when some fact or entity had no document. */
  sourceArticle?: string;
}

export interface FtmImportOptions {
  /** Where the data came from (a file path): names the source article. */
  origin: string;
  /** The import day for undated facts and the source article (default: today). */
  today?: string;
}

/**
 * Parses FtM JSON Lines into Tracegraph's plain graph (pure). Accepts flat entities and OpenSanctions'
 * nested form (entities inside property values). Articles and other documents become Articles;
 * Documentation becomes MENTIONED_IN; Membership, Employment, Directorship, Ownership, UnknownLink and
 * Sanction become facts. A fact without a source document, and an entity no document mentions, are tied
 * to one Article standing for the imported file, so every fact keeps its provenance.
 * @throws ValidationError when no line holds an FtM entity.
 */
export function parseFtmJsonl(
  text: string,
  options: FtmImportOptions,
): { graph: ExportGraph; report: FtmParseReport } {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const report: FtmParseReport = { lines: 0, badLines: [], skipped: {}, danglingLinks: 0 };
  const byId = new Map<string, FtmEntity>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    report.lines += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      if (report.badLines.length < 20) report.badLines.push(index + 1);
      return;
    }
    if (!collect(parsed, byId) && report.badLines.length < 20) report.badLines.push(index + 1);
  });
  if (byId.size === 0) {
    throw new ValidationError(
      `No FollowTheMoney entities in ${options.origin}: expected JSON Lines of {"id", "schema", "properties"}.`,
    );
  }

  const articles = new Map<string, ExportArticle>();
  const articleIdOf = new Map<string, string>();
  const entities = new Map<string, ExportEntity>();
  const entityIdOf = new Map<string, string>();
  const links: FtmEntity[] = [];
  const documentations: FtmEntity[] = [];
  const sanctions: FtmEntity[] = [];

  for (const entity of byId.values()) {
    if (DOCUMENT_SCHEMAS.has(entity.schema)) {
      const article = toArticle(entity, today);
      articles.set(article.id, article);
      articleIdOf.set(entity.id, article.id);
    } else if (entity.schema === 'Documentation') documentations.push(entity);
    else if (entity.schema in FTM_LINKS) links.push(entity);
    else if (entity.schema === 'Sanction') sanctions.push(entity);
    else {
      const type = entityTypeOf(entity);
      const name = first(entity, entity.schema === 'Address' ? ['full', 'name'] : ['name']);
      if (!type || !name) {
        report.skipped[entity.schema] = (report.skipped[entity.schema] ?? 0) + 1;
        continue;
      }
      const id =
        OUR_ENTITY_ID.test(entity.id) && entity.id.startsWith(`${type.toLowerCase()}:`)
          ? entity.id
          : entityId(type, name);
      entityIdOf.set(entity.id, id);
      const names = [...values(entity, 'name'), ...values(entity, 'alias')];
      const roles = type === 'Person' ? values(entity, 'position') : [];
      const existing = entities.get(id);
      entities.set(id, {
        id,
        name: existing?.name ?? name,
        type,
        aliases: unique([...(existing?.aliases ?? []), ...names]).filter(
          (alias) => alias !== (existing?.name ?? name),
        ),
        roles: unique([...(existing?.roles ?? []), ...roles]),
      });
    }
  }

  let sourceArticle: ExportArticle | undefined;
  const fileArticle = (): string => {
    if (!sourceArticle) {
      const name = path.basename(options.origin);
      const url = `ftm-import:${options.origin}`;
      sourceArticle = {
        id: articleId({ text: '', url }),
        title: `FollowTheMoney import: ${name}`,
        text: `Entities and relations imported from ${name} (FollowTheMoney JSON Lines).`,
        source: 'FollowTheMoney import',
        date: today,
        dateIsIngest: true,
        origin: options.origin,
      };
      articles.set(sourceArticle.id, sourceArticle);
      report.sourceArticle = sourceArticle.id;
    }
    return sourceArticle.id;
  };

  const mentions = new Map<string, ExportMention>();
  for (const doc of documentations) {
    const article = articleIdOf.get(values(doc, 'document')[0] ?? '');
    const entity = entityIdOf.get(values(doc, 'entity')[0] ?? '');
    if (!article || !entity) {
      report.danglingLinks += 1;
      continue;
    }
    const count = Number(/mentioned (\d+) time/.exec(values(doc, 'summary')[0] ?? '')?.[1] ?? 1);
    const key = `${entity}|${article}`;
    const previous = mentions.get(key);
    mentions.set(key, {
      entity,
      article,
      count: (previous?.count ?? 0) + count,
      surfaces: unique([...(previous?.surfaces ?? []), ...values(doc, 'namesMentioned')]),
    });
  }

  const facts = new Map<string, ExportFact>();
  const addFact = (fact: ExportFact) => {
    const key = `${fact.source}|${fact.type}|${fact.target}|${fact.article}`;
    if (!facts.has(key)) facts.set(key, fact);
  };
  for (const link of links) {
    const ends = FTM_LINKS[link.schema] as { source: string; target: string };
    const source = entityIdOf.get(values(link, ends.source)[0] ?? '');
    const target = entityIdOf.get(values(link, ends.target)[0] ?? '');
    const type = relationTypeOf(link);
    if (!type) {
      report.skipped[`${link.schema} (no relation type)`] =
        (report.skipped[`${link.schema} (no relation type)`] ?? 0) + 1;
      continue;
    }
    if (!source || !target || source === target) {
      report.danglingLinks += 1;
      continue;
    }
    const article = documentOf(link, articleIdOf) ?? fileArticle();
    addFact(
      toFact(
        link,
        source,
        type,
        target,
        article,
        articles.get(article)?.date ?? today,
        () =>
          `${link.schema}: ${entities.get(source)?.name} ${type.toLowerCase().replace('_', ' ')} ${entities.get(target)?.name}`,
      ),
    );
  }
  for (const sanction of sanctions) {
    const target = entityIdOf.get(values(sanction, 'entity')[0] ?? '');
    if (!target) {
      report.danglingLinks += 1;
      continue;
    }
    const sanctioner = sanctionerOf(sanction, entities);
    if (!sanctioner) {
      report.skipped['Sanction (no authority)'] = (report.skipped['Sanction (no authority)'] ?? 0) + 1;
      continue;
    }
    const article = documentOf(sanction, articleIdOf) ?? fileArticle();
    const describe = () =>
      [values(sanction, 'authority')[0], values(sanction, 'program')[0], values(sanction, 'reason')[0]]
        .filter(Boolean)
        .join(': ') || `Sanctioned by ${entities.get(sanctioner)?.name}`;
    addFact(
      toFact(
        sanction,
        sanctioner,
        'SANCTIONED',
        target,
        article,
        articles.get(article)?.date ?? today,
        describe,
      ),
    );
  }

  // Every entity is mentioned somewhere: by its documents, else by the imported file.
  const mentioned = new Set([...mentions.values()].map((m) => m.entity));
  for (const entity of entities.values()) {
    if (mentioned.has(entity.id)) continue;
    const article = fileArticle();
    mentions.set(`${entity.id}|${article}`, {
      entity: entity.id,
      article,
      count: 1,
      surfaces: [entity.name],
    });
  }

  return {
    graph: {
      entities: [...entities.values()],
      articles: [...articles.values()],
      mentions: [...mentions.values()],
      facts: [...facts.values()],
    },
    report,
  };
}

/** Puts an entity (and the entities nested in its properties) in the index; false when it is no entity. */
function collect(value: unknown, byId: Map<string, FtmEntity>): boolean {
  if (!value || typeof value !== 'object') return false;
  const raw = value as { id?: unknown; schema?: unknown; properties?: unknown };
  if (typeof raw.id !== 'string' || typeof raw.schema !== 'string') return false;
  const properties: Record<string, unknown[]> = {};
  const source =
    raw.properties && typeof raw.properties === 'object' ? (raw.properties as Record<string, unknown>) : {};
  for (const [key, list] of Object.entries(source)) {
    if (!Array.isArray(list)) continue;
    properties[key] = list.map((item) =>
      item && typeof item === 'object' && collect(item, byId) ? (item as { id: string }).id : item,
    );
  }
  const previous = byId.get(raw.id);
  if (previous) {
    for (const [key, list] of Object.entries(properties)) {
      previous.properties[key] = [
        ...(previous.properties[key] ?? []),
        ...list.filter((v) => !(previous.properties[key] ?? []).includes(v)),
      ];
    }
  } else {
    byId.set(raw.id, { id: raw.id, schema: raw.schema, properties });
  }
  return true;
}

function first(entity: FtmEntity, properties: string[]): string | undefined {
  for (const property of properties) {
    const value = values(entity, property)[0];
    if (value && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((item) => item.trim() !== ''))];
}

function day(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function toArticle(entity: FtmEntity, today: string): ExportArticle {
  const text = first(entity, ['indexText', 'bodyText', 'description', 'summary']) ?? '';
  const url = first(entity, ['sourceUrl']);
  const id = entity.id.startsWith('article:')
    ? entity.id.slice('article:'.length)
    : articleId(url ? { text, url } : { text: text || `ftm:${entity.id}` });
  const publishedAt = first(entity, ['publishedAt']);
  const date = day(first(entity, ['date'])) ?? day(publishedAt) ?? today;
  const article: ExportArticle = {
    id,
    title: first(entity, ['title', 'name', 'fileName']) ?? id,
    text,
    date,
    dateIsIngest: !publishedAt && !first(entity, ['date']),
  };
  if (url) article.url = url;
  const source = first(entity, ['publisher']);
  if (source) article.source = source;
  const author = first(entity, ['author']);
  if (author) article.author = author;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** The article a link cites: `proof`, else a `recordId` that names an imported article. */
function documentOf(link: FtmEntity, articleIdOf: Map<string, string>): string | undefined {
  for (const proof of values(link, 'proof')) {
    const id = articleIdOf.get(proof);
    if (id) return id;
  }
  const known = new Set(articleIdOf.values());
  return values(link, 'recordId').find((id) => known.has(id));
}

function toFact(
  link: FtmEntity,
  source: string,
  type: RelationType,
  target: string,
  article: string,
  articleDate: string,
  fallbackEvidence: () => string,
): ExportFact {
  const summary = values(link, 'summary')[0] ?? '';
  const fact: ExportFact = {
    source,
    type,
    target,
    article,
    evidence: first(link, ['description']) ?? fallbackEvidence(),
    date: day(first(link, ['date', 'startDate', 'endDate'])) ?? articleDate,
    confidence: Number(/confidence ([\d.]+)/.exec(summary)?.[1] ?? 1),
  };
  const sentence = /sentence (\d+)/.exec(summary)?.[1];
  if (sentence !== undefined) fact.sentence = Number(sentence);
  const sourceSurface = /source as ("(?:[^"\\]|\\.)*")/.exec(summary)?.[1];
  if (sourceSurface) fact.sourceSurface = JSON.parse(sourceSurface) as string;
  const targetSurface = /target as ("(?:[^"\\]|\\.)*")/.exec(summary)?.[1];
  if (targetSurface) fact.targetSurface = JSON.parse(targetSurface) as string;
  return fact;
}

/** Who imposed a sanction: the authority as a GovernmentBody, else the country as a Country. */
function sanctionerOf(sanction: FtmEntity, entities: Map<string, ExportEntity>): string | undefined {
  const authority = first(sanction, ['authority']);
  const code = values(sanction, 'country')[0];
  const countryName = code ? countries.getName(code.toUpperCase(), 'en') : undefined;
  const type: EntityType | undefined = authority ? 'GovernmentBody' : countryName ? 'Country' : undefined;
  const name = authority ?? countryName;
  if (!type || !name) return undefined;
  const id = entityId(type, name);
  if (!entities.has(id)) entities.set(id, { id, name, type, aliases: [], roles: [] });
  return id;
}

/** What an import wrote. */
export interface FtmImportSummary {
  entities: number;
  articles: number;
  mentions: number;
  facts: number;
  report: FtmParseReport;
}

/**
 * Imports FtM JSON Lines into the graph: parses (see parseFtmJsonl) and writes idempotently (MERGE on
 * ids; a fact is one edge per source, type, target and article), in batches.
 * @example await importFtm(db, readFileSync('entities.ftm.json', 'utf8'), { origin: 'entities.ftm.json' })
 */
export async function importFtm(
  db: Database,
  text: string,
  options: FtmImportOptions,
): Promise<FtmImportSummary> {
  const { graph, report } = parseFtmJsonl(text, options);
  await writeGraph(db, graph, { origin: options.origin });
  return {
    entities: graph.entities.length,
    articles: graph.articles.length,
    mentions: graph.mentions.length,
    facts: graph.facts.length,
    report,
  };
}

const BATCH = 500;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Writes a plain graph (as read by an export or parsed from FtM) following the data model: Articles,
 * Entities with their type label, MENTIONED_IN and typed facts. Labels and relationship types come only
 * from ENTITY_TYPES / RELATION_TYPES.
 */
export async function writeGraph(
  db: Database,
  graph: ExportGraph,
  options: { origin: string },
): Promise<void> {
  const now = new Date().toISOString();
  const articleRows = graph.articles.map((a) => ({
    id: a.id,
    title: a.title,
    text: a.text,
    url: a.url ?? null,
    source: a.source ?? null,
    author: a.author ?? null,
    publishedAt: a.publishedAt ?? null,
    date: a.date,
    dateIsIngest: a.dateIsIngest ?? !a.publishedAt,
    contentHash: contentHash(a.text),
    origin: a.origin ?? options.origin,
    wordCount: toInt(a.text.split(/\s+/).filter(Boolean).length),
  }));
  for (const rows of batches(articleRows)) {
    await db.write((tx) =>
      tx.run(
        `UNWIND $rows AS row
         MERGE (a:Article {id: row.id})
         SET a.title = row.title, a.text = row.text, a.url = row.url, a.source = row.source, a.author = row.author,
             a.publishedAt = row.publishedAt, a.date = row.date, a.dateIsIngest = row.dateIsIngest,
             a.ingestedAt = coalesce(a.ingestedAt, $now), a.contentHash = row.contentHash, a.origin = row.origin,
             a.wordCount = row.wordCount, a.extractorVersion = coalesce(a.extractorVersion, $version)`,
        { rows, now, version: FTM_IMPORT_VERSION },
      ),
    );
  }
  for (const type of ENTITY_TYPES) {
    const rows = graph.entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, roles: e.roles }));
    for (const batch of batches(rows)) {
      // `type` comes from the ENTITY_TYPES allow-list, never from the input.
      await db.write((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MERGE (e:Entity {id: row.id})
           ON CREATE SET e.name = row.name, e.type = $type, e.createdAt = $now
           SET e:${type}, e.updatedAt = $now
           WITH e, row,
                reduce(acc = [], x IN coalesce(e.aliases, []) + row.aliases |
                  CASE WHEN x = e.name OR x IN acc THEN acc ELSE acc + x END) AS aliases,
                reduce(acc = [], x IN coalesce(e.roles, []) + row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS roles
           SET e.aliases = aliases, e.roles = roles,
               e.aliasText = reduce(s = '', x IN aliases | CASE WHEN s = '' THEN x ELSE s + ' ; ' + x END)`,
          { rows: batch, type, now },
        ),
      );
    }
  }
  const mentionRows = graph.mentions.map((m) => ({ ...m, count: toInt(m.count) }));
  for (const rows of batches(mentionRows)) {
    await db.write((tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (e:Entity {id: row.entity}), (a:Article {id: row.article})
         MERGE (e)-[m:MENTIONED_IN]->(a)
         SET m.count = row.count, m.surfaces = row.surfaces`,
        { rows },
      ),
    );
  }
  for (const type of RELATION_TYPES) {
    const rows = graph.facts
      .filter((f) => f.type === type)
      .map((f) => ({
        source: f.source,
        target: f.target,
        article: f.article,
        evidence: f.evidence,
        sentence: f.sentence === undefined ? null : toInt(f.sentence),
        confidence: f.confidence ?? 1,
        date: f.date ?? null,
        sourceSurface: f.sourceSurface ?? null,
        targetSurface: f.targetSurface ?? null,
        extractorVersion: f.extractorVersion ?? FTM_IMPORT_VERSION,
      }));
    for (const batch of batches(rows)) {
      // `type` comes from the RELATION_TYPES allow-list, never from the input.
      await db.write((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
           MERGE (s)-[r:${type} {article: row.article}]->(t)
           SET r.evidence = row.evidence, r.sentence = row.sentence, r.confidence = row.confidence, r.date = row.date,
               r.sourceSurface = row.sourceSurface, r.targetSurface = row.targetSurface,
               r.extractorVersion = row.extractorVersion`,
          { rows: batch },
        ),
      );
    }
  }
}

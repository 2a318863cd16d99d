// Writes an export as FollowTheMoney entities (JSON Lines) for Aleph/OpenAleph and OpenSanctions' tools.
import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import type { EntityType } from '../../core/types.ts';
import type { ExportEntity, ExportFact, ExportGraph } from './read-export-graph.ts';
import {
  ENTITY_TO_FTM,
  RELATION_ROLES,
  TYPE_KEYWORD_PREFIX,
  FTM_LINKS,
  relationSchema,
  type FtmEntity,
} from './ftm-schema.ts';

/** The FtM id of an article: Tracegraph's article id under an `article:` prefix. */
export function ftmArticleId(articleId: string): string {
  return `article:${articleId}`;
}

function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 24)}`;
}

/**
 * The graph as FtM entities: each Article as `Article`; each entity as Person, Company, Organization
 * (parties with topic pol.party, funds with fin.fund), PublicBody or Territory (countries and places);
 * each mention as `Documentation` (document → entity, role "mentioned"); each fact as Membership,
 * Employment, Directorship, Ownership or UnknownLink whose `role` names the relation, `description` is
 * the evidence sentence, `proof`/`recordId` the article, `date` the article's date.
 */
export function toFtmEntities(graph: ExportGraph): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const article of graph.articles) {
    const properties: Record<string, string[]> = { title: [article.title], date: [article.date] };
    if (article.text) properties.indexText = [article.text];
    if (article.url) properties.sourceUrl = [article.url];
    if (article.source) properties.publisher = [article.source];
    if (article.author) properties.author = [article.author];
    if (article.publishedAt) properties.publishedAt = [article.publishedAt];
    out.push({ id: ftmArticleId(article.id), schema: 'Article', properties });
  }
  const types = new Map<string, EntityType>();
  for (const entity of graph.entities) {
    types.set(entity.id, entity.type);
    out.push(toFtmEntity(entity));
  }
  for (const mention of graph.mentions) {
    const properties: Record<string, string[]> = {
      document: [ftmArticleId(mention.article)],
      entity: [mention.entity],
      role: ['mentioned'],
      summary: [`mentioned ${mention.count} time${mention.count === 1 ? '' : 's'}`],
    };
    if (mention.surfaces.length > 0) properties.namesMentioned = mention.surfaces;
    out.push({ id: hashId('mention', mention.entity, mention.article), schema: 'Documentation', properties });
  }
  for (const fact of graph.facts) {
    const sourceType = types.get(fact.source);
    const targetType = types.get(fact.target);
    if (!sourceType || !targetType) continue;
    out.push(toFtmLink(fact, relationSchema(fact.type, sourceType, targetType)));
  }
  return out;
}

function toFtmEntity(entity: ExportEntity): FtmEntity {
  const mapping = ENTITY_TO_FTM[entity.type];
  const properties: Record<string, string[]> = {
    name: [entity.name],
    keywords: [`${TYPE_KEYWORD_PREFIX}${entity.type}`],
  };
  if (entity.aliases.length > 0) properties.alias = entity.aliases;
  if (mapping.topics) properties.topics = mapping.topics;
  if (entity.type === 'Person' && entity.roles.length > 0) properties.position = entity.roles;
  if (entity.type === 'Country') {
    properties.level = ['country'];
    const code = countries.getAlpha2Code(entity.name, 'en');
    if (code) {
      properties.territoryCode = [code.toLowerCase()];
      properties.country = [code.toLowerCase()];
    }
  }
  return { id: entity.id, schema: mapping.schema, properties };
}

function toFtmLink(fact: ExportFact, schema: string): FtmEntity {
  const ends = FTM_LINKS[schema] ?? { source: 'subject', target: 'object' };
  const properties: Record<string, string[]> = {
    [ends.source]: [fact.source],
    [ends.target]: [fact.target],
    role: [RELATION_ROLES[fact.type]],
    description: [fact.evidence],
    proof: [ftmArticleId(fact.article)],
    recordId: [fact.article],
  };
  if (fact.type === 'DIVESTED_FROM' && schema === 'Ownership') properties.status = ['divested'];
  if (fact.date) properties.date = [fact.date];
  const summary: string[] = [];
  if (fact.confidence !== undefined) summary.push(`confidence ${fact.confidence}`);
  if (fact.sentence !== undefined) summary.push(`sentence ${fact.sentence}`);
  if (fact.sourceSurface) summary.push(`source as ${JSON.stringify(fact.sourceSurface)}`);
  if (fact.targetSurface) summary.push(`target as ${JSON.stringify(fact.targetSurface)}`);
  if (summary.length > 0) properties.summary = [summary.join('; ')];
  return { id: hashId('fact', fact.source, fact.type, fact.target, fact.article), schema, properties };
}

/** FtM entities as JSON Lines text (one entity per line). */
export function toFtmJsonl(graph: ExportGraph): string {
  return toFtmEntities(graph)
    .map((entity) => JSON.stringify(entity))
    .join('\n')
    .concat('\n');
}

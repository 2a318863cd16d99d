// Entity resolution across articles: an extracted entity becomes a known graph entity (same id) when its name or alias matches.
import { contentHash } from '../core/ids.ts';
import type { Article, EntityType, Extraction, Knowledge, KnownEntity, RelationType } from '../core/types.ts';
import type { ArticleRecord, ArticleWrite, EntityRecord, FactRecord } from '../cypher/write-article.ts';
import { foldName } from './extract/fold-name.ts';

/** Types that the extractor may confuse for one another, so a name match across them still resolves. */
const TYPE_FAMILIES: EntityType[][] = [
  ['Company', 'Organization', 'Fund', 'PoliticalParty', 'GovernmentBody'],
  ['Country', 'Place'],
  ['Person'],
];

function familyOf(type: EntityType): EntityType[] {
  return TYPE_FAMILIES.find((family) => family.includes(type)) ?? [type];
}

/** What the run knows about graph entities, growing as articles are written. */
export interface EntityIndex {
  /** The graph id an extracted entity should be written under, or undefined for a new entity. */
  find(entity: { id: string; name: string; type: EntityType }): KnownEntity | undefined;
  /** Learns an entity (after it was resolved/written), so later articles of the run resolve to it. */
  add(entity: KnownEntity): void;
  readonly size: number;
}

/**
 * Indexes known entities by id and by folded name and alias, per type.
 * Resolution order: same id; else one entity of the same type named or aliased so (not one recorded
 * as distinct); else one entity of a related type with exactly that name ("Hikvision" the Company
 * and "Hikvision" tagged Organization). Ambiguous matches resolve to nothing (a new entity).
 */
export function createEntityIndex(knowledge: Knowledge): EntityIndex {
  const byId = new Map<string, KnownEntity>();
  const byAlias = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const distinct = new Set<string>();
  for (const [a, b] of knowledge.distinct ?? []) {
    distinct.add(`${a}\u0000${b}`);
    distinct.add(`${b}\u0000${a}`);
  }
  const put = (map: Map<string, Set<string>>, key: string, id: string): void => {
    if (!key) return;
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  };
  const add = (entity: KnownEntity): void => {
    const existing = byId.get(entity.id);
    if (existing) {
      const aliases = new Set(existing.aliases);
      for (const alias of entity.aliases) {
        if (!aliases.has(alias) && alias !== existing.name) {
          existing.aliases.push(alias);
          put(byAlias, `${existing.type}\u0000${foldName(alias)}`, existing.id);
        }
      }
      return;
    }
    const copy: KnownEntity = { ...entity, aliases: [...entity.aliases] };
    byId.set(copy.id, copy);
    put(byName, foldName(copy.name), copy.id);
    put(byAlias, `${copy.type}\u0000${foldName(copy.name)}`, copy.id);
    for (const alias of copy.aliases) put(byAlias, `${copy.type}\u0000${foldName(alias)}`, copy.id);
  };
  knowledge.entities.forEach(add);

  const allowed = (fromId: string, candidate: string): boolean =>
    !distinct.has(`${fromId}\u0000${candidate}`);
  const unique = (
    ids: Iterable<string> | undefined,
    fromId: string,
    filter: (e: KnownEntity) => boolean = () => true,
  ): KnownEntity | undefined => {
    if (!ids) return undefined;
    const found = [...ids]
      .filter((id) => allowed(fromId, id))
      .map((id) => byId.get(id)!)
      .filter(filter);
    return found.length === 1 ? found[0] : undefined;
  };

  return {
    find(entity) {
      const same = byId.get(entity.id);
      if (same) return same;
      const key = foldName(entity.name);
      if (!key) return undefined;
      const sameType = unique(byAlias.get(`${entity.type}\u0000${key}`), entity.id);
      if (sameType) return sameType;
      const family = familyOf(entity.type);
      return unique(byName.get(key), entity.id, (e) => e.type !== entity.type && family.includes(e.type));
    },
    add,
    get size() {
      return byId.size;
    },
  };
}

/** Run-wide facts every article record carries. */
export interface ResolveContext {
  extractorVersion: string;
  /** ISO datetime of the ingest. */
  ingestedAt: string;
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** The Article node's record: dates (publishedAt, else the ingest day), hash, word count, version. */
export function toArticleRecord(article: Article, context: ResolveContext): ArticleRecord {
  const published = article.publishedAt?.slice(0, 10);
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    url: article.url,
    source: article.source,
    author: article.author,
    publishedAt: article.publishedAt,
    date: published ?? context.ingestedAt.slice(0, 10),
    dateIsIngest: !published,
    ingestedAt: context.ingestedAt,
    contentHash: contentHash(article.text),
    origin: article.origin,
    wordCount: countWords(article.text),
    extractorVersion: context.extractorVersion,
  };
}

/**
 * Resolves one article's extraction against what the run knows, and teaches the index its entities:
 * extracted entities take the id of the known entity they match (their surface joining its aliases),
 * entities that resolve to the same id are folded together, facts are re-pointed at resolved ids
 * (self-loops dropped, one fact per source/type/target keeping the most confident).
 * @example const write = resolveArticle(article, extractor.extract(article.text), index, context)
 */
export function resolveArticle(
  article: Article,
  extraction: Extraction,
  index: EntityIndex,
  context: ResolveContext,
): ArticleWrite {
  const groups = new Map<string, EntityRecord>();
  const idOfName = new Map<string, string>();
  for (const entity of extraction.entities) {
    const known = index.find(entity);
    const id = known?.id ?? entity.id;
    let group = groups.get(id);
    if (!group) {
      group = {
        id,
        name: known?.name ?? entity.name,
        type: known?.type ?? entity.type,
        aliases: [],
        roles: [],
        count: 0,
        surfaces: [],
      };
      groups.set(id, group);
    }
    const forms = [entity.name, ...entity.aliases];
    for (const form of forms) {
      if (!group.surfaces.includes(form)) group.surfaces.push(form);
      if (
        form.toLowerCase() !== group.name.toLowerCase() &&
        !group.aliases.some((a) => a.toLowerCase() === form.toLowerCase())
      ) {
        group.aliases.push(form);
      }
    }
    for (const role of entity.roles) if (!group.roles.includes(role)) group.roles.push(role);
    group.count += Math.max(1, entity.mentions);
    idOfName.set(entity.name, id);
  }

  const facts = new Map<string, FactRecord>();
  for (const relation of extraction.relations) {
    const source = idOfName.get(relation.source);
    const target = idOfName.get(relation.target);
    if (!source || !target || source === target) continue;
    const key = `${source}\u0000${relation.type}\u0000${target}`;
    const previous = facts.get(key);
    if (
      previous &&
      (previous.confidence > relation.confidence ||
        (previous.confidence === relation.confidence && previous.sentence <= relation.sentence))
    )
      continue;
    facts.set(key, {
      source,
      type: relation.type as RelationType,
      target,
      evidence: relation.evidence,
      sentence: relation.sentence,
      confidence: relation.confidence,
      sourceSurface: relation.sourceSurface,
      targetSurface: relation.targetSurface,
    });
  }

  const entities = [...groups.values()];
  for (const entity of entities)
    index.add({ id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases });
  return { article: toArticleRecord(article, context), entities, facts: [...facts.values()] };
}

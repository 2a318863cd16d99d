// The domain nouns every part shares: entity and relation types, articles, extractions.

/** The eight entity types, exactly as labels and as gold annotations spell them. */
export const ENTITY_TYPES = [
  'Person',
  'Company',
  'Country',
  'Place',
  'Fund',
  'PoliticalParty',
  'GovernmentBody',
  'Organization',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The nine typed fact relations (meanings in ../shared/corpus/GOLD_FORMAT.md). */
export const RELATION_TYPES = [
  'MEMBER_OF',
  'WORKS_FOR',
  'LEADS',
  'CRITICIZED',
  'SANCTIONED',
  'INVESTED_IN',
  'DIVESTED_FROM',
  'SUPPLIES',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

/** An article as read from a source, before extraction. `id` derives from content (and URL). */
export interface Article {
  id: string;
  title: string;
  text: string;
  url?: string;
  source?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) when the source gives one. */
  publishedAt?: string;
  /** Where it was read from, for messages: a file path, `file.jsonl:12`, `-` or a URL. */
  origin: string;
}

/** One entity found in one article, under its canonical name. */
export interface ExtractedEntity {
  /** Stable id across articles: see `entityId()` in core/ids.ts. */
  id: string;
  name: string;
  type: EntityType;
  /** Other surface forms of this entity in this text (not the name itself). */
  aliases: string[];
  /** Roles the text gives a person: MP, minister, CEO, lawmaker, party leader … */
  roles: string[];
  /** How many times it is mentioned in the text. */
  mentions: number;
}

/** A typed, directed fact between two entities stated by one sentence. */
export interface ExtractedRelation {
  /** Canonical names, equal to an `ExtractedEntity.name`. */
  source: string;
  type: RelationType;
  target: string;
  /** The sentence that states it, as it appears in the text. */
  evidence: string;
  /** 0..1 */
  confidence: number;
  /** Index of the evidence sentence in the article (0-based). */
  sentence: number;
  /** The surface forms the ends were found under in that sentence. */
  sourceSurface: string;
  targetSurface: string;
}

/** Two entities named in the same sentence with no typed relation between them: data, not a fact. */
export interface CoMention {
  source: string;
  target: string;
  sentence: number;
}

/** What extraction makes of one text: plain data, no library objects. */
export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  comentions: CoMention[];
}

/** An entity the graph already knows, handed to the extractor so the graph teaches it. */
export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** What the extractor knows beyond its own gazetteer. */
export interface Knowledge {
  entities: KnownEntity[];
  /** Pairs of entity ids recorded as distinct (`tracegraph distinct A B`): never merge them. */
  distinct?: Array<[string, string]>;
}

export const EMPTY_KNOWLEDGE: Knowledge = { entities: [] };

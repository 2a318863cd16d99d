// How Tracegraph's model maps onto FollowTheMoney (FtM) schemata, both ways: one table for export and import.
import type { EntityType, RelationType } from '../../core/types.ts';
import { isEntityType, isRelationType } from '../../core/types.ts';

/** An FtM entity as JSON Lines carry it: every property is a list of strings (or nested entities). */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, unknown[]>;
}

/** The FtM schema (and topics) each entity type is written as. */
export const ENTITY_TO_FTM: Record<EntityType, { schema: string; topics?: string[] }> = {
  Person: { schema: 'Person' },
  Company: { schema: 'Company' },
  Organization: { schema: 'Organization' },
  GovernmentBody: { schema: 'PublicBody' },
  PoliticalParty: { schema: 'Organization', topics: ['pol.party'] },
  Fund: { schema: 'Organization', topics: ['fin.fund'] },
  // FtM's Territory: "a country, subnational division or other administrative area".
  Country: { schema: 'Territory' },
  Place: { schema: 'Territory' },
};

/** The keyword that records the exact Tracegraph type, so an export imports back without guessing. */
export const TYPE_KEYWORD_PREFIX = 'tracegraph:';

/** Edge-like FtM schemata: which property holds the source and which the target. */
export const FTM_LINKS: Record<string, { source: string; target: string }> = {
  Membership: { source: 'member', target: 'organization' },
  Employment: { source: 'employee', target: 'employer' },
  Directorship: { source: 'director', target: 'organization' },
  Ownership: { source: 'owner', target: 'asset' },
  UnknownLink: { source: 'subject', target: 'object' },
};

/** The `role` written on each relation; read back first on import. */
export const RELATION_ROLES: Record<RelationType, string> = {
  MEMBER_OF: 'member of',
  WORKS_FOR: 'works for',
  LEADS: 'leads',
  CRITICIZED: 'criticized',
  SANCTIONED: 'sanctioned',
  INVESTED_IN: 'invested in',
  DIVESTED_FROM: 'divested from',
  SUPPLIES: 'supplies',
  LOCATED_IN: 'located in',
};

const ORGANIZATIONS: ReadonlySet<EntityType> = new Set([
  'Company',
  'Organization',
  'GovernmentBody',
  'PoliticalParty',
  'Fund',
]);
const LEGAL_ENTITIES: ReadonlySet<EntityType> = new Set([...ORGANIZATIONS, 'Person']);

/**
 * The FtM schema for a fact, respecting FtM's ranges (an Ownership's asset must be a Company …);
 * anything that does not fit a specific schema is an UnknownLink with the relation as its role.
 */
export function relationSchema(type: RelationType, sourceType: EntityType, targetType: EntityType): string {
  switch (type) {
    case 'MEMBER_OF':
      return LEGAL_ENTITIES.has(sourceType) && ORGANIZATIONS.has(targetType) ? 'Membership' : 'UnknownLink';
    case 'WORKS_FOR':
      return sourceType === 'Person' && ORGANIZATIONS.has(targetType) ? 'Employment' : 'UnknownLink';
    case 'LEADS':
      return LEGAL_ENTITIES.has(sourceType) && ORGANIZATIONS.has(targetType) ? 'Directorship' : 'UnknownLink';
    case 'INVESTED_IN':
    case 'DIVESTED_FROM':
      return LEGAL_ENTITIES.has(sourceType) && targetType === 'Company' ? 'Ownership' : 'UnknownLink';
    default:
      return 'UnknownLink';
  }
}

/** The Tracegraph type of an FtM entity: the type keyword when present, else schema and topics. */
export function entityTypeOf(entity: FtmEntity): EntityType | undefined {
  for (const keyword of values(entity, 'keywords')) {
    if (keyword.startsWith(TYPE_KEYWORD_PREFIX)) {
      const type = keyword.slice(TYPE_KEYWORD_PREFIX.length);
      if (isEntityType(type)) return type;
    }
  }
  const topics = values(entity, 'topics');
  const hasTopic = (prefix: string) => topics.some((t) => t === prefix || t.startsWith(`${prefix}.`));
  switch (entity.schema) {
    case 'Person':
      return 'Person';
    case 'Company':
      return hasTopic('fin.fund') ? 'Fund' : 'Company';
    case 'PublicBody':
      return 'GovernmentBody';
    case 'Organization':
    case 'LegalEntity':
      if (hasTopic('pol.party')) return 'PoliticalParty';
      if (hasTopic('fin.fund')) return 'Fund';
      if (hasTopic('gov')) return 'GovernmentBody';
      return 'Organization';
    case 'Territory': {
      const level = values(entity, 'level')[0];
      const code = values(entity, 'territoryCode')[0] ?? '';
      return level === 'country' || /^[a-z]{2}$/i.test(code) ? 'Country' : 'Place';
    }
    case 'Address':
      return 'Place';
    default:
      return undefined;
  }
}

/** The relation type of an FtM link: its role when it names one, else the schema's usual meaning. */
export function relationTypeOf(entity: FtmEntity): RelationType | undefined {
  for (const role of values(entity, 'role')) {
    const wanted = role.trim().toLowerCase();
    for (const [type, text] of Object.entries(RELATION_ROLES)) {
      if (wanted === text || wanted === type.toLowerCase()) return type as RelationType;
    }
    if (isRelationType(role.trim())) return role.trim() as RelationType;
  }
  switch (entity.schema) {
    case 'Membership':
      return 'MEMBER_OF';
    case 'Employment':
      return 'WORKS_FOR';
    case 'Directorship':
      return 'LEADS';
    case 'Ownership':
      return values(entity, 'endDate').length > 0 || values(entity, 'status').includes('divested')
        ? 'DIVESTED_FROM'
        : 'INVESTED_IN';
    default:
      return undefined;
  }
}

/** The string values of one property (nested entities are given by their id). */
export function values(entity: FtmEntity, property: string): string[] {
  const list = entity.properties[property];
  if (!Array.isArray(list)) return [];
  return list
    .map((item) =>
      typeof item === 'string'
        ? item
        : typeof item === 'number'
          ? String(item)
          : item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : '',
    )
    .filter((item) => item !== '');
}

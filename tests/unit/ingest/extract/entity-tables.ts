// Shared checks for the entity test tables: find an entity by name or alias, and assert it is typed or absent.
import { expect } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/extract.ts';
import { foldName } from '../../../../ingest/extract/fold-name.ts';
import type { EntityType, ExtractedEntity } from '../../../../core/types.ts';

export const extractor = createExtractor();

/** The entity whose name or one of whose aliases folds to `name`. */
export function find(entities: ExtractedEntity[], name: string): ExtractedEntity | undefined {
  const key = foldName(name);
  return entities.find((e) => foldName(e.name) === key || e.aliases.some((a) => foldName(a) === key));
}

/** "Name/Type, …" for assertion messages. */
export function listing(entities: ExtractedEntity[]): string {
  return entities.map((e) => `${e.name}/${e.type}`).join(', ');
}

/** The sentence yields an entity `name` (or with it as an alias) of `type`. */
export function expectTyped(sentence: string, name: string, type: EntityType): void {
  const { entities } = extractor.extract(sentence);
  const entity = find(entities, name);
  expect(entity, `${name} in [${listing(entities)}]`).toBeDefined();
  expect(entity!.type, `${name}'s type in [${listing(entities)}]`).toBe(type);
}

/** The sentence yields no entity named `name` (of `type`, when given). */
export function expectAbsent(sentence: string, name: string, type?: EntityType): void {
  const { entities } = extractor.extract(sentence);
  const key = foldName(name);
  const found = entities.find((e) => foldName(e.name) === key && (!type || e.type === type));
  expect(found, listing(entities)).toBeUndefined();
}

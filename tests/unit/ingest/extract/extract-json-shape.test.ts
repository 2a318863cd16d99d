import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/extract.ts';
import { toJsonShape } from '../../../../ingest/commands/extract.ts';

describe('tracegraph extract --json shape (DESIGN.md contract)', () => {
  const text = 'Liberal Democrat MP Alistair Carmichael criticised Hikvision. Hikvision supplies the UK.';
  const shape = toJsonShape(createExtractor().extract(text)) as {
    entities: Array<Record<string, unknown>>;
    relations: Array<Record<string, unknown>>;
  };

  it('has exactly entities and relations at the top', () => {
    expect(Object.keys(shape).sort()).toEqual(['entities', 'relations']);
  });

  it('gives each entity name, type, aliases, mentions (and roles for persons with roles)', () => {
    for (const e of shape.entities) {
      const keys = Object.keys(e).filter((k) => k !== 'roles');
      expect(keys).toEqual(['name', 'type', 'aliases', 'mentions']);
      expect(typeof e.mentions).toBe('number');
    }
    expect(shape.entities.find((e) => e.name === 'Alistair Carmichael')).toMatchObject({ type: 'Person', roles: ['MP'] });
  });

  it('gives each relation source, type, target, evidence, confidence, with ends equal to entity names', () => {
    const names = new Set(shape.entities.map((e) => e.name));
    for (const r of shape.relations) {
      expect(Object.keys(r)).toEqual(['source', 'type', 'target', 'evidence', 'confidence']);
      expect(names.has(r.source as string) && names.has(r.target as string)).toBe(true);
    }
  });
});

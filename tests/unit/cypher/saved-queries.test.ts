// The saved-query library: header parsing, the shipped queries' headers, and parameter typing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import {
  PARAM_TYPES,
  coerceParams,
  coerceValue,
  getSavedQuery,
  listSavedQueries,
  parseSavedQuery,
  type ParamType,
} from '../../../cypher/saved-queries.ts';

const SAMPLE = `// name: Who criticised an entity
// description: Critics with evidence.
// param: entity string — entity id or name (required)
// param: since date — first day (optional)
// param: limit int = 25 — max rows
// param: types list<string> = [CRITICIZED, SANCTIONED] — relation types
// param: strict boolean = false — exact names only
// param: minScore float = 0.5 — threshold
// returns: critic, evidence
MATCH (e:Entity) WHERE e.name = $entity
RETURN e LIMIT toInteger($limit)
`;

describe('parseSavedQuery', () => {
  const query = parseSavedQuery('who-criticized', SAMPLE);

  it('reads name, title, description, returns and the Cypher body', () => {
    expect(query.name).toBe('who-criticized');
    expect(query.title).toBe('Who criticised an entity');
    expect(query.description).toBe('Critics with evidence.');
    expect(query.returns).toBe('critic, evidence');
    expect(query.cypher.startsWith('MATCH (e:Entity)')).toBe(true);
    expect(query.cypher).not.toContain('// name');
  });

  it.each<[string, ParamType, unknown, boolean]>([
    ['entity', 'string', undefined, true],
    ['since', 'date', undefined, false],
    ['limit', 'int', 25, false],
    ['types', 'list<string>', ['CRITICIZED', 'SANCTIONED'], false],
    ['strict', 'boolean', false, false],
    ['minScore', 'float', 0.5, false],
  ])('param %s: %s, default %j, required %s', (name, type, fallback, required) => {
    const param = query.params.find((p) => p.name === name);
    expect(param).toBeDefined();
    expect(param?.type).toBe(type);
    expect(param?.default).toEqual(fallback);
    expect(param?.required).toBe(required);
  });

  it.each([
    ['no name line', '// description: x\nMATCH (n) RETURN n'],
    ['an unknown type', '// name: X\n// param: n integer — bad type\nMATCH (n) RETURN n'],
    ['a default of the wrong type', '// name: X\n// param: n int = many — bad default\nMATCH (n) RETURN n'],
    ['no Cypher', '// name: X\n'],
  ])('refuses a header with %s', (_label, text) => {
    expect(() => parseSavedQuery('x', text)).toThrow(ValidationError);
  });
});

describe('the shipped library (cypher/queries)', () => {
  const queries = listSavedQueries();

  it('has at least 15 queries with unique kebab-case names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
    const names = queries.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(listSavedQueries().map((q) => [q.name, q] as const))('%s has a full header', (_name, q) => {
    expect(q.title.length).toBeGreaterThan(5);
    expect(q.description.length).toBeGreaterThan(20);
    expect(q.returns).toBeTruthy();
    for (const param of q.params) {
      expect(PARAM_TYPES).toContain(param.type);
      expect(param.description.length).toBeGreaterThan(3);
      // every declared parameter is used, and every $parameter used is declared
      expect(q.cypher).toContain(`$${param.name}`);
    }
    const used = new Set([...q.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(q.params.map((p) => p.name).sort());
  });

  it("covers the analysts' questions of the issue", () => {
    const names = queries.map((q) => q.name);
    for (const expected of [
      'who-criticized',
      'sanctioned-company-investors',
      'politicians-by-party',
      'suppliers-of-place',
      'shortest-evidence-path',
      'changes-since',
      'most-connected',
      'co-mentioned-with',
      'articles-mentioning-both',
      'entity-timeline',
      'single-source-relations',
      'look-alike-names',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('uses every parameter type somewhere', () => {
    const types = new Set(queries.flatMap((q) => q.params.map((p) => p.type)));
    expect([...types].sort()).toEqual([...PARAM_TYPES].sort());
  });

  it('never writes', () => {
    for (const q of queries) expect(q.cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DETACH)\b/);
  });
});

describe('getSavedQuery', () => {
  it('finds a query by its file name', () => {
    expect(getSavedQuery('who-criticized').title).toBe('Who criticised an entity');
  });

  it.each(['no-such-query', '../saved-queries', 'Who Criticized'])('throws NotFoundError for %j', (name) => {
    expect(() => getSavedQuery(name)).toThrow(NotFoundError);
  });

  it('reads another folder when given one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tg-queries-'));
    writeFileSync(
      path.join(dir, 'mine.cypher'),
      '// name: Mine\n// description: a test query here\nRETURN 1 AS one',
    );
    expect(listSavedQueries(dir).map((q) => q.name)).toEqual(['mine']);
    expect(getSavedQuery('mine', dir).cypher).toBe('RETURN 1 AS one');
  });
});

describe('coerceParams', () => {
  const query = parseSavedQuery('who-criticized', SAMPLE);

  it('types strings from a command line and fills defaults', () => {
    expect(
      coerceParams(query, { entity: 'Hikvision', limit: '5', types: 'LEADS, MEMBER_OF', strict: 'yes' }),
    ).toEqual({
      entity: 'Hikvision',
      since: null,
      limit: 5,
      types: ['LEADS', 'MEMBER_OF'],
      strict: true,
      minScore: 0.5,
    });
  });

  it('keeps JSON values of the right type', () => {
    const out = coerceParams(query, {
      entity: 'Dahua',
      since: '2019-10-07',
      limit: 3,
      types: [],
      minScore: 1,
    });
    expect(out).toMatchObject({ since: '2019-10-07', limit: 3, types: [], minScore: 1 });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a missing required parameter', {}],
    ['an empty required parameter', { entity: '' }],
    ['an unknown parameter', { entity: 'x', lmit: 3 }],
    ['a non-integer int', { entity: 'x', limit: '2.5' }],
    ['a word for an int', { entity: 'x', limit: 'ten' }],
    ['a bad date', { entity: 'x', since: '2019-02-30' }],
    ['a non-date', { entity: 'x', since: 'yesterday' }],
    ['a bad boolean', { entity: 'x', strict: 'maybe' }],
    ['a bad float', { entity: 'x', minScore: 'high' }],
    ['an object for a string', { entity: { name: 'x' } }],
  ])('throws ValidationError on %s', (_label, raw) => {
    expect(() => coerceParams(query, raw)).toThrow(ValidationError);
  });
});

describe('coerceValue', () => {
  it.each<[ParamType, unknown, unknown]>([
    ['string', 42, '42'],
    ['int', ' -7 ', -7],
    ['float', '0.25', 0.25],
    ['float', '1e-2', 0.01],
    ['boolean', 'FALSE', false],
    ['boolean', '1', true],
    ['date', '2019-03-26T08:55:00Z', '2019-03-26'],
    ['list<string>', '["a","b"]', ['a', 'b']],
    ['list<string>', 'a,,b', ['a', 'b']],
    ['list<string>', '', []],
  ])('%s from %j → %j', (type, input, expected) => {
    expect(coerceValue(type, input)).toEqual(expected);
  });
});

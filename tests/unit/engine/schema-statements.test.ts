// cypher/schema.cypher read as statements: the data model's constraints and indexes, all idempotent.
import { describe, expect, it } from 'vitest';
import {
  isConcurrentSchemaError,
  readSchemaStatements,
  splitCypherStatements,
} from '../../../cypher/apply-schema.ts';
import { RELATION_TYPES } from '../../../core/types.ts';

describe('splitCypherStatements', () => {
  it.each([
    ['one statement without a final semicolon', 'RETURN 1', ['RETURN 1']],
    ['comment lines dropped', '// header\nRETURN 1;\n// between\nRETURN 2;\n', ['RETURN 1', 'RETURN 2']],
    ['a statement over several lines', 'MATCH (n)\nRETURN n;\n', ['MATCH (n)\nRETURN n']],
    ['a semicolon inside a line is kept', "RETURN 'a;b' AS s;\n", ["RETURN 'a;b' AS s"]],
    ['blank lines and trailing spaces', '\n\nRETURN 1;   \n\n', ['RETURN 1']],
    ['only comments', '// nothing\n// here\n', []],
  ])('%s', (_label, script, expected) => {
    expect(splitCypherStatements(script)).toEqual(expected);
  });
});

describe('cypher/schema.cypher', () => {
  const statements = readSchemaStatements();

  it('makes every statement idempotent (IF NOT EXISTS)', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it.each([
    ['unique Entity.id', /CONSTRAINT entity_id IF NOT EXISTS FOR \(e:Entity\) REQUIRE e\.id IS UNIQUE/],
    ['unique Article.id', /CONSTRAINT article_id IF NOT EXISTS FOR \(a:Article\) REQUIRE a\.id IS UNIQUE/],
    ['Entity.name', /INDEX \w+ IF NOT EXISTS FOR \(e:Entity\) ON \(e\.name\)/],
    ['Entity.type', /INDEX \w+ IF NOT EXISTS FOR \(e:Entity\) ON \(e\.type\)/],
    ['Article.url', /INDEX \w+ IF NOT EXISTS FOR \(a:Article\) ON \(a\.url\)/],
    ['Article.date', /INDEX \w+ IF NOT EXISTS FOR \(a:Article\) ON \(a\.date\)/],
    ['Article.contentHash', /INDEX \w+ IF NOT EXISTS FOR \(a:Article\) ON \(a\.contentHash\)/],
    [
      'full-text entityNames',
      /FULLTEXT INDEX entityNames IF NOT EXISTS FOR \(e:Entity\) ON EACH \[e\.name, e\.aliasText\]/,
    ],
    [
      'full-text articleText',
      /FULLTEXT INDEX articleText IF NOT EXISTS FOR \(a:Article\) ON EACH \[a\.title, a\.text\]/,
    ],
  ])('declares %s', (_label, pattern) => {
    expect(statements.some((s) => pattern.test(s))).toBe(true);
  });

  it.each(RELATION_TYPES.map((type) => [type]))('indexes the article of each %s fact', (type) => {
    expect(statements.some((s) => s.includes(`()-[r:${type}]-() ON (r.article)`))).toBe(true);
  });

  it('gives every constraint and index a distinct name', () => {
    const names = statements.map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(s)?.[1]);
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('isConcurrentSchemaError', () => {
  it.each([
    ['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists', true],
    ['Neo.ClientError.Schema.IndexAlreadyExists', true],
    ['Neo.ClientError.Schema.ConstraintAlreadyExists', true],
    ['Neo.ClientError.Schema.IndexWithNameAlreadyExists', true],
    ['Neo.ClientError.Statement.SyntaxError', false],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', false],
    ['ServiceUnavailable', false],
  ])('%s → %s', (code, expected) => {
    expect(isConcurrentSchemaError(Object.assign(new Error('x'), { code }))).toBe(expected);
  });

  it('is false for errors without a code', () => {
    expect(isConcurrentSchemaError(new Error('x'))).toBe(false);
    expect(isConcurrentSchemaError(undefined)).toBe(false);
  });
});

// Relationship types reach Cypher text only from the allow-list: injection strings throw.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../core/types.ts';
import { ALL_FACTS, relationTypePattern } from '../../../cypher/read-fact-types.ts';

describe('relationTypePattern', () => {
  it('joins allowed types, without duplicates, and defaults to all nine', () => {
    expect(relationTypePattern(['LEADS', 'MEMBER_OF', 'LEADS'])).toBe('LEADS|MEMBER_OF');
    expect(relationTypePattern([])).toBe(RELATION_TYPES.join('|'));
    expect(ALL_FACTS.split('|')).toHaveLength(9);
    expect(ALL_FACTS).not.toContain('MENTIONED_IN');
  });

  it.each([
    'MENTIONED_IN',
    'DISTINCT_FROM',
    'leads',
    'LEADS]->() DETACH DELETE n //',
    'LEADS|MEMBER_OF',
    '`LEADS`',
    'LEADS` ]-() MATCH (n) DETACH DELETE n //',
    '',
    ' LEADS',
  ])('throws for %j', (bad) => {
    expect(() => relationTypePattern([bad])).toThrow(/Not a relation type/);
  });
});

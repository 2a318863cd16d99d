// "the prime minister" standing for the one person the article gives that role, on sentences of our own; ambiguous or body-naming references give nothing.
import { describe, expect, it } from 'vitest';
import { parseSentences } from '../../../../../ingest/extract/nlp.ts';
import { extractRelations } from '../../../../../ingest/extract/extract-relations.ts';
import { buildMentions } from './helpers.ts';

function relationsWithRoles(text: string, specs: string[], roles: Record<string, string[]>): string[] {
  const sentences = parseSentences(text);
  const { mentions, entities } = buildMentions(text, specs);
  for (const e of entities) e.roles = roles[e.name] ?? [];
  return extractRelations({ text, sentences, mentions, entities })
    .relations.map((r) => `${r.source} -${r.type}-> ${r.target}`)
    .sort();
}

describe('role references', () => {
  const people = ['Ella Moss:Person', 'Unity Party:PoliticalParty', 'Kit Vane:Person'];
  it.each([
    ['The Unity Party accused the prime minister of hiding away.', { 'Ella Moss': ['prime minister'] }, ['Unity Party -CRITICIZED-> Ella Moss']],
    ['Kit Vane attacked the chancellor over the budget.', { 'Ella Moss': ['chancellor'] }, ['Kit Vane -CRITICIZED-> Ella Moss']],
    // two holders, or a role with its body named, resolve to no one
    ['The Unity Party accused the prime minister of hiding away.', { 'Ella Moss': ['prime minister'], 'Kit Vane': ['prime minister'] }, []],
    ['The Unity Party attacked the president of the club.', { 'Ella Moss': ['president'] }, []],
  ] as Array<[string, Record<string, string[]>, string[]]>)('%s', (text, roles, expected) => {
    expect(relationsWithRoles(text, people, roles)).toEqual([...expected].sort());
  });
});

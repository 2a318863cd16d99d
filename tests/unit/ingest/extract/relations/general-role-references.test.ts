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

describe('"the <party> leader" for the person just named', () => {
  const TORY = 'Conservative Party:PoliticalParty|Tory';
  const HURST = 'Ann Hurst:Person|Ann Hurst|Ms Hurst';
  const BALE = 'Tom Bale:Person|Tom Bale|Mr Bale';
  it.each([
    ['Ann Hurst toured Leeds on Monday. Ms Hurst met voters in the market. The Tory leader said taxes were too high.', [TORY, HURST], {}, ['Ann Hurst -LEADS-> Conservative Party']],
    // a party officer named last is passed over
    ['Ann Hurst toured Leeds on Monday. Ms Hurst met voters. Tory chairman Tom Bale praised the tour. The Tory leader wanted more visits, Mr Bale said.', [TORY, HURST, BALE], { 'Tom Bale': ['chairman'] }, ['Ann Hurst -LEADS-> Conservative Party', 'Tom Bale -MEMBER_OF-> Conservative Party']],
    // the last person named is not the article's main one: unsure, nothing
    ['Tom Bale spoke in Leeds. Mr Bale met voters. The plan came from Ann Hurst. The Tory leader said taxes were too high.', [TORY, HURST, BALE], {}, []],
    // a person of another party is no Tory leader
    ['Labour MP Tom Bale spoke in Leeds. Mr Bale met voters. The Tory leader said taxes were too high.', [TORY, BALE, 'Labour Party:PoliticalParty|Labour'], {}, ['Tom Bale -MEMBER_OF-> Labour Party']],
    // the article already names the leader
    ['Tory leader Ann Hurst toured Leeds. Tom Bale met voters, Mr Bale said. The Tory leader said taxes were too high.', [TORY, HURST, BALE], {}, ['Ann Hurst -LEADS-> Conservative Party']],
    // "the former Tory leader" is someone else
    ['Tom Bale spoke in Leeds. Mr Bale met voters. The former Tory leader said taxes were too high.', [TORY, BALE], {}, []],
  ] as Array<[string, string[], Record<string, string[]>, string[]]>)('%s', (text, specs, roles, expected) => {
    expect(relationsWithRoles(text, specs, roles)).toEqual([...expected].sort());
  });
});

// Names that contain a country the article names: "China Mobile", "Huawei UK", "Swedish Post and Telecom Authority" → LOCATED_IN.
import type { ExtractedEntity } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { ASSEMBLY_WORDS, RELATION_SIGNATURES } from './lexicon.ts';

const COMPASS_BEFORE = /\b(north|south|east|west|central|latin|northern|southern|eastern|western|upper|lower|new)\s+$/i;
const SOURCES = new Set(RELATION_SIGNATURES.LOCATED_IN.source as string[]);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * For each entity whose name holds a surface form of a country named in the same article (its
 * name, or a demonym/short form the article used), a LOCATED_IN candidate at its first mention.
 * A country's own legislature ("UK Parliament") is left out: that is no address.
 */
export function matchNamesWithPlaces(entities: ExtractedEntity[], mentions: Mention[]): Candidate[] {
  const countries = entities.filter((e) => e.type === 'Country');
  if (countries.length === 0) return [];
  const surfaces = new Map<string, Set<string>>();
  for (const c of countries) surfaces.set(c.name, new Set([c.name, ...c.aliases]));
  for (const m of mentions) surfaces.get(m.name)?.add(m.surface.trim());
  const patterns = countries.map((c) => ({
    country: c,
    re: new RegExp(`(?<![\\p{L}\\p{N}])(${[...surfaces.get(c.name)!].filter((s) => s.length >= 2).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
  }));
  const firstMention = new Map<string, Mention>();
  for (const m of mentions) {
    const seen = firstMention.get(m.name);
    if (!seen || m.start < seen.start) firstMention.set(m.name, m);
  }
  const out: Candidate[] = [];
  for (const e of entities) {
    if (!SOURCES.has(e.type) || ASSEMBLY_WORDS.test(e.name)) continue;
    const anchor = firstMention.get(e.name);
    if (!anchor) continue;
    for (const { country, re } of patterns) {
      if (country.name === e.name) continue;
      const found = re.exec(e.name);
      // "North America", "New Mexico", "Northern Ireland" lie outside the country they contain.
      if (!found || (e.type === 'Place' && COMPASS_BEFORE.test(e.name.slice(0, found.index)))) continue;
      const target: Mention = { entityId: country.id, name: country.name, type: 'Country', surface: country.name, sentence: anchor.sentence, start: anchor.start, end: anchor.start };
      addCandidate(out, anchor, 'LOCATED_IN', target, 0.5, 'name-with-place');
    }
  }
  return out;
}

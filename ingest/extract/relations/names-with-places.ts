// Names that contain a country or town the article names: "China Mobile", "Huawei UK", "Swedish Post and Telecom Authority", "Ohio Public Employees Retirement System" → LOCATED_IN.
import type { ExtractedEntity } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { ASSEMBLY_WORDS, RELATION_SIGNATURES } from './lexicon.ts';
import { REGIONS } from './patterns-located.ts';

const COMPASS_BEFORE =
  /\b(north|south|east|west|central|latin|northern|southern|eastern|western|upper|lower|new)\s+$/i;
const SOURCES = new Set(RELATION_SIGNATURES.LOCATED_IN.source as string[]);
// Companies named after a city ("New York Stock Exchange", "Manchester United") are left out:
// annotators do not read an address into a trading name.
const PUBLIC_SOURCES = new Set(['GovernmentBody', 'Fund']);
const OTHER_PLACE_AFTER =
  /^ (City|County|State|Bay|Valley|Islands?|Beach|Heights|Springs|Falls|Park|Harbour|Harbor)\b/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * For each entity whose name holds a surface form of a country named in the same article (its
 * name, or a demonym/short form the article used), a LOCATED_IN candidate at its first mention.
 * A country's own legislature ("UK Parliament") is left out: that is no address.
 */
export function matchNamesWithPlaces(entities: ExtractedEntity[], mentions: Mention[]): Candidate[] {
  const out = matchNamesWithTowns(entities, mentions);
  const countries = entities.filter((e) => e.type === 'Country');
  if (countries.length === 0) return out;
  const surfaces = new Map<string, Set<string>>();
  for (const c of countries) surfaces.set(c.name, new Set([c.name, ...c.aliases]));
  for (const m of mentions) surfaces.get(m.name)?.add(m.surface.trim());
  const patterns = countries.map((c) => ({
    country: c,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${[...surfaces.get(c.name)!]
        .filter((s) => s.length >= 2)
        .map(escape)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    ),
  }));
  const firstMention = new Map<string, Mention>();
  for (const m of mentions) {
    const seen = firstMention.get(m.name);
    if (!seen || m.start < seen.start) firstMention.set(m.name, m);
  }
  for (const e of entities) {
    if (!SOURCES.has(e.type) || ASSEMBLY_WORDS.test(e.name)) continue;
    const anchor = firstMention.get(e.name);
    if (!anchor) continue;
    for (const { country, re } of patterns) {
      if (country.name === e.name) continue;
      const found = re.exec(e.name);
      // "North America", "New Mexico", "Northern Ireland" lie outside the country they contain.
      if (!found || (e.type === 'Place' && COMPASS_BEFORE.test(e.name.slice(0, found.index)))) continue;
      // "London" that stands for the UK somewhere ("London and Paris disagree") is no name holding the UK.
      if (found[0] === e.name) continue;
      // A public body's "US"/"UK" is a journalist's qualifier ("US Securities and Exchange Commission",
      // "UK Trade & Investment"), not an address annotators record; "Swedish Post and Telecom
      // Authority" names its country in full, and a company's "Huawei UK" is its national arm.
      if (e.type === 'GovernmentBody' && found[0]!.length <= 3 && found[0] === found[0]!.toUpperCase()) continue;
      const target: Mention = {
        entityId: country.id,
        name: country.name,
        type: 'Country',
        surface: country.name,
        sentence: anchor.sentence,
        start: anchor.start,
        end: anchor.start,
      };
      addCandidate(out, anchor, 'LOCATED_IN', target, 0.5, 'name-with-place');
    }
  }
  return out;
}

/**
 * Public bodies and funds named after a town or region the article names on its own: "Ohio Public
 * Employees Retirement System", "Transport Department of Texas". Only a name that starts
 * with the place or ends with "of <place>" counts ("China Mobile" is not in a town called Mobile);
 * places are never sources ("Kansas City" is no part of Kansas).
 */
function matchNamesWithTowns(entities: ExtractedEntity[], mentions: Mention[]): Candidate[] {
  const places = entities.filter((e) => e.type === 'Place' && e.name.length >= 4 && !REGIONS.has(e.name));
  if (places.length === 0) return [];
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byName.get(m.name) ?? [];
    list.push(m);
    byName.set(m.name, list);
  }
  const out: Candidate[] = [];
  for (const e of entities) {
    if (!PUBLIC_SOURCES.has(e.type) || ASSEMBLY_WORDS.test(e.name)) continue;
    const own = byName.get(e.name) ?? [];
    const anchor = own.reduce<Mention | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);
    if (!anchor) continue;
    for (const p of places) {
      // ("Kansas City Star" is named after another place)
      const named = [p.name, ...p.aliases].some(
        (s) =>
          s.length >= 4 &&
          ((e.name.startsWith(`${s} `) && !OTHER_PLACE_AFTER.test(e.name.slice(s.length))) ||
            e.name.endsWith(` of ${s}`) ||
            e.name.endsWith(` of the ${s}`)),
      );
      if (!named) continue;
      // The place must be named outside this body's own name somewhere in the article.
      const alone = (byName.get(p.name) ?? []).find(
        (m) => !own.some((o) => m.start < o.end && m.end > o.start),
      );
      if (!alone) continue;
      const target: Mention = { ...alone, sentence: anchor.sentence, start: anchor.start, end: anchor.start };
      addCandidate(out, anchor, 'LOCATED_IN', target, 0.5, 'name-with-town');
    }
  }
  return out;
}

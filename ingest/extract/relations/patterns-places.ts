// Location patterns: "Norway's oil fund", "Chinese company Hikvision", "US-based fund X", "in Bern, Switzerland", "Xinjiang in China", names that contain a place.
import type { Candidate } from './candidate.ts';
import { ASSEMBLY_WORDS, DESCRIPTOR_NOUNS } from './lexicon.ts';
import { addLocated, describingGerund, isBodyNoun, REGIONS } from './patterns-located.ts';
import { headedByNoun, isEntity, isMainVerb, isPunct, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit } from './units.ts';

const PREPOSITIONS = new Set([
  'of',
  'on',
  'in',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'against',
  'over',
  'about',
  'and',
  'or',
]);
const GEO = new Set(['Country', 'Place']);
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);
const AREA_WORDS = new Set([
  'seat',
  'constituency',
  'ward',
  'area',
  'district',
  'suburb',
  'borough',
  'village',
  'town',
  'field',
  'oilfield',
  'mine',
  'plant',
  'airport',
  'port',
  'region',
  'province',
]);
// Nouns after a name that make it a site: "Frankfurt's Rhein-Main airport".
const SITE_NOUNS = new Set([
  'airport',
  'port',
  'plant',
  'factory',
  'mine',
  'refinery',
  'field',
  'oilfield',
  'terminal',
  'station',
  'harbour',
  'harbor',
  'site',
  'works',
  'base',
  'dam',
  'prison',
  'hospital',
  'stadium',
]);

function membersFrom(su: SentenceUnits, j: number): number[] {
  const group = su.groupOf.get(j);
  return group ? group.members.filter((m) => m >= j) : [j];
}

/** The entity (group) a place modifies across at most `maxWords` words, or null. */
function modifiedEntity(
  su: SentenceUnits,
  from: number,
  maxWords: number,
  needDescriptor: boolean,
): number[] | null {
  const units = su.units;
  let words = 0;
  let lastWord = '';
  let joined = false;
  for (let j = from; j < units.length; j++) {
    const u = units[j]!;
    if (u.k === 'e') {
      if (u.m.type === 'Person') return null;
      if (needDescriptor && words > 0 && !DESCRIPTOR_NOUNS.has(lastWord) && !isBodyNoun(lastWord))
        return null;
      return membersFrom(su, j);
    }
    if (u.k === 'p') {
      // "TikTok's Chinese parent company, ByteDance"
      if (u.p === '-' || (u.p === ',' && DESCRIPTOR_NOUNS.has(lastWord))) continue;
      return null;
    }
    // "Swiss food and drink giant Nestle": "and" between two describing words joins them.
    // (the word after it is a noun like the one before: "drink" is no verb there)
    const after = units[j + 1];
    const joinable =
      isWordUnit(after) &&
      !after.cap &&
      !after.tags.has('Determiner') &&
      !after.tags.has('Pronoun') &&
      !after.tags.has('Preposition');
    // ("its Beijing-based owner and the platform": after a head noun "and" starts a new phrase)
    if (
      (u.w === 'and' || u.w === '&') &&
      words > 0 &&
      joinable &&
      !DESCRIPTOR_NOUNS.has(lastWord) &&
      !isBodyNoun(lastWord)
    ) {
      joined = true;
      continue;
    }
    // ("Brussels-based lobbying group X": a gerund describes)
    // ("US phone company X": a base-form "verb" right before a body noun and its name is a noun)
    const prev = units[j - 1];
    const nounVerb =
      needDescriptor &&
      u.tags.has('Infinitive') &&
      (isEntity(prev) || (isWordUnit(prev) && prev.tags.has('Adjective'))) &&
      isWordUnit(units[j + 1]) &&
      isBodyNoun((units[j + 1] as { w: string }).w) &&
      isEntity(units[j + 2]);
    if (
      PREPOSITIONS.has(u.w) ||
      (!joined && isMainVerb(u) && !describingGerund(units, j) && !nounVerb) ||
      u.poss
    )
      return null;
    joined = false;
    if (++words > maxWords) return null;
    lastWord = u.w;
  }
  return null;
}

function emitLocated(
  out: Candidate[],
  su: SentenceUnits,
  sources: number[],
  place: EntityUnit,
  confidence: number,
  pattern: string,
): void {
  for (const s of sources) {
    const source = su.units[s];
    if (isEntity(source)) addLocated(out, source.m, place.m, confidence, pattern);
  }
}

/** Reads location relations in one sentence. */
export function matchPlaces(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u)) continue;

    // Names that contain their place: "Huawei UK", "Ministry of Foreign Affairs of Japan" (not
    // a country's own parliament: "UK Parliament").
    for (const inner of ASSEMBLY_WORDS.test(u.m.name) ? [] : u.inner) {
      // ("Turkey-EU talks": a hyphen pairs two names, it does not place one in the other)
      const hyphened =
        u.m.surface[inner.end - u.m.start] === '-' || u.m.surface[inner.start - u.m.start - 1] === '-';
      if (GEO.has(inner.type) && inner.start >= u.m.start && inner.end <= u.m.end && !hyphened) {
        addLocated(out, u.m, inner, 0.5, 'inner-place');
      }
    }
    if (!GEO.has(u.m.type)) continue;

    if (u.poss) {
      // "KLP, Norway's biggest pension company, …": the apposition places the entity before it.
      let k = i - 1;
      if (isWordUnit(units[k], 'the')) k--;
      const apposed = units[k - 1];
      if (isPunct(units[k], ',') && isEntity(apposed) && describedBy(units, i + 1)) {
        addLocated(out, apposed.m, u.m, 0.7, 'apposition-place-possessive');
      }
      // "Israel's NSO Group", "Tehran's new Imam Khomeini International Airport"
      const owned = modifiedEntity(su, i + 1, 3, false);
      // "Britain's Europe Director X": the place names a post, not an address.
      // ("Frankfurt's Rhein-Main airport", "Ohio's Lumen plant" name a site, no post.)
      const last = owned ? owned[owned.length - 1]! : -1;
      // (a company before "plant" is the owner of a site somewhere: "Ohio's Lumen plant" puts no Lumen in Ohio)
      const site =
        last >= 0 && isWordUnit(units[last + 1]) && SITE_NOUNS.has((units[last + 1] as { w: string }).w);
      const placeSite = site && (units[last] as EntityUnit).m.type === 'Place';
      if (owned && (placeSite || (!site && !headedByNoun(units, last))))
        emitLocated(out, su, owned, u, 0.8, 'place-possessive');
      continue;
    }
    const next = units[i + 1];
    if (isPunct(next, '-') && isWordUnit(units[i + 2], 'based', 'headquartered', 'registered', 'listed')) {
      // "US-based hedge fund Atticus Capital", "X, a London-based firm"
      const based = modifiedEntity(su, i + 3, 4, false);
      if (based) emitLocated(out, su, based, u, 0.85, 'place-based');
      else {
        let j = i - 1;
        // "X and Y, two Dubai-based firms," places every listed entity.
        const plural = isWordUnit(units[j], 'two', 'three', 'four', 'both', 'all');
        while (isWordUnit(units[j], 'a', 'an', 'the', 'its', 'two', 'three', 'four', 'both', 'all')) j--;
        if (isPunct(units[j], ',') && isEntity(units[j - 1])) {
          const group = su.groupOf.get(j - 1);
          emitLocated(out, su, plural && group ? group.members : [j - 1], u, 0.8, 'place-based');
        }
      }
      continue;
    }
    // ("the part-Turkish TAV consortium", "a half-French firm" are only partly of the country)
    const partly = isPunct(units[i - 1], '-') && isWordUnit(units[i - 2], 'part', 'half', 'partly');
    if (((u.demonym && !REGIONS.has(u.m.name)) || u.m.type === 'Country') && !partly) {
      // "Chinese company Hikvision", "rival Swiss bank UBS", "Russian companies A, B and C"
      const described = modifiedEntity(su, i + 1, 3, true);
      const adjacent = isEntity(next);
      // ("Swiss Re", "the British Library", "Russian News Agency X": a demonym right before a name cut
      // short to generic words or two letters is part of that name, no address.)
      const truncated = adjacent && described?.some((d) => truncatedName((units[d] as EntityUnit).m.name));
      if (described && (!adjacent || u.demonym) && !truncated)
        emitLocated(out, su, described, u, adjacent ? 0.7 : 0.8, 'demonym-descriptor');
    }
    if (u.m.type === 'Place') {
      // "in Bern, Switzerland"
      // ("Brick Lane, east London,": a compass word may stand before the container)
      const at = isWordUnit(units[i + 2]) && COMPASS.has((units[i + 2] as { w: string }).w) ? i + 3 : i + 2;
      const place = units[at];
      const inList = isPunct(units[i - 1], ',') || isWordUnit(units[i - 1], 'and', 'or');
      if (
        !inList &&
        isPunct(next, ',') &&
        isEntity(place) &&
        GEO.has(place.m.type) &&
        su.groupOf.get(i) !== su.groupOf.get(at)
      ) {
        const after = units[at + 1];
        const listGoesOn = isWordUnit(after, 'and', 'or') || (isPunct(after, ',') && isEntity(units[at + 2]));
        // "in Edinburgh, Wales Secretary Peter Hain …": the second place starts a title.
        const startsTitle =
          place.poss || (isWordUnit(after) && (after.cap || after.tags.has('Noun'))) || isEntity(after);
        if (!listGoesOn && !startsTitle) addLocated(out, u.m, place.m, 0.75, 'place-comma-place');
      }
      // "Xinjiang in China", "Xinjiang, a region of China"
      // ("the East Kilbride seat in Lanarkshire": a kind of area may follow the name)
      // ("the Fife town of Kirkcaldy" is the other way round: only "in" follows a kind of area)
      const area = isWordUnit(next) && AREA_WORDS.has(next.w);
      const container =
        area && !isWordUnit(units[i + 2], 'in') ? null : placeAfterIn(units, area ? i + 2 : i + 1);
      // "the Commission for Africa in Cape Town": a place inside a name.
      if (container && !isWordUnit(units[i - 1], 'for', 'of'))
        addLocated(out, u.m, container.m, 0.6, 'place-in-place');
    }
  }
}

/** Words from i form a short description ending in an organisation noun ("biggest pension company"). */
function describedBy(units: Unit[], i: number): boolean {
  for (let j = i; j < units.length && j < i + 5; j++) {
    const u = units[j]!;
    if (u.k !== 'w' && !(u.k === 'p' && u.p === '-')) return false;
    if (u.k === 'w' && DESCRIPTOR_NOUNS.has(u.w)) {
      const next = units[j + 1];
      return !next || next.k === 'p' || (next.k === 'w' && !next.tags.has('Noun'));
    }
  }
  return false;
}

function placeAfterIn(units: Unit[], j: number): EntityUnit | null {
  let k = j;
  if (isPunct(units[k], ',')) {
    k++;
    if (!isWordUnit(units[k], 'a', 'an', 'the')) return null;
    k++;
    if (
      !isWordUnit(
        units[k],
        'region',
        'province',
        'city',
        'state',
        'town',
        'district',
        'county',
        'territory',
        'area',
        'village',
        'island',
        'capital',
        'port',
      )
    )
      return null;
    k++;
  }
  if (!isWordUnit(units[k], 'in', 'of')) return null;
  // "Dallas in the US", "Kandahar in the south of Afghanistan" is left out (a region, not the country).
  const the = isWordUnit(units[k + 1], 'the');
  const place = units[k + (the ? 2 : 1)];
  if (
    !isEntity(place) ||
    !GEO.has(place.m.type) ||
    place.poss ||
    (the && place.m.type !== 'Country') ||
    REGIONS.has(place.m.name)
  )
    return null;
  // "Water firm Suez in Argentina row": the place qualifies the noun after it.
  const after = units[k + (the ? 3 : 2)];
  if (
    isWordUnit(after) &&
    !after.cap &&
    after.tags.has('Noun') &&
    !after.tags.has('Verb') &&
    !after.tags.has('Pronoun') &&
    !after.tags.has('Date')
  )
    return null;
  return place;
}

// Words a name cut short by a demonym may be made of: "(British) Library", "(Russian) News Agency".
const GENERIC_NAME_WORDS = new Set([
  'library', 'museum', 'news', 'agency', 'council', 'society', 'association', 'institute', 'fellowship', 'foundation',
  'academy', 'league', 'union', 'federation', 'chamber', 'commerce', 'of', 'and', 'the', 'national', 'medical',
  'heart', 'cancer', 'research', 'gas', 'airways', 'telecom', 'petroleum', 'steel', 'rail', 'post', 'press',
]);

/** A name that is only generic words or at most two letters ("Re", "Library", "News Agency"). */
function truncatedName(name: string): boolean {
  if (name.replace(/[^\p{L}]/gu, '').length <= 2) return true;
  return name.toLowerCase().split(/\s+/).every((w) => GENERIC_NAME_WORDS.has(w));
}

// More location phrasings: place lists ("Baghdad and Basra in Iraq"), "X, based in Y", descriptions ("X, the main French shareholder of Y", "X of Germany"), subsidiaries, headquarters, "the Montreal-based firm", "the country's biggest bank".
import { addCandidate, type Candidate } from './candidate.ts';
import type { Mention } from '../types.ts';
import type { DefiniteResolver } from './definite-references.ts';
import { ASSEMBLY_WORDS, DESCRIPTOR_NOUNS } from './lexicon.ts';
import { isEntity, isMainVerb, isNegation, isPunct, isWordUnit } from './scan.ts';
import { skipParenthesis, type EntityUnit, type SentenceUnits, type Unit } from './units.ts';

const GEO = new Set(['Country', 'Place']);
const LOCATABLE = new Set(['Place', 'Company', 'GovernmentBody', 'Fund']);
const BASED_WORDS = new Set(['based', 'headquartered', 'located', 'registered', 'incorporated']);
// Bodies that operate things: "London underground consortium X", "Lagos oil firm X".
const OPERATOR_NOUNS = new Set([
  ...DESCRIPTOR_NOUNS,
  'consortium',
  'consortia',
  'venture',
  'franchise',
  'club',
  'chain',
]);

// Nouns of places and markets, no bodies: "X, a French city", "the US stock market".
const NON_BODY_NOUNS = new Set([
  'city',
  'region',
  'province',
  'state',
  'capital',
  'port',
  'airport',
  'town',
  'county',
  'district',
  'market',
  'court',
  'party',
  'parties',
  'stock',
  'stocks',
  'plant',
  'shipyard',
]);
// Nouns for a business beyond the shared descriptor list: "Dutch brewer X", "X, the main French shareholder of Y".
const MORE_BODY_NOUNS = new Set([
  'shareholder',
  'shareholders',
  'stakeholder',
  'backer',
  'bidder',
  'suitor',
  'buyer',
  'acquirer',
  'player',
  'concern',
  'heavyweight',
  'powerhouse',
  'specialist',
  'consortium',
  'consultancy',
  'chain',
  'chains',
  'monopoly',
  'broker',
  'distributor',
  'explorer',
  'venture',
  'brewer',
  'brewers',
  'distiller',
  'refiner',
  'builder',
  'housebuilder',
  'publisher',
  'publishers',
  'supermarket',
  'supermarkets',
  'retailers',
  'studio',
  'label',
  'network',
  'conglomerates',
  'exporters',
  'importers',
  'bourse',
  'lab',
  'laboratory',
  'insurance',
  'franchise',
  'rivals',
  'competitors',
  'peers',
  'partners',
  'carmakers',
  'automakers',
  'telecoms',
]);
/** Whether a word names a body of business or state ("bank", "winemaker", "brewer"), no place. */
export function isBodyNoun(w: string): boolean {
  return (
    ((DESCRIPTOR_NOUNS.has(w) || /.makers?$/.test(w)) && !NON_BODY_NOUNS.has(w)) || MORE_BODY_NOUNS.has(w)
  );
}
// Heads that relate their body to a place without putting it there: "the biggest investor in China".
const RELATIONAL_NOUNS = new Set([
  'investor',
  'investors',
  'shareholder',
  'shareholders',
  'stakeholder',
  'backer',
  'bidder',
  'suitor',
  'buyer',
  'acquirer',
  'supplier',
  'suppliers',
  'exporter',
  'exporters',
  'importer',
  'importers',
  'vendor',
  'vendors',
  'partner',
  'contractor',
  'contractors',
  'player',
  'owner',
  'parent',
  'rival',
  'competitor',
  'peer',
  'counterpart',
]);
// Nouns that refer back to the article's company: "the Montreal-based firm".
const REFERRING_BODY_NOUNS = new Set([
  'firm',
  'company',
  'group',
  'bank',
  'lender',
  'insurer',
  'carrier',
  'airline',
  'retailer',
  'maker',
  'manufacturer',
  'operator',
  'conglomerate',
  'giant',
  'fund',
]);
// Kinds of place in "the Pakistani city of Lahore".
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'port',
  'capital',
  'region',
  'province',
  'state',
  'village',
  'island',
  'district',
  'county',
  'enclave',
  'territory',
  'resort',
]);
// Parts of a country: "in the far north-east of Russia".
const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'far',
  'centre',
  'center',
  'heart',
  'middle',
  'interior',
]);
const SITE_WORDS = new Set([
  'field',
  'oilfield',
  'gasfield',
  'mine',
  'plant',
  'refinery',
  'airport',
  'port',
  'dam',
  'region',
  'province',
  'district',
  'valley',
  'basin',
]);
const HQ_WORDS = new Set(['headquarters', 'hq', 'base']);
// Verbs that give a company its seat: "has its headquarters in", "moved its base to".
const HQ_VERBS = new Set([
  'has',
  'have',
  'had',
  'keeps',
  'kept',
  'moved',
  'moves',
  'moving',
  'move',
  'relocated',
  'relocates',
  'relocating',
  'relocate',
  'shifted',
  'shifts',
  'shift',
  'established',
  'set',
  'maintains',
]);
const BODY_SOURCES = new Set(['Company', 'GovernmentBody', 'Fund']);
// Continents and world regions: "European plane maker X" gives no address.
export const REGIONS = new Set([
  'Europe',
  'Asia',
  'Africa',
  'Middle East',
  'Latin America',
  'Scandinavia',
  'North America',
  'South America',
  'Central America',
  'Americas',
  'Caribbean',
  'Balkans',
  'Gulf',
  'Arab world',
  'Western Europe',
  'Eastern Europe',
  'Central Asia',
  'South-East Asia',
  'Southeast Asia',
  'East Asia',
]);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes']);
// Parts of a company that work where they are: "its Agroflora subsidiary operates farms in Venezuela".
const SUBSIDIARY_NOUNS = new Set([
  'subsidiary',
  'subsidiaries',
  'unit',
  'arm',
  'affiliate',
  'division',
  'branch',
  'offshoot',
]);
const SUBSIDIARY_VERBS = new Set([
  'operates',
  'operated',
  'runs',
  'ran',
  'owns',
  'owned',
  'manages',
  'managed',
  'has',
  'had',
  'employs',
  'employed',
  'works',
  'worked',
  'is',
  'was',
]);

/** A gerund that describes a following noun ("lobbying group"), not a verb in progress ("are blocking X"). */
export function describingGerund(units: Unit[], j: number): boolean {
  const u = units[j];
  const before = units[j - 1];
  const after = units[j + 1];
  if (
    !isWordUnit(u) ||
    !u.tags.has('Gerund') ||
    !isWordUnit(after) ||
    !(after.tags.has('Noun') || isBodyNoun(after.w))
  )
    return false;
  return !(isWordUnit(before) && (before.tags.has('Auxiliary') || before.tags.has('Copula')));
}

/**
 * Adds a LOCATED_IN candidate unless the source is a legislature ("Germany's Bundestag", "the
 * Iranian Majlis"): annotators never give an assembly an address.
 */
export function addLocated(
  out: Candidate[],
  source: Mention,
  target: Mention,
  confidence: number,
  pattern: string,
): void {
  if (ASSEMBLY_WORDS.test(source.name)) return;
  addCandidate(out, source, 'LOCATED_IN', target, confidence, pattern);
}

function place(u: Unit | undefined): EntityUnit | null {
  return isEntity(u) && GEO.has(u.m.type) && !u.poss ? u : null;
}

/**
 * Reads the location phrasings of one sentence; `resolve` (the article's definite references)
 * tells which country "the country's biggest bank" is.
 */
export function matchLocated(su: SentenceUnits, out: Candidate[], resolve?: DefiniteResolver): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u)) continue;

    // "Baghdad and Basra in Iraq": every listed place lies in the container.
    const group = su.groupOf.get(i);
    // ("Belfast in Northern Ireland and Dublin in Ireland": the first member closes an earlier pair.)
    // ("Bethnal Green, in east London, and Rochdale in Lancashire" too.)
    const inAt =
      isWordUnit(units[i - 1]) && COMPASS_WORDS.has((units[i - 1] as { w: string }).w) ? i - 2 : i - 1;
    const closesPair =
      isWordUnit(units[inAt], 'in') &&
      (isEntity(units[inAt - 1]) || (isPunct(units[inAt - 1], ',') && isEntity(units[inAt - 2])));
    if (group && group.members.length > 1 && group.members[0] === i && u.m.type === 'Place' && !closesPair) {
      const last = group.members[group.members.length - 1]!;
      const found = isWordUnit(units[last + 1], 'in')
        ? place(units[last + (isWordUnit(units[last + 2], 'the') ? 3 : 2)])
        : null;
      // ("Opel, Saab and Vauxhall in Europe": a continent is no container)
      const container = found && !REGIONS.has(found.m.name) ? found : null;
      if (container && group.members.every((m) => (units[m] as EntityUnit).m.type === 'Place')) {
        for (const m of group.members)
          addLocated(out, (units[m] as EntityUnit).m, container.m, 0.6, 'place-list-in-place');
      }
    }

    // "Kolm Ltd, based in Oslo,", "Kolm, which is headquartered in Oslo", "Kolm (based in Oslo)"
    if (LOCATABLE.has(u.m.type) && isPunct(units[i + 1], ',', '(')) {
      let j = i + 2;
      while (isWordUnit(units[j], 'which', 'is', 'was', 'now', 'also')) j++;
      if (
        isWordUnit(units[j]) &&
        BASED_WORDS.has((units[j] as { w: string }).w) &&
        isWordUnit(units[j + 1], 'in')
      ) {
        const where = place(units[j + 2]);
        if (where) addLocated(out, u.m, where.m, 0.8, 'comma-based-in');
      }
    }

    // "a Canadian company, IOG", "a Swiss bank, Helvetia,", "a Canadian company, named IOG,"
    if (u.demonym && isWordUnit(units[i - 1], 'a', 'an', 'the')) {
      let j = i + 1;
      let descriptor = false;
      while (j < i + 4 && isWordUnit(units[j])) {
        const w = (units[j] as { w: string }).w;
        if (isMainVerb(units[j] as Parameters<typeof isMainVerb>[0])) break;
        descriptor = OPERATOR_NOUNS.has(w);
        j++;
      }
      // "a Canadian company, named IOG,", "a Dutch bank, called Vlam,", "…, known as Vlam,"
      let k = j + 1;
      if (isWordUnit(units[k], 'named', 'called')) k++;
      else if (isWordUnit(units[k], 'known') && isWordUnit(units[k + 1], 'as')) k += 2;
      const named = units[k];
      if (
        descriptor &&
        isPunct(units[j], ',') &&
        isEntity(named) &&
        LOCATABLE.has(named.m.type) &&
        named.m.type !== 'Place'
      ) {
        addLocated(out, named.m, u.m, 0.7, 'demonym-descriptor-comma');
      }
    }

    // "London underground consortium Tube Rail": a city before a descriptor noun and a company.
    if (u.m.type === 'Place' && !u.poss && !u.demonym) {
      let j = i + 1;
      let last = '';
      // ("Washington lobbying firm X": a gerund describes)
      while (
        j < i + 4 &&
        isWordUnit(units[j]) &&
        (!isMainVerb(units[j] as Parameters<typeof isMainVerb>[0]) || describingGerund(units, j))
      ) {
        last = (units[j] as { w: string }).w;
        j++;
      }
      const named = units[j];
      const before = units[i - 1];
      // "flights from London …", "the mayor of Leeds …" name no address of the company.
      if (
        j > i + 1 &&
        OPERATOR_NOUNS.has(last) &&
        isEntity(named) &&
        named.m.type === 'Company' &&
        !isWordUnit(before, 'from', 'to', 'of', 'for', 'at')
      ) {
        addLocated(out, named.m, u.m, 0.65, 'city-descriptor');
      }
    }

    // "Bethnal Green, in east London,": a place set off by commas lies in the next one.
    if (u.m.type === 'Place' && !u.poss && isPunct(units[i + 1], ',') && isWordUnit(units[i + 2], 'in')) {
      // ("Blaengwynfi, in the Upper Afan Valley,")
      const from = isWordUnit(units[i + 3], 'the') ? i + 4 : i + 3;
      const k =
        isWordUnit(units[from]) && COMPASS_WORDS.has((units[from] as { w: string }).w) ? from + 1 : from;
      const where = place(units[k]);
      const closed = !units[k + 1] || isPunct(units[k + 1], ',', ')', ';');
      if (where && !where.demonym && !REGIONS.has(where.m.name) && closed)
        addLocated(out, u.m, where.m, 0.7, 'place-comma-in-place');
    }
    // "the Pakistani city of Lahore", "the Albanian port of Vlore"
    // ("the small Fife town of Kirkcaldy" too)
    const the =
      isWordUnit(units[i - 1], 'the') ||
      (isWordUnit(units[i - 1]) &&
        (units[i - 1] as { tags: Set<string> }).tags.has('Adjective') &&
        isWordUnit(units[i - 2], 'the'));
    if (GEO.has(u.m.type) && !u.poss && the && !REGIONS.has(u.m.name)) {
      let j = i + 1;
      if (
        isWordUnit(units[j]) &&
        !PLACE_NOUNS.has((units[j] as { w: string }).w) &&
        (units[j] as { tags: Set<string> }).tags.has('Adjective')
      )
        j++;
      const town = units[j + 2];
      if (
        isWordUnit(units[j]) &&
        PLACE_NOUNS.has((units[j] as { w: string }).w) &&
        isWordUnit(units[j + 1], 'of') &&
        isEntity(town) &&
        town.m.type === 'Place'
      ) {
        addLocated(out, town.m, u.m, 0.75, 'demonym-place-of');
      }
    }
    // "Sakhalin, in the far east of Russia", "the Khurmala field in the north of the country"
    if (u.m.type === 'Place' && !u.poss) {
      // ("the Khurmala Dome field in the north …": a kind of site may follow the name)
      const kind =
        isWordUnit(units[i + 1]) && SITE_WORDS.has((units[i + 1] as { w: string }).w) ? i + 2 : i + 1;
      const j = isPunct(units[kind], ',') ? kind + 1 : kind;
      if (isWordUnit(units[j], 'in') && isWordUnit(units[j + 1], 'the')) {
        let k = j + 2;
        let compass = false;
        while (
          k < j + 6 &&
          (isPunct(units[k], '-') ||
            (isWordUnit(units[k]) && COMPASS_WORDS.has((units[k] as { w: string }).w)))
        ) {
          compass ||= isWordUnit(units[k]);
          k++;
        }
        if (compass && isWordUnit(units[k], 'of')) {
          const where = place(units[k + 1]);
          if (where && !where.demonym && !REGIONS.has(where.m.name))
            addLocated(out, u.m, where.m, 0.7, 'place-in-part-of');
          else if (
            resolve &&
            isWordUnit(units[k + 1], 'the') &&
            isWordUnit(units[k + 2], 'country') &&
            !(units[k + 2] as { poss: boolean }).poss
          ) {
            const country = resolve(['Country'], u.start);
            if (country) addLocated(out, u.m, country, 0.6, 'place-in-part-of-country');
          }
        }
      }
    }
    // "Contrack International, of Arlington, Virginia, heads …"
    if (
      BODY_SOURCES.has(u.m.type) &&
      !u.poss &&
      isPunct(units[i + 1], ',') &&
      isWordUnit(units[i + 2], 'of')
    ) {
      const where = place(units[i + 3]);
      if (
        where &&
        !where.demonym &&
        !REGIONS.has(where.m.name) &&
        (!units[i + 4] || isPunct(units[i + 4], ',', ')'))
      ) {
        addLocated(out, u.m, where.m, 0.75, 'comma-of-place');
      }
    }
    if (BODY_SOURCES.has(u.m.type) && !u.poss) {
      matchDescribedAs(units, i, out, resolve);
      matchOfPlace(units, i, out);
      matchSubsidiaryIn(units, i, out);
    }
  }
  matchHeadquarters(units, out);
  if (resolve) matchPossessiveSubject(units, out, resolve);
  if (resolve) {
    matchCountryPossessive(units, out, resolve);
    matchDefiniteBased(units, out, resolve);
  }
}

/**
 * "Lumen has its headquarters in Oslo", "Lumen moved its headquarters to Oslo", "Lumen, whose
 * headquarters are in Oslo,", "Lumen, with headquarters in Oslo,".
 */
function matchHeadquarters(units: Unit[], out: Candidate[]): void {
  for (let h = 2; h < units.length - 2; h++) {
    const v = units[h]!;
    if (!isWordUnit(v) || !(HQ_WORDS.has(v.w) || (v.w === 'office' && isWordUnit(units[h - 1], 'head'))))
      continue;
    let b = v.w === 'office' ? h - 2 : h - 1;
    let source: Unit | undefined;
    if (isWordUnit(units[b], 'whose', 'with') && isPunct(units[b - 1], ',')) source = units[b - 2];
    else if (isWordUnit(units[b], 'its', 'their')) {
      b--;
      if (!isWordUnit(units[b]) || !HQ_VERBS.has((units[b] as { w: string }).w)) continue;
      b--;
      while (
        isWordUnit(
          units[b],
          'has',
          'have',
          'had',
          'will',
          'would',
          'is',
          'was',
          'also',
          'now',
          'recently',
          'to',
          'plans',
          'planned',
        )
      )
        b--;
      source = units[b];
    }
    if (!isEntity(source) || !BODY_SOURCES.has(source.m.type) || source.poss) continue;
    let k = h + 1;
    while (
      isWordUnit(
        units[k],
        'are',
        'is',
        'were',
        'was',
        'remain',
        'remains',
        'will',
        'be',
        'now',
        'still',
        'back',
        'from',
      )
    )
      k++;
    // ("moved its headquarters from Oslo to Bergen": the place after "to" is the address)
    if (isEntity(units[k]) && isWordUnit(units[k + 1], 'to')) k++;
    if (!isWordUnit(units[k], 'in', 'to')) continue;
    const where = place(units[isWordUnit(units[k + 1], 'the') ? k + 2 : k + 1]);
    if (where && !where.demonym && !REGIONS.has(where.m.name))
      addLocated(out, source.m, where.m, 0.75, 'headquarters-in');
  }
}

/**
 * A sentence that opens with a place's unnamed body ("Colorado's state pension fund will divest …",
 * after a dateline too) is about the article's body of that kind named before.
 */
function matchPossessiveSubject(units: Unit[], out: Candidate[], resolve: DefiniteResolver): void {
  let i = 0;
  // "DENVER – Colorado's …"
  if ((isEntity(units[0]) || (isWordUnit(units[0]) && units[0].cap)) && isPunct(units[1], '-')) i = 2;
  const u = units[i];
  if (!isEntity(u) || !u.poss || !GEO.has(u.m.type) || REGIONS.has(u.m.name)) return;
  const h = bodyHeadAt(units, skipModifiers(units, i + 1), '');
  const head = units[h];
  if (h < 0 || !isWordUnit(head) || !REFERRING_BODY_NOUNS.has(head.w) || head.poss) return;
  const next = units[h + 1];
  if (isEntity(next) || isPunct(next, ',')) return;
  const body = resolve(head.w === 'fund' ? ['Fund'] : ['Company', 'Fund'], u.start, u.m.name);
  if (body) addLocated(out, body, u.m, 0.6, 'possessive-subject');
}

/** "the Montreal-based firm" stands for the article's company: the one a definite description refers to. */
function matchDefiniteBased(units: Unit[], out: Candidate[], resolve: DefiniteResolver): void {
  for (let i = 1; i < units.length - 3; i++) {
    const u = units[i]!;
    if (
      !isEntity(u) ||
      u.poss ||
      !GEO.has(u.m.type) ||
      REGIONS.has(u.m.name) ||
      !isWordUnit(units[i - 1], 'the')
    )
      continue;
    if (!isPunct(units[i + 1], '-') || !isWordUnit(units[i + 2], 'based', 'headquartered')) continue;
    let h = i + 3;
    while (h < i + 5 && isWordUnit(units[h]) && !isBodyNoun((units[h] as { w: string }).w)) h++;
    const head = units[h];
    const next = units[h + 1];
    if (!isWordUnit(head) || !REFERRING_BODY_NOUNS.has(head.w) || isEntity(next)) continue;
    // (the place as a hint: a company known to be there, else only one that dominates the article)
    const body = resolve(['Company', 'Fund'], units[i - 1]!.start, u.m.name);
    if (body) addLocated(out, body, u.m, 0.6, 'definite-place-based');
  }
}

/** Index after a description's modifiers from j ("main", "biggest", "second-largest"), at most three words. */
function skipModifiers(units: Unit[], j: number): number {
  let k = j;
  let words = 0;
  for (; k < units.length && words < 3; k++) {
    const v = units[k]!;
    if (isPunct(v, '-')) continue;
    if (
      !isWordUnit(v) ||
      v.poss ||
      isBodyNoun(v.w) ||
      isMainVerb(v) ||
      v.tags.has('Preposition') ||
      v.tags.has('Determiner')
    )
      break;
    words++;
  }
  return k;
}

/**
 * Index of the head noun ending a short body description from j ("oil company", "biggest internet
 * portal firm"), or -1. The head is the last noun: "a French company director" heads on "director".
 * A definite description resolved to `self` ("Lumen, the French group") is its own head.
 */
function bodyHeadAt(units: Unit[], j: number, self: string): number {
  for (let h = j, words = 0; h < units.length && words < 5; h++) {
    const v = units[h]!;
    if (isPunct(v, '-')) continue;
    if (isEntity(v)) return v.m.name === self ? h : -1;
    if (
      !isWordUnit(v) ||
      isMainVerb(v) ||
      v.tags.has('Preposition') ||
      (words > 0 && v.tags.has('Determiner'))
    )
      return -1;
    words++;
    if (v.poss) return -1;
    if (!isBodyNoun(v.w)) continue;
    const next = units[h + 1];
    // "a French company director": the description goes on.
    if (
      isWordUnit(next) &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !next.tags.has('Preposition') &&
      !isMainVerb(next) &&
      !isBodyNoun(next.w)
    )
      continue;
    if (isEntity(next) && next.m.name !== self) return -1;
    return h;
  }
  return -1;
}

/** "Lumen, the main French shareholder of Orbis", "the Lumen group, a French firm", "Lumen is a Dutch bank". */
function matchDescribedAs(units: Unit[], i: number, out: Candidate[], resolve?: DefiniteResolver): void {
  const u = units[i] as EntityUnit;
  // "Mitsubishi Tokyo Financial Group (MTFG), Japan's second-largest bank"
  let j = skipParenthesis(units, i + 1);
  const head = units[j];
  if (isWordUnit(head) && isBodyNoun(head.w) && !head.poss) j++;
  const link = units[j];
  if (!isPunct(link, ',') && !(isWordUnit(link) && COPULAS.has(link.w))) return;
  // "asked whether X is a Chinese company", "X is not a French firm" assert nothing.
  if (isWordUnit(link) && (isWordUnit(units[i - 1], 'whether', 'if') || isNegation(units[j + 1]))) return;
  // "Jet Airways is India's premier private domestic carrier", "ACC, India's second-largest cement maker,"
  const owner = units[j + 1];
  if (isEntity(owner) && owner.poss && GEO.has(owner.m.type) && !REGIONS.has(owner.m.name)) {
    if (bodyHeadAt(units, skipModifiers(units, j + 2), u.m.name) >= 0)
      addLocated(out, u.m, owner.m, 0.7, 'described-possessive');
    return;
  }
  if (!isWordUnit(units[j + 1], 'the', 'a', 'an', 'one', 'another')) return;
  // "Lumen, one of the French banks"
  j = isWordUnit(units[j + 1], 'one')
    ? isWordUnit(units[j + 2], 'of') && isWordUnit(units[j + 3], 'the')
      ? j + 4
      : -1
    : j + 2;
  if (j < 0) return;
  const k = skipModifiers(units, j);
  const where = units[k];
  if (isWordUnit(where, 'country') && where.poss && resolve) {
    // "Sina, the country's biggest portal firm": the country the article is about.
    if (bodyHeadAt(units, k + 1, u.m.name) < 0) return;
    const country = resolve(['Country'], u.start);
    if (country) addLocated(out, u.m, country, 0.6, 'described-country-possessive');
    return;
  }
  if (!isEntity(where) || where.m.name === u.m.name) {
    // "Changyu, the largest wine maker in China" (an investor or a supplier in China may be anywhere)
    const h = bodyHeadAt(units, k, u.m.name);
    if (
      h < 0 ||
      !isWordUnit(units[h + 1], 'in') ||
      RELATIONAL_NOUNS.has((units[h] as { w?: string }).w ?? '')
    )
      return;
    const container = units[isWordUnit(units[h + 2], 'the') ? h + 3 : h + 2];
    if (
      isEntity(container) &&
      !container.poss &&
      !container.demonym &&
      GEO.has(container.m.type) &&
      !REGIONS.has(container.m.name)
    ) {
      addLocated(out, u.m, container.m, 0.65, 'described-in-place');
    }
    return;
  }
  if (where.poss || !GEO.has(where.m.type) || REGIONS.has(where.m.name)) return;
  // "…, the China Daily newspaper": the place opens another name.
  const after = units[k + 1];
  if (!where.demonym && isWordUnit(after) && after.cap) return;
  if (where.m.type === 'Place' && !where.demonym) return;
  if (bodyHeadAt(units, k + 1, u.m.name) < 0) return;
  addLocated(out, u.m, where.m, 0.7, 'described-demonym');
}

/** "Lumen of Germany", "the Central Bank of Iraq" (a country's own assembly names no address). */
function matchOfPlace(units: Unit[], i: number, out: Candidate[]): void {
  const u = units[i] as EntityUnit;
  if (!isWordUnit(units[i + 1], 'of') || ASSEMBLY_WORDS.test(u.m.name)) return;
  const k = isWordUnit(units[i + 2], 'the') ? i + 3 : i + 2;
  const where = units[k];
  if (!isEntity(where) || where.poss || where.demonym || !GEO.has(where.m.type) || REGIONS.has(where.m.name))
    return;
  // "Lumen of Germany's …", "Lumen of Brazil Telecom …": the place qualifies what follows.
  const after = units[k + 1];
  // (compromise reads verbs as nouns too: "… of the Netherlands rose", so only plural and body nouns count.)
  if (
    isEntity(after) ||
    (isWordUnit(after) &&
      (isBodyNoun(after.w) ||
        DESCRIPTOR_NOUNS.has(after.w) ||
        (after.tags.has('Plural') && !after.tags.has('Verb'))))
  )
    return;
  addLocated(out, u.m, where.m, 0.7, 'body-of-place');
}

/** "its Agroflora subsidiary operates 13 farms in Venezuela", "the Lumen unit in Peru": a subsidiary works where it is. */
function matchSubsidiaryIn(units: Unit[], i: number, out: Candidate[]): void {
  const u = units[i] as EntityUnit;
  const after = units[i + 1];
  const before = units[i - 1];
  let j: number;
  if (isWordUnit(after) && SUBSIDIARY_NOUNS.has(after.w) && !after.poss) j = i + 2;
  else if (isWordUnit(before) && SUBSIDIARY_NOUNS.has(before.w) && !before.poss) j = i + 1;
  else return;
  let verb = false;
  for (let words = 0; j < units.length && words < 6; j++, words++) {
    const v = units[j]!;
    if (!isWordUnit(v) || v.poss) return;
    if (v.w === 'in') {
      const where = units[isWordUnit(units[j + 1], 'the') ? j + 2 : j + 1];
      if (
        isEntity(where) &&
        !where.poss &&
        !where.demonym &&
        GEO.has(where.m.type) &&
        !REGIONS.has(where.m.name)
      ) {
        addLocated(out, u.m, where.m, 0.6, 'subsidiary-in');
      }
      return;
    }
    if (v.tags.has('Preposition')) return;
    if (v.tags.has('Verb') && !v.tags.has('Noun')) {
      // one stative verb ("operates", "has", "runs"), then its object: "has invested in" says nothing.
      if (verb || !SUBSIDIARY_VERBS.has(v.w)) return;
      verb = true;
    }
  }
}

/** "the country's biggest lender, Lumen", "the country's second-largest carrier Lumen". */
function matchCountryPossessive(units: Unit[], out: Candidate[], resolve: DefiniteResolver): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    if (!isWordUnit(u, 'country') || !u.poss || !isWordUnit(units[i - 1], 'the')) continue;
    const h = bodyHeadAt(units, skipModifiers(units, i + 1), '');
    if (h < 0) continue;
    const k = isPunct(units[h + 1], ',') ? h + 2 : h + 1;
    const named = units[k];
    if (!isEntity(named) || named.poss || !BODY_SOURCES.has(named.m.type)) continue;
    const country = resolve(['Country'], u.start);
    if (country) addLocated(out, named.m, country, 0.6, 'country-possessive-name');
  }
}

// The gazetteer: world knowledge from ingest/gazetteer/*.json as typed entries, plus the context signals.
import type { EntityType } from '../../core/types.ts';
import countries from '../gazetteer/countries.json' with { type: 'json' };
import parties from '../gazetteer/parties.json' with { type: 'json' };
import governmentBodies from '../gazetteer/government-bodies.json' with { type: 'json' };
import funds from '../gazetteer/funds.json' with { type: 'json' };
import companies from '../gazetteer/companies.json' with { type: 'json' };
import organizations from '../gazetteer/organizations.json' with { type: 'json' };
import places from '../gazetteer/places.json' with { type: 'json' };
import cities from '../gazetteer/cities.json' with { type: 'json' };
import signals from '../gazetteer/signals.json' with { type: 'json' };

/** One entity the extractor knows by name: from the gazetteer or from the graph. */
export interface GazetteerEntry {
  /** Set for entities the graph already holds (their id is kept). */
  id?: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** ISO alpha-2 code: of the country itself, or of the country the entity belongs to. */
  country?: string;
  /** Country adjectives ("Norwegian"): mentions of a Country. */
  demonyms?: string[];
  /** "parliament": the national parliament of `country`. */
  role?: string;
  /** Lower-case phrases denoting it after its country ("oil fund"). */
  descriptors?: string[];
  /** The name is also an ordinary English word ("Shell", "Vanguard"). */
  common?: boolean;
  /** A city or town from the generated list: its name may also be a person's or a firm's ("Mr Cartagena", "Halifax said"). */
  city?: boolean;
  /** A national capital ("Beijing said" stands for the government, not a firm). */
  capital?: boolean;
}

interface EntryFile {
  type: string;
  entries: Array<Omit<GazetteerEntry, 'type'> & { type?: string }>;
}

function entriesOf(file: EntryFile): GazetteerEntry[] {
  return file.entries.map((e) => ({ ...e, type: (e.type ?? file.type) as EntityType, aliases: e.aliases ?? [] }));
}

/** Every gazetteer entry: countries (generated from ISO 3166), parties, government bodies, funds, companies, organisations, places, cities (generated from GeoNames). */
export function loadGazetteer(): GazetteerEntry[] {
  const countryEntries: GazetteerEntry[] = (
    countries as Array<{ code: string; name: string; type: string; aliases: string[]; demonyms: string[] }>
  ).map((c) => ({
    name: c.name,
    type: c.type as EntityType,
    aliases: c.aliases,
    country: c.code,
    demonyms: c.demonyms,
  }));
  return [
    ...countryEntries,
    ...entriesOf(parties as EntryFile),
    ...entriesOf(governmentBodies as EntryFile),
    ...entriesOf(funds as EntryFile),
    ...entriesOf(companies as EntryFile),
    ...entriesOf(organizations as EntryFile),
    ...entriesOf(places as EntryFile),
    ...entriesOf(cities as EntryFile).map((e) => ({ ...e, city: true })),
  ];
}

/** The context words of ingest/gazetteer/signals.json, as sets. */
export interface Signals {
  companySuffixes: Set<string>;
  fundSuffixes: Set<string>;
  governmentSuffixes: Set<string>;
  partySuffixes: Set<string>;
  organizationSuffixes: Set<string>;
  placeSuffixes: Set<string>;
  honorifics: Set<string>;
  roleWords: Set<string>;
  notNames: Set<string>;
  /** Family words before a name: "his wife Liliya". */
  kinWords: Set<string>;
  /** Capitalised common words that are no one's name ("Foreign Affairs", "Law Enforcement"). */
  commonTitleWords: Set<string>;
  /** Nouns after a product's name ("Pegasus spyware", "Tysabri trials"): the name is no entity. */
  productNouns: Set<string>;
  /** Head words of things that are not entities: laws, treaties, events ("Paris Agreement"). */
  nonEntityHeads: Set<string>;
  noisePatterns: RegExp[];
}

/** Loads the signal word lists once. */
export function loadSignals(): Signals {
  const s = signals as unknown as Record<string, string[]>;
  const set = (key: string) => new Set((s[key] ?? []).map((w) => w.toLowerCase()));
  return {
    companySuffixes: set('companySuffixes'),
    fundSuffixes: set('fundSuffixes'),
    governmentSuffixes: set('governmentSuffixes'),
    partySuffixes: set('partySuffixes'),
    organizationSuffixes: set('organizationSuffixes'),
    placeSuffixes: set('placeSuffixes'),
    honorifics: set('honorifics'),
    roleWords: set('roleWords'),
    notNames: set('notNames'),
    kinWords: set('kinWords'),
    productNouns: set('productNouns'),
    commonTitleWords: set('commonTitleWords'),
    nonEntityHeads: set('nonEntityHeads'),
    noisePatterns: (s.noisePatterns ?? []).map((p) => new RegExp(p, 'i')),
  };
}

// In-article coreference: groups candidates into entities (surnames, acronyms, short forms, misspellings).
import type { EntityType, ExtractedEntity } from '../../core/types.ts';
import { entityId } from '../../core/ids.ts';
import type { GazetteerEntry, Signals } from './gazetteer.ts';
import type { Candidate } from './find-candidates.ts';
import type { Mention } from './types.ts';
import { foldName } from './fold-name.ts';
import { editDistance } from './edit-distance.ts';
import { lexiconTags } from './nlp.ts';

interface Group {
  entry?: GazetteerEntry;
  candidates: Candidate[];
  /** Folded keys of every surface, for exact re-mentions. */
  keys: Set<string>;
  /** Word keys of the longest surface, for surnames and short forms. */
  words: string[];
  acronym?: string;
  person: boolean;
  firstPosition: number;
  lastPosition: number;
}

/** What resolution needs besides the candidates. */
export interface ResolveOptions {
  signals: Signals;
  /** Ids recorded as distinct: never merged. */
  isDistinct: (a: string, b: string) => boolean;
  /**
   * The type of a name repeated in the article with no evidence of its own ("Yukos", "WPP"):
   * Company in business-heavy texts, else Organization. Undefined: such names are dropped.
   */
  fallbackType?: EntityType;
  /** The article text, to see the title before a short name ("Mr Howard" is a surname). */
  text?: string;
}

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'du', 'von', 'van', 'der', '&']);
const TYPE_PRIORITY: EntityType[] = ['Person', 'PoliticalParty', 'GovernmentBody', 'Fund', 'Company', 'Organization', 'Country', 'Place'];

/**
 * Groups candidates into entities and lists every mention. Gazetteer/graph candidates group by
 * entry; other names join a group when they repeat its name, are a person's surname or first name,
 * a company's first word, an acronym it introduced or that spells its initials, or a misspelling
 * of it within a small edit distance.
 */
export function resolveEntities(candidates: Candidate[], options: ResolveOptions): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const { signals } = options;
  const groups: Group[] = [];
  const byEntry = new Map<GazetteerEntry, Group>();
  const byKey = new Map<string, Group>();
  const candidateGroup = new Map<Candidate, Group>();

  const addTo = (group: Group, candidate: Candidate) => {
    group.candidates.push(candidate);
    const key = foldName(stripHonorifics(candidate.surface, signals));
    if (key) {
      group.keys.add(key);
      if (!byKey.has(key)) byKey.set(key, group);
    }
    const words = nameWords(candidate, signals);
    if (words.length > group.words.length && !candidate.entry) group.words = words;
    if (candidate.person) group.person = true;
    if (candidate.acronym) group.acronym = candidate.acronym;
    group.firstPosition = Math.min(group.firstPosition, candidate.start);
    group.lastPosition = Math.max(group.lastPosition, candidate.start);
    candidateGroup.set(candidate, group);
  };
  const newGroup = (candidate: Candidate, entry?: GazetteerEntry): Group => {
    const group: Group = {
      entry,
      candidates: [],
      keys: new Set(),
      words: entry ? entryWords(entry) : [],
      person: false,
      firstPosition: candidate.start,
      lastPosition: candidate.start,
    };
    groups.push(group);
    addTo(group, candidate);
    if (entry) byEntry.set(entry, group);
    for (const alias of entry?.aliases ?? []) {
      const key = foldName(alias);
      if (key && !byKey.has(key)) byKey.set(key, group);
    }
    if (entry) byKey.set(foldName(entry.name), group);
    return group;
  };

  // "Halifax said … Halifax's findings": once a town's name is used as a firm's, every mention is the firm's.
  const firms = new Set(candidates.filter((c) => !c.entry && c.type === 'Company' && c.strength >= 2).map((c) => foldName(c.surface)));
  for (const c of candidates) {
    if (c.entry?.city && firms.has(foldName(c.surface))) {
      c.entry = undefined;
      c.formKind = undefined;
      c.type = 'Company';
      c.strength = 1;
    }
  }

  // Pass 1: known entries, then multiword names (so surnames and short forms have something to join).
  for (const c of candidates) {
    if (!c.entry) continue;
    const group = byEntry.get(c.entry);
    if (group) addTo(group, c);
    else newGroup(c, c.entry);
  }
  const loose = candidates.filter((c) => !c.entry);
  const endsInAcronym = (c: Candidate) => isAcronymText(c.surface.split(/\s+/).pop() ?? '');
  // Names ending in an acronym ("Colorado PERA") go last, to find the name the acronym abbreviates.
  const multi = loose
    .filter((c) => nameWords(c, signals).length >= 2 && c.expandsTo === undefined)
    .sort((a, b) => Number(endsInAcronym(a)) - Number(endsInAcronym(b)) || a.start - b.start);
  const single = loose.filter((c) => !multi.includes(c));
  for (const c of multi) {
    const key = foldName(stripHonorifics(c.surface, signals));
    // "Colorado PERA": a place and an acronym of a name in this article.
    const lastWord = c.surface.split(/\s+/).pop() ?? '';
    const byAcronym = isAcronymText(lastWord) && lastWord.length >= 3 ? findInitials(foldName(lastWord), groups) : undefined;
    const exact = byKey.get(key);
    const existing = exact ?? byAcronym ?? findLongerPerson(c, groups, signals) ?? findFuzzy(c, groups, options, true);
    if (existing && (existing === exact || compatible(existing, c))) addTo(existing, c);
    else if (key) newGroup(c);
  }

  // Pass 2: single words and acronyms.
  for (const c of single) {
    const words = nameWords(c, signals);
    const key = foldName(stripHonorifics(c.surface, signals));
    if (!key) continue;
    let target: Group | undefined;
    if (c.expandsTo) target = candidateGroup.get(c.expandsTo);
    if (!target) target = groups.find((g) => g.acronym && foldName(g.acronym) === key);
    if (!target) target = byKey.get(key);
    if (!target && words.length === 1) target = findNamePart(c, words[0]!, groups, options.text);
    if (!target && c.surface.length >= 2 && isAcronymText(c.surface)) {
      // "a Canadian company, named IOG, …; Ironhorse Oil and Gas denied it": an acronym a descriptor
      // introduces as a name is not read as the initials of a name the text gives only later.
      const initialsOf = findInitials(key, groups);
      if (initialsOf && !(c.described && initialsOf.firstPosition > c.start)) target = initialsOf;
    }
    if (!target) target = findFuzzy(c, groups, options, false);
    if (target) addTo(target, c);
    else newGroup(c);
  }

  return buildEntities(groups, signals, options.fallbackType);
}

function compatible(group: Group, c: Candidate): boolean {
  if (group.entry) return true;
  // A person and an organisation may share a word sequence only by accident.
  if (c.person && c.strength >= 2 && !group.person && groupType(group) !== undefined && groupType(group) !== 'Person') return false;
  return true;
}

const SURNAME_TITLE_BEFORE = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$/;
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

function findNamePart(c: Candidate, key: string, groups: Group[], text?: string): Group | undefined {
  // A surname or first name of a person named in full in this article ("Jensen" → Siv Jensen);
  // the nearest full mention before it wins, else the first after.
  // "Mr Howard" is a surname: never the first name of Howard Flight (though "Mr Wang" is Wang Xuebing,
  // whose family name comes first, and "Mr Kim" Kim Dae-jung).
  const surnameOnly =
    text !== undefined && SURNAME_TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) && lexiconTags(key).some((t) => GIVEN_NAME_TAGS.has(t));
  const persons = groups.filter(
    (g) =>
      !g.entry &&
      (g.person || groupType(g) === 'Person') &&
      g.words.length >= 2 &&
      (g.words[g.words.length - 1] === key || (g.words[0] === key && !(surnameOnly && !g.words[g.words.length - 1]!.includes('-')))),
  );
  if (persons.length > 0) {
    const before = persons.filter((g) => g.firstPosition < c.start).sort((a, b) => b.lastPosition - a.lastPosition);
    return before[0] ?? persons.sort((a, b) => a.firstPosition - b.firstPosition)[0];
  }
  if (c.person && c.strength >= 2) return undefined;
  if (c.type === 'Place' || c.type === 'Country') return undefined;
  // A company's short form: its first word ("Artisan" → Artisan Partners) — never a common word
  // ("Food" is no short form of the Food Standards Agency).
  if (c.common) return undefined;
  const organisations = groups.filter((g) => {
    const type = g.entry?.type ?? groupType(g);
    return type !== undefined && type !== 'Person' && type !== 'Country' && type !== 'Place' && g.words.length >= 2 && g.words[0] === key;
  });
  // Several ("the Church" with Church Commissioners and Church of England): the shortest name.
  return organisations.sort((a, b) => a.words.length - b.words.length)[0];
}

/** "Lord Browne" → Lord Browne of Madingley; "Keir Starmer" → Sir Keir Starmer's group. */
function findLongerPerson(c: Candidate, groups: Group[], signals: Signals): Group | undefined {
  // A hyphenated surname alone ("Kilroy-Silk") is a person's short form even when untagged.
  if (!(c.person || c.type === 'Person' || isHyphenatedSurname(c))) return undefined;
  const words = nameWords(c, signals);
  // Either name may come first: the shorter must open the longer and share two words with it.
  return groups.find((g) => {
    const personLike = g.person || groupType(g) === 'Person' || g.candidates.every(isHyphenatedSurname);
    if (g.entry || !personLike || g.words.length === words.length) return false;
    const [shorter, longer] = g.words.length < words.length ? [g.words, words] : [words, g.words];
    if (shorter.length < 2) return false;
    // "Lord Browne" / "Lord Browne of Madingley"; "Baez Silva" / "Carlos Baez Silva".
    const offset = longer.length - shorter.length;
    return shorter.every((w, k) => longer[k] === w) || shorter.every((w, k) => longer[k + offset] === w);
  });
}

/** A hyphenated surname alone ("Kilroy-Silk"), untyped: a short form of the person it ends. */
function isHyphenatedSurname(c: Candidate): boolean {
  return c.type === undefined && /^\p{Lu}[\p{L}']+-\p{Lu}[\p{L}']+$/u.test(c.surface);
}

function findInitials(key: string, groups: Group[]): Group | undefined {
  const letters = key.replace(/\s+/g, '');
  if (letters.length < 2) return undefined;
  return groups.find((g) => {
    const names = g.entry ? [g.entry.name, ...g.entry.aliases] : [g.words.join(' ')];
    return names.some((name) => initials(name) === letters);
  });
}

function initials(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');
}

function findFuzzy(c: Candidate, groups: Group[], options: ResolveOptions, multiword: boolean): Group | undefined {
  if (c.person && c.strength >= 2) return undefined;
  const key = foldName(c.surface);
  if (key.length < 4 || /\d/.test(key)) return undefined;
  const limit = key.length >= 8 ? 2 : 1;
  const candidateId = c.type ? entityId(c.type, c.surface) : undefined;
  let best: { group: Group; distance: number } | undefined;
  for (const group of groups) {
    const type = group.entry?.type ?? groupType(group);
    if (type === 'Person' || type === 'Country' || type === undefined) continue;
    const names = group.entry ? [group.entry.name, ...group.entry.aliases] : [...group.keys];
    for (const name of names) {
      const other = foldName(name);
      if (!other || other[0] !== key[0] || Math.abs(other.length - key.length) > limit) continue;
      if (multiword !== other.includes(' ')) continue;
      if (other.length < 4) continue;
      const distance = editDistance(key, other, limit);
      if (distance > 0 && distance <= limit && (!best || distance < best.distance)) {
        const id = group.entry?.id;
        if (id && candidateId && options.isDistinct(id, candidateId)) continue;
        best = { group, distance };
      }
    }
  }
  return best?.group;
}

function isAcronymText(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

// Peers keep their title: "Lord Browne" is how the name is used.
const PEER_TITLES = new Set(['lord', 'lady', 'baroness', 'baron']);

function stripHonorifics(surface: string, signals: Signals): string {
  const parts = surface.split(/\s+/);
  let k = 0;
  while (k < parts.length - 1 && signals.honorifics.has(parts[k]!.toLowerCase().replace(/\.$/, '')) && !PEER_TITLES.has(parts[k]!.toLowerCase())) k++;
  return parts.slice(k).join(' ');
}

function nameWords(c: Candidate, signals: Signals): string[] {
  let k = 0;
  while (k < c.words.length - 1 && signals.honorifics.has(c.words[k]!) && !PEER_TITLES.has(c.words[k]!)) k++;
  return c.words.slice(k);
}

function entryWords(entry: GazetteerEntry): string[] {
  return foldName(entry.name).split(' ');
}

function groupType(group: Group): EntityType | undefined {
  if (group.entry) return group.entry.type;
  // A descriptor ("engineering group Jarvis") outweighs weak person guesses ("Jarvis said").
  const described = group.candidates.find((c) => c.described);
  if (described && !group.candidates.some((c) => c.person && c.strength >= 2)) return described.type;
  // "Shanda Interactive Entertainment … Shanda said": a full name its head word types with certainty
  // outweighs guesses that its short form is a first name.
  const strong = group.candidates.filter((c) => c.strength >= 2 && c.type && c.type !== 'Person' && !c.person);
  if (strong.length > 0 && strong.every((c) => c.type === strong[0]!.type) && !group.candidates.some((c) => c.person && c.strength >= 2))
    return strong[0]!.type;
  const votes = new Map<EntityType, number>();
  for (const c of group.candidates) {
    if (c.type) votes.set(c.type, (votes.get(c.type) ?? 0) + c.strength);
    if (c.person && c.type !== 'Person') votes.set('Person', (votes.get('Person') ?? 0) + 1);
  }
  let best: EntityType | undefined;
  let bestVotes = 0;
  for (const type of TYPE_PRIORITY) {
    const v = votes.get(type) ?? 0;
    if (v > bestVotes) {
      best = type;
      bestVotes = v;
    }
  }
  return best;
}

const PARTY_LIST_HEADS = new Set(['coalition', 'alliance', 'movement', 'front', 'list']);

function buildEntities(groups: Group[], signals: Signals, fallbackType?: EntityType): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const entities: ExtractedEntity[] = [];
  const mentions: Mention[] = [];
  const byId = new Map<string, ExtractedEntity>();
  // "the Respect Coalition" after "his party, Respect": a party's name with a coalition head is the party's list.
  const partyKeys = new Set(groups.filter((g) => groupType(g) === 'PoliticalParty').map((g) => (g.entry ? entryWords(g.entry) : g.words).join(' ')));
  for (const group of groups) {
    // A name said twice or more, written like a name, with no clue to its type.
    const repeated = group.candidates.length >= 2 && group.candidates.some((c) => c.bareName) && !group.person;
    let type = groupType(group) ?? (repeated ? fallbackType : undefined);
    if (type === 'Organization' && !group.entry && group.words.length >= 2 && PARTY_LIST_HEADS.has(group.words[group.words.length - 1]!) && partyKeys.has(group.words.slice(0, -1).join(' ')))
      type = 'PoliticalParty';
    if (!type) continue;
    // A product somewhere in the article ("Pegasus spyware") is a product everywhere, unless
    // something typed it with certainty.
    if (!group.entry && group.candidates.some((c) => c.product) && !group.candidates.some((c) => c.strength >= 2)) continue;
    const name = group.entry ? group.entry.name : canonicalName(group, type, signals);
    if (!name) continue;
    const id = group.entry?.id ?? entityId(type, name);
    let entity = byId.get(id);
    if (!entity) {
      entity = { id, name, type, aliases: [], roles: [], mentions: 0 };
      byId.set(id, entity);
      entities.push(entity);
    }
    const nameKey = foldName(name);
    const aliasKeys = new Set(entity.aliases.map(foldName));
    for (const c of group.candidates) {
      entity.mentions++;
      const surface = type === 'Person' ? stripHonorifics(c.surface, signals) : c.surface;
      const key = foldName(surface);
      if (key && key !== nameKey && !aliasKeys.has(key)) {
        aliasKeys.add(key);
        entity.aliases.push(surface);
      }
      if (type === 'Person') for (const role of c.roles) if (!entity.roles.includes(role)) entity.roles.push(role);
      mentions.push({ entityId: id, name, type, surface: c.surface, sentence: c.sentence, start: c.start, end: c.end });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}

function canonicalName(group: Group, type: EntityType, signals: Signals): string {
  const surfaces = group.candidates.filter((c) => !c.headline || group.candidates.every((x) => x.headline)).map((c) => (type === 'Person' ? stripHonorifics(c.surface, signals) : c.surface));
  const readable = surfaces.filter((s) => s !== s.toUpperCase() || s.length <= 5);
  const pool = readable.length > 0 ? readable : surfaces.length > 0 ? surfaces : group.candidates.map((c) => c.surface);
  // The fullest form used: most words, then most letters.
  return pool.reduce((best, s) => {
    const words = s.split(/\s+/).length;
    const bestWords = best.split(/\s+/).length;
    return words > bestWords || (words === bestWords && s.length > best.length) ? s : best;
  }, pool[0] ?? '');
}

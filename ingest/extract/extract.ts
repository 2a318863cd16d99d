// The extractor: text (+ what the graph knows) → entities, mentions, relations, as plain data.
import type { Extraction, Knowledge, KnownEntity } from '../../core/types.ts';
import { EMPTY_KNOWLEDGE } from '../../core/types.ts';
import { parseSentences } from './nlp.ts';
import { extractRelations } from './extract-relations.ts';
import { loadGazetteer, loadSignals, type GazetteerEntry, type Signals } from './gazetteer.ts';
import { PhraseIndex } from './phrase-index.ts';
import { phraseKeys, toWords, type Word } from './words.ts';
import { findCandidates, isHeadline, isNoise, type Candidate, type ScanContext } from './find-candidates.ts';
import { resolveEntities } from './resolve-entities.ts';
import { foldName } from './fold-name.ts';
import { typeListMembers } from './type-lists.ts';
import type { Mention, Sentence } from './types.ts';

/** Bumped whenever extraction output changes, so ingest can tell which articles to re-extract. */
export const EXTRACTOR_VERSION = '0.4.0';

/** An extractor with its indexes built once; `extract` runs per article. */
export interface Extractor {
  extract(text: string): Extraction;
  /** The same, with the sentences and entity mentions the relation step and ingest use. */
  extractDetailed(text: string): DetailedExtraction;
  /**
   * Teaches the extractor an entity the run just wrote (or new aliases of one it knows), so later
   * articles of the same run see what a later run would load from the graph.
   */
  learn?(entity: KnownEntity): void;
}

/** An extraction with its parse and every entity mention. */
export interface DetailedExtraction extends Extraction {
  mentions: Mention[];
  sentences: Sentence[];
}

interface Indexes {
  index: PhraseIndex;
  countryIndex: PhraseIndex;
  signals: Signals;
  descriptors: Map<string, GazetteerEntry[]>;
  parliaments: Map<string, GazetteerEntry>;
  isDistinct: (a: string, b: string) => boolean;
  /** The graph's entities by id, as indexed (learn() extends them in place). */
  known: Map<string, GazetteerEntry>;
  /** Gazetteer entries by type and folded name, to keep their facts on the graph's copies. */
  gazetteerByName: Map<string, GazetteerEntry>;
}

/**
 * The index entry of an entity the graph knows: when the gazetteer has it too, the gazetteer's
 * facts (country, demonyms, descriptors) stay on it, under the graph's id and with both alias lists.
 */
function knownEntry(entity: KnownEntity, gazetteerByName: Map<string, GazetteerEntry>): GazetteerEntry {
  const gazetteer = gazetteerByName.get(`${entity.type}|${foldName(entity.name)}`);
  const aliases = [...new Set([...(gazetteer?.aliases ?? []), ...entity.aliases])].filter((a) => a !== entity.name);
  return gazetteer ? { ...gazetteer, id: entity.id, name: entity.name, aliases } : { id: entity.id, name: entity.name, type: entity.type, aliases };
}

/**
 * Builds an extractor: the gazetteer and the graph's known entities (names and aliases) are indexed
 * once per run; `extract` then runs per article. Pure: no I/O.
 * @example
 * const extractor = createExtractor({ entities: [{ id: 'company:acme', name: 'Acme', type: 'Company', aliases: ['Acme Corp'] }] });
 * extractor.extract('MP Karen Lee criticised Acme Corp.').entities;
 */
export function createExtractor(knowledge: Knowledge = EMPTY_KNOWLEDGE): Extractor {
  const indexes = buildIndexes(knowledge);
  const extractDetailed = (text: string): DetailedExtraction => runExtraction(text, indexes);
  return {
    extract(text: string): Extraction {
      const { entities, relations, comentions } = extractDetailed(text);
      return { entities, relations, comentions };
    },
    extractDetailed,
    learn(entity: KnownEntity): void {
      const entry = indexes.known.get(entity.id);
      if (!entry) {
        const created = knownEntry(entity, indexes.gazetteerByName);
        indexes.known.set(entity.id, created);
        indexes.index.addEntry(created, true);
        return;
      }
      const fresh = entity.aliases.filter((alias) => alias !== entry.name && !entry.aliases.includes(alias));
      if (fresh.length === 0) return;
      entry.aliases.push(...fresh);
      indexes.index.addEntry(entry, true);
    },
  };
}

/**
 * Extracts entities and relations from one text with a fresh extractor (indexes built each call:
 * prefer `createExtractor` for many texts).
 * @example extract('Hikvision supplies the UK.').entities.map((e) => e.name) // ['Hikvision', 'United Kingdom']
 */
export function extract(text: string, knowledge?: Knowledge): Extraction {
  return createExtractor(knowledge).extract(text);
}

let gazetteerCache: GazetteerEntry[] | undefined;
let signalsCache: Signals | undefined;

function buildIndexes(knowledge: Knowledge): Indexes {
  gazetteerCache ??= loadGazetteer();
  signalsCache ??= loadSignals();
  const index = new PhraseIndex();
  const countryIndex = new PhraseIndex();
  for (const entry of gazetteerCache) {
    index.addEntry(entry);
    if (entry.type === 'Country') countryIndex.addEntry(entry);
  }
  const gazetteerByName = new Map<string, GazetteerEntry>();
  for (const entry of gazetteerCache) gazetteerByName.set(`${entry.type}|${foldName(entry.name)}`, entry);
  const knownEntries = new Map<string, GazetteerEntry>();
  for (const known of knowledge.entities) {
    const entry = knownEntry(known, gazetteerByName);
    knownEntries.set(known.id, entry);
    index.addEntry(entry, true);
  }
  const descriptors = new Map<string, GazetteerEntry[]>();
  const parliaments = new Map<string, GazetteerEntry>();
  for (const entry of gazetteerCache) {
    for (const d of entry.descriptors ?? []) {
      const key = phraseKeys(d).join(' ');
      descriptors.set(key, [...(descriptors.get(key) ?? []), entry]);
    }
    if (entry.role === 'parliament' && entry.country) parliaments.set(entry.country, entry);
  }
  const distinct = new Set((knowledge.distinct ?? []).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  return { index, countryIndex, signals: signalsCache, descriptors, parliaments, isDistinct: (a, b) => distinct.has(`${a}|${b}`), known: knownEntries, gazetteerByName };
}

function runExtraction(text: string, indexes: Indexes): DetailedExtraction {
  const sentences = parseSentences(text);
  const context: ScanContext = {
    index: indexes.index,
    signals: indexes.signals,
    descriptors: indexes.descriptors,
    parliaments: indexes.parliaments,
    recentDescriptor: new Map(),
    countryCounts: new Map(),
    countryIndex: indexes.countryIndex,
    countrySentences: new Map(),
    nameWords: new Set(),
  };
  const candidates: Candidate[] = [];
  const headlines: Array<{ sentence: Sentence; words: Word[] }> = [];
  for (const sentence of sentences) {
    if (isNoise(sentence.text, indexes.signals)) continue;
    const words = toWords(text, sentence);
    if (words.length === 0) continue;
    if (isHeadline(words, text.slice(sentence.start, sentence.end + 2))) {
      headlines.push({ sentence, words });
      continue;
    }
    candidates.push(...findCandidates(sentence.index, text, words, context, false));
  }
  // Title-case lines: known names, and names the body of this article already introduced.
  const articleIndex = new PhraseIndex();
  const templates = new Map<GazetteerEntry, Candidate>();
  for (const c of candidates) {
    if (c.entry || !c.type) continue;
    const pseudo: GazetteerEntry = { name: c.surface, type: c.type, aliases: [] };
    templates.set(pseudo, c);
    articleIndex.addEntry(pseudo);
  }
  for (const { sentence, words } of headlines) {
    const found = findCandidates(sentence.index, text, words, context, true);
    const covered = new Set(found.flatMap((c) => range(c.wordStart, c.wordEnd)));
    for (let i = 0; i < words.length; i++) {
      if (covered.has(i)) continue;
      const match = articleIndex.matchAt(words, i);
      if (!match || range(match.start, match.end).some((k) => covered.has(k))) continue;
      const template = templates.get(match.forms[0]!.entry)!;
      const first = words[match.start]!;
      const last = words[match.end - 1]!;
      found.push({
        ...template,
        sentence: sentence.index,
        wordStart: match.start,
        wordEnd: match.end,
        start: first.start,
        end: last.end,
        surface: text.slice(first.start, last.end),
        headline: true,
        acronym: undefined,
        expandsTo: undefined,
        roles: [],
      });
      i = match.end - 1;
    }
    candidates.push(...found);
  }
  candidates.sort((a, b) => a.start - b.start);
  typeListMembers(candidates, text);
  const fallbackType = countBusinessWords(text) >= 3 ? 'Company' : 'Organization';
  const { entities, mentions } = resolveEntities(candidates, { signals: indexes.signals, isDistinct: indexes.isDistinct, fallbackType, text });
  const { relations, comentions } = extractRelations({ text, sentences, mentions, entities });
  return { entities, relations, comentions, mentions, sentences };
}

const BUSINESS_WORDS = /\b(?:compan(?:y|ies)|firms?|shares?|shareholders?|investors?|stake|profits?|revenues?|sales|customers|deal|takeover|merger|chief executive|ceo|stock|brand|market)\b/gi;

/** How business-like the text is: repeated unknown names in it are more likely companies. */
function countBusinessWords(text: string): number {
  return text.match(BUSINESS_WORDS)?.length ?? 0;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

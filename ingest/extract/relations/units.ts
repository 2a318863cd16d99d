// Turns one parsed sentence plus its entity mentions into a flat sequence of units (entities, words, punctuation) and coordinated entity groups.
import type { EntityType } from '../../../core/types.ts';
import type { Mention, Sentence } from '../types.ts';
import { resolveDefiniteUnits, type DefiniteResolver } from './definite-references.ts';
import { DESCRIPTOR_NOUNS } from './lexicon.ts';

/** An entity mention standing in the sentence as one unit. */
export interface EntityUnit {
  k: 'e';
  m: Mention;
  /** Mentions nested inside this one ("Norway" inside "Norway's oil fund"). */
  inner: Mention[];
  /** Followed by a possessive 's ("Hikvision's"). */
  poss: boolean;
  /** The surface is a demonym/adjective ("Chinese", "Swiss"), not a name. */
  demonym: boolean;
  start: number;
  end: number;
}

/** A word of the sentence that is not part of a mention. */
export interface WordUnit {
  k: 'w';
  /** Lower case, without a possessive 's and surrounding punctuation. */
  w: string;
  tags: Set<string>;
  poss: boolean;
  /** Starts with a capital letter in the text. */
  cap: boolean;
  start: number;
  end: number;
}

/** A punctuation mark between units: , ; : ( ) - / */
export interface PunctUnit {
  k: 'p';
  p: string;
  start: number;
  end: number;
}

export type Unit = EntityUnit | WordUnit | PunctUnit;

/** Entities joined by "and", commas, "or", "as well as": "Hikvision, Dahua and Uniview". */
export interface EntityGroup {
  /** Unit indices of the members, in order. */
  members: number[];
}

/** One sentence ready for pattern matching. */
export interface SentenceUnits {
  sentence: Sentence;
  units: Unit[];
  groups: EntityGroup[];
  /** unit index of an entity → the group it belongs to. */
  groupOf: Map<number, EntityGroup>;
}

const POSSESSIVE_AFTER = /^['’]s?(?![a-z])/i;
const PUNCT = new Set([',', ';', ':', '(', ')', '-', '/', '—', '–']);
const DEMONYM_ENDING = /(an|ian|ese|ish|ic|i|ch|que|ss|ean)$/i;
// "the U.S. government's ban" — a country followed by these words still names the country.
const GOVERNMENT_WORDS = new Set(['government', 'administration', 'authorities']);

function toWord(text: string, tags: string[], start: number, end: number): WordUnit | null {
  let lower = text.toLowerCase();
  let poss = false;
  if (/['’]s$/.test(lower)) {
    poss = true;
    lower = lower.slice(0, -2);
  } else if (/s['’]$/.test(lower)) {
    poss = true;
    lower = lower.slice(0, -1);
  }
  lower = lower.replace(/^[^a-z0-9$£€%]+|[^a-z0-9%.]+$/g, '').replace(/\.$/, '');
  if (!lower && !tags.includes('Negative')) return null;
  return {
    k: 'w',
    w: lower || 'not',
    tags: new Set(tags),
    poss,
    cap: /^[A-Z]/.test(text),
    start,
    end,
  };
}

function isDemonymSurface(m: Mention, tags: string[]): boolean {
  if (tags.includes('Demonym')) return true;
  if (m.type !== 'Country' && m.type !== 'Place') return false;
  const surface = m.surface.trim();
  if (surface.toLowerCase() === m.name.toLowerCase() || /\s/.test(surface)) return false;
  return DEMONYM_ENDING.test(surface) && !m.name.toLowerCase().startsWith(surface.toLowerCase());
}

/** Picks the outermost mention where mentions overlap, remembering the nested ones. */
function selectMentions(mentions: Mention[]): { m: Mention; inner: Mention[] }[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { m: Mention; inner: Mention[] }[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.m.end) {
      if (m.end <= last.m.end && m.name !== last.m.name) last.inner.push(m);
      continue;
    }
    kept.push({ m, inner: [] });
  }
  return kept;
}

/**
 * Builds the unit sequence of a sentence: mentions replace the tokens they cover, the leftover
 * tokens become words, and punctuation found in the raw text between them becomes units.
 */
export function buildUnits(text: string, sentence: Sentence, mentions: Mention[], resolve?: DefiniteResolver): SentenceUnits {
  const selected = selectMentions(mentions);
  const items: Unit[] = [];
  const tokenTagsAt = new Map<number, string[]>();
  for (const token of sentence.tokens) tokenTagsAt.set(token.start, token.tags);

  for (const { m, inner } of selected) {
    const after = text.slice(m.end, m.end + 3);
    const possMatch = POSSESSIVE_AFTER.exec(after);
    const tags = tokenTagsAt.get(m.start) ?? [];
    items.push({
      k: 'e',
      m,
      inner,
      poss: !!possMatch,
      demonym: isDemonymSurface(m, tags),
      start: m.start,
      end: m.end + (possMatch ? possMatch[0].length : 0),
    });
  }
  let mi = 0;
  for (const token of sentence.tokens) {
    while (mi < selected.length && selected[mi]!.m.end <= token.start) mi++;
    const m = selected[mi]?.m;
    if (m && token.start < m.end && token.end > m.start) {
      // The token overlaps a mention: keep what sticks out of it as a word ("Hikvision/Dahua").
      if (token.end > m.end) {
        const rest = text.slice(m.end, token.end);
        if (!POSSESSIVE_AFTER.test(rest) && /[a-z0-9]/i.test(rest)) {
          const offset = rest.search(/[a-z0-9]/i);
          const word = toWord(rest.slice(offset), token.tags, m.end + offset, token.end);
          if (word) items.push(word);
        }
      }
      continue;
    }
    const word = toWord(token.text, token.tags, token.start, token.end);
    if (word) items.push(word);
  }
  items.sort((a, b) => a.start - b.start);

  // Punctuation from the raw text between units.
  const units: Unit[] = [];
  let cursor = sentence.start;
  for (const item of items) {
    if (item.start > cursor) pushPunct(units, text, cursor, item.start);
    units.push(item);
    cursor = Math.max(cursor, item.end);
  }
  if (sentence.end > cursor) pushPunct(units, text, cursor, sentence.end);

  absorbGovernmentWords(units);
  if (resolve) resolveDefiniteUnits(text, units, resolve);
  return { sentence, units, ...groupEntities(units) };
}

const QUOTES = /["“”]/;

function pushPunct(units: Unit[], text: string, from: number, to: number): void {
  const gap = text.slice(from, to);
  // A quote right after a comma ends or opens a quotation: '… member," Mr X told' links nothing
  // across it; quoted names in a list ('"Irkut", "Sukhoi"') do not count.
  const quoted = /^\s*,\s*["“”]/.test(gap);
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i]!;
    if (PUNCT.has(ch)) units.push({ k: 'p', p: ch === '—' || ch === '–' ? '-' : ch, start: from + i, end: from + i + 1 });
    else if (quoted && QUOTES.test(ch)) units.push({ k: 'p', p: '"', start: from + i, end: from + i + 1 });
  }
}

/** "the U.S. government's ban" → the country unit takes over "government" and its possessive. */
function absorbGovernmentWords(units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    if (u.k === 'e' && u.m.type === 'Country' && !u.poss && next.k === 'w' && GOVERNMENT_WORDS.has(next.w)) {
      u.poss = next.poss;
      u.end = next.end;
      u.demonym = false;
      units.splice(i + 1, 1);
    }
  }
}

const ORG_LIKE: ReadonlySet<EntityType> = new Set(['Company', 'Fund', 'Organization', 'GovernmentBody']);
const GEO: ReadonlySet<EntityType> = new Set(['Country', 'Place']);

function compatible(a: EntityType, b: EntityType, conjunction: boolean): boolean {
  if (a === b) return true;
  if (ORG_LIKE.has(a) && ORG_LIKE.has(b)) return true;
  // "Zorin Industries, Pelikan Tech and Ivan Morozov": "and" may join persons and bodies, never places with others.
  return conjunction && GEO.has(a) === GEO.has(b);
}

function isWord(u: Unit | undefined, ...words: string[]): boolean {
  return !!u && u.k === 'w' && words.includes(u.w);
}

/** Length of a list separator at i (", and", "and", "/", "as well as"), 0 when none. */
function separatorAt(units: Unit[], i: number): { len: number; conjunction: boolean } {
  const u = units[i];
  if (!u) return { len: 0, conjunction: false };
  if (u.k === 'p' && (u.p === ',' || u.p === '/')) {
    if (isWord(units[i + 1], 'and', 'or')) return { len: 2, conjunction: true };
    if (isWord(units[i + 1], 'as') && isWord(units[i + 2], 'well') && isWord(units[i + 3], 'as'))
      return { len: 4, conjunction: true };
    return { len: 1, conjunction: false };
  }
  if (isWord(u, 'and', 'or', '&')) return { len: 1, conjunction: true };
  if (isWord(u, 'as') && isWord(units[i + 1], 'well') && isWord(units[i + 2], 'as')) return { len: 3, conjunction: true };
  return { len: 0, conjunction: false };
}

/** Index after a parenthesis opened at i, or i when there is none. */
export function skipParenthesis(units: Unit[], i: number): number {
  const u = units[i];
  if (!u || u.k !== 'p' || u.p !== '(') return i;
  for (let j = i + 1; j < units.length && j < i + 12; j++) {
    const v = units[j]!;
    if (v.k === 'p' && v.p === ')') return j + 1;
  }
  return i;
}

const TITLE_WORDS = new Set(['of', 'the', 'for', 'and', 'deputy', 'minister', 'chief', 'general', 'staff', 'chairman', 'head']);
// Words that may stand between a list separator and the next member: "the corporation Irkut", "his wife Liliya".
const MEMBER_LEAD = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'corporation', 'company', 'firm', 'group', 'bank', 'wife',
  'husband', 'son', 'daughter', 'brother', 'sister', 'fund', 'also', 'state', 'giant', 'lender', 'insurer',
]);

// compromise may tag "which" as a preposition.
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** Index after words introducing the next list member ("the clearing firm Clearstream"), or j. */
function memberLeadEnd(units: Unit[], j: number): number {
  let k = j;
  let end = j;
  while (k < j + 3) {
    const u = units[k];
    if (u?.k !== 'w' || u.cap || (u.tags.has('Verb') && !u.tags.has('Noun'))) break;
    // "Xstrata, which the firm …" is a clause, not a list member.
    if ((u.tags.has('Determiner') || u.tags.has('Pronoun') || RELATIVE_WORDS.has(u.w)) && !MEMBER_LEAD.has(u.w)) break;
    k++;
    if (MEMBER_LEAD.has(u.w) || DESCRIPTOR_NOUNS.has(u.w)) end = k;
  }
  // Title-case "Corporation MiG" keeps its lead word too.
  while (end < j + 3 && units[end]?.k === 'w' && MEMBER_LEAD.has((units[end] as WordUnit).w)) end++;
  return units[end]?.k === 'e' ? end : j;
}

/** End (exclusive) of an apposition ", the president's son," that starts with the comma at i, or -1. */
function appositionEnd(units: Unit[], i: number): number {
  if (!(units[i]?.k === 'p' && (units[i] as PunctUnit).p === ',')) return -1;
  for (let j = i + 1; j < units.length && j < i + 14; j++) {
    const u = units[j]!;
    if (u.k === 'p') {
      if (u.p === ',') return j > i + 1 ? j : -1;
      if (u.p === '-') continue;
      return -1;
    }
    if (u.k === 'e') {
      if (u.m.type === 'Person') return -1;
      continue;
    }
    if (u.tags.has('Verb') && !u.tags.has('Adjective') && !u.tags.has('Noun')) return -1;
  }
  return -1;
}

/**
 * Groups coordinated entities. Persons in a list may carry titles between them: "Putin, Foreign
 * Minister Sergei Lavrov and Chief of General Staff Valery Gerasimov".
 */
function groupEntities(units: Unit[]): { groups: EntityGroup[]; groupOf: Map<number, EntityGroup> } {
  const groups: EntityGroup[] = [];
  const groupOf = new Map<number, EntityGroup>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'e' || groupOf.has(i)) continue;
    const group: EntityGroup = { members: [i] };
    groups.push(group);
    groupOf.set(i, group);
    let last = i;
    for (;;) {
      const lastUnit = units[last] as EntityUnit;
      if (lastUnit.poss) break;
      let j = skipParenthesis(units, last + 1);
      let sep = separatorAt(units, j);
      if (lastUnit.m.type === 'Person' && sep.len === 1 && !sep.conjunction) {
        // "Viktor L., the president's son, and his wife Liliya"
        const close = appositionEnd(units, j);
        if (close > 0) {
          const after = separatorAt(units, close);
          if (after.conjunction) {
            j = close;
            sep = after;
          }
        }
      }
      if (sep.len === 0) break;
      j += sep.len;
      let k = memberLeadEnd(units, j);
      const next = units[k];
      if (next?.k === 'e' && !groupOf.has(k) && next.m.name !== lastUnit.m.name && compatible(lastUnit.m.type, next.m.type, sep.conjunction)) {
        // "in Bern, Switzerland" is a place and its country, not a list.
        if (!sep.conjunction && lastUnit.m.type !== next.m.type && (GEO.has(lastUnit.m.type) || GEO.has(next.m.type))) break;
        if (!sep.conjunction && lastUnit.m.type === 'Place' && next.m.type === 'Place' && !continuesList(units, k)) break;
        group.members.push(k);
        groupOf.set(k, group);
        last = k;
        continue;
      }
      if (lastUnit.m.type !== 'Person') break;
      // A titled person: skip capitalised title words (and the bodies they name) up to a person.
      k = j;
      let found = -1;
      while (k < units.length && k < j + 9) {
        const v = units[k]!;
        if (v.k === 'e') {
          if (v.m.type === 'Person' && !v.poss) {
            found = k;
            break;
          }
          k++;
          continue;
        }
        if (v.k === 'w' && (v.cap || TITLE_WORDS.has(v.w))) {
          k++;
          continue;
        }
        break;
      }
      if (found < 0 || found === j || groupOf.has(found)) break;
      group.members.push(found);
      groupOf.set(found, group);
      last = found;
    }
  }
  return { groups, groupOf };
}

/** Whether the entity at j is followed by another list separator and entity. */
function continuesList(units: Unit[], j: number): boolean {
  const sep = separatorAt(units, j + 1);
  return sep.len > 0 && units[j + 1 + sep.len]?.k === 'e';
}

// Definite descriptions standing for a named entity: "the bank's chief operating officer" (the article's bank), "Artisan Partners, the firm that …".
import type { EntityType } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import type { EntityUnit, Unit, WordUnit } from './units.ts';

/** Head nouns that refer back to a named entity, with the types they may refer to. */
const REFERRING_NOUNS: Record<string, EntityType[]> = {
  bank: ['Company'],
  lender: ['Company'],
  company: ['Company'],
  firm: ['Company', 'Fund', 'Organization'],
  group: ['Company', 'Organization'],
  operator: ['Company'],
  manufacturer: ['Company'],
  maker: ['Company'],
  giant: ['Company'],
  carrier: ['Company'],
  retailer: ['Company'],
  conglomerate: ['Company'],
  insurer: ['Company'],
  platform: ['Company'],
  app: ['Company'],
  corporation: ['Company'],
  miner: ['Company'],
  airline: ['Company'],
  chipmaker: ['Company'],
  carmaker: ['Company'],
  fund: ['Fund'],
  party: ['PoliticalParty'],
  government: ['Country'],
  ministry: ['GovernmentBody'],
  regulator: ['GovernmentBody'],
  watchdog: ['GovernmentBody', 'Organization'],
  charity: ['Organization'],
  organisation: ['Organization'],
  organization: ['Organization'],
};

// Posts a bare "party" before them belongs to: "party chairman", "party leader".
const PARTY_POSTS = new Set(['chairman', 'chairwoman', 'chair', 'leader', 'treasurer', 'spokesman', 'spokeswoman', 'whip', 'secretary', 'president']);

const PREDICATE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'become', 'became', 'becomes', 'remains', 'remained', 'as']);

// Words allowed between "the" and the head noun: "the top-drawer Swiss bank", "the Chinese telecoms equipment manufacturer".
const MAX_MODIFIERS = 4;

/** Picks the entity a definite description refers to, given the noun's types, offset and the country a demonym in it names. */
export type DefiniteResolver = (types: EntityType[], at: number, country?: string, dominant?: boolean) => Mention | null;

/**
 * A resolver over an article's mentions: the most mentioned entity of a fitting type named
 * before the description (the article's protagonist), the latest on ties.
 */
export function createDefiniteResolver(mentions: Mention[], located: Map<string, Set<string>> = new Map()): DefiniteResolver {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return (types, at, country, dominant) => {
    const counts = new Map<string, { m: Mention; n: number; last: number }>();
    for (const m of sorted) {
      if (m.start >= at) break;
      if (!types.includes(m.type)) continue;
      const c = counts.get(m.name);
      if (c) {
        c.n++;
        c.last = m.start;
      } else counts.set(m.name, { m, n: 1, last: m.start });
    }
    let pool = [...counts.values()];
    if (country) {
      // "the Swedish company": one located in Sweden if known, never one located elsewhere.
      const inCountry = pool.filter((c) => located.get(c.m.name)?.has(country));
      if (inCountry.length > 0) pool = inCountry;
      else {
        // Otherwise only an unlocated entity that clearly dominates the article so far.
        const sorted = pool.sort((a, b) => b.n - a.n);
        const top = sorted[0];
        const second = sorted[1];
        // (or the only fitting entity named so far, named twice: "Electrolux … Electrolux … The Swedish firm")
        const sole = !second && top !== undefined && top.n >= 2;
        if (!top || located.get(top.m.name)?.size || (!sole && (top.n < 3 || (second && top.n < 3 * second.n)))) return null;
        pool = [top];
      }
    }
    if (dominant) {
      // Only an entity that clearly dominates the text so far: named twice, and twice as often as any other.
      const ranked = [...pool].sort((a, b) => b.n - a.n);
      const [top, second] = ranked;
      return top && top.n >= 2 && (!second || top.n >= 2 * second.n) ? top.m : null;
    }
    let best: { m: Mention; n: number; last: number } | null = null;
    for (const c of pool) if (!best || c.n > best.n || (c.n === best.n && c.last > best.last)) best = c;
    return best ? best.m : null;
  };
}

/**
 * Replaces referring head nouns after "the" by entity units: in apposition to a fitting entity
 * ("X, the firm that …") they name that entity, elsewhere the resolver's choice.
 */
export function resolveDefiniteUnits(text: string, units: Unit[], resolve: DefiniteResolver): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    const types = REFERRING_NOUNS[u.w];
    if (!types) continue;
    const det = determinerBefore(units, i);
    if (det < 0) {
      // "relegated to party chairman", "deputy party leader X": the article's one party.
      const next = units[i + 1];
      const before = units[i - 1];
      // "deputy party leader of Veritas" names its party itself.
      const after = units[i + 2];
      if (after?.k === 'w' && ['of', 'for', 'at', 'in'].includes(after.w)) continue;
      if (u.w !== 'party' || u.cap || u.poss || next?.k !== 'w' || !PARTY_POSTS.has(next.w) || before?.k === 'e' || (before?.k === 'w' && (before.cap || before.tags.has('Determiner')))) continue;
      const party = resolve(['PoliticalParty'], u.start, undefined, true);
      if (party) units[i] = { k: 'e', m: { ...party, surface: u.w, start: u.start, end: u.end }, inner: [], poss: false, demonym: false, start: u.start, end: u.end };
      continue;
    }
    const next = units[i + 1];
    // "the clearing firm Clearstream", "the bank of England" name their entity themselves.
    if (next?.k === 'e' || (next?.k === 'w' && next.w === 'of' && units[i + 2]?.k === 'e')) continue;
    if (next?.k === 'w' && next.cap && !u.poss) continue;
    const before = units[det - 1];
    // "X was the biggest supplier": a predicate describes, it does not refer.
    if (before?.k === 'w' && PREDICATE_VERBS.has(before.w)) continue;
    const apposed = before?.k === 'p' && before.p === ',' ? units[det - 2] : undefined;
    let target: Mention | null = null;
    if (apposed?.k === 'e' && types.includes(apposed.m.type) && !apposed.poss) target = apposed.m;
    // "the shell company", "the parent company", "the rival bank": another firm than the one in view.
    else if (otherModifierBetween(units, det, i)) continue;
    else target = resolve(types, units[det]!.start, demonymBetween(units, det, i));
    if (!target) continue;
    const start = units[det]!.start;
    const unit: EntityUnit = {
      k: 'e',
      m: { ...target, surface: text.slice(start, u.end).replace(/['’]s$/, ''), start: u.start, end: u.end },
      inner: [],
      poss: (u as WordUnit).poss,
      demonym: false,
      start: u.start,
      end: u.end,
    };
    units[i] = unit;
  }
}

// Modifiers that set the described entity apart from the article's protagonist.
const OTHER_MODIFIERS = new Set([
  'shell', 'parent', 'holding', 'rival', 'subsidiary', 'sister', 'merged', 'combined', 'new', 'other',
  'acquiring', 'target', 'competing', 'smaller', 'larger', 'bigger', 'second', 'third', 'joint',
]);

function otherModifierBetween(units: Unit[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const u = units[j]!;
    if (u.k === 'w' && OTHER_MODIFIERS.has(u.w)) return true;
  }
  return false;
}

function demonymBetween(units: Unit[], from: number, to: number): string | undefined {
  for (let j = from + 1; j < to; j++) {
    const u = units[j]!;
    if (u.k === 'e' && u.demonym) return u.m.name;
  }
  return undefined;
}

/** Index of "the" before the noun at i across a few modifiers (words, hyphens, demonyms), or -1. */
function determinerBefore(units: Unit[], i: number): number {
  let words = 0;
  for (let j = i - 1; j >= 0 && words <= MAX_MODIFIERS; j--) {
    const u = units[j]!;
    if (u.k === 'w') {
      if (u.w === 'the') return j;
      if (u.poss || u.cap || u.tags.has('Determiner') || u.tags.has('Pronoun') || u.tags.has('Preposition')) return -1;
      if (u.tags.has('Verb') && !u.tags.has('Adjective')) return -1;
      words++;
      continue;
    }
    if (u.k === 'p' && u.p === '-') continue;
    if (u.k === 'e' && u.demonym && !u.poss) {
      words++;
      continue;
    }
    return -1;
  }
  return -1;
}

// Role references: "accusing the prime minister of …" stands for the one person the article gives that role; "the Tory leader" for the person just named.
import type { ExtractedEntity, ExtractedRelation } from '../../../core/types.ts';
import type { Mention, Sentence } from '../types.ts';
import { isEntity, isWordUnit } from './scan.ts';
import type { SentenceUnits, Unit, WordUnit } from './units.ts';

/** Roles one person holds at a time, so "the chancellor" names them alone; longest first. */
const REFERABLE_ROLES = [
  'prime minister', 'foreign secretary', 'home secretary', 'defence secretary', 'chief executive', 'chancellor',
  'president', 'premier',
].map((r) => r.split(' '));

/** The unique person of the article with this role, or null. */
function holderOf(role: string, entities: ExtractedEntity[]): ExtractedEntity | null {
  const holders = entities.filter((e) => e.type === 'Person' && e.roles.some((r) => r.toLowerCase() === role));
  return holders.length === 1 ? holders[0]! : null;
}

/**
 * Replaces "the <role>" by the one person the article gives that role, unless the phrase names its
 * body ("the president of Acme", "Norway's finance minister") or a name follows ("the chancellor, X").
 */
export function resolveRoleReferences(su: SentenceUnits, entities: ExtractedEntity[]): void {
  if (entities.length === 0) return;
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    if (!isWordUnit(units[i], 'the')) continue;
    const before = units[i - 1];
    if (isEntity(before) && before.poss) continue;
    for (const words of REFERABLE_ROLES) {
      if (!words.every((w, k) => isWordUnit(units[i + 1 + k], w))) continue;
      const end = i + 1 + words.length;
      const after = units[end];
      // "accusing the prime minister of hiding" still refers; "the president of the club" names a body.
      const next = units[end + 1];
      const gerund = isWordUnit(next) && next.tags.has('Verb') && next.w.endsWith('ing');
      if ((isWordUnit(after, 'of', 'at', 'for') && !gerund) || isEntity(after) || (after?.k === 'p' && isEntity(units[end + 1]))) break;
      const holder = holderOf(words.join(' '), entities);
      if (!holder) break;
      // The head word becomes the entity in place (indices and groups stay valid); "the prime" stay as words.
      const last = units[end - 1] as WordUnit;
      const unit: Unit = {
        k: 'e',
        m: { entityId: holder.id, name: holder.name, type: holder.type, surface: words.join(' '), sentence: su.sentence.index, start: last.start, end: last.end },
        inner: [],
        poss: last.poss,
        demonym: false,
        start: last.start,
        end: last.end,
      };
      units[end - 1] = unit;
      break;
    }
  }
}

// Roles held in a party that are not its leadership: "Tory co-chairman X" is no "the Tory leader".
const OTHER_PARTY_POSTS = /chair|treasurer|spokes|deputy|whip|secretary|minister|chancellor|shadow|candidate|peer|activist|official|agent|aide|adviser/i;
// Roles that may well be the party's leader ("prime minister", "leader"): the reference stops there, unsure.
const LEADER_LIKE = /leader|prime minister|premier|president|first minister|chancellor/i;
const LEADER_REACH = 3;

/**
 * "Michael Howard … The Tory leader wanted …": "the <party> leader" standing for a person named
 * in the sentences just before gives that person LEADS the party. The referent is the most recent
 * person named before the sentence (within three sentences) that the article does not tie to
 * another party or to another post in this one; a person whose role may be the leader's (a prime
 * minister) or any doubt stops the search. Nothing when the article already names the party's leader.
 */
export function resolveLeaderReferences(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  entities: ExtractedEntity[],
  relations: ExtractedRelation[],
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const roles = new Map(entities.map((e) => [e.name, e.roles]));
  const parties = new Map<string, Map<string, string>>();
  for (const r of relations) {
    if ((r.type !== 'MEMBER_OF' && r.type !== 'LEADS') || !entities.some((e) => e.name === r.target && e.type === 'PoliticalParty')) continue;
    const list = parties.get(r.source) ?? new Map<string, string>();
    if (list.get(r.target) !== 'LEADS') list.set(r.target, r.type);
    parties.set(r.source, list);
  }
  const led = new Set(relations.filter((r) => r.type === 'LEADS').map((r) => r.target));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.type !== 'PoliticalParty' || led.has(m.name)) continue;
    if (!/(^|[^a-z])the\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const after = /^\s+leader\b(\s*,)?\s*/.exec(text.slice(m.end, m.end + 12));
    if (!after) continue;
    const end = m.end + after[0].length;
    // "the Tory leader, Michael Howard," names the leader itself (read by the role patterns).
    if (sorted.some((n) => n.type === 'Person' && n.start === end)) continue;
    const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end);
    if (!sentence) continue;
    const holder = recentPerson(sorted, sentence.index, m.name, roles, parties);
    if (!holder) continue;
    out.push({
      source: holder.name,
      type: 'LEADS',
      target: m.name,
      evidence: sentence.text,
      confidence: 0.55,
      sentence: sentence.index,
      sourceSurface: text.slice(m.start - 4, end).replace(/^\W+|\W+$/g, ''),
      targetSurface: m.surface,
    });
    led.add(m.name);
  }
  return out;
}

function recentPerson(
  sorted: Mention[],
  sentence: number,
  party: string,
  roles: Map<string, string[]>,
  parties: Map<string, Map<string, string>>,
): Mention | null {
  // Persons the article ties to another party, or to another post, are not the referent.
  const excluded = (name: string): boolean => {
    const ties = parties.get(name);
    if (ties && [...ties.keys()].some((t) => t !== party)) return true;
    const held = roles.get(name) ?? [];
    if (held.some((r) => OTHER_PARTY_POSTS.test(r) && !LEADER_LIKE.test(r))) return true;
    return held.some((r) => LEADER_LIKE.test(r)) && ties?.get(party) !== 'LEADS';
  };
  // The article's main person so far who is also the last one named before the sentence.
  const counts = new Map<string, { m: Mention; n: number; last: number }>();
  let recent: Mention | null = null;
  for (const p of sorted) {
    if (p.sentence >= sentence || p.type !== 'Person' || excluded(p.name)) continue;
    recent = p;
    const c = counts.get(p.name);
    if (c) {
      c.n++;
      c.last = p.sentence;
    } else counts.set(p.name, { m: p, n: 1, last: p.sentence });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || !recent || recent.name !== top.m.name) return null;
  if (top.n < 2 || (ranked[1] && ranked[1].n === top.n) || top.last < sentence - LEADER_REACH) return null;
  return top.m;
}

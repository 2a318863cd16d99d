// Finds typed relations (and untyped co-mentions) between entity mentions, sentence by sentence.
import type { ExtractedEntity, ExtractedRelation, CoMention } from '../../core/types.ts';
import type { Sentence, Mention } from './types.ts';
import type { Candidate } from './relations/candidate.ts';
import { buildUnits } from './relations/units.ts';
import { createDefiniteResolver, type DefiniteResolver } from './relations/definite-references.ts';
import { createDiscourse, matchTriggers, type Discourse } from './relations/patterns-triggers.ts';
import { matchRoles } from './relations/patterns-roles.ts';
import { matchPlaces } from './relations/patterns-places.ts';
import { matchOwnership } from './relations/patterns-ownership.ts';
import { matchTitles } from './relations/patterns-titles.ts';
import { matchNamesWithPlaces } from './relations/names-with-places.ts';
import { matchCriticism } from './relations/patterns-criticism.ts';
import { matchReportedCriticism } from './relations/patterns-speech.ts';
import { matchContracts } from './relations/patterns-contracts.ts';
import { matchAffiliations } from './relations/patterns-affiliation.ts';
import { matchStakes } from './relations/patterns-stakes.ts';
import { matchLocated } from './relations/patterns-located.ts';
import { matchLeadDescriptions } from './relations/located-lead.ts';
import { resolvePronounSubjects } from './relations/pronoun-subjects.ts';
import { resolveLeaderReferences, resolveRoleReferences } from './relations/role-references.ts';

/**
 * Extracts typed relations and co-mentions from a parsed text. Pure: no I/O, no re-parse.
 * Relations use the mentions' canonical names, carry the evidence sentence as written, and are
 * deduplicated per (source, type, target), keeping the most confident evidence. Two entities in
 * one sentence with no typed relation between them become a co-mention.
 * @example
 * const { relations } = extractRelations({ text, sentences, mentions, entities });
 * // [{ source: 'Alistair Carmichael', type: 'MEMBER_OF', target: 'Liberal Democrats', … }]
 */
export function extractRelations(input: {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: ExtractedEntity[];
}): { relations: ExtractedRelation[]; comentions: CoMention[] } {
  const known = new Set(input.entities.map((e) => e.name));
  const bySentence = new Map<number, Mention[]>();
  for (const m of input.mentions) {
    if (known.size > 0 && !known.has(m.name)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }

  const entities = known.size > 0 ? input.entities : [];
  const mentions = input.mentions.filter((m) => known.size === 0 || known.has(m.name));
  const located = new Map<string, Set<string>>();
  const noteLocation = (c: Candidate): void => {
    if (c.type !== 'LOCATED_IN' || c.target.type !== 'Country') return;
    const set = located.get(c.source.name) ?? new Set<string>();
    set.add(c.target.name);
    located.set(c.source.name, set);
  };
  // Article-level facts ("China Mobile" is in China) join the sentence of their first mention.
  const extra = new Map<number, Candidate[]>();
  for (const c of [...matchNamesWithPlaces(entities, mentions), ...matchLeadDescriptions(input.text, input.sentences, mentions)]) {
    noteLocation(c);
    const list = extra.get(c.source.sentence) ?? [];
    list.push(c);
    extra.set(c.source.sentence, list);
  }

  const best = new Map<string, ExtractedRelation>();
  const comentions: CoMention[] = [];
  const context: SentenceContext = {
    discourse: createDiscourse(),
    resolve: createDefiniteResolver(mentions, located),
    entities,
  };
  for (const sentence of input.sentences) {
    const inSentence = bySentence.get(sentence.index);
    if (!inSentence) continue;
    context.discourse!.sentence = sentence.index;
    context.previous = bySentence.get(sentence.index - 1) ?? [];
    const candidates = [...readSentence(input.text, sentence, inSentence, context), ...(extra.get(sentence.index) ?? [])];
    candidates.forEach(noteLocation);
    const sanctioners = candidates.filter((c) => c.type === 'SANCTIONED').map((c) => c.source);
    if (sanctioners.length > 0) {
      context.discourse!.sanctioner = { sources: [...new Map(sanctioners.map((m) => [m.name, m])).values()], sentence: sentence.index };
    }
    const related = new Set<string>();
    for (const c of candidates) {
      related.add(pairKey(c.source.name, c.target.name));
      const key = `${c.source.name}\u0000${c.type}\u0000${c.target.name}`;
      const previous = best.get(key);
      if (previous && previous.confidence >= c.confidence) continue;
      best.set(key, {
        source: c.source.name,
        type: c.type,
        target: c.target.name,
        evidence: sentence.text,
        confidence: Math.round(Math.min(1, Math.max(0, c.confidence)) * 100) / 100,
        sentence: sentence.index,
        sourceSurface: c.source.surface,
        targetSurface: c.target.surface,
      });
    }
    const names = [...new Set(inSentence.map((m) => m.name))].sort();
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        if (related.has(pairKey(names[i]!, names[j]!))) continue;
        comentions.push({ source: names[i]!, target: names[j]!, sentence: sentence.index });
      }
    }
  }
  // "The Tory leader wanted …" for the person just named: read once all sentences are.
  for (const r of resolveLeaderReferences(input.text, input.sentences, mentions, entities, [...best.values()])) {
    const key = `${r.source}\u0000${r.type}\u0000${r.target}`;
    if (!best.has(key)) best.set(key, r);
  }
  return { relations: [...best.values()], comentions };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** What a sentence's patterns may consult beyond the sentence. */
export interface SentenceContext {
  /** Acts carried over from earlier sentences. */
  discourse?: Discourse;
  /** Resolves "the bank" to the article's bank. */
  resolve?: DefiniteResolver;
  /** The article's entities, for titles naming a body mentioned elsewhere. */
  entities?: ExtractedEntity[];
  /** Mentions of the sentence before, for titles whose company was named there. */
  previous?: Mention[];
}

/** All pattern candidates of one sentence. */
export function readSentence(text: string, sentence: Sentence, mentions: Mention[], context: SentenceContext = {}): Candidate[] {
  const su = buildUnits(text, sentence, mentions, context.resolve);
  resolvePronounSubjects(su, context.resolve);
  resolveRoleReferences(su, context.entities ?? []);
  const out: Candidate[] = [];
  matchRoles(su, out);
  matchPlaces(su, out);
  matchLocated(su, out, context.resolve);
  matchOwnership(su, out);
  matchStakes(su, out);
  matchTitles(su, context.entities ?? [], out);
  matchTriggers(su, out, context.discourse);
  matchCriticism(su, out);
  matchReportedCriticism(su, out, context.discourse);
  matchContracts(su, out);
  matchAffiliations(su, out, context.previous, context.entities);
  return out;
}

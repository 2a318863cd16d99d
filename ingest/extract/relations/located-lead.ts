// News leads that hold back a company's name: "A US company has pulled out of …" then "Contrack International …" → LOCATED_IN.
import type { Mention, Sentence } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { REGIONS } from './patterns-located.ts';

/** The title and the first sentences, where a lead describes before it names. */
const LEAD_SENTENCES = 3;
/** How many sentences after the description the name may come. */
const REVEAL_WITHIN = 2;
const BODY_SOURCES = new Set(['Company', 'Fund']);
const DATELINE = /^\s*[A-Z][A-Z .,'()-]*\s*[–—-]+\s*$/;
// After the place: a few lower-case describing words and a singular body noun, then no name
// ("A US defence and telecommunications company has …", "South Korea's largest credit card firm has …").
const DESCRIPTION_AFTER =
  /^(?:['’]s)?(?:\s+(?!(?:and|or|of|in|to|for|by|with|from)\b)[a-z][a-z-]*|\s+(?:and|&)){0,5}?\s+(?:company|firm|group|bank|lender|insurer|carrier|airline|retailer|maker|manufacturer|operator|conglomerate|giant|fund|corporation|chain|broker|miner|producer|supplier)(?![\w-])(?!\s+(?:[A-Z]|of\b|and\b|&)|\s*,\s*(?:named\s+|called\s+)?[A-Z])/;

/**
 * For an indefinite or possessive description of a company by its country in the lead ("a British
 * company", "US firm pulls out …", "South Korea's largest credit card firm"), LOCATED_IN for the
 * first company the next sentences name that the article had not named before.
 */
export function matchLeadDescriptions(text: string, sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const lead = sentences.slice(0, LEAD_SENTENCES);
  if (lead.length === 0) return [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const descriptions: Mention[] = [];
  for (const m of sorted) {
    if (m.sentence > lead[lead.length - 1]!.index) break;
    if ((m.type !== 'Country' && m.type !== 'Place') || REGIONS.has(m.name)) continue;
    const sentence = lead.find((s) => s.index === m.sentence);
    if (!sentence || !DESCRIPTION_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 90)))) continue;
    const before = text.slice(sentence.start, m.start);
    // "a British company" anywhere, a sentence or title that starts with the description
    // ("US firm pulls out of Iraq", "South Korea's largest card firm has …")
    // (after a dateline too: "DENVER – Colorado's state pension fund will …")
    if (before.trim() === '' || DATELINE.test(before) || /(?:^|\s)(?:a|an|A|An)\s+$/.test(before))
      descriptions.push(m);
  }
  const counts = new Map<string, number>();
  for (const x of sorted) counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
  const out: Candidate[] = [];
  for (const m of descriptions) {
    // Companies named where the place is described are other actors ("LVMH sold it to a US group").
    const described = new Set(descriptions.filter((d) => d.name === m.name).map((d) => d.sentence));
    const named = new Set(
      sorted.filter((x) => x.start < m.start || described.has(x.sentence)).map((x) => x.name),
    );
    // The company the story is about is named again later ("… brands including Moet & Chandon" is not).
    const revealed = sorted.find(
      (x) =>
        x.sentence > m.sentence &&
        x.sentence <= m.sentence + REVEAL_WITHIN &&
        BODY_SOURCES.has(x.type) &&
        !named.has(x.name) &&
        (counts.get(x.name) ?? 0) >= 2,
    );
    // The description's sentence is the evidence.
    if (revealed)
      addCandidate(out, { ...revealed, sentence: m.sentence }, 'LOCATED_IN', m, 0.55, 'lead-description');
  }
  return out;
}

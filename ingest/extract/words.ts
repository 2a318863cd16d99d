// Splits parsed tokens into words (slashes and hyphens apart) with match keys, case and possessive marks.
import type { Sentence } from './types.ts';
import { foldName } from './fold-name.ts';

/** A word of a sentence: a token, or part of a slashed/hyphenated token. */
export interface Word {
  text: string;
  /** Comparison key: folded, no spaces, possessive dropped ("Norway's" → "norway"). */
  key: string;
  start: number;
  end: number;
  /** Index of the token it comes from within its sentence. */
  token: number;
  tags: string[];
  /** Characters between the previous word of the sentence and this one. */
  gap: string;
  /** First letter upper case, or a number-letter code ("G7", "OGK-2"). */
  capitalized: boolean;
  /** Every letter upper case and at least two letters ("UK", "U.S."). */
  allCaps: boolean;
  /** Ends in 's or s' (the possessive marker may be in the token's post). */
  possessive: boolean;
}

const WORD_SPLIT = /[\s/\-–—]+/;
const SHARED_TAGS = new Set(['ProperNoun', 'Noun', 'Singular', 'Acronym', 'SlashedTerm', 'Hyphenated']);

/** The comparison key of one word. */
export function wordKey(word: string): string {
  return foldName(word).replace(/\s+/g, '');
}

/** Splits a phrase into word keys the way `toWords` splits tokens. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(WORD_SPLIT)
    .map(wordKey)
    .filter((k) => k.length > 0);
}

/** The words of a sentence, with absolute offsets. */
export function toWords(text: string, sentence: Sentence): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  sentence.tokens.forEach((token, tokenIndex) => {
    let cursor = 0;
    const parts = token.text.split(WORD_SPLIT);
    parts.forEach((part, partIndex) => {
      if (!part) return;
      const offset = token.text.indexOf(part, cursor);
      cursor = offset + part.length;
      const start = token.start + offset;
      const end = start + part.length;
      const last = partIndex === parts.length - 1;
      const possessive = /['’]s$/i.test(part) || (last && /^['’]/.test(token.post) && /s$/i.test(part));
      const clean = part.replace(/['’]s$/i, '');
      const letters = clean.replace(/[^\p{L}]/gu, '');
      words.push({
        text: clean,
        key: wordKey(clean),
        start,
        end: start + clean.length,
        token: tokenIndex,
        // The parts of a slashed token share its tags, which fit only the whole ("Steinmann/Keystone").
        tags: parts.length > 1 ? token.tags.filter((t) => SHARED_TAGS.has(t)) : token.tags,
        gap: previousEnd < 0 ? '' : text.slice(previousEnd, start),
        capitalized: /^\p{Lu}/u.test(clean) || /^\d+\p{L}|\p{L}+\d/u.test(clean),
        allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        possessive,
      });
      previousEnd = end;
    });
  });
  return words.filter((w) => w.key.length > 0);
}

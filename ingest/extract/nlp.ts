// The one place compromise is imported and configured; turns a text into plain sentences and tokens.
import nlp from 'compromise';
import type { Sentence, Token } from './types.ts';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Parses a text once with compromise and returns its sentences as plain data, with absolute
 * offsets. No compromise object leaves this module.
 * @example parseSentences('MP Karen Lee spoke.')[0].tokens[1].tags.includes('Person')
 */
export function parseSentences(text: string): Sentence[] {
  const doc = nlp(text);
  doc.compute('offset');
  const document = (doc as unknown as { document: CompromiseTerm[][] }).document;
  const sentences: Sentence[] = [];
  for (const terms of document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      // Contractions expand into implicit terms with no text of their own: skip them.
      if (!term.text || !term.offset) continue;
      const start = term.offset.start;
      tokens.push({
        text: term.text,
        normal: term.normal,
        tags: [...term.tags],
        start,
        end: start + term.offset.length,
        pre: term.pre,
        post: term.post,
      });
    }
    for (const part of splitAfterQuotes(tokens)) {
      const start = part[0]!.start;
      const end = part[part.length - 1]!.end;
      sentences.push({ index: sentences.length, text: text.slice(start, end), start, end, tokens: part });
    }
  }
  return sentences;
}

// 'brushed under the carpet." Senior Labour MP X …': compromise keeps a sentence ending inside a
// closing quote joined to the next one; a stop before the quote and a capital after end it.
const QUOTED_STOP = /[.?!]["”’]\s/;

function splitAfterQuotes(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    const next = tokens[i + 1];
    if (next && QUOTED_STOP.test(token.post) && /^["“‘]?[A-Z]/.test(next.pre.trim() + next.text)) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * compromise's own parse and named-entity lists, untouched: the baseline the benchmark compares
 * the full extractor against.
 */
export function parseBare(text: string): { people: string[]; places: string[]; organizations: string[] } {
  const doc = nlp(text);
  return {
    people: doc.people().out('array') as string[],
    places: doc.places().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
  };
}

let lexicon: Record<string, string | string[]> | undefined;

/**
 * The tags compromise's lexicon gives a lower-case word out of context ("beijing" → ['City']),
 * or [] when the word is not in it.
 */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

// The internal shapes extraction passes between its steps: sentences, tokens and entity mentions.
import type { EntityType } from '../../core/types.ts';

/** One token of compromise's parse, as plain data. Offsets are absolute in the article text. */
export interface Token {
  text: string;
  /** compromise's normal form (lower case, no punctuation). */
  normal: string;
  tags: string[];
  start: number;
  end: number;
  /** Punctuation before/after the token as compromise saw it (", " "'s" …). */
  pre: string;
  post: string;
}

/** One sentence of the text, with its tokens. Offsets are absolute in the article text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** One place where an entity is named (or referred to by a demonym / short form). */
export interface Mention {
  entityId: string;
  name: string;
  type: EntityType;
  /** The text as written there ("Carmichael", "British", "Hikivision"). */
  surface: string;
  sentence: number;
  /** Absolute character offsets in the article text. */
  start: number;
  end: number;
}

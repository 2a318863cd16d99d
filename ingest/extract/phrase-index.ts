// A word trie over entity names, aliases and demonyms: longest match at a position of a sentence.
import type { GazetteerEntry } from './gazetteer.ts';
import { phraseKeys, type Word } from './words.ts';

/** How a form names its entry. */
export type FormKind = 'name' | 'alias' | 'demonym';

/** One surface form of an entry as written in the gazetteer or graph ("U.S.", "Norwegian"). */
export interface Form {
  entry: GazetteerEntry;
  kind: FormKind;
  text: string;
  /** All letters upper case: the text must be upper case too ("US" is no "us"). */
  caseSensitive: boolean;
  /** Came from the graph (Knowledge), which wins over the gazetteer. */
  known: boolean;
}

interface Node {
  next: Map<string, Node>;
  forms: Form[];
}

/** A match of a form over words [start, end). */
export interface PhraseMatch {
  start: number;
  end: number;
  forms: Form[];
}

/** A trie of forms keyed by word keys. */
export class PhraseIndex {
  private readonly root: Node = { next: new Map(), forms: [] };

  /** Adds an entry under its name, aliases and demonyms. */
  addEntry(entry: GazetteerEntry, known = false): void {
    this.addForm(entry, entry.name, 'name', known);
    for (const alias of entry.aliases) this.addForm(entry, alias, 'alias', known);
    for (const demonym of entry.demonyms ?? []) this.addForm(entry, demonym, 'demonym', known);
  }

  private addForm(entry: GazetteerEntry, text: string, kind: FormKind, known: boolean): void {
    const keys = phraseKeys(text);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), forms: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    const letters = text.replace(/[^\p{L}]/gu, '');
    const caseSensitive = letters.length > 0 && letters === letters.toUpperCase() && letters.length <= 5;
    if (!node.forms.some((f) => f.entry === entry && f.text === text)) {
      node.forms.push({ entry, kind, text, caseSensitive, known });
    }
  }

  /**
   * The longest match starting at word `start` whose surface fits (case rules), without crossing a
   * line break or sentence punctuation.
   */
  matchAt(words: Word[], start: number): PhraseMatch | undefined {
    let node = this.root;
    let best: PhraseMatch | undefined;
    for (let i = start; i < words.length; i++) {
      const word = words[i]!;
      if (i > start && !joinable(word.gap)) break;
      const child = node.next.get(word.key);
      if (!child) break;
      node = child;
      if (node.forms.length > 0) {
        const surface = words.slice(start, i + 1);
        const forms = node.forms.filter((f) => fits(f, surface));
        if (forms.length > 0) best = { start, end: i + 1, forms };
      }
      // A possessive ends a name unless the form itself goes on ("People's Party").
      if (word.possessive && !node.next.size) break;
    }
    return best;
  }
}

function joinable(gap: string): boolean {
  return /^(?:[ \t]+|-|–|\/|\.[ \t]*|'[ \t]*|’[ \t]*|[ \t]*&[ \t]*|,[ \t]*)$/.test(gap);
}

function fits(form: Form, surface: Word[]): boolean {
  const first = surface[0]!;
  if (form.caseSensitive) return surface.every((w) => w.text.replace(/[^\p{L}]/gu, '') === w.text.replace(/[^\p{L}]/gu, '').toUpperCase());
  // Names are capitalised: "shell" or "total" in running text are words, not companies.
  if (!first.capitalized) return false;
  return true;
}

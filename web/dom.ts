// DOM helpers that only ever put data into the page as text nodes (never as HTML).

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element; string children become text nodes, attributes are set with setAttribute.
 * @example el('button', { type: 'button', 'aria-label': 'Fit' }, 'Fit')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, turning strings into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Finds an element by id or throws (the page's skeleton is static). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node as T;
}

/** A term to highlight and the CSS class (usually the entity type) to mark it with. */
export interface HighlightTerm {
  text: string;
  className?: string;
  /** Data attached to the <mark> as data-entity. */
  entityId?: string;
}

/**
 * Splits `text` into ranges where the terms occur (longest first, case-insensitive, on word
 * boundaries) — pure, for tests and for {@link appendHighlighted}.
 */
export function findHighlights(
  text: string,
  terms: HighlightTerm[],
): Array<{ start: number; end: number; term: HighlightTerm }> {
  const sorted = terms.filter((t) => t.text.trim().length > 1).sort((a, b) => b.text.length - a.text.length);
  const lower = text.toLowerCase();
  const taken: Array<{ start: number; end: number; term: HighlightTerm }> = [];
  const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (const term of sorted) {
    const needle = term.text.toLowerCase();
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      from = at + 1;
      if (isWord(text[at - 1]) || isWord(text[end])) continue;
      if (taken.some((r) => at < r.end && end > r.start)) continue;
      taken.push({ start: at, end, term });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Appends `text` to `parent` as text nodes, wrapping the terms' occurrences in <mark> elements. */
export function appendHighlighted(parent: Node, text: string, terms: HighlightTerm[]): void {
  let pos = 0;
  for (const range of findHighlights(text, terms)) {
    if (range.start > pos) parent.appendChild(document.createTextNode(text.slice(pos, range.start)));
    const mark = document.createElement('mark');
    mark.className = range.term.className ? `hl hl-${range.term.className}` : 'hl';
    if (range.term.entityId) mark.dataset.entity = range.term.entityId;
    mark.textContent = text.slice(range.start, range.end);
    parent.appendChild(mark);
    pos = range.end;
  }
  if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
}

/** Terms for an entity: its name, aliases, and for a person the surname alone. */
export function termsForEntity(entity: {
  id?: string;
  name: string;
  type: string;
  aliases?: string[];
}): HighlightTerm[] {
  const names = new Set([entity.name, ...(entity.aliases ?? [])]);
  if (entity.type === 'Person') {
    const parts = entity.name.split(/\s+/);
    if (parts.length > 1) names.add(parts[parts.length - 1]);
  }
  return [...names].map((text) => ({ text, className: entity.type, entityId: entity.id }));
}

/** Offers a Blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Shows a short message in the status line (polite live region). */
export function announce(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  status.dataset.kind = kind;
}

// Articles: search and list them; read one as text with its recognised entities highlighted, and its facts.
import { api } from './api.ts';
import type { ArticleFull, ArticleSummary } from './api-types.ts';
import { append, appendHighlighted, clear, el, type HighlightTerm } from './dom.ts';

export interface ArticleActions {
  onSelectEntity(id: string): void;
  onClose(): void;
}

/** Renders the list of articles found. */
export function renderArticleList(
  list: HTMLElement,
  items: ArticleSummary[],
  total: number,
  onOpen: (id: string) => void,
): void {
  clear(list);
  if (!items.length) list.appendChild(el('li', { class: 'hint' }, 'No articles found.'));
  for (const a of items) {
    const button = el(
      'button',
      { type: 'button', 'data-article': a.id },
      a.title || 'Untitled article',
      el(
        'span',
        { class: 'meta' },
        [
          a.date,
          a.source,
          a.entityCount != null ? `${a.entityCount} entities · ${a.factCount ?? 0} facts` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
    button.addEventListener('click', () => onOpen(a.id));
    list.appendChild(el('li', {}, button));
  }
  if (total > items.length)
    list.appendChild(el('li', { class: 'hint' }, `${total - items.length} more — refine the search.`));
}

/** Searches articles and fills the list. */
export async function searchArticles(
  list: HTMLElement,
  q: string,
  range: { since?: string; until?: string },
  onOpen: (id: string) => void,
): Promise<void> {
  const answer = await api.articles(q, { ...range, limit: 50 });
  renderArticleList(list, answer.items, answer.total, onOpen);
}

/** Fills the article reader: title, meta, text (text nodes only) with entity surfaces marked, facts. */
export function renderArticle(view: HTMLElement, a: ArticleFull, actions: ArticleActions): void {
  clear(view);
  const close = el('button', { type: 'button', class: 'link' }, '← Back to details');
  close.addEventListener('click', actions.onClose);
  view.appendChild(close);
  view.appendChild(el('h2', { id: 'article-title' }, a.title || 'Untitled article'));
  const meta = el('p', { class: 'hint' }, [a.date, a.source, a.author].filter(Boolean).join(' · '));
  if (a.url && /^https?:\/\//i.test(a.url))
    append(meta, ' · ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original'));
  view.appendChild(meta);

  const terms: HighlightTerm[] = [];
  for (const e of a.entities) {
    for (const surface of new Set([e.name, ...(e.surfaces ?? [])]))
      terms.push({ text: surface, className: e.type, entityId: e.id });
  }
  const text = el('div', { class: 'article-text', id: 'article-text' });
  appendHighlighted(text, a.text ?? '', terms);
  text.addEventListener('click', (event) => {
    const mark = (event.target as HTMLElement).closest('mark[data-entity]') as HTMLElement | null;
    if (mark?.dataset.entity) actions.onSelectEntity(mark.dataset.entity);
  });
  view.appendChild(text);

  view.appendChild(el('h3', {}, `Facts (${a.facts.length})`));
  const facts = el('ul', { class: 'facts' });
  for (const f of a.facts) {
    const li = el('li');
    const pick = (ref: { id: string; name: string }) => {
      const b = el('button', { type: 'button', class: 'link' }, ref.name);
      b.addEventListener('click', () => actions.onSelectEntity(ref.id));
      return b;
    };
    append(li, pick(f.source), ` ${f.type} `, pick(f.target));
    if (f.evidence) {
      const q = el('blockquote', { class: 'evidence' });
      appendHighlighted(q, f.evidence, terms);
      li.appendChild(q);
    }
    facts.appendChild(li);
  }
  view.appendChild(facts);
  view.appendChild(el('h3', {}, `Entities (${a.entities.length})`));
  const ents = el('ul', { class: 'facts' });
  for (const e of a.entities) {
    const b = el('button', { type: 'button', class: 'link' }, e.name);
    b.addEventListener('click', () => actions.onSelectEntity(e.id));
    ents.appendChild(el('li', {}, b, ` · ${e.type} · ${e.count}×`));
  }
  view.appendChild(ents);
}

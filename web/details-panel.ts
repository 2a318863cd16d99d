// The "Details" panel: an entity's facts grouped by relation type and direction, with highlighted evidence.
import type { EntityDetails, EntityRef, EvidenceRef } from './api-types.ts';
import { append, appendHighlighted, clear, el, termsForEntity } from './dom.ts';
import { TYPE_STYLE } from './graph-style.ts';

export interface DetailsActions {
  onSelect(id: string): void;
  onOpenArticle(id: string): void;
  onExpand(id: string): void;
  onCollapse(id: string): void;
  onHide(id: string): void;
  onPin(id: string): void;
  onPathFrom(entity: EntityRef): void;
  isExpanded(id: string): boolean;
  isPinned(id: string): boolean;
}

/** Human phrase for a relation seen from the entity ("MEMBER_OF →" / "← MEMBER_OF"). */
function relationHeading(type: string, direction: 'out' | 'in', name: string): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return direction === 'out' ? `${name} ${words} …` : `… ${words} ${name}`;
}

/** Renders one evidence sentence (as text, entity names marked) with its article's title, date and link. */
export function renderEvidence(
  ev: EvidenceRef,
  terms: ReturnType<typeof termsForEntity>,
  onOpenArticle: (id: string) => void,
): HTMLElement {
  const quote = el('blockquote');
  appendHighlighted(quote, ev.text, terms);
  const title = el(
    'button',
    { type: 'button', class: 'link', title: 'Read the article' },
    ev.title || 'Untitled article',
  );
  title.addEventListener('click', () => onOpenArticle(ev.articleId));
  const src = el('div', { class: 'src' }, title, ev.date ? ` · ${ev.date}` : '');
  if (ev.url && /^https?:\/\//i.test(ev.url)) {
    append(src, ' · ', el('a', { href: ev.url, target: '_blank', rel: 'noopener noreferrer' }, 'source'));
  }
  return el('div', { class: 'evidence' }, quote, src);
}

/** Fills the Details panel for one entity. */
export function renderDetails(panel: HTMLElement, d: EntityDetails, actions: DetailsActions): void {
  clear(panel);
  const style = TYPE_STYLE[d.type];
  panel.appendChild(el('h2', { id: 'details-name' }, d.name));
  panel.appendChild(
    el('span', { class: 'badge', style: `background:${style?.color ?? '#666'}` }, style?.label ?? d.type),
  );
  const kv = el('dl', { class: 'kv' });
  const row = (k: string, v: string | null | undefined) => {
    if (v) append(kv, el('dt', {}, k), el('dd', {}, v));
  };
  row('Aliases', d.aliases.filter((a) => a !== d.name).join(', '));
  row('Roles', d.roles.join(', '));
  row('First seen', d.firstSeen ?? '');
  row('Last seen', d.lastSeen ?? '');
  row('Articles', String(d.articleCount ?? 0));
  panel.appendChild(kv);

  const actionBar = el('div', { class: 'actions', role: 'group', 'aria-label': 'Entity actions' });
  const button = (label: string, handler: () => void, pressed?: boolean) => {
    const b = el(
      'button',
      { type: 'button', 'aria-pressed': pressed === undefined ? undefined : String(pressed) },
      label,
    );
    b.addEventListener('click', handler);
    actionBar.appendChild(b);
    return b;
  };
  if (actions.isExpanded(d.id)) button('Collapse', () => actions.onCollapse(d.id));
  else button('Expand', () => actions.onExpand(d.id));
  button(actions.isPinned(d.id) ? 'Unpin' : 'Pin', () => actions.onPin(d.id), actions.isPinned(d.id));
  button('Hide', () => actions.onHide(d.id));
  button('Path from here', () => actions.onPathFrom({ id: d.id, name: d.name, type: d.type }));
  panel.appendChild(actionBar);

  const selfTerms = termsForEntity(d);
  if (!d.relations.length) panel.appendChild(el('p', { class: 'hint' }, 'No typed relations recorded.'));
  const groups = [...d.relations].sort(
    (a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
  );
  for (const group of groups) {
    const section = el('section', {
      class: 'rel-group',
      'data-relation': group.type,
      'data-direction': group.direction,
    });
    section.appendChild(
      el('h3', {}, `${relationHeading(group.type, group.direction, d.name)} (${group.count})`),
    );
    for (const item of group.items) {
      const other = el(
        'button',
        { type: 'button', class: 'other', title: `Select ${item.other.name}` },
        item.other.name,
      );
      other.addEventListener('click', () => actions.onSelect(item.other.id));
      const head = el(
        'div',
        {},
        other,
        ` · ${TYPE_STYLE[item.other.type]?.label ?? item.other.type} · ${item.articles} article${item.articles === 1 ? '' : 's'}`,
      );
      const box = el('div', { class: 'rel-item' }, head);
      const terms = [...selfTerms, ...termsForEntity(item.other)];
      for (const ev of item.evidence) box.appendChild(renderEvidence(ev, terms, actions.onOpenArticle));
      section.appendChild(box);
    }
    if (group.count > group.items.length) {
      section.appendChild(el('p', { class: 'hint' }, `… and ${group.count - group.items.length} more`));
    }
    panel.appendChild(section);
  }
}

/** Shows a one-line message in the Details panel (loading, not found). */
export function renderDetailsMessage(panel: HTMLElement, message: string): void {
  clear(panel);
  append(panel, el('h2', {}, 'Details'), el('p', { class: 'hint' }, message));
}

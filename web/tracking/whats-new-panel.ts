// The "What's new" panel: new relations with their evidence, retracted relations, new entities and other changes — watched entities first.
import { el } from '../dom.ts';
import { trackingApi, type TrackingApi } from './tracking-api.ts';
import type { ChangeEvent, TrackedEntity, WatchItem } from './tracking-types.ts';
import type { WatchStore } from './watch-star.ts';

export interface WhatsNewActions {
  onSelectEntity: (id: string) => void;
  onOpenArticle: (id: string) => void;
  onError?: (message: string) => void;
}

/** The periods offered, as `since` values the API reads. */
export const PERIODS: Array<[string, string]> = [
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['', 'All time'],
];

/** The sections of a group, in the order shown. */
const SECTIONS: Array<{ title: string; kinds: ChangeEvent['kind'][] }> = [
  { title: 'New relations', kinds: ['relation-added'] },
  { title: 'Retracted relations', kinds: ['relation-retracted'] },
  { title: 'New entities', kinds: ['entity-added'] },
  {
    title: 'Other changes',
    kinds: ['article-added', 'article-updated', 'article-retracted', 'entity-removed', 'merged', 'split'],
  },
];

/** Splits events into watched and the rest, then into the sections above (pure, for tests and rendering). */
export function groupChanges(
  events: ChangeEvent[],
): Array<{ watched: boolean; sections: Array<{ title: string; events: ChangeEvent[] }> }> {
  return [true, false]
    .map((watched) => {
      const mine = events.filter((e) => e.watched === watched);
      const sections = SECTIONS.map((s) => ({
        title: s.title,
        events: mine.filter((e) => s.kinds.includes(e.kind)),
      })).filter((s) => s.events.length > 0);
      return { watched, sections };
    })
    .filter((g) => g.sections.length > 0);
}

const OTHER_LABEL: Partial<Record<ChangeEvent['kind'], string>> = {
  'article-added': 'Article added',
  'article-updated': 'Article corrected',
  'article-retracted': 'Article retracted',
  'entity-removed': 'Entity removed',
  merged: 'Merged',
  split: 'Split',
};

function articleDate(event: ChangeEvent): string {
  const a = event.article;
  if (!a?.date) return '';
  return a.dateIsIngest ? `${a.date} (ingest date)` : a.date;
}

/** The panel; call `refresh()` to (re)load. */
export class WhatsNewPanel {
  private readonly list: HTMLElement;
  private readonly period: HTMLSelectElement;
  private readonly watchedOnly: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly watching: HTMLElement;
  private loading = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: WhatsNewActions,
    private readonly store?: WatchStore,
    private readonly client: TrackingApi = trackingApi,
  ) {
    this.period = el('select', { id: 'whats-new-since', 'aria-label': 'Period' });
    for (const [value, label] of PERIODS) this.period.appendChild(el('option', { value }, label));
    this.period.value = '7d';
    this.watchedOnly = el('input', { type: 'checkbox', id: 'whats-new-watched' });
    const refresh = el(
      'button',
      { type: 'button', id: 'whats-new-refresh', title: 'Reload the changes' },
      'Refresh',
    );
    this.summary = el('p', { class: 'hint', id: 'whats-new-summary', 'aria-live': 'polite' });
    this.list = el('div', { id: 'whats-new-list', class: 'whats-new-list' });
    this.watching = el('p', { id: 'whats-new-watching', class: 'watching' });
    root.replaceChildren(
      el(
        'div',
        { class: 'row whats-new-controls' },
        this.period,
        el('label', { class: 'check' }, this.watchedOnly, ' Watched only'),
        refresh,
      ),
      this.watching,
      this.summary,
      this.list,
    );
    this.period.addEventListener('change', () => void this.refresh());
    this.watchedOnly.addEventListener('change', () => void this.refresh());
    refresh.addEventListener('click', () => void this.refresh());
    store?.subscribe(() => {
      if (!this.root.hidden) void this.refresh();
    });
  }

  /** Loads the changes of the chosen period and draws them. */
  async refresh(): Promise<void> {
    this.loading++;
    this.root.dataset.loading = 'true';
    try {
      const [feed, watchlist] = await Promise.all([
        this.client.changes({
          since: this.period.value || undefined,
          watched: this.watchedOnly.checked,
          order: 'watched-first',
          limit: 300,
        }),
        this.client.watchlist(),
      ]);
      this.drawWatching(watchlist.items);
      this.draw(feed.items, feed.total);
    } catch (error) {
      this.summary.textContent = `Could not load the changes: ${(error as Error).message}`;
      this.actions.onError?.(this.summary.textContent);
    } finally {
      if (--this.loading === 0) {
        delete this.root.dataset.loading;
        this.root.dataset.loaded = 'true';
      }
    }
  }

  /** "Watching: A, B" with each name a link to the entity. */
  private drawWatching(items: WatchItem[]): void {
    this.watching.replaceChildren();
    if (items.length === 0) {
      this.watching.textContent = 'Watching nothing yet: star an entity in its details.';
      return;
    }
    this.watching.appendChild(document.createTextNode('★ Watching: '));
    items.forEach((w, i) => {
      if (i > 0) this.watching.appendChild(document.createTextNode(', '));
      this.watching.appendChild(this.entityButton({ id: w.entityId, name: w.name, type: w.type }));
    });
  }

  private draw(events: ChangeEvent[], total: number): void {
    this.list.replaceChildren();
    const watched = events.filter((e) => e.watched).length;
    this.summary.textContent =
      events.length === 0
        ? this.watchedOnly.checked
          ? 'Nothing new about the watched entities in this period. Star an entity in its details to watch it.'
          : 'No changes in this period.'
        : `${total} change${total === 1 ? '' : 's'}${watched ? `, ${watched} about watched entities` : ''}${total > events.length ? ` (showing ${events.length})` : ''}.`;
    for (const group of groupChanges(events)) {
      const box = el('section', {
        class: `change-group${group.watched ? ' watched' : ''}`,
        'data-watched': String(group.watched),
      });
      box.appendChild(el('h3', {}, group.watched ? '★ Watched' : 'Everything else'));
      for (const section of group.sections) {
        box.appendChild(el('h4', {}, `${section.title} (${section.events.length})`));
        const ul = el('ul', { class: 'changes' });
        for (const event of section.events) ul.appendChild(this.item(event));
        box.appendChild(ul);
      }
      this.list.appendChild(box);
    }
  }

  private entityButton(entity: TrackedEntity): HTMLElement {
    const button = el(
      'button',
      { type: 'button', class: 'link entity', 'data-entity': entity.id, title: `Show ${entity.name}` },
      entity.name,
    );
    button.addEventListener('click', () => this.actions.onSelectEntity(entity.id));
    return button;
  }

  private articleButton(event: ChangeEvent): HTMLElement | null {
    const a = event.article;
    if (!a) return null;
    const when = articleDate(event);
    if (event.kind === 'article-retracted' || event.kind === 'relation-retracted') {
      return el('span', { class: 'source' }, `${a.title || a.id}${when ? `, ${when}` : ''}`);
    }
    // A link, not a button: a long title wraps with the sentence around it.
    const link = el(
      'a',
      {
        href: `?article=${encodeURIComponent(a.id)}`,
        class: 'article',
        'data-article': a.id,
        title: 'Open the article',
      },
      a.title || a.id,
    );
    link.addEventListener('click', (e) => {
      e.preventDefault();
      this.actions.onOpenArticle(a.id);
    });
    return el('span', { class: 'source' }, link, when ? `, ${when}` : '');
  }

  private item(event: ChangeEvent): HTMLElement {
    const li = el('li', { class: `change ${event.kind}`, 'data-kind': event.kind, 'data-event': event.id });
    const r = event.relation;
    if (r) {
      li.appendChild(
        el(
          'div',
          { class: 'fact' },
          this.entityButton(r.source),
          el('span', { class: 'rel' }, ` ${r.type} `),
          this.entityButton(r.target),
          event.kind === 'relation-retracted' ? el('span', { class: 'tag' }, ' retracted') : null,
        ),
      );
      if (r.evidence) li.appendChild(el('blockquote', { class: 'evidence' }, r.evidence));
      const source = this.articleButton(event);
      if (source) li.appendChild(el('div', { class: 'from' }, '— ', source));
      return li;
    }
    if (event.kind === 'entity-added') {
      const entity = event.entities[0];
      const source = this.articleButton(event);
      li.appendChild(
        el(
          'div',
          {},
          this.entityButton(entity),
          ` · ${entity.type}`,
          source ? el('span', { class: 'from' }, ' in ', source) : null,
        ),
      );
      return li;
    }
    const label = OTHER_LABEL[event.kind] ?? event.kind;
    const what = event.detail ?? (event.article ? null : event.entities.map((e) => e.name).join(', '));
    li.appendChild(
      el(
        'div',
        {},
        el('span', { class: 'tag' }, `${label}: `),
        what ?? '',
        event.article && !event.detail ? this.articleButton(event) : null,
      ),
    );
    return li;
  }
}

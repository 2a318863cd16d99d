// The filters panel: entity types, relation types, a time range over article dates, co-mention links.
import { append, byId, el } from './dom.ts';
import { ENTITY_TYPE_NAMES, RELATION_COLOR, RELATION_NAMES, TYPE_STYLE } from './graph-style.ts';
import type { ViewFilter } from './graph-view.ts';
import { shapeIcon } from './legend.ts';

/** Filter state as the URL keeps it: lists only when not everything is chosen. */
export interface FilterState {
  types?: string[];
  relations?: string[];
  since?: string;
  until?: string;
  comention: boolean;
}

/** Owns the filter controls; calls `onChange(state, final)` (final = the user let go of a slider). */
export class FiltersPanel {
  private dates: string[] = [];
  private readonly since = byId<HTMLInputElement>('since-range');
  private readonly until = byId<HTMLInputElement>('until-range');

  constructor(private readonly onChange: (state: FilterState, final: boolean) => void) {
    const typeBox = byId('type-filters');
    for (const type of ENTITY_TYPE_NAMES) {
      const style = TYPE_STYLE[type];
      const box = el('input', { type: 'checkbox', name: 'type', value: type, checked: true });
      typeBox.appendChild(el('label', {}, box, shapeIcon(style.shape, style.color), style.label));
    }
    const relBox = byId('relation-filters');
    for (const rel of RELATION_NAMES) {
      const box = el('input', { type: 'checkbox', name: 'relation', value: rel, checked: true });
      relBox.appendChild(
        el(
          'label',
          {},
          box,
          el('span', { class: 'swatch', style: `background:${RELATION_COLOR[rel]};height:4px` }),
          rel,
        ),
      );
    }
    for (const box of [typeBox, relBox]) box.addEventListener('change', () => this.emit(true));
    byId('comention-toggle').addEventListener('change', () => this.emit(true));
    for (const range of [this.since, this.until]) {
      range.addEventListener('input', () => {
        this.keepOrder(range);
        this.showDates();
        this.emit(false);
      });
      range.addEventListener('change', () => this.emit(true));
    }
    byId('time-reset').addEventListener('click', () => {
      this.since.value = '0';
      this.until.value = String(Math.max(this.dates.length - 1, 0));
      this.showDates();
      this.emit(true);
    });
  }

  /** Sets the article dates the slider moves over (sorted, distinct 'YYYY-MM-DD'). */
  setDates(dates: string[]): void {
    const keepSince = this.state().since;
    const keepUntil = this.state().until;
    this.dates = dates;
    const max = String(Math.max(dates.length - 1, 0));
    this.since.max = max;
    this.until.max = max;
    this.setRange(keepSince, keepUntil);
  }

  private setRange(since?: string, until?: string): void {
    const last = Math.max(this.dates.length - 1, 0);
    const indexOf = (date: string | undefined, fallback: number, first: boolean) => {
      if (!date || !this.dates.length) return fallback;
      const i = first ? this.dates.findIndex((d) => d >= date) : this.dates.findLastIndex((d) => d <= date);
      return i < 0 ? fallback : i;
    };
    this.since.value = String(indexOf(since, 0, true));
    this.until.value = String(indexOf(until, last, false));
    // Dates not in the list (a shared link from another graph) are kept as typed.
    this.since.dataset.exact = since && !this.dates.includes(since) ? since : '';
    this.until.dataset.exact = until && !this.dates.includes(until) ? until : '';
    this.showDates();
  }

  private keepOrder(moved: HTMLInputElement): void {
    this.since.dataset.exact = '';
    this.until.dataset.exact = '';
    if (Number(this.since.value) > Number(this.until.value)) {
      if (moved === this.since) this.until.value = this.since.value;
      else this.since.value = this.until.value;
    }
  }

  private showDates(): void {
    const s = this.state();
    byId('since-out').textContent = s.since ?? this.dates[0] ?? '—';
    byId('until-out').textContent = s.until ?? this.dates[this.dates.length - 1] ?? '—';
    this.since.setAttribute('aria-valuetext', byId('since-out').textContent ?? '');
    this.until.setAttribute('aria-valuetext', byId('until-out').textContent ?? '');
  }

  /** The current choices. */
  state(): FilterState {
    const checked = (name: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)]
        .filter((b) => b.checked)
        .map((b) => b.value);
    const types = checked('type');
    const relations = checked('relation');
    const si = Number(this.since.value);
    const ui = Number(this.until.value);
    const since = this.since.dataset.exact || (si > 0 ? this.dates[si] : undefined);
    const until = this.until.dataset.exact || (ui < this.dates.length - 1 ? this.dates[ui] : undefined);
    return {
      types: types.length === ENTITY_TYPE_NAMES.length ? undefined : types,
      relations: relations.length === RELATION_NAMES.length ? undefined : relations,
      since,
      until,
      comention: byId<HTMLInputElement>('comention-toggle').checked,
    };
  }

  /** Puts the controls in a given state (from the URL). */
  setState(s: FilterState): void {
    for (const box of document.querySelectorAll<HTMLInputElement>('input[name=type]'))
      box.checked = !s.types || s.types.includes(box.value);
    for (const box of document.querySelectorAll<HTMLInputElement>('input[name=relation]'))
      box.checked = !s.relations || s.relations.includes(box.value);
    byId<HTMLInputElement>('comention-toggle').checked = s.comention;
    this.setRange(s.since, s.until);
  }

  private emit(final: boolean): void {
    this.onChange(this.state(), final);
  }
}

/** Turns the filter state into what the graph view applies. */
export function toViewFilter(s: FilterState): ViewFilter {
  return {
    types: new Set(s.types ?? ENTITY_TYPE_NAMES),
    relations: new Set(s.relations ?? RELATION_NAMES),
    since: s.since,
    until: s.until,
    comention: s.comention,
  };
}

/** Shows the graph's counts under the filters. */
export function renderStats(
  box: HTMLElement,
  stats: { articles: number; entities: number; relationships: number },
): void {
  box.textContent = '';
  append(
    box,
    `${stats.articles} articles · ${stats.entities} entities · ${stats.relationships} relationships`,
  );
}

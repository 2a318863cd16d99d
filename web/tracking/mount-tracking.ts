// Mounts tracking in the explorer: a "What's new" tab in the sidebar, and a watch star and timeline chart in the details panel.
import { el } from '../dom.ts';
import { renderTimelineChart } from './timeline-chart.ts';
import { trackingApi } from './tracking-api.ts';
import { createWatchStar, WatchStore } from './watch-star.ts';
import { WhatsNewPanel } from './whats-new-panel.ts';
import './tracking.css';

export interface TrackingMountOptions {
  /** The details panel (#details): each time it shows an entity, the star and the chart are added. */
  details: HTMLElement;
  /** The id of the entity the details panel shows now. */
  currentEntity: () => string | undefined;
  onSelectEntity: (id: string) => void;
  onOpenArticle: (id: string) => void;
  onError?: (message: string) => void;
}

export interface TrackingUi {
  store: WatchStore;
  panel: WhatsNewPanel;
  /** Shows the "What's new" tab. */
  open(): void;
}

/** Adds the "What's new" tab and its panel to the sidebar's tablist (#tab-* buttons, role=tabpanel sections). */
function addTab(onOpen: () => void): HTMLElement {
  const tablist = document.querySelector<HTMLElement>('.sidebar [role=tablist]');
  const sidebar = tablist?.parentElement;
  if (!tablist || !sidebar) throw new Error('the sidebar tablist is missing from index.html');
  const tab = el(
    'button',
    {
      type: 'button',
      role: 'tab',
      id: 'tab-whats-new',
      'aria-controls': 'panel-whats-new',
      'aria-selected': 'false',
      tabindex: '-1',
    },
    "What's new",
  );
  const panel = el('section', {
    id: 'panel-whats-new',
    role: 'tabpanel',
    'aria-labelledby': 'tab-whats-new',
    class: 'panel whats-new',
    hidden: true,
  });
  tablist.appendChild(tab);
  sidebar.appendChild(panel);
  // Selecting: the same rule as the other tabs (aria-selected + hidden panels), so either handler may run.
  tab.addEventListener('click', () => {
    for (const other of tablist.querySelectorAll<HTMLElement>('[role=tab]')) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      other.tabIndex = on ? 0 : -1;
      const controlled = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (controlled) controlled.hidden = !on;
    }
    onOpen();
  });
  return panel;
}

/** Adds the star next to the entity's name and a timeline section under its card. */
async function decorateDetails(
  details: HTMLElement,
  id: string,
  store: WatchStore,
  onError?: (m: string) => void,
): Promise<void> {
  const heading = details.querySelector<HTMLElement>('#details-name');
  if (!heading || details.querySelector('.watch-star')) return;
  // Beside the heading, not in it: the heading's text stays the entity's name.
  heading.before(createWatchStar(store, { id, name: heading.textContent?.trim() ?? id }, onError));
  const section = el('section', { class: 'timeline', 'aria-label': 'Timeline', 'data-entity': id });
  section.appendChild(el('h3', {}, 'Articles per month'));
  const chart = el('div', { class: 'timeline-box' });
  section.appendChild(chart);
  const actions = details.querySelector('.actions');
  if (actions?.nextSibling) details.insertBefore(section, actions.nextSibling);
  else details.appendChild(section);
  try {
    const timeline = await trackingApi.timeline(id);
    if (section.isConnected) renderTimelineChart(chart, timeline);
  } catch (error) {
    chart.textContent = `No timeline: ${(error as Error).message}`;
  }
}

/**
 * Mounts tracking once the page skeleton is there.
 * @example mountTracking({ details: byId('details'), currentEntity: () => state.entity, onSelectEntity: selectEntity, onOpenArticle: openArticle });
 */
export function mountTracking(options: TrackingMountOptions): TrackingUi {
  const store = new WatchStore();
  let panel: WhatsNewPanel | null = null;
  const root = addTab(() => void panel?.refresh());
  panel = new WhatsNewPanel(
    root,
    {
      onSelectEntity: options.onSelectEntity,
      onOpenArticle: options.onOpenArticle,
      onError: options.onError,
    },
    store,
  );
  // The details panel is redrawn whenever an entity is shown: decorate each new drawing.
  const observer = new MutationObserver(() => {
    const id = options.currentEntity();
    if (id) void decorateDetails(options.details, id, store, options.onError);
  });
  observer.observe(options.details, { childList: true });
  void store.load().catch(() => undefined);
  return { store, panel, open: () => document.getElementById('tab-whats-new')?.click() };
}

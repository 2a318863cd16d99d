// The explorer's entry point: wires search, graph, filters, details, paths, articles, Cypher and URL state.
import type { Core as CyCore } from 'cytoscape';
import { api, ApiError, cell } from './api.ts';
import type {
  EntityHit,
  EntityRef,
  GraphElements,
  MoreInfo,
  Neighborhood,
  PathsResult,
} from './api-types.ts';
import { renderArticle, searchArticles } from './articles-panel.ts';
import type { CypherConsole } from './cypher-console.ts';
import { renderDetails, renderDetailsMessage } from './details-panel.ts';
import { announce, byId, downloadBlob } from './dom.ts';
import { FiltersPanel, renderStats, toViewFilter, type FilterState } from './filters-panel.ts';
import { GraphView, LAYOUTS, type LayoutName } from './graph-view.ts';
import { renderLegend } from './legend.ts';
import { hopEdgeId, renderPaths } from './path-panel.ts';
import { attachEntitySearch } from './search-box.ts';
import { mountTracking } from './tracking/mount-tracking.ts';
import { parseState, writeState, type ViewState } from './url-state.ts';

/** Neighbours fetched per relation type and direction when expanding; "and N more" stands for the rest. */
const EXPAND_LIMIT = 8;
/** Neighbours added each time an "and N more" node is clicked. */
const MORE_STEP = 25;
/** Entities in the overview. */
const OVERVIEW_LIMIT = 150;

const CO_MENTION_QUERY = `MATCH (a:Entity)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
  AND ($since IS NULL OR art.date >= $since) AND ($until IS NULL OR art.date <= $until)
RETURN a.id AS source, b.id AS target, count(DISTINCT art) AS count, min(art.date) AS firstDate, max(art.date) AS lastDate
LIMIT 5000`;
const DATES_QUERY =
  'MATCH (a:Article) WHERE a.date IS NOT NULL RETURN DISTINCT a.date AS date ORDER BY date LIMIT 5000';

declare global {
  interface Window {
    cy: CyCore;
    tracegraph: {
      state: () => ViewState;
      ready: boolean;
      firstDrawMs?: number;
      firstDrawAt?: number;
      layoutMs?: number;
      busy: number;
    };
  }
}

let state: ViewState = parseState(location.search);
let consoleModule: CypherConsole | null = null;
let lastPaths: PathsResult | null = null;
let pathFrom: EntityRef | null = null;
let pathTo: EntityRef | null = null;

const graph = new GraphView(byId('graph'), {
  onSelectEntity: (id) => void selectEntity(id),
  onExpand: (id) => void expand(id),
  onMore: (entity, relation, direction) => void loadMore(entity, relation, direction),
  onBackground: () => graph.highlightPath([], []),
});
window.cy = graph.cy;
window.tracegraph = { state: () => state, ready: false, busy: 0 };

const filters = new FiltersPanel((f, final) => void onFiltersChanged(f, final));

/** Runs an async UI step, counting it as busy (tests wait for busy = 0) and showing errors in the status line. */
async function step<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  window.tracegraph.busy++;
  try {
    return await work();
  } catch (error) {
    const message = error instanceof ApiError ? error.message : String(error);
    announce(`${label}: ${message}`, 'error');
    return undefined;
  } finally {
    window.tracegraph.busy--;
  }
}

function serverFilter(): { types?: string[]; relations?: string[]; since?: string; until?: string } {
  return { types: state.types, relations: state.relations, since: state.since, until: state.until };
}

function filterState(): FilterState {
  return {
    types: state.types,
    relations: state.relations,
    since: state.since,
    until: state.until,
    comention: state.comention,
  };
}

function pushState(mode: 'push' | 'replace' = 'push'): void {
  state.expanded = [...graph.expanded];
  writeState(state, mode);
}

/** Draws a set of elements in place of the current view: first frame, then the layout. */
async function drawElements(elements: GraphElements): Promise<void> {
  const started = performance.now();
  graph.setElements(elements);
  graph.applyFilter(toViewFilter(filterState()));
  graph.fit();
  await new Promise<void>((resolve) => {
    graph.cy.one('render', () => resolve());
    setTimeout(resolve, 1000);
  });
  window.tracegraph.firstDrawMs = performance.now() - started;
  window.tracegraph.firstDrawAt ??= performance.now();
  byId('empty-hint').hidden = elements.nodes.length > 0;
  byId('empty-hint').textContent = 'The graph is empty: ingest some articles (tracegraph ingest samples/).';
  await graph.runLayout(graph.layoutName);
  window.tracegraph.layoutMs = graph.layoutMs;
  await refreshComention();
}

/** The first overview request, sent before anything else on load. */
let prefetched: Promise<GraphElements> | null = null;

async function loadOverview(): Promise<void> {
  await step('Loading the graph', async () => {
    const elements = await (prefetched ?? api.graph(OVERVIEW_LIMIT, serverFilter()));
    prefetched = null;
    await drawElements(elements);
  });
}

/**
 * "and N more" counts for what is not on the canvas yet: the API counts neighbours beyond its limit,
 * some of which an earlier view (the overview, another expansion) may already show.
 */
function remainingMore(entity: string, hood: Neighborhood): MoreInfo[] {
  const node = graph.cy.getElementById(entity);
  return (hood.more ?? [])
    .map((m) => {
      const returned = hood.edges.filter(
        (e) =>
          e.data.type === m.relation &&
          (m.direction === 'out' ? e.data.source === entity : e.data.target === entity),
      ).length;
      const onCanvas = node
        .connectedEdges()
        .not('.more-edge')
        .filter(
          (e) =>
            e.data('type') === m.relation &&
            (m.direction === 'out' ? e.data('source') === entity : e.data('target') === entity),
        ).length;
      return { ...m, count: returned + m.count - onCanvas };
    })
    .filter((m) => m.count > 0);
}

/** Adds an entity's neighbourhood (strongest neighbours + "and N more" nodes) around it. */
async function expand(id: string, record = true): Promise<void> {
  await step('Expanding', async () => {
    const hood = await api.neighborhood(id, { limit: EXPAND_LIMIT, ...serverFilter() });
    graph.addElements(hood, id, id);
    graph.setMore(id, remainingMore(id, hood));
    graph.expanded.add(id);
    await graph.runLayout(graph.layoutName, { randomize: false });
    await refreshComention();
    if (record) pushState();
    if (state.entity === id) await showDetails(id);
  });
}

async function loadMore(entity: string, relation: string, direction: 'out' | 'in'): Promise<void> {
  await step('Loading more', async () => {
    const node = graph.cy.getElementById(entity);
    const loaded = node
      .connectedEdges(`[type = "${relation}"]`)
      .not('.more-edge')
      .filter((e) =>
        direction === 'out' ? e.data('source') === entity : e.data('target') === entity,
      ).length;
    const hood = await api.neighborhood(entity, {
      ...serverFilter(),
      relations: [relation],
      direction,
      limit: loaded + MORE_STEP,
    });
    graph.addElements(hood, entity, entity);
    graph.setMore(entity, remainingMore(entity, hood), [relation], direction);
    await graph.runLayout(graph.layoutName, { randomize: false });
    announce(`Loaded more ${relation} neighbours of ${node.data('label') ?? entity}.`);
  });
}

async function showDetails(id: string): Promise<void> {
  const panel = byId('details');
  const details = await api.entity(id);
  if (state.entity !== id) return;
  renderDetails(panel, details, {
    onSelect: (other) => void selectEntity(other),
    onOpenArticle: (articleId) => void openArticle(articleId),
    onExpand: (eid) => void expand(eid),
    onCollapse: (eid) => {
      graph.collapse(eid);
      pushState();
      void step('Details', () => showDetails(eid));
    },
    onHide: (eid) => {
      graph.hide(eid);
      announce(`Hidden ${details.name}. "Show hidden" brings it back.`);
    },
    onPin: (eid) => {
      const pinned = graph.togglePin(eid);
      announce(pinned ? `Pinned ${details.name}.` : `Unpinned ${details.name}.`);
      void step('Details', () => showDetails(eid));
    },
    onPathFrom: (entity) => {
      setPathEnd('from', entity);
      selectTab('path');
    },
    isExpanded: (eid) => graph.expanded.has(eid),
    isPinned: (eid) => graph.cy.getElementById(eid).locked(),
  });
}

/** Selects an entity: brings it onto the canvas if needed, centres it and opens its details. */
async function selectEntity(id: string, record = true): Promise<void> {
  await step('Opening the entity', async () => {
    state.entity = id;
    state.article = undefined;
    showArticleView(false);
    if (graph.cy.getElementById(id).empty()) {
      const hood = await api.neighborhood(id, { limit: EXPAND_LIMIT, ...serverFilter() });
      graph.addElements(hood, undefined, id);
      graph.setMore(id, remainingMore(id, hood));
      graph.expanded.add(id);
      await graph.runLayout(graph.layoutName, { randomize: graph.cy.nodes().length === hood.nodes.length });
      await refreshComention();
    }
    graph.focus(id);
    if (record) pushState();
    renderDetailsMessage(byId('details'), 'Loading…');
    await showDetails(id);
  });
}

function showArticleView(show: boolean): void {
  byId('article-view').hidden = !show;
  byId('details').hidden = show;
}

async function openArticle(id: string, record = true): Promise<void> {
  await step('Opening the article', async () => {
    const article = await api.article(id);
    state.article = id;
    renderArticle(byId('article-view'), article, {
      onSelectEntity: (eid) => void selectEntity(eid),
      onClose: () => {
        showArticleView(false);
        state.article = undefined;
        pushState();
      },
    });
    showArticleView(true);
    byId('article-view').scrollTop = 0;
    if (record) pushState();
  });
}

async function onFiltersChanged(f: FilterState, final: boolean): Promise<void> {
  Object.assign(state, f);
  graph.applyFilter(toViewFilter(f));
  if (final) {
    pushState();
    await refreshComention();
  }
}

/** Draws co-mention links (entities named in the same articles) among the entities on the canvas, when switched on. */
async function refreshComention(): Promise<void> {
  const cy = graph.cy;
  cy.edges('.comention').remove();
  if (!state.comention) return;
  const ids = cy
    .nodes()
    .not('.more')
    .map((n) => n.id());
  if (ids.length < 2) return;
  await step('Co-mentions', async () => {
    const result = await api.cypher(CO_MENTION_QUERY, {
      ids,
      since: state.since ?? null,
      until: state.until ?? null,
    });
    const edges = result.rows.map((row) => {
      const source = String(cell(row, result.columns, 'source'));
      const target = String(cell(row, result.columns, 'target'));
      return {
        data: {
          id: `${source}|CO_MENTIONED|${target}`,
          source,
          target,
          type: 'CO_MENTIONED',
          count: Number(cell(row, result.columns, 'count')) || 1,
          firstDate: cell(row, result.columns, 'firstDate') as string,
          lastDate: cell(row, result.columns, 'lastDate') as string,
        },
      };
    });
    cy.edges('.comention').remove();
    graph.addElements({ nodes: [], edges });
    cy.batch(() => {
      for (const e of edges) cy.getElementById(e.data.id).addClass('comention');
    });
    graph.applyFilter(toViewFilter(filterState()));
  });
}

async function loadDates(): Promise<void> {
  await step('Reading article dates', async () => {
    let dates: string[];
    try {
      const result = await api.cypher(DATES_QUERY);
      dates = result.rows.map((r) => String(cell(r, result.columns, 'date')));
    } catch {
      const list = await api.articles('', { limit: 500 });
      dates = [...new Set(list.items.map((a) => a.date).filter((d): d is string => !!d))].sort();
    }
    filters.setDates(dates);
  });
}

function setPathEnd(which: 'from' | 'to', entity: EntityRef): void {
  if (which === 'from') {
    pathFrom = entity;
    byId<HTMLInputElement>('path-from').value = entity.name;
  } else {
    pathTo = entity;
    byId<HTMLInputElement>('path-to').value = entity.name;
  }
}

async function findPaths(record = true): Promise<void> {
  if (!pathFrom || !pathTo) {
    announce('Choose both ends of the path from the suggestions.', 'error');
    return;
  }
  const from = pathFrom;
  const to = pathTo;
  await step('Finding paths', async () => {
    const max = Number(byId<HTMLInputElement>('path-max').value) || 4;
    const result = await api.paths(from.id, to.id, max, state.relations);
    lastPaths = result;
    state.pathFrom = from.id;
    state.pathTo = to.id;
    graph.addElements({ nodes: result.nodes ?? [], edges: result.edges ?? [] });
    await graph.runLayout(graph.layoutName, { randomize: false });
    showPath(-1);
    renderPaths(byId('path-results'), result, {
      onSelect: (id) => void selectEntity(id),
      onOpenArticle: (id) => void openArticle(id),
      onShowPath: (i) => showPath(i),
    });
    if (record) pushState();
  });
}

/** Highlights one path (or all with -1). */
function showPath(index: number): void {
  if (!lastPaths) return;
  const chosen = index < 0 ? lastPaths.paths : [lastPaths.paths[index]];
  const nodes = chosen.flatMap((p) => p.nodes.map((n) => n.id));
  const edges = chosen.flatMap((p) => p.hops.map(hopEdgeId));
  graph.highlightPath(nodes, edges);
  const onPath = graph.cy.collection();
  for (const id of nodes) onPath.merge(graph.cy.getElementById(id));
  if (onPath.nonempty()) graph.fitTo(onPath, 60);
}

function selectTab(name: 'filters' | 'path' | 'articles'): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    byId(tab.getAttribute('aria-controls') ?? '').hidden = !on;
  }
  if (name === 'articles' && !byId('article-list').childElementCount) void runArticleSearch();
}

async function runArticleSearch(): Promise<void> {
  await step('Searching articles', () =>
    searchArticles(
      byId('article-list'),
      byId<HTMLInputElement>('article-q').value,
      { since: state.since, until: state.until },
      (id) => void openArticle(id),
    ),
  );
}

async function openConsole(open: boolean): Promise<CypherConsole | null> {
  if (!open) {
    consoleModule?.setOpen(false);
    return consoleModule;
  }
  if (!consoleModule) {
    // CodeMirror and the Cypher grammar are loaded only when the console is first opened.
    const { CypherConsole } = await import('./cypher-console.ts');
    consoleModule = new CypherConsole({
      showGraph: (g) => void showQueryGraph(g),
      onQueryRun: (query) => {
        state.query = query;
        pushState();
      },
    });
  }
  consoleModule.setOpen(true);
  return consoleModule;
}

async function showQueryGraph(elements: GraphElements): Promise<void> {
  state.entity = undefined;
  await drawElements(elements);
}

function exportPng(): void {
  const blob = graph.cy.png({
    output: 'blob',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 6000,
    maxHeight: 6000,
  });
  downloadBlob(blob, 'tracegraph-view.png');
}

function exportJson(): void {
  const visible = graph.visibleElements();
  const payload = {
    exportedAt: new Date().toISOString(),
    url: location.href,
    state,
    nodes: visible.nodes().map((n) => ({ data: n.data(), position: n.position() })),
    edges: visible.edges().map((e) => ({ data: e.data() })),
  };
  downloadBlob(
    new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' }),
    'tracegraph-view.json',
  );
}

/** Brings the page to a state read from the URL (first load, back/forward). */
async function applyState(next: ViewState, first: boolean): Promise<void> {
  const prev = state;
  state = { ...next };
  filters.setState(filterState());
  graph.applyFilter(toViewFilter(filterState()));
  const layout = (LAYOUTS as string[]).includes(next.layout ?? '') ? (next.layout as LayoutName) : 'fcose';
  byId<HTMLSelectElement>('layout-select').value = layout;
  const layoutChanged = layout !== graph.layoutName;
  graph.layoutName = layout;

  const expandedChanged = first || next.expanded.join(',') !== [...graph.expanded].join(',');
  if (next.query) {
    const console = await openConsole(true);
    if (first || next.query !== prev.query) await console?.run(next.query, false);
    // A shared query that fails (or draws nothing) still leaves a graph to look at.
    if (first && graph.cy.nodes().empty()) await loadOverview();
  } else if (first || prev.query || expandedChanged) {
    await loadOverview();
  } else if (layoutChanged) await graph.runLayout(layout);
  if (expandedChanged) {
    for (const id of next.expanded) if (!graph.expanded.has(id)) await expand(id, false);
  }
  if (prev.comention !== next.comention || first) await refreshComention();

  if (
    next.pathFrom &&
    next.pathTo &&
    (first || next.pathFrom !== prev.pathFrom || next.pathTo !== prev.pathTo)
  ) {
    const [a, b] = await Promise.all([
      api.entity(next.pathFrom).catch(() => null),
      api.entity(next.pathTo).catch(() => null),
    ]);
    if (a && b) {
      setPathEnd('from', a);
      setPathEnd('to', b);
      selectTab('path');
      await findPaths(false);
    }
  }
  if (next.entity) {
    if (first || next.entity !== prev.entity || !graph.cy.getElementById(next.entity).selected())
      await selectEntity(next.entity, false);
  } else {
    graph.cy.elements(':selected').unselect();
    renderDetailsMessage(byId('details'), 'Search for an entity or click a node.');
  }
  if (next.article) {
    if (first || next.article !== prev.article) await openArticle(next.article, false);
  } else showArticleView(false);
  state.expanded = [...graph.expanded];
}

function wireControls(): void {
  attachEntitySearch(
    byId<HTMLInputElement>('search-input'),
    byId<HTMLUListElement>('search-list'),
    (hit: EntityHit) => void selectEntity(hit.id),
  );
  attachEntitySearch(byId<HTMLInputElement>('path-from'), byId<HTMLUListElement>('path-from-list'), (hit) =>
    setPathEnd('from', hit),
  );
  attachEntitySearch(byId<HTMLInputElement>('path-to'), byId<HTMLUListElement>('path-to-list'), (hit) =>
    setPathEnd('to', hit),
  );
  byId<HTMLFormElement>('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void findPaths();
  });
  byId<HTMLFormElement>('article-search').addEventListener('submit', (e) => {
    e.preventDefault();
    void runArticleSearch();
  });
  byId<HTMLSelectElement>('layout-select').addEventListener('change', (e) => {
    const name = (e.target as HTMLSelectElement).value as LayoutName;
    state.layout = name;
    pushState('replace');
    void step('Layout', () => graph.runLayout(name));
  });
  byId('fit-btn').addEventListener('click', () => graph.fit());
  byId('overview-btn').addEventListener('click', () => {
    state.query = undefined;
    void loadOverview().then(() => pushState());
  });
  byId('unhide-btn').addEventListener('click', () => graph.unhideAll());
  byId('export-png').addEventListener('click', exportPng);
  byId('export-json').addEventListener('click', exportJson);
  byId('toggle-cypher').addEventListener('click', () => void openConsole(!(consoleModule?.isOpen ?? false)));

  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab.id.replace('tab-', '') as 'filters'));
    tab.addEventListener('keydown', (e) => {
      const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!delta) return;
      const next = tabs[(i + delta + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });

  // The canvas is keyboard usable too: arrows pan, +/- zoom, F fits, Escape clears the selection.
  byId('graph').addEventListener('keydown', (e) => {
    const cy = graph.cy;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [60, 0],
      ArrowRight: [-60, 0],
      ArrowUp: [0, 60],
      ArrowDown: [0, -60],
    };
    if (pans[e.key]) cy.panBy({ x: pans[e.key][0], y: pans[e.key][1] });
    else if (e.key === '+' || e.key === '=')
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (e.key === '-')
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (e.key === 'f' || e.key === 'F') graph.fit();
    else if (e.key === 'Escape') cy.elements(':selected').unselect();
    else return;
    e.preventDefault();
  });

  window.addEventListener(
    'popstate',
    () => void step('Restoring the view', () => applyState(parseState(location.search), false)),
  );
}

async function start(): Promise<void> {
  if (!state.query) prefetched = api.graph(OVERVIEW_LIMIT, serverFilter());
  renderLegend(byId('legend'));
  // Tracking (issue 8): the "What's new" tab, and a watch star and timeline in the details panel.
  mountTracking({
    details: byId('details'),
    currentEntity: () => state.entity,
    onSelectEntity: (id) => void selectEntity(id),
    onOpenArticle: (id) => void openArticle(id),
    onError: (message) => announce(message, 'error'),
  });
  wireControls();
  void step('Reading statistics', async () => renderStats(byId('stats'), await api.stats()));
  const dates = loadDates();
  await applyState(state, true);
  await dates;
  window.tracegraph.ready = true;
  document.body.dataset.ready = 'true';
}

void start();

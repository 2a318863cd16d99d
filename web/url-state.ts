// The shareable view state and its round trip through the URL's query string (back/forward via history).

export interface ViewState {
  entity?: string;
  expanded: string[];
  /** Entity types shown; undefined = all. */
  types?: string[];
  /** Relation types shown; undefined = all. */
  relations?: string[];
  since?: string;
  until?: string;
  comention: boolean;
  layout?: string;
  query?: string;
  article?: string;
  pathFrom?: string;
  pathTo?: string;
}

const list = (value: string | null): string[] | undefined =>
  value === null ? undefined : value.split(',').filter(Boolean);

/** Reads the state from a query string such as `location.search`. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    entity: p.get('entity') ?? undefined,
    expanded: list(p.get('expanded')) ?? [],
    types: list(p.get('types')),
    relations: list(p.get('relations')),
    since: p.get('since') ?? undefined,
    until: p.get('until') ?? undefined,
    comention: p.get('comention') === '1',
    layout: p.get('layout') ?? undefined,
    query: p.get('query') ?? undefined,
    article: p.get('article') ?? undefined,
    pathFrom: p.get('from') ?? undefined,
    pathTo: p.get('to') ?? undefined,
  };
}

/** Writes the state as a query string (without `?`), leaving defaults out. */
export function serializeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.expanded.length) p.set('expanded', s.expanded.join(','));
  if (s.types) p.set('types', s.types.join(','));
  if (s.relations) p.set('relations', s.relations.join(','));
  if (s.since) p.set('since', s.since);
  if (s.until) p.set('until', s.until);
  if (s.comention) p.set('comention', '1');
  if (s.layout && s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.query) p.set('query', s.query);
  if (s.article) p.set('article', s.article);
  if (s.pathFrom) p.set('from', s.pathFrom);
  if (s.pathTo) p.set('to', s.pathTo);
  return p.toString();
}

/** Pushes (a new history entry) or replaces the URL when the state changed. */
export function writeState(s: ViewState, mode: 'push' | 'replace' = 'push'): void {
  const query = serializeState(s);
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

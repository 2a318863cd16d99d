// A typed client for the Tracegraph HTTP API: one function per endpoint, errors as ApiError.
import type {
  ArticleFull,
  ArticleSummary,
  CypherResult,
  EntityDetails,
  EntityHit,
  GraphElements,
  Neighborhood,
  PathsResult,
  SavedQuery,
  Stats,
} from './api-types.ts';

/** An error answered by the API (`{error:{code,message}}`) or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | string[] | null | undefined>;

/** Builds `path?k=v…`, leaving out empty values and joining lists with commas. */
export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, ...init });
  } catch (error) {
    throw new ApiError(`The server could not be reached (${(error as Error).message}).`, 'NETWORK', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      err?.message ?? `${response.status} ${response.statusText}`,
      err?.code ?? 'HTTP',
      response.status,
    );
  }
  return body as T;
}

function post<T>(url: string, payload: unknown): Promise<T> {
  return request<T>(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(payload),
  });
}

/** Filters the server applies to graph queries. */
export interface GraphFilter {
  types?: string[];
  relations?: string[];
  since?: string;
  until?: string;
}

export const api = {
  stats: () => request<Stats>('/api/stats'),
  graph: (limit: number, f: GraphFilter = {}) =>
    request<GraphElements>(buildUrl('/api/graph', { limit, ...f })),
  searchEntities: (q: string, limit = 10, type?: string) =>
    request<{ items: EntityHit[]; total: number }>(buildUrl('/api/entities', { q, limit, type })),
  entity: (id: string) => request<EntityDetails>(`/api/entities/${encodeURIComponent(id)}`),
  neighborhood: (
    id: string,
    opts: GraphFilter & { depth?: number; limit?: number; direction?: 'out' | 'in' } = {},
  ) =>
    request<Neighborhood>(
      buildUrl(`/api/entities/${encodeURIComponent(id)}/neighborhood`, { depth: 1, ...opts }),
    ),
  paths: (from: string, to: string, maxLength = 4, relations?: string[]) =>
    request<PathsResult>(buildUrl('/api/paths', { from, to, maxLength, relations })),
  articles: (q: string, opts: { since?: string; until?: string; limit?: number; offset?: number } = {}) =>
    request<{ items: ArticleSummary[]; total: number }>(buildUrl('/api/articles', { q, ...opts })),
  article: (id: string) => request<ArticleFull>(`/api/articles/${encodeURIComponent(id)}`),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    post<CypherResult>('/api/cypher', { query, params }),
  savedQueries: () => request<{ items: SavedQuery[] }>('/api/queries'),
  runSavedQuery: (name: string, params: Record<string, unknown>) =>
    post<CypherResult>(`/api/queries/${encodeURIComponent(name)}`, { params }),
};

/** Reads a cell of a Cypher result row, whether rows come as arrays or as objects keyed by column. */
export function cell(row: unknown, columns: string[], column: string): unknown {
  if (Array.isArray(row)) return row[columns.indexOf(column)];
  if (row && typeof row === 'object') return (row as Record<string, unknown>)[column];
  return undefined;
}

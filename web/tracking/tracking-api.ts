// The page's client for the tracking endpoints: watchlist, changes, timeline.
import { ApiError, buildUrl } from '../api.ts';
import type { ChangeEvent, ChangeKind, Timeline, TrackedEntity, WatchItem } from './tracking-types.ts';

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
    });
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

export interface ChangesFilter {
  since?: string;
  watched?: boolean;
  kinds?: ChangeKind[];
  order?: 'newest' | 'watched-first';
  limit?: number;
}

/** One function per tracking endpoint. */
export const trackingApi = {
  watchlist: () => send<{ items: WatchItem[] }>('/api/watchlist'),
  watch: (entity: string) =>
    send<{ entity: TrackedEntity; added: boolean; addedAt: string }>('/api/watchlist', {
      method: 'POST',
      body: JSON.stringify({ entity }),
    }),
  unwatch: (id: string) =>
    send<{ entity: TrackedEntity; removed: boolean }>(`/api/watchlist/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    }),
  changes: (f: ChangesFilter = {}) =>
    send<{ items: ChangeEvent[]; total: number }>(
      buildUrl('/api/changes', {
        since: f.since,
        watched: f.watched ? 'true' : undefined,
        kinds: f.kinds,
        order: f.order,
        limit: f.limit,
      }),
    ),
  timeline: (id: string) => send<Timeline>(`/api/entities/${encodeURIComponent(id)}/timeline`),
};

export type TrackingApi = typeof trackingApi;

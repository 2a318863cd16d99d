// Webhook delivery: exponential backoff, Retry-After, which statuses are retried, and the payload.
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../ingest/tracking/evaluate-alerts.ts';
import {
  backoffDelay,
  isRetriableStatus,
  postWithRetry,
  retryAfterMs,
  webhookSink,
} from '../../../ingest/tracking/webhook-sink.ts';

/** A fetch answering the given statuses in turn ('error' throws like a refused connection). */
function scriptedFetch(script: Array<number | 'error'>, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; body: string }> = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: String(init?.body) });
    const next = script[Math.min(calls.length - 1, script.length - 1)];
    if (next === 'error') throw new TypeError('fetch failed');
    return new Response('{}', { status: next, headers });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const alert: Alert = {
  id: 'x',
  rule: 'alert-test',
  ruleTitle: 'Test',
  message: 'United States SANCTIONED Hikvision',
  at: '2026-11-29T06:00:00.000Z',
  entityIds: ['country:united-states', 'company:hikvision'],
  source: 'United States',
  type: 'SANCTIONED',
  target: 'Hikvision',
  date: '2019-10-08',
  evidence: [
    {
      text: 'The US added Hikvision to its entity list.',
      articleId: 'a1',
      title: 'T',
      url: null,
      date: '2019-10-08',
      dateIsIngest: false,
    },
  ],
  extra: {},
};

describe('backoff', () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [4, 4000],
    [10, 30_000],
  ])('attempt %i waits %i ms', (attempt, expected) => {
    expect(backoffDelay(attempt, 500, 30_000)).toBe(expected);
  });

  it.each<[number, boolean]>([
    [500, true],
    [503, true],
    [429, true],
    [408, true],
    [400, false],
    [404, false],
    [410, false],
  ])('status %i retriable: %s', (status, expected) => {
    expect(isRetriableStatus(status)).toBe(expected);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe('postWithRetry', () => {
  it('retries network errors and 5xx with doubling waits until accepted', async () => {
    const { fetch, calls } = scriptedFetch(['error', 503, 500, 200]);
    const waits: number[] = [];
    const result = await postWithRetry(
      'http://hook.test/x',
      { a: 1 },
      { fetch, sleep: async (ms) => void waits.push(ms), baseDelayMs: 100 },
    );
    expect(result).toEqual({ attempts: 4, status: 200 });
    expect(waits).toEqual([100, 200, 400]);
    expect(calls.every((c) => c.body === '{"a":1}')).toBe(true);
  });

  it('gives up after the last attempt and says why', async () => {
    const { fetch, calls } = scriptedFetch([502]);
    await expect(
      postWithRetry('http://hook.test/x', {}, { fetch, sleep: async () => {}, attempts: 3 }),
    ).rejects.toThrow(/after 3 attempts: HTTP 502/);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a 4xx other than 408/429', async () => {
    const { fetch, calls } = scriptedFetch([400]);
    await expect(postWithRetry('http://hook.test/x', {}, { fetch, sleep: async () => {} })).rejects.toThrow(
      /refused the alert: HTTP 400/,
    );
    expect(calls).toHaveLength(1);
  });

  it('waits as long as Retry-After asks, within the cap', async () => {
    const { fetch } = scriptedFetch([429, 200], { 'retry-after': '2' });
    const waits: number[] = [];
    await postWithRetry(
      'http://hook.test/x',
      {},
      { fetch, sleep: async (ms) => void waits.push(ms), baseDelayMs: 100, maxDelayMs: 60_000 },
    );
    expect(waits).toEqual([2000]);
  });
});

describe('webhookSink', () => {
  it('posts each alert as JSON with its evidence', async () => {
    const { fetch, calls } = scriptedFetch([200]);
    await webhookSink('http://hook.test/alerts', { fetch, sleep: async () => {} }).deliver([
      alert,
      { ...alert, id: 'y' },
    ]);
    expect(calls).toHaveLength(2);
    const body = JSON.parse(calls[0].body);
    expect(body).toMatchObject({ kind: 'tracegraph.alert', rule: 'alert-test', message: alert.message });
    expect(body.evidence[0].text).toBe('The US added Hikvision to its entity list.');
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => webhookSink('file:///etc/passwd')).toThrow(/must be http/);
    expect(() => webhookSink('not a url')).toThrow(/Not a webhook URL/);
  });
});

// The read cache: reuse within the TTL, one computation for concurrent callers, only 200s kept, LRU bound, clear.
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../server/response-cache.ts';

const answer =
  (body: unknown, status = 200) =>
  async () => ({ status, body });

describe('ResponseCache', () => {
  it('reuses an answer within the TTL', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    let computed = 0;
    const compute = async () => ({ status: 200, body: ++computed });
    expect(await cache.answer('/a', compute)).toEqual({ status: 200, body: 1, hit: false });
    expect(await cache.answer('/a', compute)).toEqual({ status: 200, body: 1, hit: 'fresh' });
    expect(computed).toBe(1);
  });

  it('computes once for concurrent callers', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    let computed = 0;
    const slow = async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { status: 200, body: 'x' };
    };
    const results = await Promise.all([
      cache.answer('/b', slow),
      cache.answer('/b', slow),
      cache.answer('/b', slow),
    ]);
    expect(computed).toBe(1);
    expect(results.map((r) => r.body)).toEqual(['x', 'x', 'x']);
  });

  it('keeps only 200 answers, never errors', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    await cache.answer('/c', answer('gone', 404));
    expect((await cache.answer('/c', answer('back'))).body).toBe('back');
    await expect(cache.answer('/d', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.answer('/d', answer('up'))).hit).toBe(false);
  });

  it('forgets the least recently used, clears, and is off with ttl 0', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 2 });
    await cache.answer('/1', answer(1));
    await cache.answer('/2', answer(2));
    await cache.answer('/1', answer('again'));
    await cache.answer('/3', answer(3));
    expect((await cache.answer('/2', answer('new'))).body).toBe('new');
    expect((await cache.answer('/1', answer('x'))).hit).toBe(false);
    cache.clear();
    expect((await cache.answer('/2', answer('y'))).hit).toBe(false);
    const off = new ResponseCache({ ttlMs: 0 });
    await off.answer('/z', answer(1));
    expect(await off.answer('/z', answer(2))).toEqual({ status: 200, body: 2, hit: false });
  });

  it('expires after the TTL', async () => {
    const cache = new ResponseCache({ ttlMs: 5, staleMs: 0 });
    await cache.answer('/t', answer(1));
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect((await cache.answer('/t', answer(2))).body).toBe(2);
  });

  it('serves a stale answer while one refresh runs, then the fresh one', async () => {
    const cache = new ResponseCache({ ttlMs: 30, staleMs: 60_000 });
    await cache.answer('/s', answer('old'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    let refreshes = 0;
    const refresh = async () => {
      refreshes++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { status: 200, body: 'new' };
    };
    expect(await cache.answer('/s', refresh)).toEqual({ status: 200, body: 'old', hit: 'stale' });
    expect((await cache.answer('/s', refresh)).body).toBe('old');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refreshes).toBe(1);
    expect((await cache.answer('/s', refresh)).body).toBe('new');
  });

  it('does not keep an answer computed before a clear()', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000 });
    let release: () => void = () => {};
    const slow = () =>
      new Promise<{ status: number; body: unknown }>((resolve) => {
        release = () => resolve({ status: 200, body: 'before the write' });
      });
    const pending = cache.answer('/w', slow);
    cache.clear();
    release();
    await pending;
    expect((await cache.answer('/w', answer('after the write'))).body).toBe('after the write');
  });
});

// A short-lived cache of read answers: popular hubs are expanded by many people at once, and one Neo4j query can serve them all.

export interface ResponseCacheOptions {
  /** How long an answer is reused, ms (0 disables the cache). */
  ttlMs: number;
  /** Answers kept at most; the least recently used go first. */
  maxEntries?: number;
  /**
   * After the TTL, an answer may still be served for this long while one refresh runs in the
   * background (default 30,000 ms; 0: never serve stale). A slow overview is then computed once,
   * not by every waiting client.
   */
  staleMs?: number;
}

interface Entry {
  expires: number;
  status: number;
  body: unknown;
}

/**
 * Caches JSON answers by request URL for `ttlMs`, and lets concurrent requests for the same URL share
 * one computation. Writes through the API clear it; writes from the CLI show after at most `ttlMs`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<{ status: number; body: unknown }>>();
  private generation = 0;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly staleMs: number;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 1_000;
    this.staleMs = options.staleMs ?? 30_000;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /**
   * The cached answer for `key`, or the one `compute` gives (shared with concurrent callers). `hit` is
   * 'fresh' within the TTL, 'stale' while a background refresh runs, false when computed for this call.
   */
  async answer(
    key: string,
    compute: () => Promise<{ status: number; body: unknown }>,
  ): Promise<{ status: number; body: unknown; hit: 'fresh' | 'stale' | false }> {
    if (!this.enabled) return { ...(await compute()), hit: false };
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) {
      // Re-insert: Map order is the LRU order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { status: entry.status, body: entry.body, hit: 'fresh' };
    }
    if (entry && entry.expires + this.staleMs > now) {
      this.refresh(key, compute).catch(() => undefined);
      return { status: entry.status, body: entry.body, hit: 'stale' };
    }
    return { ...(await this.refresh(key, compute)), hit: false };
  }

  /** One computation per key at a time; a 200 answer is kept. */
  private refresh(
    key: string,
    compute: () => Promise<{ status: number; body: unknown }>,
  ): Promise<{ status: number; body: unknown }> {
    let running = this.pending.get(key);
    if (!running) {
      const generation = this.generation;
      running = compute().finally(() => this.pending.delete(key));
      this.pending.set(key, running);
      running.then(
        (result) => {
          // Computed before a clear(): it may predate the write that cleared the cache.
          if (result.status === 200 && generation === this.generation) this.store(key, result);
        },
        () => undefined,
      );
    }
    return running;
  }

  /** Forgets everything (after a write through the API). */
  clear(): void {
    this.entries.clear();
    this.pending.clear();
    this.generation++;
  }

  private store(key: string, result: { status: number; body: unknown }): void {
    this.entries.delete(key);
    this.entries.set(key, { ...result, expires: Date.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

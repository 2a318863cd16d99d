// A short-lived cache of read answers: popular hubs are expanded by many people at once, and one Neo4j query can serve them all.

export interface ResponseCacheOptions {
  /** How long an answer is reused, ms (0 disables the cache). */
  ttlMs: number;
  /** Answers kept at most; the least recently used go first. */
  maxEntries?: number;
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
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The cached answer for `key`, or the one `compute` gives (shared with concurrent callers). */
  async answer(
    key: string,
    compute: () => Promise<{ status: number; body: unknown }>,
  ): Promise<{ status: number; body: unknown; hit: boolean }> {
    if (!this.enabled) return { ...(await compute()), hit: false };
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) {
      // Re-insert: Map order is the LRU order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { status: entry.status, body: entry.body, hit: true };
    }
    let running = this.pending.get(key);
    if (!running) {
      running = compute().finally(() => this.pending.delete(key));
      this.pending.set(key, running);
      running.then(
        (result) => {
          if (result.status === 200) this.store(key, result);
        },
        () => undefined,
      );
    }
    return { ...(await running), hit: false };
  }

  /** Forgets everything (after a write through the API). */
  clear(): void {
    this.entries.clear();
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

// Delivers alerts to a webhook: one POST of JSON per alert, retried with exponential backoff on network errors, 429 and 5xx.
import { AppError, ValidationError } from '../../core/errors.ts';
import type { AlertSink } from './alert-sinks.ts';
import type { Alert } from './evaluate-alerts.ts';
import { alertPayload } from './format-alert.ts';

export interface WebhookOptions {
  /** Attempts in all, the first included (default 5). */
  attempts?: number;
  /** Wait before the second attempt; doubled each time (default 500 ms). */
  baseDelayMs?: number;
  /** Longest wait between attempts, also the cap on a server's Retry-After (default 30 s). */
  maxDelayMs?: number;
  /** Per-attempt timeout (default 10 s). */
  timeoutMs?: number;
  /** Injected for tests. */
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `attempt + 1` (attempt counts from 1): base·2^(attempt−1), capped. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
}

/** A Retry-After header in seconds or as an HTTP date, in ms (undefined when absent or unreadable). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Whether a status is worth another try: 408, 429 and every 5xx. Other 4xx mean the request is wrong. */
export function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * POSTs `body` as JSON until it is accepted (2xx), retrying as above.
 * @throws AppError WEBHOOK_FAILED naming the last status or error when every attempt failed or a 4xx came back.
 */
export async function postWithRetry(
  url: string,
  body: unknown,
  options: WebhookOptions = {},
): Promise<{ attempts: number; status: number }> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? defaultSleep;
  const payload = JSON.stringify(body);
  let reason = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = backoffDelay(attempt, base, max);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'tracegraph-alerts' },
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { attempts: attempt, status: response.status };
      reason = `HTTP ${response.status}`;
      if (!isRetriableStatus(response.status)) {
        throw new AppError(`Webhook ${url} refused the alert: ${reason}.`, {
          code: 'WEBHOOK_FAILED',
          status: 502,
        });
      }
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined) wait = Math.min(max, Math.max(wait, asked));
    } catch (error) {
      if (error instanceof AppError) throw error;
      reason = (error as Error).message || String(error);
    }
    if (attempt < attempts) {
      options.onRetry?.({ attempt, delayMs: wait, reason });
      await sleep(wait);
    }
  }
  throw new AppError(`Webhook ${url} failed after ${attempts} attempts: ${reason}.`, {
    code: 'WEBHOOK_FAILED',
    status: 502,
    retriable: true,
  });
}

/**
 * A sink POSTing each alert to `url` (JSON: `{kind: 'tracegraph.alert', rule, message, evidence, …}`).
 * Every alert is tried even when one fails; the error then names how many did not get through.
 * @example webhookSink('https://hooks.example.org/tracegraph', { attempts: 5 })
 */
export function webhookSink(url: string, options: WebhookOptions = {}): AlertSink {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ValidationError(`Not a webhook URL: "${url}".`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ValidationError(`A webhook URL must be http(s): "${url}".`);
  }
  return {
    name: `webhook ${parsed.origin}${parsed.pathname}`,
    deliver: async (alerts: Alert[]) => {
      const failures: string[] = [];
      for (const alert of alerts) {
        try {
          await postWithRetry(url, alertPayload(alert), options);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      if (failures.length > 0) {
        throw new AppError(`${failures.length} of ${alerts.length} alerts not delivered: ${failures[0]}`, {
          code: 'WEBHOOK_FAILED',
          status: 502,
        });
      }
    },
  };
}

// Fetches one http(s) URL with a time limit and a size cap; failures become InputErrors naming the reason.
import { InputError } from '../../core/errors.ts';

/** A fetched page's bytes and what the server said it is. */
export interface FetchedPage {
  bytes: Buffer;
  contentType: string;
  url: string;
}

/**
 * GETs `url`, giving up after `timeoutMs` and refusing bodies over `maxSize` bytes.
 * @throws InputError "unreachable …", "HTTP 404 …", "timed out …" or "over the size cap …".
 */
export async function fetchUrl(
  url: string,
  options: { timeoutMs: number; maxSize: number; fetch?: typeof fetch },
): Promise<FetchedPage> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: {
          accept: 'text/html, application/json, text/plain, text/markdown;q=0.9, */*;q=0.5',
          'user-agent': 'tracegraph-ingest',
        },
      });
    } catch (error) {
      if (controller.signal.aborted) throw new InputError(`timed out after ${options.timeoutMs} ms`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new InputError(`unreachable URL (${cause?.code ?? cause?.message ?? (error as Error).message})`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxSize) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`over the size cap (${declared} bytes > ${options.maxSize})`);
    }
    const parts: Buffer[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > options.maxSize) {
            await reader.cancel().catch(() => {});
            throw new InputError(`over the size cap (more than ${options.maxSize} bytes)`);
          }
          parts.push(Buffer.from(value));
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        if (controller.signal.aborted) throw new InputError(`timed out after ${options.timeoutMs} ms`);
        throw new InputError(`connection failed while reading (${(error as Error).message})`);
      }
    }
    return {
      bytes: Buffer.concat(parts, size),
      contentType: response.headers.get('content-type') ?? '',
      url: response.url || url,
    };
  } finally {
    clearTimeout(timer);
  }
}

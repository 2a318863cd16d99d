// Reads one source (file, stdin or URL) into articles, by format; a bad input yields an error, never throws.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAppError } from '../../core/errors.ts';
import { buildArticle } from './build-article.ts';
import { decodeText, looksBinary } from './decode-text.ts';
import { fetchUrl } from './fetch-url.ts';
import { parseHtml } from './parse-html.ts';
import { listJsonArticles, parseJsonText, readArticleFields } from './parse-json.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { splitLines } from './split-lines.ts';
import {
  DEFAULT_READ_OPTIONS,
  describeSource,
  type ReadOptions,
  type ReadResult,
  type Source,
} from './types.ts';

/** The formats Tracegraph reads. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const EXTENSION_FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file name says, or undefined for an unknown extension. */
export function formatOfPath(name: string): SourceFormat | undefined {
  return EXTENSION_FORMATS[path.extname(name).toLowerCase()];
}

/** The format a text looks like, for stdin and extension-less inputs. */
export function sniffFormat(text: string): SourceFormat {
  const head = text.trimStart();
  if (/^<(!doctype html|html|head|body|article|p|div|h1)\b/i.test(head)) return 'html';
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  return 'text';
}

function message(error: unknown): string {
  if (isAppError(error)) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}

/** Parses a whole decoded document of a known format into results (several for a JSON array or JSONL). */
export function parseDocument(
  text: string,
  format: SourceFormat,
  origin: string,
  url?: string,
): ReadResult[] {
  const results: ReadResult[] = [];
  const attempt = (itemOrigin: string, make: () => ReturnType<typeof buildArticle>): void => {
    try {
      results.push({ article: make() });
    } catch (error) {
      results.push({ error: { origin: itemOrigin, message: message(error) } });
    }
  };
  switch (format) {
    case 'text':
      attempt(origin, () => buildArticle({ text, url }, origin));
      break;
    case 'markdown':
      attempt(origin, () => {
        const fields = parseMarkdown(text);
        return buildArticle({ ...fields, url: fields.url ?? url }, origin);
      });
      break;
    case 'html':
      attempt(origin, () => buildArticle(parseHtml(text, url), origin));
      break;
    case 'json': {
      let document: unknown;
      try {
        document = parseJsonText(text);
      } catch (error) {
        return [{ error: { origin, message: message(error) } }];
      }
      const items = listJsonArticles(document);
      if (items.length === 0) return [{ error: { origin, message: 'no articles (empty JSON array)' } }];
      items.forEach((item, i) => {
        const itemOrigin = items.length === 1 && !Array.isArray(document) ? origin : `${origin}[${i}]`;
        attempt(itemOrigin, () => buildArticle(readArticleFields(item), itemOrigin));
      });
      break;
    }
    case 'jsonl': {
      text.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        results.push(readJsonLine(line, `${origin}:${i + 1}`));
      });
      if (results.length === 0) results.push({ error: { origin, message: 'empty file (no JSON lines)' } });
      break;
    }
  }
  return results;
}

function readJsonLine(line: string, origin: string): ReadResult {
  try {
    return { article: buildArticle(readArticleFields(parseJsonText(line)), origin) };
  } catch (error) {
    return { error: { origin, message: message(error) } };
  }
}

const lineDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams JSON Lines: one article a line, memory bounded by the longest line (capped at `maxSize`).
 * Blank lines are skipped; a bad line yields an error naming `origin:line` and the stream goes on.
 */
export async function* readJsonLines(
  chunks: AsyncIterable<Buffer | string>,
  origin: string,
  maxSize: number,
): AsyncGenerator<ReadResult> {
  let seen = 0;
  try {
    for await (const line of splitLines(chunks, maxSize)) {
      const lineOrigin = `${origin}:${line.number}`;
      if (line.tooLong !== undefined) {
        seen++;
        yield {
          error: {
            origin: lineOrigin,
            message: `line over the size cap (${line.tooLong} bytes > ${maxSize})`,
          },
        };
        continue;
      }
      const bytes = line.bytes!;
      if (bytes.length === 0 || /^\s*$/.test(bytes.toString('latin1'))) continue;
      seen++;
      if (looksBinary(bytes)) {
        yield { error: { origin: lineOrigin, message: 'binary content, not text' } };
        continue;
      }
      let text: string;
      try {
        text = lineDecoder.decode(bytes);
      } catch {
        yield { error: { origin: lineOrigin, message: 'invalid UTF-8' } };
        continue;
      }
      yield readJsonLine(text.replace(/^\ufeff/, '').replace(/\r$/, ''), lineOrigin);
    }
  } catch (error) {
    yield { error: { origin, message: message(error) } };
    return;
  }
  if (seen === 0) yield { error: { origin, message: 'empty file (no JSON lines)' } };
}

async function* readFileSource(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const format = formatOfPath(file);
  if (format === 'jsonl') {
    // Opened lazily by the stream: a missing file surfaces as an error result from readJsonLines.
    yield* readJsonLines(createReadStream(file, { highWaterMark: 256 * 1024 }), file, options.maxSize);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > options.maxSize) {
      yield {
        error: {
          origin: file,
          message: `over the size cap (${info.size} bytes > ${options.maxSize}; see --max-size)`,
        },
      };
      return;
    }
    bytes = await readFile(file);
  } catch (error) {
    yield { error: { origin: file, message: message(error) } };
    return;
  }
  yield* parseBytes(bytes, format, file);
}

function* parseBytes(
  bytes: Buffer,
  format: SourceFormat | undefined,
  origin: string,
  url?: string,
): Generator<ReadResult> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    yield { error: { origin, message: message(error) } };
    return;
  }
  yield* parseDocument(text, format ?? sniffFormat(text), origin, url);
}

async function* readStdinSource(options: ReadOptions): AsyncGenerator<ReadResult> {
  const stdin = options.stdin ?? process.stdin;
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  // Look at the first chunk: a stream of JSON objects is read line by line, anything else whole.
  const first = await iterator.next();
  if (first.done) {
    yield { error: { origin: '-', message: 'empty input on stdin' } };
    return;
  }
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  const rest: AsyncIterable<Buffer | string> = {
    [Symbol.asyncIterator]: () => {
      let sentHead = false;
      return {
        next: async () => {
          if (!sentHead) {
            sentHead = true;
            return { done: false, value: head };
          }
          return iterator.next();
        },
      };
    },
  };
  const headText = head.toString('utf8');
  if (headText.trimStart().startsWith('{') && isJsonLinesHead(headText)) {
    yield* readJsonLines(rest, '-', options.maxSize);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const raw of rest) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    size += chunk.length;
    if (size > options.maxSize) {
      yield {
        error: {
          origin: '-',
          message: `over the size cap (more than ${options.maxSize} bytes; see --max-size)`,
        },
      };
      return;
    }
    parts.push(chunk);
  }
  yield* parseBytes(Buffer.concat(parts, size), undefined, '-');
}

/** The first line of the head is a complete JSON object and something follows it: JSON Lines. */
function isJsonLinesHead(headText: string): boolean {
  const nl = headText.indexOf('\n');
  if (nl < 0) return false;
  try {
    const value = JSON.parse(headText.slice(0, nl));
    return (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      headText.slice(nl + 1).trim() !== ''
    );
  } catch {
    return false;
  }
}

function formatOfContentType(contentType: string): SourceFormat | undefined {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines')
    return 'jsonl';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  return undefined;
}

async function* readUrlSource(url: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let page: Awaited<ReturnType<typeof fetchUrl>>;
  try {
    page = await fetchUrl(url, options);
  } catch (error) {
    yield { error: { origin: url, message: message(error) } };
    return;
  }
  const pathname = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  const format = formatOfContentType(page.contentType) ?? formatOfPath(pathname);
  // JSON documents name their own articles' URLs; a page or text is the article at this URL.
  const articleUrl = format === 'json' || format === 'jsonl' ? undefined : url;
  yield* parseBytes(page.bytes, format, url, articleUrl);
}

/**
 * Reads one source into articles. Never throws for bad input: each failure is yielded as
 * `{ error: { origin, message } }` naming the file (and line, for JSON Lines) and the reason.
 * @example for await (const r of readSource({ kind: 'file', path: 'samples/a.md' })) if ('article' in r) …
 */
export async function* readSource(
  source: Source,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): AsyncGenerator<ReadResult> {
  try {
    if (source.kind === 'file') yield* readFileSource(source.path, options);
    else if (source.kind === 'url') yield* readUrlSource(source.url, options);
    else yield* readStdinSource(options);
  } catch (error) {
    yield { error: { origin: describeSource(source), message: message(error) } };
  }
}

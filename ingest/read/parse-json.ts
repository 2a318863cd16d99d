// JSON articles: one object, an array of them, or {articles|items: [...]}; fields title, text|body|content, url, publishedAt|date, author, source.
import { InputError } from '../../core/errors.ts';
import type { ArticleFields } from './types.ts';

function pickString(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

function pickAuthor(record: Record<string, unknown>): string | undefined {
  const value = record.author ?? record.byline ?? record.authors;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ') || undefined;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  return undefined;
}

function pickSource(record: Record<string, unknown>): string | undefined {
  const value = record.source ?? record.publisher;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  return undefined;
}

/**
 * One JSON value's article fields.
 * @throws InputError when it is not an object or has no text.
 */
export function readArticleFields(value: unknown): ArticleFields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('not a JSON object');
  }
  const record = value as Record<string, unknown>;
  const text = pickString(record, ['text', 'body', 'content', 'articleBody']);
  if (!text) throw new InputError('no text (expected a "text", "body" or "content" field)');
  const date =
    record.publishedAt ?? record.published_at ?? record.date ?? record.published ?? record.datePublished;
  return {
    title: pickString(record, ['title', 'headline']),
    text,
    url: pickString(record, ['url', 'link']),
    source: pickSource(record),
    author: pickAuthor(record),
    publishedAt:
      typeof date === 'string'
        ? date
        : typeof date === 'number'
          ? new Date(date < 1e11 ? date * 1000 : date).toISOString()
          : undefined,
  };
}

/** The article values in a parsed JSON document: the object itself, an array, or an `articles`/`items` array. */
export function listJsonArticles(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (document && typeof document === 'object') {
    const record = document as Record<string, unknown>;
    for (const key of ['articles', 'items', 'data']) {
      if (
        Array.isArray(record[key]) &&
        !('text' in record) &&
        !('body' in record) &&
        !('content' in record)
      ) {
        return record[key] as unknown[];
      }
    }
  }
  return [document];
}

/** Parses JSON text, naming the problem ("not valid JSON: Unexpected token …") on failure. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`);
  }
}

// Builds an Article from the fields a reader found: tidy text, a title, metadata from the text, the stable id.
import { articleId } from '../../core/ids.ts';
import { InputError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import type { ArticleFields } from './types.ts';
import { normaliseDate, readHeaderMetadata } from './text-metadata.ts';

const MAX_TITLE = 300;

/** Line endings to \n, no trailing spaces on lines, no runs of more than one blank line, trimmed. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The title a plain text gives itself: its first line when a blank line follows (the corpus convention),
 * else its first line when it is short enough to be a heading.
 */
export function readTitleLine(text: string): { title?: string; rest: string[] } {
  const lines = text.split('\n');
  const first = lines[0]?.trim() ?? '';
  const heading = first.replace(/^#+\s*/, '');
  if (lines.length > 1 && lines[1].trim() === '' && heading.length > 0 && heading.length <= MAX_TITLE) {
    return { title: heading, rest: lines.slice(2) };
  }
  return { rest: lines };
}

/**
 * Makes the Article: fills the title from the text's first line, author and date from its header
 * ("By Charles Rollet, Published Mar 26, 2019"), and computes the id from text and URL.
 * @throws InputError when there is no text.
 */
export function buildArticle(fields: ArticleFields, origin: string): Article {
  const text = tidyText(fields.text ?? '');
  if (text === '') throw new InputError('no text');
  const { title: titleLine, rest } = readTitleLine(text);
  const header = readHeaderMetadata(
    titleLine ? rest.filter((l) => l.trim() !== '') : text.split('\n').slice(1),
  );
  const title = clean(fields.title) ?? titleLine ?? fallbackTitle(text);
  const url = clean(fields.url);
  const article: Article = {
    id: articleId({ text, url }),
    title,
    text,
    origin,
  };
  if (url) article.url = url;
  const source = clean(fields.source);
  if (source) article.source = source;
  const author = clean(fields.author) ?? header.author;
  if (author) article.author = author;
  const publishedAt = normaliseDate(fields.publishedAt) ?? header.publishedAt;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

function clean(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** No title line: the first sentence-ish stretch of the text, cut at a word. */
function fallbackTitle(text: string): string {
  const first = text.split('\n')[0].trim();
  if (first.length <= 120) return first;
  const cut = first.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

// Stable ids for entities and articles: the same thing gets the same id on every ingest.
import { createHash } from 'node:crypto';
import type { EntityType } from './types.ts';

/** Folds a name to a slug: lower case, accents removed, non-alphanumerics to single dashes. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of an entity: its type and its canonical name's slug.
 * @example entityId('Company', 'Hikvision') === 'company:hikvision'
 */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/**
 * The id of an article: a hash of its URL when it has one (so a corrected article keeps its id),
 * else of its normalised text.
 */
export function articleId(input: { text: string; url?: string }): string {
  const key = input.url ? `url:${normaliseUrl(input.url)}` : `text:${normaliseText(input.text)}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A hash of the article's content, to tell "unchanged" from "updated" under the same id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 16);
}

function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

// Markdown articles: YAML-style front matter (title, date, source, author, url) and a body with the markup removed.
import type { ArticleFields } from './types.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** `key: value` pairs from a front-matter block (quotes stripped; nested YAML is not needed here). */
export function parseFrontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = line.match(/^([A-Za-z_][\w-]*)\s*:\s*(.*)$/);
    if (!m) continue;
    let value = m[2].trim();
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
      value = value.slice(1, -1);
    }
    fields[m[1].toLowerCase()] = value;
  }
  return fields;
}

/** Splits a document into its front matter (if any) and body. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = text.match(FRONT_MATTER);
  if (!m) return { fields: {}, body: text };
  return { fields: parseFrontMatter(m[1]), body: text.slice(m[0].length) };
}

/** Markdown to plain prose: headings, emphasis, links, images, code fences and list markers removed. */
export function stripMarkdown(body: string): string {
  return body
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * A Markdown article's fields. Title: front matter, else the first `# heading`, else the first line.
 * @example parseMarkdown('---\ntitle: T\ndate: 2019-03-26\n---\nBody') → { title: 'T', publishedAt: '2019-03-26', text: 'Body' }
 */
export function parseMarkdown(text: string): ArticleFields {
  const { fields, body } = splitFrontMatter(text);
  const heading = body.match(/^\s*#\s+(.+)$/m);
  return {
    title: fields.title ?? heading?.[1]?.trim(),
    text: stripMarkdown(body),
    url: fields.url ?? fields.link,
    source: fields.source ?? fields.publisher,
    author: fields.author ?? fields.byline,
    publishedAt: fields.date ?? fields.publishedat ?? fields.published,
  };
}

// HTML pages: the main text by Mozilla's Readability on a linkedom DOM; title, byline and date from the meta tags.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from '../../core/errors.ts';
import type { ArticleFields } from './types.ts';

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'UL',
  'OL',
  'TABLE',
  'HEADER',
  'FOOTER',
  'DD',
  'DT',
]);

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

/** The text of a DOM subtree with blocks as paragraphs (Readability's textContent runs them together). */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const MIN_PROSE_WORDS = 5;

/** Words outside links: navigation is all links, an article is mostly not. */
function countProseWords(root: DomNode): number {
  let words = 0;
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3)
      words += (node.textContent ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    else if (node.nodeType === 1 && node.nodeName !== 'A')
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
  };
  walk(root);
  return words;
}

type MetaDocument = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

function readMeta(document: MetaDocument, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * An HTML page's article fields.
 * @throws InputError when the page has no readable text.
 */
export function parseHtml(html: string, pageUrl?: string): ArticleFields {
  const { document } = parseHTML(html);
  const meta = document as unknown as MetaDocument;
  const metaTitle = readMeta(meta, [
    'meta[property="og:title"]',
    'meta[name="twitter:title"]',
    'meta[name="title"]',
  ]);
  const metaAuthor = readMeta(meta, [
    'meta[name="author"]',
    'meta[property="article:author"]',
    'meta[name="byl"]',
    'meta[name="parsely-author"]',
  ]);
  const metaDate = readMeta(meta, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:updated_time"]',
  ]);
  const metaSource = readMeta(meta, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const metaUrl = readMeta(meta, ['meta[property="og:url"]']);
  const timeElement = (
    document as unknown as { querySelector(s: string): { getAttribute(n: string): string | null } | null }
  )
    .querySelector('time[datetime]')
    ?.getAttribute('datetime');
  const documentTitle = (document as unknown as { title?: string }).title;

  // Readability mutates the document, so meta tags are read first.
  const parsed = new Readability(document as unknown as Document).parse();
  const body = parsed?.content
    ? (parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode)
    : undefined;
  const text = body ? blockText(body) : '';
  // Readability falls back to the whole body when it finds no article: a page of menus is no text.
  if (text.trim() === '' || !body || countProseWords(body) < MIN_PROSE_WORDS)
    throw new InputError('HTML page with no readable text');
  return {
    title: metaTitle ?? parsed?.title ?? documentTitle ?? undefined,
    text,
    url: pageUrl ?? metaUrl,
    source: metaSource ?? parsed?.siteName ?? undefined,
    author: metaAuthor ?? cleanByline(parsed?.byline),
    publishedAt: metaDate ?? parsed?.publishedTime ?? timeElement ?? undefined,
  };
}

function cleanByline(byline: string | null | undefined): string | undefined {
  if (!byline) return undefined;
  return (
    byline
      .replace(/^\s*by\s+/i, '')
      .split(/\s*[,|•]\s*/)[0]
      .trim() || undefined
  );
}

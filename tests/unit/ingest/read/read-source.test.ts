// Every reader and every bad input: each failure names its input and reason, and the others still read.
import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/types.ts';
import { readSource, sniffFormat } from '../../../../ingest/read/read-source.ts';
import { resolveSources } from '../../../../ingest/read/resolve-sources.ts';
import {
  DEFAULT_READ_OPTIONS,
  type ReadOptions,
  type ReadResult,
  type Source,
} from '../../../../ingest/read/types.ts';

let dir: string;

async function collect(source: Source, options: Partial<ReadOptions> = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of readSource(source, { ...DEFAULT_READ_OPTIONS, ...options })) out.push(result);
  return out;
}

async function readFileAt(
  name: string,
  content: string | Buffer,
  options: Partial<ReadOptions> = {},
): Promise<ReadResult[]> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return collect({ kind: 'file', path: file }, options);
}

function articles(results: ReadResult[]): Article[] {
  return results.flatMap((r) => ('article' in r ? [r.article] : []));
}

function errors(results: ReadResult[]): Array<{ origin: string; message: string }> {
  return results.flatMap((r) => ('error' in r ? [r.error] : []));
}

const BODY = 'Alistair Carmichael, the Liberal Democrat MP, wrote to the Foreign Office about Hikvision.';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tracegraph-read-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('plain text', () => {
  it('reads title, header metadata and body', async () => {
    const [article] = articles(
      await readFileAt(
        'a.txt',
        `MPs urge inquiry\n\nBy Charles Rollet, Published Mar 26, 2019, 08:55am EDT\n\n${BODY}\n`,
      ),
    );
    expect(article).toMatchObject({
      title: 'MPs urge inquiry',
      author: 'Charles Rollet',
      publishedAt: '2019-03-26',
    });
    expect(article.text).toContain(BODY);
    expect(article.origin).toBe(path.join(dir, 'a.txt'));
  });
});

describe('markdown', () => {
  it('reads front matter', async () => {
    const md = `---\ntitle: "Oil fund sells stake"\ndate: 2019-05-02\nsource: Tracegraph samples\nauthor: Staff\nurl: https://example.org/oil\n---\n\n# Oil fund sells stake\n\nThe **fund** sold its [Hikvision](https://x) shares.\n`;
    const [article] = articles(await readFileAt('b.md', md));
    expect(article).toMatchObject({
      title: 'Oil fund sells stake',
      publishedAt: '2019-05-02',
      source: 'Tracegraph samples',
      author: 'Staff',
      url: 'https://example.org/oil',
    });
    expect(article.text).toContain('The fund sold its Hikvision shares.');
    expect(article.text).not.toContain('---');
  });

  it('takes the first # heading as title without front matter', async () => {
    const [article] = articles(await readFileAt('c.md', `Some intro\n# The heading\n\n${BODY}`));
    expect(article.title).toBe('The heading');
  });
});

describe('html', () => {
  const page = (body: string, head = '') =>
    `<!doctype html><html><head><title>Doc title</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer>© Example</footer></body></html>`;

  it('extracts the main text and meta tags', async () => {
    const head =
      '<meta property="og:title" content="MPs write about Hikvision"><meta property="article:published_time" content="2019-03-26T08:55:00Z"><meta name="author" content="Charles Rollet"><meta property="og:site_name" content="IPVM">';
    const body = `<article><h1>MPs write</h1><p>${BODY} ${BODY}</p><p>Karen Lee, the Labour MP, criticised the company for its work in Xinjiang, the letter says, and asked ministers to act.</p></article>`;
    const [article] = articles(await readFileAt('p.html', page(body, head)));
    expect(article).toMatchObject({
      title: 'MPs write about Hikvision',
      author: 'Charles Rollet',
      publishedAt: '2019-03-26',
      source: 'IPVM',
    });
    expect(article.text).toContain('Karen Lee, the Labour MP');
    expect(article.text).toMatch(/Hikvision\.\n\nKaren Lee/);
    expect(article.text).not.toContain('Home');
  });

  it('fails an HTML page with no text', async () => {
    const results = await readFileAt('empty.htm', page('<div><img src="a.png"></div>'));
    expect(errors(results)).toEqual([
      { origin: path.join(dir, 'empty.htm'), message: 'HTML page with no readable text' },
    ]);
  });
});

describe('json', () => {
  it('reads one article', async () => {
    const [article] = articles(
      await readFileAt(
        'one.json',
        JSON.stringify({
          title: 'T',
          body: BODY,
          url: 'https://e.org/1',
          date: '2020-02-03',
          author: 'A B',
          source: 'Wire',
        }),
      ),
    );
    expect(article).toMatchObject({
      title: 'T',
      text: BODY,
      url: 'https://e.org/1',
      publishedAt: '2020-02-03',
      author: 'A B',
      source: 'Wire',
    });
  });

  it('reads an array; an element without text fails alone, named by index', async () => {
    const file = path.join(dir, 'many.json');
    const results = await readFileAt(
      'many.json',
      JSON.stringify([{ content: BODY }, { title: 'no text' }, { text: `${BODY} Again.` }]),
    );
    expect(articles(results)).toHaveLength(2);
    expect(errors(results)).toEqual([{ origin: `${file}[1]`, message: expect.stringMatching(/no text/) }]);
  });

  it('fails invalid JSON', async () => {
    const results = await readFileAt('bad.json', '{"title": ');
    expect(errors(results)[0].message).toMatch(/not valid JSON/);
  });
});

describe('json lines', () => {
  it('reads line by line; bad lines fail alone with their line number', async () => {
    const file = path.join(dir, 'feed.jsonl');
    const lines = [
      JSON.stringify({ title: 'One', text: BODY }),
      '',
      'not json at all',
      JSON.stringify({ title: 'No text here' }),
      JSON.stringify({ title: 'Two', text: `${BODY} Two.` }),
    ];
    const results = await readFileAt('feed.jsonl', `${lines.join('\n')}\n`);
    expect(articles(results).map((a) => a.title)).toEqual(['One', 'Two']);
    expect(articles(results)[1].origin).toBe(`${file}:5`);
    expect(errors(results)).toEqual([
      { origin: `${file}:3`, message: expect.stringMatching(/not valid JSON/) },
      { origin: `${file}:4`, message: expect.stringMatching(/no text/) },
    ]);
  });

  it('fails a line over the size cap, a binary line and an invalid UTF-8 line, and goes on', async () => {
    const file = path.join(dir, 'caps.ndjson');
    const content = Buffer.concat([
      Buffer.from(`${JSON.stringify({ text: 'x'.repeat(500) })}\n`),
      Buffer.from('{"text":"a\u0000b"}\n'.replace('\\u0000', '\u0000')),
      Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from(`${JSON.stringify({ text: BODY })}\n`),
    ]);
    const results = await readFileAt('caps.ndjson', content, { maxSize: 200 });
    expect(errors(results)).toEqual([
      { origin: `${file}:1`, message: expect.stringMatching(/line over the size cap/) },
      { origin: `${file}:2`, message: 'binary content, not text' },
      { origin: `${file}:3`, message: 'invalid UTF-8' },
    ]);
    expect(articles(results)).toHaveLength(1);
  });

  it('fails an empty JSONL file', async () => {
    expect(errors(await readFileAt('empty.jsonl', '\n\n'))[0].message).toMatch(/empty file/);
  });

  it('streams: a file far larger than the cap reads line by line', async () => {
    const line = `${JSON.stringify({ text: BODY })}\n`;
    const results = await readFileAt('big.jsonl', line.repeat(400), { maxSize: 1000 });
    expect(articles(results)).toHaveLength(400);
  });
});

describe('bad files', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /empty file/],
    ['blank.md', Buffer.from('\n  \n'), /empty file/],
    [
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      /binary/,
    ],
    ['latin1.txt', Buffer.from('Caf\xe9 au lait in Z\xfcrich', 'latin1'), /invalid UTF-8/],
  ])('%s fails alone', async (name, content, expected) => {
    const results = await readFileAt(name, content);
    expect(results).toHaveLength(1);
    expect(errors(results)[0]).toEqual({
      origin: path.join(dir, name),
      message: expect.stringMatching(expected),
    });
  });

  it('fails a file over the size cap without reading it', async () => {
    const results = await readFileAt('big.txt', `Title\n\n${'word '.repeat(100)}`, { maxSize: 100 });
    expect(errors(results)[0].message).toMatch(/over the size cap \(\d+ bytes > 100/);
  });

  it('fails a missing file', async () => {
    const results = await collect({ kind: 'file', path: path.join(dir, 'nope.txt') });
    expect(errors(results)[0].message).toBe('no such file');
  });
});

describe('stdin', () => {
  it('reads a text document', async () => {
    const results = await collect(
      { kind: 'stdin' },
      { stdin: Readable.from([Buffer.from(`Piped title\n\n${BODY}`)]) },
    );
    expect(articles(results)[0]).toMatchObject({ title: 'Piped title', origin: '-' });
  });

  it('streams JSON lines', async () => {
    const feed = [JSON.stringify({ text: BODY }), JSON.stringify({ text: `${BODY} 2` }), '{oops'].join('\n');
    const results = await collect(
      { kind: 'stdin' },
      { stdin: Readable.from([Buffer.from(feed.slice(0, 30)), Buffer.from(feed.slice(30))]) },
    );
    expect(articles(results)).toHaveLength(2);
    expect(errors(results)).toEqual([{ origin: '-:3', message: expect.stringMatching(/not valid JSON/) }]);
  });

  it('fails empty stdin', async () => {
    expect(errors(await collect({ kind: 'stdin' }, { stdin: Readable.from([]) }))[0]).toEqual({
      origin: '-',
      message: 'empty input on stdin',
    });
  });
});

describe('urls', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article.html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          `<html><head><meta property="og:title" content="Remote"></head><body><article><p>${BODY} ${BODY}</p><p>${BODY}</p></article></body></html>`,
        );
      } else if (req.url === '/feed') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify([{ text: BODY, url: 'https://e.org/x' }]));
      } else if (req.url === '/huge.txt') {
        res.setHeader('content-type', 'text/plain');
        res.end('x'.repeat(5000));
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000);
      } else {
        res.statusCode = 404;
        res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page; the URL is the article URL', async () => {
    const [article] = articles(await collect({ kind: 'url', url: `${base}/article.html` }));
    expect(article).toMatchObject({
      title: 'Remote',
      url: `${base}/article.html`,
      origin: `${base}/article.html`,
    });
  });

  it('reads a JSON feed by content type', async () => {
    const [article] = articles(await collect({ kind: 'url', url: `${base}/feed` }));
    expect(article.url).toBe('https://e.org/x');
  });

  it.each([
    ['/missing', {}, /HTTP 404/],
    ['/huge.txt', { maxSize: 1000 }, /over the size cap/],
    ['/slow', { timeoutMs: 200 }, /timed out after 200 ms/],
  ])('%s fails with a reason', async (route, options, expected) => {
    const results = await collect({ kind: 'url', url: `${base}${route}` }, options);
    expect(errors(results)).toEqual([
      { origin: `${base}${route}`, message: expect.stringMatching(expected) },
    ]);
  });

  it('fails an unreachable URL', async () => {
    const results = await collect({ kind: 'url', url: 'http://127.0.0.1:9/none' });
    expect(errors(results)[0].message).toMatch(/unreachable URL/);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html></html>', 'html'],
    ['---\ntitle: x\n---\nbody', 'markdown'],
    ['[{"text":"a"}]', 'json'],
    ['{"text":"a"}', 'json'],
    ['{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['Plain words', 'text'],
  ])('%j → %s', (text, expected) => {
    expect(sniffFormat(text)).toBe(expected);
  });
});

describe('resolveSources', () => {
  it('walks folders recursively in order, expands globs, keeps - and URLs, names what matched nothing', async () => {
    const root = path.join(dir, 'tree');
    await mkdir(path.join(root, 'sub', 'deeper'), { recursive: true });
    await mkdir(path.join(root, '.hidden'), { recursive: true });
    for (const name of [
      'b.txt',
      'a.md',
      'x.gold.json',
      'README.md',
      'sub/readme.txt',
      'notes.pdf',
      'sub/c.html',
      'sub/deeper/d.jsonl',
      '.hidden/e.txt',
    ]) {
      await writeFile(path.join(root, name), 'x');
    }
    const { sources, errors: problems } = await resolveSources(
      [root, `${root}/sub/**/*.jsonl`, '-', 'https://e.org/a', `${root}/none-*.txt`, `${root}/missing.txt`],
      '/',
    );
    expect(sources).toEqual([
      { kind: 'file', path: path.relative('/', path.join(root, 'a.md')) },
      { kind: 'file', path: path.relative('/', path.join(root, 'b.txt')) },
      { kind: 'file', path: path.relative('/', path.join(root, 'sub/c.html')) },
      { kind: 'file', path: path.relative('/', path.join(root, 'sub/deeper/d.jsonl')) },
      { kind: 'stdin' },
      { kind: 'url', url: 'https://e.org/a' },
    ]);
    expect(problems).toEqual([
      { origin: `${root}/none-*.txt`, message: 'no files match this pattern' },
      { origin: `${root}/missing.txt`, message: 'no such file or folder' },
    ]);
  });
});

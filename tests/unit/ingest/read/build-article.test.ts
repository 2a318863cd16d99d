// Building articles: titles from the first line, metadata from the header, stable ids.
import { describe, expect, it } from 'vitest';
import { buildArticle, readTitleLine, tidyText } from '../../../../ingest/read/build-article.ts';
import { articleId } from '../../../../core/ids.ts';

describe('buildArticle', () => {
  it('takes the first line as the title when a blank line follows it (the corpus convention)', () => {
    const article = buildArticle(
      { text: 'MPs write to the Foreign Office\n\nBy Ann Lee, Published Mar 26, 2019\n\nNine MPs wrote.' },
      'a.txt',
    );
    expect(article.title).toBe('MPs write to the Foreign Office');
    expect(article.author).toBe('Ann Lee');
    expect(article.publishedAt).toBe('2019-03-26');
    expect(article.origin).toBe('a.txt');
    expect(article.id).toBe(articleId({ text: article.text }));
  });

  it('prefers fields over what the text says', () => {
    const article = buildArticle(
      {
        text: 'Title line\n\nBy Ann Lee, Published Mar 26, 2019\n\nBody.',
        title: 'Given',
        author: 'Bo Ek',
        publishedAt: '2020-01-02T10:00:00Z',
      },
      'x',
    );
    expect(article).toMatchObject({ title: 'Given', author: 'Bo Ek', publishedAt: '2020-01-02' });
  });

  it('derives the id from the URL when there is one, so a corrected text keeps its id', () => {
    const a = buildArticle({ text: 'One text.', url: 'https://example.org/a' }, 'x');
    const b = buildArticle({ text: 'Another text.', url: 'https://example.org/a' }, 'x');
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(buildArticle({ text: 'One text.' }, 'x').id);
  });

  it('the same text with different line endings is the same article', () => {
    expect(buildArticle({ text: 'T\r\n\r\nBody here.\r\n' }, 'x').id).toBe(
      buildArticle({ text: 'T\n\nBody here.' }, 'y').id,
    );
  });

  it('refuses an empty text', () => {
    expect(() => buildArticle({ text: '  \n ' }, 'x')).toThrow(/no text/);
  });

  it('falls back to a cut first line for a title', () => {
    const long = 'word '.repeat(60).trim();
    const article = buildArticle({ text: long }, 'x');
    expect(article.title.length).toBeLessThanOrEqual(121);
    expect(article.title.endsWith('…')).toBe(true);
  });
});

describe('readTitleLine', () => {
  it.each([
    ['Title\n\nBody', 'Title'],
    ['# Heading\n\nBody', 'Heading'],
    ['Not a title\nBody continues', undefined],
  ])('%j → %s', (text, expected) => {
    expect(readTitleLine(text).title).toBe(expected);
  });
});

describe('tidyText', () => {
  it('normalises line endings, trailing blanks and blank-line runs', () => {
    expect(tidyText('\r\nA  \r\n\r\n\r\n\r\nB\t\n')).toBe('A\n\nB');
  });
});

// Refusing what is not text: empty, binary, invalid UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../../../ingest/read/decode-text.ts';

describe('decodeText', () => {
  it.each([
    ['empty', Buffer.alloc(0), /empty file/],
    ['only white space', Buffer.from(' \n\t\n'), /empty file/],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), /binary/],
    ['invalid UTF-8', Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), /invalid UTF-8 \(at byte 3\)/],
    ['truncated sequence', Buffer.from([0x41, 0xe2, 0x82]), /invalid UTF-8 \(at byte 1\)/],
  ])('refuses %s', (_name, bytes, expected) => {
    expect(() => decodeText(bytes)).toThrow(expected);
  });

  it('accepts UTF-8 text and drops a BOM', () => {
    expect(decodeText(Buffer.from('\ufeffZürich – Москва', 'utf8'))).toBe('Zürich – Москва');
  });

  it('does not call text with tabs and form feeds binary', () => {
    expect(looksBinary(Buffer.from('a\tb\fc\r\nd'))).toBe(false);
  });
});

// Turns raw bytes into text, refusing what is not text: empty input, binary data, invalid UTF-8.
import { InputError } from '../../core/errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How many leading bytes are inspected for signs of binary content. */
const SNIFF_BYTES = 8192;

/**
 * Decodes `bytes` as UTF-8 text (a leading BOM is dropped).
 * @throws InputError "empty file", "binary content" or "invalid UTF-8" — the caller names the input.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (looksBinary(bytes)) throw new InputError('binary content, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`invalid UTF-8 (at byte ${firstInvalidUtf8Byte(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  return text;
}

/** NUL bytes, or many control characters, in the first few kilobytes mean binary data. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC appear in real text; other C0 controls do not.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return end > 0 && control / end > 0.1;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

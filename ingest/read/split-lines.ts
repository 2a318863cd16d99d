// Splits a byte stream into lines without holding more than one line (capped) in memory.

/** One line of a stream: its bytes, or `tooLong` with its size when it passed the cap. */
export interface StreamLine {
  /** 1-based line number. */
  number: number;
  bytes?: Buffer;
  tooLong?: number;
}

/**
 * Yields the lines of `chunks` one at a time. A line longer than `maxLineBytes` is not kept: it is
 * yielded as `{ tooLong }` once its end is reached, so memory stays bounded by the cap.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = 0;
  let number = 0;
  const finish = (): StreamLine => {
    number++;
    const line: StreamLine =
      overflow > 0 ? { number, tooLong: overflow } : { number, bytes: Buffer.concat(parts, length) };
    parts = [];
    length = 0;
    overflow = 0;
    return line;
  };
  const append = (piece: Buffer): void => {
    if (overflow > 0) {
      overflow += piece.length;
    } else if (length + piece.length > maxLineBytes) {
      overflow = length + piece.length;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      // Copy: the stream may reuse its chunk's memory.
      parts.push(Buffer.from(piece));
      length += piece.length;
    }
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    append(chunk.subarray(start));
  }
  if (length > 0 || overflow > 0) yield finish();
}

// Metadata a text states about itself: a saved page's "By Charles Rollet, Published Mar 26, 2019" header, dates in prose.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const DATE_PATTERNS: Array<{ re: RegExp; pick: (m: RegExpMatchArray) => [number, number, number] }> = [
  // 2019-03-26, 2019-03-26T08:55:00Z
  { re: /\b(\d{4})-(\d{2})-(\d{2})/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // Mar 26, 2019 · March 26 2019
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], monthOf(m[1]), +m[2]],
  },
  // 26 March 2019 · 26 Mar, 2019
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], monthOf(m[2]), +m[1]],
  },
  // 2019/03/26
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, pick: (m) => [+m[1], +m[2], +m[3]] },
];

function monthOf(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace('.', '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The first calendar date written in `text`, as YYYY-MM-DD.
 * @example findDate('Published Mar 26, 2019, 08:55am EDT') === '2019-03-26'
 */
export function findDate(text: string): string | undefined {
  let best: { index: number; value: string } | undefined;
  for (const { re, pick } of DATE_PATTERNS) {
    const m = text.match(re);
    if (!m || m.index === undefined) continue;
    const [y, mo, d] = pick(m);
    if (!isValidDate(y, mo, d)) continue;
    if (!best || m.index < best.index) best = { index: m.index, value: `${y}-${pad(mo)}-${pad(d)}` };
  }
  return best?.value;
}

/**
 * A date field's value as YYYY-MM-DD: ISO strings, "Mar 26, 2019", "26 March 2019", RFC 2822 dates.
 * Returns undefined when it is no date.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Epoch seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const found = findDate(value);
  if (found) return found;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

/** What a text's opening lines say about its author and date. */
export interface HeaderMetadata {
  author?: string;
  publishedAt?: string;
}

// "By Charles Rollet, Published Mar 26, 2019, 08:55am EDT" — a byline, then the date, on one line.
const BYLINE =
  /^\s*(?:[Ww]ritten\s+)?(?:By|BY|by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|da|di|le|la|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){0,4})/u;
const DATELINE = /\b(?:published|posted|updated|first published|date)(?:\s+on)?\s*:?\s+(.{6,60})/i;

/**
 * Author and date from a saved page's header: the few short lines after the title.
 * @example readHeaderMetadata(['By Charles Rollet, Published Mar 26, 2019']) → { author: 'Charles Rollet', publishedAt: '2019-03-26' }
 */
export function readHeaderMetadata(lines: string[]): HeaderMetadata {
  const result: HeaderMetadata = {};
  for (const raw of lines.slice(0, 6)) {
    const line = raw.trim();
    if (line === '' || line.length > 200) continue;
    if (!result.author) {
      const by = line.match(BYLINE);
      if (by) result.author = by[1].replace(/[.,]$/, '').trim();
    }
    if (!result.publishedAt) {
      const dateline = line.match(DATELINE);
      const date = dateline ? findDate(dateline[1]) : readDateOnlyLine(line);
      if (date) result.publishedAt = date;
    }
  }
  return result;
}

/** A line that is nothing but a date ("26 March 2019") also dates the article. */
function readDateOnlyLine(line: string): string | undefined {
  if (line.length > 40) return undefined;
  const date = findDate(line);
  if (!date) return undefined;
  const rest = line.replace(/[\d,.:\s]|am|pm|[A-Z]{2,4}$/gi, '');
  return rest.length <= 12 ? date : undefined;
}

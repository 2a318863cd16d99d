// Reads a `--since` / `?since=` value: a day, an instant, today/yesterday, or a span back from now (7d, 24h, 2w).
import { ValidationError } from '../../core/errors.ts';

const SPAN = /^(\d+)\s*(m|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * The ISO instant or day a feed starts at: `2026-11-01` stays a day (compared as text, it includes
 * the whole day), `today` / `yesterday` a UTC day, `2026-11-01T08:00:00Z` an instant, `7d` / `24h` /
 * `30m` / `2w` a span back from `now`.
 * @throws ValidationError for anything else.
 * @example parseSince('24h', new Date('2026-11-29T12:00:00Z')) === '2026-11-28T12:00:00.000Z'
 */
export function parseSince(value: string, now: Date = new Date()): string {
  const text = value.trim();
  const lower = text.toLowerCase();
  if (lower === 'today' || lower === 'yesterday') {
    return new Date(now.getTime() - (lower === 'yesterday' ? 86_400_000 : 0)).toISOString().slice(0, 10);
  }
  const span = SPAN.exec(text);
  if (span) return new Date(now.getTime() - Number(span[1]) * UNIT_MS[span[2].toLowerCase()]).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const parsed = new Date(`${text}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text)) return text;
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const parsed = new Date(text);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString();
  }
  throw new ValidationError(
    `"${value}" is not a date: use YYYY-MM-DD, an ISO date-time, today, yesterday, or a span such as 7d, 24h, 2w.`,
  );
}

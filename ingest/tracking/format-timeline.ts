// How an entity's timeline reads in a terminal: a bar per month, then relations by the date first stated.
import type { Timeline, TimelineMonth } from '../../cypher/timeline.ts';

/** The months from the first to the last, empty ones included (only when the span is at most `maxSpan`). */
export function fillMonths(months: TimelineMonth[], maxSpan = 48): TimelineMonth[] {
  if (months.length < 2) return months;
  const [fy, fm] = months[0].month.split('-').map(Number);
  const [ly, lm] = months[months.length - 1].month.split('-').map(Number);
  const span = (ly - fy) * 12 + (lm - fm) + 1;
  if (span > maxSpan || !Number.isFinite(span)) return months;
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const out: TimelineMonth[] = [];
  for (let i = 0; i < span; i++) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key, articles: 0, mentions: 0, ingestDated: 0 });
  }
  return out;
}

/** Lines for a terminal. */
export function formatTimeline(t: Timeline, width = 30): string[] {
  const lines = [`${t.entity.name} (${t.entity.type}) — ${t.entity.id}`];
  if (t.firstSeen) lines.push(`First seen ${t.firstSeen}, last seen ${t.lastSeen}`);
  lines.push('', 'Articles per month (articles · mentions):');
  const months = fillMonths(t.months);
  const most = Math.max(1, ...months.map((m) => m.articles));
  for (const m of months) {
    const bar = '█'.repeat(Math.round((m.articles / most) * width));
    const note = m.ingestDated > 0 ? `  (${m.ingestDated} dated by ingest day)` : '';
    lines.push(`  ${m.month}  ${bar.padEnd(width)}  ${m.articles} · ${m.mentions}${note}`);
  }
  if (months.length === 0) lines.push('  (no dated mentions)');
  lines.push('', 'Relations by first date:');
  for (const r of t.relations) {
    const self = t.entity.name;
    const fact =
      r.direction === 'out' ? `${self} —${r.type}→ ${r.other.name}` : `${r.other.name} —${r.type}→ ${self}`;
    const date = `${r.firstDate ?? '?'}${r.firstDateIsIngest ? '*' : ''}`;
    lines.push(`  ${date.padEnd(11)}  ${fact}  (${r.articles} article${r.articles === 1 ? '' : 's'})`);
    if (r.evidence)
      lines.push(`  ${' '.repeat(11)}  “${r.evidence}”${r.article?.title ? ` — ${r.article.title}` : ''}`);
  }
  if (t.relations.length === 0) lines.push('  (none)');
  if (t.relations.some((r) => r.firstDateIsIngest))
    lines.push('', '* ingest date: the article gave no publication date');
  return lines;
}

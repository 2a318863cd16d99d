// A small bar chart of an entity's articles per month, drawn as SVG with DOM APIs (no chart library).
import type { Timeline, TimelineMonth } from './tracking-types.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** One bar, positioned in chart coordinates. */
export interface Bar {
  month: string;
  x: number;
  y: number;
  width: number;
  height: number;
  articles: number;
  mentions: number;
  ingestDated: number;
}

/** The months from the first to the last with empty ones in between (spans over `maxSpan` months are left sparse). */
export function fillMonths(months: TimelineMonth[], maxSpan = 60): TimelineMonth[] {
  if (months.length < 2) return months;
  const [fy, fm] = months[0].month.split('-').map(Number);
  const [ly, lm] = months[months.length - 1].month.split('-').map(Number);
  const span = (ly - fy) * 12 + (lm - fm) + 1;
  if (!Number.isFinite(span) || span > maxSpan) return months;
  const byMonth = new Map(months.map((m) => [m.month, m]));
  return Array.from({ length: span }, (_, i) => {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const key = `${y}-${String(((fm - 1 + i) % 12) + 1).padStart(2, '0')}`;
    return byMonth.get(key) ?? { month: key, articles: 0, mentions: 0, ingestDated: 0 };
  });
}

/**
 * Pure layout: bars of equal width across `width`, heights in proportion to articles (at least 2 px
 * for a month with any), bottoms on `height`.
 */
export function layoutBars(months: TimelineMonth[], width: number, height: number, gap = 2): Bar[] {
  const filled = fillMonths(months);
  if (filled.length === 0) return [];
  const most = Math.max(1, ...filled.map((m) => m.articles));
  const slot = width / filled.length;
  const barWidth = Math.max(1, slot - gap);
  return filled.map((m, i) => {
    const h = m.articles === 0 ? 0 : Math.max(2, Math.round((m.articles / most) * height));
    return {
      month: m.month,
      x: i * slot,
      y: height - h,
      width: barWidth,
      height: h,
      articles: m.articles,
      mentions: m.mentions,
      ingestDated: m.ingestDated,
    };
  });
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/**
 * Draws the chart into `container` (replacing what was there): one bar per month with a tooltip,
 * the first and last month under it; months dated by ingest day are hatched.
 * @example renderTimelineChart(el, await trackingApi.timeline('company:hikvision'))
 */
export function renderTimelineChart(
  container: HTMLElement,
  timeline: Timeline,
  size = { width: 320, height: 70 },
): void {
  container.replaceChildren();
  const bars = layoutBars(timeline.months, size.width, size.height);
  if (bars.length === 0) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = 'No dated mentions yet.';
    container.appendChild(p);
    return;
  }
  const chart = svg('svg', {
    viewBox: `0 0 ${size.width} ${size.height + 16}`,
    width: '100%',
    role: 'img',
    class: 'timeline-chart',
  });
  const total = bars.reduce((n, b) => n + b.articles, 0);
  chart.setAttribute(
    'aria-label',
    `Articles per month from ${bars[0].month} to ${bars[bars.length - 1].month}: ${total} in all`,
  );
  const defs = svg('defs', {});
  const pattern = svg('pattern', {
    id: 'tg-ingest-hatch',
    width: 4,
    height: 4,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.appendChild(svg('rect', { width: 2, height: 4, fill: 'currentColor' }));
  defs.appendChild(pattern);
  chart.appendChild(defs);
  chart.appendChild(
    svg('line', { x1: 0, y1: size.height + 0.5, x2: size.width, y2: size.height + 0.5, class: 'axis' }),
  );
  for (const bar of bars) {
    if (bar.articles === 0) continue;
    const rect = svg('rect', {
      x: bar.x,
      y: bar.y,
      width: bar.width,
      height: bar.height,
      class: bar.ingestDated === bar.articles ? 'bar ingest' : 'bar',
    });
    rect.dataset.month = bar.month;
    rect.dataset.articles = String(bar.articles);
    const title = svg('title', {});
    const dated = bar.ingestDated > 0 ? ` (${bar.ingestDated} dated by ingest day)` : '';
    title.textContent = `${bar.month}: ${bar.articles} article${bar.articles === 1 ? '' : 's'}, ${bar.mentions} mention${bar.mentions === 1 ? '' : 's'}${dated}`;
    rect.appendChild(title);
    chart.appendChild(rect);
  }
  const label = (text: string, x: number, anchor: string) => {
    const t = svg('text', { x, y: size.height + 13, 'text-anchor': anchor, class: 'tick' });
    t.textContent = text;
    chart.appendChild(t);
  };
  label(bars[0].month, 0, 'start');
  if (bars.length > 1) label(bars[bars.length - 1].month, size.width, 'end');
  container.appendChild(chart);
}

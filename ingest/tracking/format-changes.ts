// How the change feed reads in a terminal, and its JSON Lines form (`tracegraph changes --json`).
import type { ChangeEvent, EventKind } from '../../cypher/events.ts';

const LABELS: Record<EventKind, string> = {
  'article-added': '+ article',
  'article-updated': '~ article',
  'article-retracted': '- article',
  'entity-added': '+ entity',
  'entity-removed': '- entity',
  'relation-added': '+ relation',
  'relation-retracted': '- relation',
  merged: '= merged',
  split: '/ split',
};

function articleDate(event: ChangeEvent): string {
  const a = event.article;
  if (!a?.date) return '';
  return a.dateIsIngest ? `${a.date} (ingest date)` : a.date;
}

/** What the event is about, in one line. */
export function describeEvent(event: ChangeEvent): string {
  const r = event.relation;
  if (r) return `${r.source.name} —${r.type}→ ${r.target.name}`;
  if (event.detail) return event.detail;
  if (event.kind.startsWith('article-') && event.article)
    return `${event.article.title || event.article.id}${articleDate(event) ? `, ${articleDate(event)}` : ''}`;
  return event.entities.map((e) => `${e.name} (${e.type})`).join(', ');
}

/**
 * Lines for one event: time, kind, what; then the evidence and its article for relations.
 * @example formatEvent(e) // ['2026-11-29 06:02  + relation  Karen Lee —CRITICIZED→ Hikvision  ★', '    “…” — Title, 2019-03-26']
 */
export function formatEvent(event: ChangeEvent): string[] {
  const when = event.at.slice(0, 16).replace('T', ' ');
  const lines = [
    `${when}  ${LABELS[event.kind].padEnd(10)}  ${describeEvent(event)}${event.watched ? '  ★' : ''}`,
  ];
  if (event.relation?.evidence) {
    const where = [event.article?.title, articleDate(event)].filter(Boolean).join(', ');
    lines.push(`    “${event.relation.evidence}”${where ? ` — ${where}` : ''}`);
  } else if (event.article && (event.kind === 'entity-added' || event.kind === 'entity-removed')) {
    lines.push(
      `    in ${event.article.title || event.article.id}${articleDate(event) ? `, ${articleDate(event)}` : ''}`,
    );
  }
  return lines;
}

/** One event as a JSON Lines record: its type, entities, relation with evidence, article. */
export function eventJson(event: ChangeEvent): Record<string, unknown> {
  const { kind, ...rest } = event;
  return { type: kind, ...rest };
}

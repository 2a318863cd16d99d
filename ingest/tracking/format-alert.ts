// How an alert reads in a terminal: the rule, the message, and each sentence with its article and date.
import type { Alert } from './evaluate-alerts.ts';

/**
 * Lines for a terminal.
 * @example formatAlert(alert) // ['ALERT Hikvision …', '  “The US sanctioned Hikvision …” — Title, 2019-10-08']
 */
export function formatAlert(alert: Alert): string[] {
  const lines = [`ALERT [${alert.rule.replace(/^alert-/, '')}] ${alert.message}`];
  for (const e of alert.evidence) {
    const where = [e.title, e.date ? `${e.date}${e.dateIsIngest ? ' (ingest date)' : ''}` : null]
      .filter(Boolean)
      .join(', ');
    lines.push(`  “${e.text}”${where ? ` — ${where}` : ''}`);
  }
  return lines;
}

/** The JSON an alert is delivered as (file line and webhook body). */
export function alertPayload(alert: Alert): Record<string, unknown> {
  return { kind: 'tracegraph.alert', ...alert };
}

// Where alerts go: the terminal and a JSON Lines file (the webhook, with its retries, is in webhook-sink.ts).
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Alert } from './evaluate-alerts.ts';
import { alertPayload, formatAlert } from './format-alert.ts';

/** One destination for alerts. `deliver` throws when it could not deliver them all. */
export interface AlertSink {
  readonly name: string;
  deliver(alerts: Alert[]): Promise<void>;
}

/**
 * Prints alerts as readable lines (to stderr by default, so it never mixes with `--json` output).
 * @example terminalSink((text) => process.stdout.write(text))
 */
export function terminalSink(
  write: (text: string) => void = (text) => process.stderr.write(text),
): AlertSink {
  return {
    name: 'terminal',
    deliver: async (alerts) => {
      for (const alert of alerts) write(`${formatAlert(alert).join('\n')}\n`);
    },
  };
}

/**
 * Appends one JSON object per alert to a file (JSON Lines), creating the folder when needed.
 * @example fileSink('alerts.jsonl')
 */
export function fileSink(file: string): AlertSink {
  const target = path.resolve(file);
  return {
    name: `file ${target}`,
    deliver: async (alerts) => {
      if (alerts.length === 0) return;
      await mkdir(path.dirname(target), { recursive: true });
      await appendFile(target, alerts.map((a) => `${JSON.stringify(alertPayload(a))}\n`).join(''), 'utf8');
    },
  };
}

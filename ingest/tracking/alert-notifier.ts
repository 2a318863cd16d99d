// Alert settings (environment and flags) and the notifier that evaluates the rules after a change and delivers to every sink.
import type { Database } from '../../cypher/database.ts';
import type { SavedQuery } from '../../cypher/saved-queries.ts';
import { fileSink, terminalSink, type AlertSink } from './alert-sinks.ts';
import { evaluateAlerts, listAlertRules, type Alert, type AlertInput } from './evaluate-alerts.ts';
import { webhookSink, type WebhookOptions } from './webhook-sink.ts';

/** Where alerts go and which rules raise them. */
export interface AlertSettings {
  /** false: no rule runs (TRACEGRAPH_ALERTS=off, `--no-alerts`). */
  enabled: boolean;
  /** Print alerts on stderr. */
  terminal: boolean;
  /** Append alerts as JSON Lines to this file (TRACEGRAPH_ALERT_FILE, `--alert-file`). */
  file?: string;
  /** POST alerts to this URL (TRACEGRAPH_ALERT_WEBHOOK, `--alert-webhook`). */
  webhook?: string;
  /** Only these rules (TRACEGRAPH_ALERT_RULES=a,b, `--alert-rules`); default every cypher/queries/alert-*.cypher. */
  rules?: string[];
  /** Webhook attempts per alert, the first included (TRACEGRAPH_ALERT_ATTEMPTS, default 5). */
  webhookAttempts: number;
}

const OFF = new Set(['0', 'off', 'false', 'no']);

/**
 * Reads the alert settings from the environment; `overrides` (command-line flags) win.
 * @example alertSettingsFromEnv(process.env, { terminal: true })
 */
export function alertSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AlertSettings> = {},
): AlertSettings {
  const attempts = Number(env.TRACEGRAPH_ALERT_ATTEMPTS);
  const rules = (env.TRACEGRAPH_ALERT_RULES ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const settings: AlertSettings = {
    enabled: !OFF.has((env.TRACEGRAPH_ALERTS ?? '').trim().toLowerCase()),
    terminal: false,
    file: env.TRACEGRAPH_ALERT_FILE || undefined,
    webhook: env.TRACEGRAPH_ALERT_WEBHOOK || undefined,
    rules: rules.length > 0 ? rules : undefined,
    webhookAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : 5,
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}

/** What one notification did. */
export interface NotifyResult {
  alerts: Alert[];
  /** One message per sink (or rule evaluation) that failed. */
  failures: string[];
}

/** Evaluates the alert rules after a change and delivers what they raise. Never throws: failures are reported. */
export interface AlertNotifier {
  readonly rules: SavedQuery[];
  readonly sinks: AlertSink[];
  notify(db: Database, input: AlertInput): Promise<NotifyResult>;
  /** Delivers given alerts to every sink (used by `tracegraph alerts test`). */
  deliver(alerts: Alert[]): Promise<string[]>;
}

export interface NotifierDeps {
  /** Where the terminal sink writes (default stderr). */
  write?: (text: string) => void;
  /** Where failures are reported (default stderr). */
  log?: (message: string) => void;
  webhook?: Omit<WebhookOptions, 'attempts'>;
  rulesDir?: string;
}

/**
 * Builds the notifier for these settings; null when alerts are off. Rules are read now, so a bad rule
 * name fails at start-up rather than after the first ingest.
 * @example const notifier = createAlertNotifier(alertSettingsFromEnv(process.env, { terminal: true }));
 */
export function createAlertNotifier(settings: AlertSettings, deps: NotifierDeps = {}): AlertNotifier | null {
  if (!settings.enabled) return null;
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const rules = listAlertRules({ dir: deps.rulesDir, names: settings.rules });
  const sinks: AlertSink[] = [];
  if (settings.terminal) sinks.push(terminalSink(deps.write));
  if (settings.file) sinks.push(fileSink(settings.file));
  if (settings.webhook) {
    sinks.push(
      webhookSink(settings.webhook, {
        attempts: settings.webhookAttempts,
        onRetry: ({ attempt, delayMs, reason }) =>
          log(`alert webhook: attempt ${attempt} failed (${reason}); retrying in ${delayMs} ms`),
        ...deps.webhook,
      }),
    );
  }
  const deliver = async (alerts: Alert[]): Promise<string[]> => {
    if (alerts.length === 0) return [];
    const settled = await Promise.allSettled(sinks.map((sink) => sink.deliver(alerts)));
    const failures: string[] = [];
    settled.forEach((s, i) => {
      if (s.status === 'rejected')
        failures.push(`${sinks[i].name}: ${(s.reason as Error)?.message ?? String(s.reason)}`);
    });
    for (const failure of failures) log(`alerts not delivered to ${failure}`);
    return failures;
  };
  return {
    rules,
    sinks,
    deliver,
    notify: async (db, input) => {
      let alerts: Alert[];
      try {
        alerts = await evaluateAlerts(db, rules, input);
      } catch (error) {
        const message = `alert rules failed: ${(error as Error).message}`;
        log(message);
        return { alerts: [], failures: [message] };
      }
      return { alerts, failures: await deliver(alerts) };
    },
  };
}

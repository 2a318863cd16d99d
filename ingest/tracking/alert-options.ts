// The alert flags a command can offer (--alert-webhook, --alert-file, --alert-rules, --no-alerts), read into AlertSettings.
import type { Command } from 'commander';
import {
  alertSettingsFromEnv,
  createAlertNotifier,
  type AlertNotifier,
  type AlertSettings,
} from './alert-notifier.ts';

/** What commander gives back for the flags added by addAlertOptions. */
export interface AlertFlags {
  alertWebhook?: string;
  alertFile?: string;
  alertRules?: string;
  alerts?: boolean;
}

/**
 * Adds the alert flags to a command (environment variables give their defaults).
 * @example addAlertOptions(program.command('ingest')).action(async (paths, opts) => { const s = alertSettingsFromFlags(opts); … })
 */
export function addAlertOptions(command: Command): Command {
  return command
    .option(
      '--alert-webhook <url>',
      'POST alerts as JSON to this URL, retried with backoff (env TRACEGRAPH_ALERT_WEBHOOK)',
    )
    .option('--alert-file <path>', 'append alerts as JSON Lines to this file (env TRACEGRAPH_ALERT_FILE)')
    .option('--alert-rules <names>', 'only these alert rules, comma-separated (env TRACEGRAPH_ALERT_RULES)')
    .option('--no-alerts', 'evaluate no alert rule (env TRACEGRAPH_ALERTS=off)');
}

/** Settings from the flags, over the environment; alerts are printed on the terminal too. */
export function alertSettingsFromFlags(
  flags: AlertFlags,
  env: NodeJS.ProcessEnv = process.env,
): AlertSettings {
  return alertSettingsFromEnv(env, {
    terminal: true,
    webhook: flags.alertWebhook,
    file: flags.alertFile,
    rules: flags.alertRules
      ? flags.alertRules
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
      : undefined,
    enabled: flags.alerts === false ? false : undefined,
  });
}

/**
 * The notifier of a CLI run: alerts for the terminal are held back until `flush()` (after the
 * progress bar is gone) so they never tear it; the file and the webhook get them at once.
 * @example const alerts = createCliAlerts(opts); …ingest with trackedWriteArticles({ notifier: alerts.notifier })…; alerts.flush();
 */
export function createCliAlerts(
  flags: AlertFlags,
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => process.stderr.write(text),
): { notifier: AlertNotifier | null; flush(): void } {
  const held: string[] = [];
  const notifier = createAlertNotifier(alertSettingsFromFlags(flags, env), {
    write: (text) => held.push(text),
  });
  return {
    notifier,
    flush: () => {
      for (const text of held.splice(0)) write(text);
    },
  };
}

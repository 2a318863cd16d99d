// The alert flags a command can offer (--alert-webhook, --alert-file, --alert-rules, --no-alerts), read into AlertSettings.
import type { Command } from 'commander';
import { alertSettingsFromEnv, type AlertSettings } from './alert-notifier.ts';

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
    .option('--alert-webhook <url>', 'POST alerts as JSON to this URL, retried with backoff (env TRACEGRAPH_ALERT_WEBHOOK)')
    .option('--alert-file <path>', 'append alerts as JSON Lines to this file (env TRACEGRAPH_ALERT_FILE)')
    .option('--alert-rules <names>', 'only these alert rules, comma-separated (env TRACEGRAPH_ALERT_RULES)')
    .option('--no-alerts', 'evaluate no alert rule (env TRACEGRAPH_ALERTS=off)');
}

/** Settings from the flags, over the environment; alerts are printed on the terminal too. */
export function alertSettingsFromFlags(flags: AlertFlags, env: NodeJS.ProcessEnv = process.env): AlertSettings {
  return alertSettingsFromEnv(env, {
    terminal: true,
    webhook: flags.alertWebhook,
    file: flags.alertFile,
    rules: flags.alertRules ? flags.alertRules.split(',').map((r) => r.trim()).filter(Boolean) : undefined,
    enabled: flags.alerts === false ? false : undefined,
  });
}

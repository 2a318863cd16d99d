// Alert settings from the environment and flags, the rule list, rows turned into alerts, terminal lines.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSavedQuery } from '../../../cypher/saved-queries.ts';
import { alertSettingsFromEnv, createAlertNotifier } from '../../../ingest/tracking/alert-notifier.ts';
import { createCliAlerts } from '../../../ingest/tracking/alert-options.ts';
import { fileSink } from '../../../ingest/tracking/alert-sinks.ts';
import { listAlertRules, rowToAlert } from '../../../ingest/tracking/evaluate-alerts.ts';
import { formatAlert } from '../../../ingest/tracking/format-alert.ts';

describe('alertSettingsFromEnv', () => {
  it('reads the environment', () => {
    const s = alertSettingsFromEnv({
      TRACEGRAPH_ALERT_WEBHOOK: 'http://h/x',
      TRACEGRAPH_ALERT_FILE: 'a.jsonl',
      TRACEGRAPH_ALERT_RULES: 'a, b',
      TRACEGRAPH_ALERT_ATTEMPTS: '3',
    });
    expect(s).toEqual({
      enabled: true,
      terminal: false,
      webhook: 'http://h/x',
      file: 'a.jsonl',
      rules: ['a', 'b'],
      webhookAttempts: 3,
    });
  });

  it.each([['off'], ['0'], ['false'], ['NO']])('TRACEGRAPH_ALERTS=%s turns alerts off', (value) => {
    expect(alertSettingsFromEnv({ TRACEGRAPH_ALERTS: value }).enabled).toBe(false);
    expect(createAlertNotifier(alertSettingsFromEnv({ TRACEGRAPH_ALERTS: value }))).toBeNull();
  });

  it('lets flags win over the environment, and ignores flags left unset', () => {
    const s = alertSettingsFromEnv(
      { TRACEGRAPH_ALERT_FILE: 'env.jsonl' },
      { file: 'flag.jsonl', webhook: undefined, terminal: true },
    );
    expect(s.file).toBe('flag.jsonl');
    expect(s.terminal).toBe(true);
    expect(s.webhook).toBeUndefined();
  });
});

describe('alert rules', () => {
  it('ships the two rules as saved queries', () => {
    const names = listAlertRules().map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'alert-watched-sanctioned-or-criticized',
        'alert-watched-fund-holds-sanctioned',
      ]),
    );
    for (const rule of listAlertRules()) expect(rule.params.map((p) => p.name)).toContain('facts');
  });

  it('selects rules by name with or without the prefix, and names unknown ones', () => {
    expect(listAlertRules({ names: ['watched-fund-holds-sanctioned'] }).map((r) => r.name)).toEqual([
      'alert-watched-fund-holds-sanctioned',
    ]);
    expect(() => listAlertRules({ names: ['nope'] })).toThrow(/Unknown alert rule: alert-nope/);
  });

  it('turns a row into an alert, keeping unknown columns as extra', () => {
    const rule = parseSavedQuery('alert-x', '// name: X\nRETURN 1');
    const alert = rowToAlert(
      rule,
      {
        message: 'm',
        entityIds: ['a', 'b'],
        evidence: [{ text: 't', articleId: 'a1', date: '2020-01-01' }, { text: null }],
        score: 3,
      },
      'now',
    );
    expect(alert).toMatchObject({
      rule: 'alert-x',
      ruleTitle: 'X',
      message: 'm',
      entityIds: ['a', 'b'],
      extra: { score: 3 },
    });
    expect(alert.evidence).toEqual([
      { text: 't', articleId: 'a1', title: null, url: null, date: '2020-01-01', dateIsIngest: false },
    ]);
    expect(() => rowToAlert(rule, { entityIds: [] }, 'now')).toThrow(/without a "message"/);
  });

  it('formats an alert for the terminal with its evidence and the ingest-date marker', () => {
    const rule = parseSavedQuery('alert-x', '// name: X\nRETURN 1');
    const alert = rowToAlert(
      rule,
      {
        message: 'US SANCTIONED Hikvision',
        evidence: [
          { text: 'The US listed Hikvision.', title: 'Wire', date: '2026-11-29', dateIsIngest: true },
        ],
      },
      'now',
    );
    expect(formatAlert(alert)).toEqual([
      'ALERT [x] US SANCTIONED Hikvision',
      '  “The US listed Hikvision.” — Wire, 2026-11-29 (ingest date)',
    ]);
  });

  it('appends alerts to a JSON Lines file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tg-alerts-')), 'sub', 'alerts.jsonl');
    const rule = parseSavedQuery('alert-x', '// name: X\nRETURN 1');
    await fileSink(file).deliver([rowToAlert(rule, { message: 'one' }, 'now')]);
    await fileSink(file).deliver([rowToAlert(rule, { message: 'two' }, 'now')]);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.message)).toEqual(['one', 'two']);
    expect(lines[0].kind).toBe('tracegraph.alert');
  });
});

describe('createCliAlerts', () => {
  it('holds terminal alerts back until flush, and honours --no-alerts', async () => {
    const written: string[] = [];
    const cli = createCliAlerts({}, {}, (text) => written.push(text));
    const rule = parseSavedQuery('alert-x', '// name: X\nRETURN 1');
    await cli.notifier?.deliver([rowToAlert(rule, { message: 'held' }, 'now')]);
    expect(written).toEqual([]);
    cli.flush();
    expect(written.join('')).toContain('ALERT [x] held');
    cli.flush();
    expect(written).toHaveLength(1);
    expect(createCliAlerts({ alerts: false }, {}).notifier).toBeNull();
  });
});

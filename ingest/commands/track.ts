// `tracegraph watch|changes|timeline|alerts`: the watchlist, the change feed, entity timelines and alert rules.
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { ValidationError } from '../../core/errors.ts';
import { connectDatabase } from '../../cypher/connect.ts';
import type { Database } from '../../cypher/database.ts';
import { EVENT_KINDS, isEventKind, readChanges, type EventKind } from '../../cypher/events.ts';
import { resolveEntityKey } from '../../cypher/resolve-entity-key.ts';
import { runSavedQuery } from '../../cypher/saved-queries.ts';
import { readTimeline } from '../../cypher/timeline.ts';
import { addWatch, listWatches, removeWatch } from '../../cypher/watchlist.ts';
import { createAlertNotifier } from '../tracking/alert-notifier.ts';
import { addAlertOptions, alertSettingsFromFlags, type AlertFlags } from '../tracking/alert-options.ts';
import { listAlertRules, rowToAlert, type Alert } from '../tracking/evaluate-alerts.ts';
import { formatAlert } from '../tracking/format-alert.ts';
import { eventJson, formatEvent } from '../tracking/format-changes.ts';
import { formatTimeline } from '../tracking/format-timeline.ts';
import { parseSince } from '../tracking/parse-since.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

/** Connects (starting the local engine when needed), runs `work`, closes. */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const { db } = await connectDatabase(loadConfig(), { autoStart: true, log: note });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new ValidationError(`--limit must be a whole number from 1 to 1000, got "${value}".`);
  return n;
}

function parseKinds(value: string | undefined): EventKind[] {
  if (!value) return [];
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const bad = kinds.filter((k) => !isEventKind(k));
  if (bad.length > 0)
    throw new ValidationError(`Unknown event kind ${bad.join(', ')}; kinds: ${EVENT_KINDS.join(', ')}.`);
  return kinds as EventKind[];
}

/** A made-up alert that shows what the sinks receive. */
function sampleAlert(): Alert {
  return rowToAlert(
    {
      name: 'alert-test',
      title: 'Test alert',
      description: 'A test of the alert delivery',
      params: [],
      cypher: '',
    },
    {
      message: 'Test: Example Country SANCTIONED Example Company',
      entityIds: ['country:example-country', 'company:example-company'],
      source: 'Example Country',
      type: 'SANCTIONED',
      target: 'Example Company',
      date: new Date().toISOString().slice(0, 10),
      evidence: [
        {
          text: 'This is a test alert sent by `tracegraph alerts test`.',
          articleId: null,
          title: 'Tracegraph',
          date: new Date().toISOString().slice(0, 10),
        },
      ],
    },
    new Date().toISOString(),
  );
}

/** Registers `watch`, `changes`, `timeline` and `alerts` on the CLI. */
export function registerTrackCommands(program: Command): void {
  const watch = program
    .command('watch')
    .description('Follow entities: their changes come first in the feed, and alert rules look at them');

  watch
    .command('add')
    .description('Watch entities (id, name or alias)')
    .argument('<entity...>', 'entity ids, names or aliases')
    .action(async (keys: string[]) => {
      await withDatabase(async (db) => {
        for (const key of keys) {
          const { entity, added } = await addWatch(db, key);
          out(`${added ? 'Watching' : 'Already watching'} ${entity.name} (${entity.type}, ${entity.id}).`);
        }
      });
    });

  watch
    .command('remove')
    .description('Stop watching entities')
    .argument('<entity...>', 'entity ids, names or aliases')
    .action(async (keys: string[]) => {
      await withDatabase(async (db) => {
        for (const key of keys) {
          const entity = await removeWatch(db, key);
          out(`No longer watching ${entity.name} (${entity.id}).`);
        }
      });
    });

  watch
    .command('list')
    .description('The watched entities')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { json?: boolean }) => {
      const items = await withDatabase((db) => listWatches(db));
      if (opts.json) {
        for (const item of items) out(JSON.stringify(item));
        return;
      }
      if (items.length === 0) out('The watchlist is empty: `tracegraph watch add ENTITY`.');
      for (const w of items) {
        const seen = w.exists
          ? `${w.articles} article${w.articles === 1 ? '' : 's'}${w.lastSeen ? `, last ${w.lastSeen}` : ''}`
          : 'no longer in the graph';
        out(`${w.name} (${w.type}, ${w.entityId}) — ${seen}; watched since ${w.addedAt.slice(0, 10)}`);
      }
    });

  program
    .command('changes')
    .description(
      'What changed: ingests, corrections, retractions, merges and splits, with evidence (newest first)',
    )
    .option(
      '--since <date>',
      'recorded on or after: YYYY-MM-DD, an ISO date-time, or a span such as 7d or 24h',
    )
    .option('--watched', 'only changes about watched entities')
    .option('--entity <entity>', 'only changes about this entity (id, name or alias)')
    .option('--kind <kinds>', `only these kinds, comma-separated (${EVENT_KINDS.join(', ')})`)
    .option('--limit <n>', 'at most this many (1-1000)', '100')
    .option('--json', 'one JSON object per event and line: type, entities, relation with evidence, article')
    .action(
      async (opts: {
        since?: string;
        watched?: boolean;
        entity?: string;
        kind?: string;
        limit: string;
        json?: boolean;
      }) => {
        const since = opts.since ? parseSince(opts.since) : undefined;
        const kinds = parseKinds(opts.kind);
        const limit = parseLimit(opts.limit);
        const feed = await withDatabase(async (db) => {
          const entity = opts.entity ? (await resolveEntityKey(db, opts.entity)).id : undefined;
          return readChanges(db, { since, watched: opts.watched, entity, kinds, limit });
        });
        if (opts.json) {
          for (const event of feed.items) out(JSON.stringify(eventJson(event)));
          return;
        }
        if (feed.items.length === 0) out('No changes recorded' + (since ? ` since ${since}` : '') + '.');
        for (const event of feed.items) formatEvent(event).forEach((line) => out(line));
        if (feed.total > feed.items.length)
          note(`(${feed.total - feed.items.length} more; use --limit or --since)`);
      },
    );

  program
    .command('timeline')
    .description("An entity's timeline: articles per month and relations by the date first stated")
    .argument('<entity>', 'entity id, name or alias')
    .option('--json', 'the timeline as one JSON object')
    .action(async (key: string, opts: { json?: boolean }) => {
      const timeline = await withDatabase((db) => readTimeline(db, key));
      if (opts.json) out(JSON.stringify(timeline));
      else formatTimeline(timeline).forEach((line) => out(line));
    });

  const alerts = program
    .command('alerts')
    .description('Alert rules (cypher/queries/alert-*.cypher), evaluated after each ingest');

  alerts
    .command('rules')
    .description('List the alert rules')
    .action(() => {
      for (const rule of listAlertRules()) {
        out(`${rule.name}\n  ${rule.title}\n  ${rule.description}`);
      }
    });

  addAlertOptions(
    alerts
      .command('check')
      .description(
        'Run every alert rule over the whole graph now (not only new facts) and print what it finds',
      )
      .option('--deliver', 'also deliver what is found to the configured webhook and file'),
  ).action(async (opts: AlertFlags & { deliver?: boolean }) => {
    const settings = alertSettingsFromFlags(opts);
    const rules = listAlertRules({ names: settings.rules });
    const found = await withDatabase(async (db) => {
      const all: Alert[] = [];
      const at = new Date().toISOString();
      for (const rule of rules) {
        const result = await runSavedQuery(
          db,
          rule,
          rule.params.some((p) => p.name === 'all') ? { all: true } : {},
        );
        all.push(...result.rows.map((row) => rowToAlert(rule, row, at)));
      }
      return all;
    });
    for (const alert of found) formatAlert(alert).forEach((line) => out(line));
    if (found.length === 0) out('No rule matches anything on the watchlist.');
    if (opts.deliver && found.length > 0) {
      const notifier = createAlertNotifier({ ...settings, terminal: false });
      const failures = (await notifier?.deliver(found)) ?? [];
      if (failures.length > 0) process.exitCode = 1;
    }
  });

  addAlertOptions(
    alerts.command('test').description('Send a sample alert to the configured terminal, file and webhook'),
  ).action(async (opts: AlertFlags) => {
    const settings = alertSettingsFromFlags(opts);
    const notifier = createAlertNotifier({ ...settings, enabled: true });
    const failures = (await notifier?.deliver([sampleAlert()])) ?? [];
    const where = notifier?.sinks.map((s) => s.name).join(', ') ?? 'nowhere';
    if (failures.length > 0) {
      process.exitCode = 1;
      return;
    }
    note(`Sample alert delivered to: ${where}.`);
  });
}

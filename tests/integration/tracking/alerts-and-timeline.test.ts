// Alerts after an ingest about a watched entity (delivered to a local webhook, a file and the terminal), and timelines.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readTimeline } from '../../../cypher/timeline.ts';
import { addWatch } from '../../../cypher/watchlist.ts';
import { writeArticles } from '../../../cypher/write-article.ts';
import { alertSettingsFromEnv, createAlertNotifier } from '../../../ingest/tracking/alert-notifier.ts';
import { trackIngest, type TrackedChanges } from '../../../ingest/tracking/record-changes.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';
import { articleWrite, INGEST_DAY, type ArticleSpec } from './article-writes.ts';

const db = openTestDatabase();

/** A webhook receiver that fails the first `failFirst` requests with 503, then accepts. */
let failFirst = 0;
const received: Array<{ attempt: number; body: Record<string, unknown> }> = [];
let attempts = 0;
let hook: Server;
let hookUrl = '';

beforeAll(async () => {
  hook = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      attempts++;
      if (attempts <= failFirst) {
        res.writeHead(503).end();
        return;
      }
      received.push({ attempt: attempts, body: JSON.parse(text) as Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => hook.close(resolve));
  await db.close();
});

const FUND: ArticleSpec = {
  id: 'alert-fund',
  title: 'Oil fund holds surveillance makers',
  publishedAt: '2019-04-02',
  entities: [
    ['Fund', 'Government Pension Fund Global'],
    ['Company', 'Hikvision'],
    ['Company', 'Dahua'],
  ],
  facts: [
    ['Government Pension Fund Global', 'INVESTED_IN', 'Hikvision', 'The oil fund held shares in Hikvision.'],
    ['Government Pension Fund Global', 'INVESTED_IN', 'Dahua', 'It also owned part of Dahua.'],
  ],
};

const SANCTION: ArticleSpec = {
  id: 'alert-sanction',
  title: 'Washington blacklists Hikvision',
  publishedAt: '2019-10-08',
  entities: [
    ['Country', 'United States'],
    ['Company', 'Hikvision'],
    ['Person', 'Karen Lee'],
  ],
  facts: [
    [
      'United States',
      'SANCTIONED',
      'Hikvision',
      'The United States added Hikvision to its entity list on Monday.',
    ],
    [
      'Karen Lee',
      'CRITICIZED',
      'Hikvision',
      'Karen Lee welcomed the decision and criticised Hikvision again.',
    ],
  ],
};

async function ingest(
  spec: ArticleSpec,
  notifier: ReturnType<typeof createAlertNotifier>,
): Promise<TrackedChanges> {
  let changes: TrackedChanges | undefined;
  await trackIngest(db, () => writeArticles(db, [articleWrite(spec)]), {
    articleIds: [spec.id],
    notifier,
    onChanges: (c) => (changes = c),
  });
  if (!changes) throw new Error('no changes reported');
  return changes;
}

describe('alerts after an ingest about a watched entity', () => {
  beforeEach(async () => {
    await clearGraph(db);
    received.length = 0;
    attempts = 0;
  });

  it('raises both rules and delivers them with their evidence to the webhook (after retries), a file and the terminal', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tg-alerts-')), 'alerts.jsonl');
    const printed: string[] = [];
    const notifier = createAlertNotifier(
      alertSettingsFromEnv(
        { TRACEGRAPH_ALERT_WEBHOOK: hookUrl, TRACEGRAPH_ALERT_FILE: file },
        { terminal: true },
      ),
      {
        write: (text) => printed.push(text),
        log: () => {},
        webhook: { baseDelayMs: 20 },
      },
    );
    await ingest(FUND, notifier);
    expect(received).toHaveLength(0); // nothing watched yet, nothing sanctioned
    await addWatch(db, 'Government Pension Fund Global');
    await addWatch(db, 'Hikvision');

    failFirst = 2;
    const changes = await ingest(SANCTION, notifier);
    failFirst = 0;

    expect(
      changes.events
        .filter((e) => e.kind === 'relation-added')
        .map((e) => e.relation?.type)
        .sort(),
    ).toEqual(['CRITICIZED', 'SANCTIONED']);
    const rules = changes.alerts.map((a) => a.rule).sort();
    expect(rules).toEqual([
      'alert-watched-fund-holds-sanctioned',
      'alert-watched-sanctioned-or-criticized',
      'alert-watched-sanctioned-or-criticized',
    ]);

    // The webhook answered 503 twice; the first alert got through on the third attempt, every alert arrived once.
    expect(received).toHaveLength(3);
    expect(received[0].attempt).toBe(3);
    const fundAlert = received
      .map((r) => r.body)
      .find((b) => b.rule === 'alert-watched-fund-holds-sanctioned');
    expect(fundAlert).toMatchObject({
      kind: 'tracegraph.alert',
      message: 'Government Pension Fund Global holds Hikvision, sanctioned by United States',
      entityIds: ['fund:government-pension-fund-global', 'company:hikvision', 'country:united-states'],
    });
    const evidence = (fundAlert?.evidence as Array<{ text: string; articleId: string; date: string }>).map(
      (e) => [e.text, e.articleId, e.date],
    );
    expect(evidence).toEqual([
      ['The United States added Hikvision to its entity list on Monday.', 'alert-sanction', '2019-10-08'],
      ['The oil fund held shares in Hikvision.', 'alert-fund', '2019-04-02'],
    ]);
    const critic = received.map((r) => r.body).find((b) => b.type === 'CRITICIZED');
    expect((critic?.evidence as Array<{ text: string }>)[0].text).toBe(
      'Karen Lee welcomed the decision and criticised Hikvision again.',
    );

    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { rule: string });
    expect(lines).toHaveLength(3);
    expect(printed.join('')).toContain(
      'ALERT [watched-fund-holds-sanctioned] Government Pension Fund Global holds Hikvision',
    );
  }, 180_000);

  it('does not alert again when the same article comes back, nor for unwatched entities', async () => {
    const notifier = createAlertNotifier(alertSettingsFromEnv({ TRACEGRAPH_ALERT_WEBHOOK: hookUrl }), {
      log: () => {},
      webhook: { baseDelayMs: 10 },
    });
    await ingest(FUND, notifier);
    const first = await ingest(SANCTION, notifier);
    expect(first.alerts).toEqual([]); // nothing watched
    await addWatch(db, 'Karen Lee');
    const again = await ingest(SANCTION, notifier);
    expect(again.events).toEqual([]);
    expect(again.alerts).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it('reports a webhook that never answers without failing the ingest', async () => {
    const logged: string[] = [];
    const notifier = createAlertNotifier(
      alertSettingsFromEnv({
        TRACEGRAPH_ALERT_WEBHOOK: 'http://127.0.0.1:9/nothing',
        TRACEGRAPH_ALERT_ATTEMPTS: '2',
      }),
      {
        log: (m) => logged.push(m),
        webhook: { baseDelayMs: 5 },
      },
    );
    await addWatch(db, 'Hikvision').catch(() => undefined);
    await ingest(FUND, notifier);
    await addWatch(db, 'Hikvision');
    const changes = await ingest(SANCTION, notifier);
    expect(changes.alerts.length).toBeGreaterThan(0);
    expect(logged.some((m) => /alerts not delivered to webhook .*failed after 2 attempts/.test(m))).toBe(
      true,
    );
  });
});

describe('timelines', () => {
  beforeAll(async () => {
    await clearGraph(db);
    const hik = (
      id: string,
      title: string,
      publishedAt: string | undefined,
      count: number,
      facts: ArticleSpec['facts'] = [],
    ): ArticleSpec => ({
      id,
      title,
      publishedAt,
      entities: [
        ['Company', 'Hikvision'],
        ['Country', 'United States'],
        ['Person', 'Karen Lee'],
      ],
      facts,
      counts: { Hikvision: count },
    });
    const specs = [
      hik('t1', 'March one', '2019-03-05', 2, [
        ['Karen Lee', 'CRITICIZED', 'Hikvision', 'Lee criticised Hikvision in March.'],
      ]),
      hik('t2', 'March two', '2019-03-28', 3, [
        ['Karen Lee', 'CRITICIZED', 'Hikvision', 'Lee criticised Hikvision again.'],
      ]),
      hik('t3', 'October', '2019-10-08', 1, [
        ['United States', 'SANCTIONED', 'Hikvision', 'The US sanctioned Hikvision.'],
      ]),
      hik('t4', 'Undated', undefined, 4),
    ];
    await writeArticles(db, specs.map(articleWrite));
  });

  it('counts articles and mentions per month across articles of different dates', async () => {
    const t = await readTimeline(db, 'hikvision');
    expect(t.entity).toEqual({ id: 'company:hikvision', name: 'Hikvision', type: 'Company' });
    expect(t.months).toEqual([
      { month: '2019-03', articles: 2, mentions: 5, ingestDated: 0 },
      { month: '2019-10', articles: 1, mentions: 1, ingestDated: 0 },
      { month: INGEST_DAY.slice(0, 7), articles: 1, mentions: 4, ingestDated: 1 },
    ]);
    expect(t.firstSeen).toBe('2019-03-05');
    expect(t.lastSeen).toBe(INGEST_DAY);
  });

  it('lists relations by the date they were first stated, with that first sentence', async () => {
    const t = await readTimeline(db, 'company:hikvision');
    expect(
      t.relations.map((r) => [r.type, r.direction, r.other.name, r.firstDate, r.lastDate, r.articles]),
    ).toEqual([
      ['CRITICIZED', 'in', 'Karen Lee', '2019-03-05', '2019-03-28', 2],
      ['SANCTIONED', 'in', 'United States', '2019-10-08', '2019-10-08', 1],
    ]);
    expect(t.relations[0].evidence).toBe('Lee criticised Hikvision in March.');
    expect(t.relations[0].article).toMatchObject({ id: 't1', title: 'March one' });
  });

  it('says which counts come from ingest dates', async () => {
    const t = await readTimeline(db, 'Karen Lee');
    expect(t.months.find((m) => m.month === INGEST_DAY.slice(0, 7))?.ingestDated).toBe(1);
    expect(t.relations).toHaveLength(1);
    expect(t.relations[0].direction).toBe('out');
  });

  it('fails plainly for an unknown entity', async () => {
    await expect(readTimeline(db, 'Nobody At All')).rejects.toThrow(/No entity/);
  });
});

// End-to-end: the "What's new" panel, the watch star and the timeline chart in Chromium over the real server and Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { deleteArticle } from '../../cypher/delete-article.ts';
import type { Database } from '../../cypher/database.ts';
import { writeArticles } from '../../cypher/write-article.ts';
import { ingestSources } from '../../ingest/pipeline.ts';
import { trackDelete, trackIngest } from '../../ingest/tracking/record-changes.ts';
import { articleWrite, type ArticleSpec } from '../integration/tracking/article-writes.ts';
import { clearGraph, openTestDatabase } from '../support/test-db.ts';
import { hasChromium, launchChromium } from './support/browser.ts';
import { ensureWebBuild } from './support/build-web.ts';
import { settle, shoot } from './support/page-helpers.ts';
import { SAMPLES_DIR } from './support/seed.ts';
import { startApp, type RunningApp } from './support/start-app.ts';

const HIKVISION = 'company:hikvision';

/** A correction-free, made-up report written for this test (not from any corpus). */
const NEW_SANCTION: ArticleSpec = {
  id: 'e2e-whats-new-sanction',
  title: 'Freedonia lists Hikvision',
  publishedAt: '2026-11-20',
  entities: [
    ['Country', 'Freedonia'],
    ['Company', 'Hikvision'],
  ],
  facts: [
    ['Freedonia', 'SANCTIONED', 'Hikvision', 'Freedonia put Hikvision on its export blacklist on Friday.'],
  ],
};

describe.skipIf(!hasChromium())("What's new (Chromium)", () => {
  let db: Database;
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function open(path = '/'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(`${app.url}${path}`);
    await settle(page);
    return page;
  }

  async function openWhatsNew(page: Page): Promise<void> {
    await page.getByRole('tab', { name: "What's new" }).click();
    await page.waitForSelector('#panel-whats-new[data-loaded="true"]:not([data-loading])');
  }

  async function refresh(page: Page): Promise<void> {
    await page.evaluate(() => document.getElementById('panel-whats-new')?.removeAttribute('data-loaded'));
    await page.locator('#whats-new-refresh').click();
    await page.waitForSelector('#panel-whats-new[data-loaded="true"]:not([data-loading])');
  }

  beforeAll(async () => {
    db = openTestDatabase();
    await clearGraph(db);
    // The real pipeline, tracked as the CLI tracks it: every sample article's changes are events.
    await trackIngest(db, () => ingestSources([SAMPLES_DIR], { db }));
    const webDir = await ensureWebBuild();
    app = await startApp(db, webDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('lists what the sample ingest added: new relations with their evidence, new entities', async () => {
    const page = await open('/');
    await openWhatsNew(page);
    const panel = page.locator('#panel-whats-new');
    await expect(panel.locator('h4', { hasText: 'New relations' }).count()).resolves.toBe(1);
    await expect(panel.locator('h4', { hasText: 'New entities' }).count()).resolves.toBe(1);
    const firstRelation = panel.locator('li.change.relation-added').first();
    await expect(firstRelation.locator('blockquote.evidence').textContent()).resolves.toMatch(/\w+/);
    await expect(firstRelation.locator('a.article').count()).resolves.toBe(1);
    await expect(panel.locator('[data-watched="true"]').count()).resolves.toBe(0);
    // The article link opens the article in the inspector.
    const title = await firstRelation.locator('a.article').textContent();
    await firstRelation.locator('a.article').click();
    await settle(page);
    await expect(page.locator('#article-view').isVisible()).resolves.toBe(true);
    await expect(page.locator('#article-view').textContent()).resolves.toContain(title ?? '');
  });

  it('stars an entity in its details, draws its timeline, and puts its news first', async () => {
    const page = await open(`/?entity=${encodeURIComponent(HIKVISION)}`);
    const star = page.locator('#details button.watch-star');
    await star.waitFor();
    await expect(star.getAttribute('aria-pressed')).resolves.toBe('false');
    await star.click();
    await page.waitForSelector('#details button.watch-star[aria-pressed="true"]');

    // The chart: one bar per month with articles, in an SVG built in the page.
    await page.waitForSelector('#details .timeline svg.timeline-chart rect.bar');
    const bars = await page.locator('#details .timeline rect.bar').count();
    expect(bars).toBeGreaterThanOrEqual(2);
    const label = await page.locator('#details svg.timeline-chart').getAttribute('aria-label');
    expect(label).toMatch(/^Articles per month from \d{4}-\d{2} to \d{4}-\d{2}: \d+ in all$/);

    // A new article sanctions the watched company: it tops the panel, with its sentence.
    await trackIngest(db, () => writeArticles(db, [articleWrite(NEW_SANCTION)]), {
      articleIds: [NEW_SANCTION.id],
    });
    await openWhatsNew(page);
    await refresh(page);
    const watchedGroup = page.locator('#whats-new-list .change-group').first();
    await expect(watchedGroup.getAttribute('data-watched')).resolves.toBe('true');
    const item = watchedGroup.locator('li.relation-added', { hasText: 'Freedonia' });
    await expect(item.locator('.rel').textContent()).resolves.toContain('SANCTIONED');
    await expect(item.locator('blockquote.evidence').textContent()).resolves.toBe(
      'Freedonia put Hikvision on its export blacklist on Friday.',
    );
    await expect(item.locator('.from').textContent()).resolves.toContain(
      'Freedonia lists Hikvision, 2026-11-20',
    );
    await shoot(page, 'whats-new');

    // Watched only: everything shown is about a watched entity.
    await page.locator('#whats-new-watched').check();
    await page.waitForSelector('#panel-whats-new[data-loaded="true"]:not([data-loading])');
    await expect(page.locator('#whats-new-list .change-group[data-watched="false"]').count()).resolves.toBe(
      0,
    );

    // Clicking a name opens that entity.
    await item.locator('button.entity', { hasText: 'Freedonia' }).click();
    await settle(page);
    await expect(page.locator('#details-name').textContent()).resolves.toContain('Freedonia');
  });

  it('shows a retraction with the retracted sentence', async () => {
    await trackDelete(db, NEW_SANCTION.id, () => deleteArticle(db, NEW_SANCTION.id));
    const page = await open('/');
    await openWhatsNew(page);
    const retracted = page.locator('#whats-new-list li.relation-retracted', { hasText: 'Freedonia' });
    await expect(retracted.locator('blockquote.evidence').textContent()).resolves.toBe(
      'Freedonia put Hikvision on its export blacklist on Friday.',
    );
    await expect(
      page.locator('#whats-new-list li.article-retracted').count(),
    ).resolves.toBeGreaterThanOrEqual(1);
  });
});

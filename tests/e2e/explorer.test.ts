// End-to-end: the real server (createApp) over the throwaway Neo4j seeded by the real pipeline, driven in Debian's Chromium.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../cypher/database.ts';
import { openTestDatabase } from '../support/test-db.ts';
import { hasChromium, launchChromium } from './support/browser.ts';
import { ensureWebBuild } from './support/build-web.ts';
import { nodePoint, settle, shoot, withCy } from './support/page-helpers.ts';
import { seedGraph } from './support/seed.ts';
import { startApp, type RunningApp } from './support/start-app.ts';

const HIKVISION = 'company:hikvision';

describe.skipIf(!hasChromium())('explorer (Chromium)', () => {
  let db: Database;
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A fresh page (own context: no shared history or storage) at `path`, settled. */
  async function open(path = '/'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    // Code that vitest/tsx transform may call a __name helper inside evaluated functions.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A Content-Security-Policy violation shows as a console error.
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(`${app.url}${path}`);
    await settle(page);
    return page;
  }

  async function searchAndChoose(page: Page, text: string, name = text): Promise<void> {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill(text);
    const option = page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first();
    await option.waitFor();
    // Keyboard: the first suggestion is active; move to the wanted one.
    const options = await page.locator('#search-list [role=option]').allTextContents();
    const index = options.findIndex((o) => o.startsWith(name));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await settle(page);
  }

  beforeAll(async () => {
    db = openTestDatabase();
    const seeded = await seedGraph(db);
    expect(seeded.articles).toBeGreaterThanOrEqual(10);
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

  it('draws the overview with a legend, coloured and shaped by type', async () => {
    const page = await open('/');
    const counts = await withCy<{ nodes: number; edges: number; shapes: number }>(
      page,
      `(cy) => ({ nodes: cy.nodes().length, edges: cy.edges().length, shapes: new Set(cy.nodes().map((n) => n.style('shape'))).size })`,
    );
    expect(counts.nodes).toBeGreaterThanOrEqual(15);
    expect(counts.edges).toBeGreaterThanOrEqual(10);
    expect(counts.shapes).toBeGreaterThanOrEqual(3);
    await expect(page.getByLabel('Legend').textContent()).resolves.toContain('Political party');
    await shoot(page, 'overview');
  });

  it('search → centres the entity and shows Details with highlighted evidence, titles, dates and links', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('hikv');
    await page.getByRole('option').first().waitFor();
    const suggestion = await page.locator('#search-list [role=option]').first().textContent();
    expect(suggestion).toContain('Hikvision');
    expect(suggestion).toContain('Company');
    await searchAndChoose(page, 'Hikvision');

    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.locator('h2').textContent()).resolves.toBe('Hikvision');
    const evidence = details.locator('.evidence blockquote').first();
    await expect(evidence.textContent()).resolves.toMatch(/\w+/);
    await expect(
      details
        .locator('.evidence mark')
        .filter({ hasText: /Hikvision/ })
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(details.locator('.evidence .src button').first().textContent()).resolves.toMatch(/\w/);
    await expect(details.locator('.evidence .src').first().textContent()).resolves.toMatch(
      /\d{4}-\d{2}-\d{2}/,
    );
    expect(new URL(page.url()).searchParams.get('entity')).toBe(HIKVISION);

    const centred = await withCy<{ selected: string[]; dx: number; dy: number }>(
      page,
      `(cy) => { const n = cy.getElementById('${HIKVISION}'); const p = n.renderedPosition(); return { selected: cy.$(':selected').map((e) => e.id()), dx: Math.abs(p.x - cy.width() / 2), dy: Math.abs(p.y - cy.height() / 2) }; }`,
    );
    expect(centred.selected).toEqual([HIKVISION]);
    expect(centred.dx).toBeLessThan(40);
    expect(centred.dy).toBeLessThan(40);
    await shoot(page, 'explorer');
  });

  it('expands on double-click with "and N more" nodes that load more on demand; collapse, pin and hide', async () => {
    const query = encodeURIComponent("MATCH (n:Entity {id: 'company:hikvision'}) RETURN n");
    const page = await open(`/?query=${query}`);
    expect(await withCy<number>(page, '(cy) => cy.nodes().length')).toBe(1);

    const point = await nodePoint(page, HIKVISION);
    await page.mouse.dblclick(point.x, point.y);
    await settle(page);
    const more = await withCy<Array<{ id: string; label: string; count: number; relation: string }>>(
      page,
      `(cy) => cy.nodes('.more').map((n) => ({ id: n.id(), label: n.data('label'), count: n.data('count'), relation: n.data('relation') }))`,
    );
    expect(more.length).toBeGreaterThan(0);
    expect(more[0].label).toMatch(/^and \d+ more/);
    const before = await withCy<number>(page, `(cy) => cy.nodes().not('.more').length`);
    expect(before).toBeGreaterThan(1);
    await page.waitForTimeout(1000);
    await shoot(page, 'expand-more');

    const target = more[0];
    const morePoint = await nodePoint(page, target.id);
    await page.mouse.click(morePoint.x, morePoint.y);
    await settle(page);
    const after = await withCy<{ nodes: number; stillThere: boolean }>(
      page,
      `(cy) => ({ nodes: cy.nodes().not('.more').length, stillThere: cy.getElementById('${target.id}').nonempty() })`,
    );
    expect(after.nodes).toBe(before + Math.min(target.count, 25));
    expect(after.stillThere).toBe(target.count > 25);

    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Pin' }).click();
    expect(await withCy<boolean>(page, `(cy) => cy.getElementById('${HIKVISION}').locked()`)).toBe(true);
    await details.getByRole('button', { name: 'Collapse' }).click();
    await settle(page);
    expect(await withCy<number>(page, `(cy) => cy.nodes().not('.more').length`)).toBe(1);
    expect(await withCy<number>(page, `(cy) => cy.nodes('.more').length`)).toBe(0);
    await details.getByRole('button', { name: 'Hide' }).click();
    await expect
      .poll(() => withCy<boolean>(page, `(cy) => cy.getElementById('${HIKVISION}').visible()`))
      .toBe(false);
    await page.getByRole('button', { name: 'Show hidden' }).click();
    await expect
      .poll(() => withCy<boolean>(page, `(cy) => cy.getElementById('${HIKVISION}').visible()`))
      .toBe(true);
  });

  it('switches layouts (fcose, concentric, breadthfirst, grid) and fits', async () => {
    const page = await open('/');
    const positions = () =>
      withCy<string>(page, `(cy) => JSON.stringify(cy.nodes().slice(0, 5).map((n) => n.position()))`);
    for (const name of ['concentric', 'breadthfirst', 'grid', 'fcose']) {
      const before = await positions();
      await page.getByRole('combobox', { name: 'Layout' }).selectOption(name);
      await page.waitForTimeout(900);
      expect(await positions()).not.toBe(before);
      if (name !== 'fcose') expect(new URL(page.url()).searchParams.get('layout')).toBe(name);
    }
    await withCy(page, '(cy) => { cy.zoom(3); cy.pan({ x: -2000, y: -2000 }); }');
    await page.getByRole('button', { name: 'Fit' }).click();
    const inView = await withCy<boolean>(
      page,
      `(cy) => { const bb = cy.nodes().boundingBox(); const ex = cy.extent(); return bb.x1 >= ex.x1 - 1 && bb.x2 <= ex.x2 + 1 && bb.y1 >= ex.y1 - 1 && bb.y2 <= ex.y2 + 1; }`,
    );
    expect(inView).toBe(true);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('filters by entity type and relation type', async () => {
    const page = await open('/');
    const visible = (selector: string) =>
      withCy<number>(page, `(cy) => cy.$('${selector}').filter((e) => e.visible()).length`);
    expect(await visible('node[type = "Person"]')).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    expect(await visible('node[type = "Person"]')).toBe(0);
    expect(await visible('node[type = "Company"]')).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('Person');

    const supplies = await visible('edge[type = "SUPPLIES"]');
    expect(supplies).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'SUPPLIES' }).uncheck();
    expect(await visible('edge[type = "SUPPLIES"]')).toBe(0);
    expect(new URL(page.url()).searchParams.get('relations')).not.toContain('SUPPLIES');
  });

  it('time range: the graph as of a period', async () => {
    const page = await open('/');
    const all = await withCy<number>(page, `(cy) => cy.edges().filter((e) => e.visible()).length`);
    const until = page.getByRole('slider', { name: 'Until date' });
    await until.focus();
    await until.press('Home');
    await until.press('ArrowRight');
    await page.waitForTimeout(300);
    const limit = new URL(page.url()).searchParams.get('until');
    expect(limit).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shown = await withCy<Array<{ first: string | null }>>(
      page,
      `(cy) => cy.edges().filter((e) => e.visible()).map((e) => ({ first: e.data('firstDate') ?? null }))`,
    );
    expect(shown.length).toBeLessThan(all);
    for (const edge of shown) if (edge.first) expect(edge.first <= limit!).toBe(true);
    await expect(page.locator('#until-out').textContent()).resolves.toBe(limit);
  });

  it("path: two entities → shortest paths drawn with each hop's evidence", async () => {
    const rows = await db.read((tx) =>
      tx.run(
        `MATCH (a:Entity {id: $id})-[r1]-(m:Entity)-[r2]-(b:Entity)
         WHERE a <> b AND NOT (a)--(b) AND type(r1) <> 'DISTINCT_FROM' AND type(r2) <> 'DISTINCT_FROM'
         RETURN b.name AS name LIMIT 1`,
        { id: HIKVISION },
      ),
    );
    const far = rows.records[0]?.get('name') as string;
    expect(far).toBeTruthy();
    const page = await open('/');
    await page.getByRole('tab', { name: 'Path' }).click();
    const pick = async (label: string, text: string) => {
      const box = page.getByRole('combobox', { name: label });
      await box.fill(text);
      await page
        .locator(`#${label === 'From' ? 'path-from' : 'path-to'}-list [role=option]`)
        .first()
        .waitFor();
      const options = await page
        .locator(`#${label === 'From' ? 'path-from' : 'path-to'}-list [role=option]`)
        .allTextContents();
      const index = options.findIndex((o) => o.startsWith(text));
      for (let i = 0; i < index; i++) await box.press('ArrowDown');
      await box.press('Enter');
    };
    await pick('From', 'Hikvision');
    await pick('To', far);
    await page.getByRole('button', { name: 'Find paths' }).click();
    await settle(page);
    const results = page.locator('#path-results');
    await expect(results.locator('li.path').count()).resolves.toBeGreaterThan(0);
    const hops = results.locator('li.path').first().locator('.hop');
    expect(await hops.count()).toBe(2);
    await expect(hops.first().locator('blockquote').first().textContent()).resolves.toMatch(/\w+/);
    expect(await withCy<number>(page, `(cy) => cy.edges('.path').length`)).toBeGreaterThanOrEqual(2);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(HIKVISION);
    await shoot(page, 'path');
  });

  it('Cypher console: highlighting, completion, Run and Ctrl+Enter, graph and table, a write refused readably', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const consolePanel = page.getByRole('region', { name: 'Cypher' });
    await consolePanel.locator('.cm-content').waitFor();
    const editor = consolePanel.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    // Completion of this graph's labels after ':' (and of keywords on Ctrl+Space).
    await page.keyboard.type('MATCH (n:');
    await page.locator('.cm-tooltip-autocomplete').waitFor({ timeout: 5000 });
    await expect(page.locator('.cm-tooltip-autocomplete').textContent()).resolves.toContain('Person');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      'MATCH (p:Person)-[r]->(o:Entity) RETURN p.name AS person, type(r) AS relation, o.name AS other, p, r, o LIMIT 20',
    );
    // Highlighting: keywords get their own styled spans.
    expect(await consolePanel.locator('.cm-content span').count()).toBeGreaterThan(3);
    await page.keyboard.press('Control+Enter');
    await settle(page);
    const table = consolePanel.getByRole('table', { name: 'Query results' });
    await expect(table.locator('th').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['person', 'relation', 'other']),
    );
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    const drawn = await withCy<{ people: number; edges: number }>(
      page,
      `(cy) => ({ people: cy.nodes('[type = "Person"]').length, edges: cy.edges().length })`,
    );
    expect(drawn.people).toBeGreaterThan(0);
    expect(drawn.edges).toBeGreaterThan(0);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    expect(new URL(page.url()).searchParams.get('query')).toContain('MATCH (p:Person)');
    await shoot(page, 'cypher');

    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText("CREATE (n:Entity {id: 'e2e:intruder', name: 'Intruder'}) RETURN n");
    await consolePanel.getByRole('button', { name: 'Run' }).click();
    await settle(page);
    const error = consolePanel.getByRole('alert');
    await error.waitFor();
    const message = (await error.textContent()) ?? '';
    expect(message).toMatch(/read|write|not allowed|refused/i);
    expect(message).not.toMatch(/\n\s+at /); // a message, not a stack trace
    const created = await db.read((tx) => tx.run("MATCH (n {id: 'e2e:intruder'}) RETURN count(n) AS c"));
    expect(Number(created.records[0].get('c'))).toBe(0);
  });

  it('Cypher console: a saved query runs from its parameter form', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const consolePanel = page.getByRole('region', { name: 'Cypher' });
    const select = consolePanel.getByRole('combobox', { name: 'Saved queries' });
    await page.waitForFunction(() => document.querySelectorAll('#saved-select option').length > 1);
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(values.length).toBeGreaterThan(0);
    await select.selectOption(values[0]);
    await consolePanel.getByRole('button', { name: 'Run saved' }).click();
    await settle(page);
    const columns = await consolePanel.getByRole('table', { name: 'Query results' }).locator('th').count();
    expect(columns).toBeGreaterThan(0);
    await expect(consolePanel.locator('#cypher-summary').textContent()).resolves.toMatch(
      /\d+ row\(s\) in \d+ ms/,
    );
  });

  it('URL state: a link reproduces the view; back and forward work', async () => {
    const page = await open('/');
    await searchAndChoose(page, 'Hikvision');
    await page.getByRole('checkbox', { name: 'Place' }).uncheck();
    await settle(page);
    const link = page.url();
    expect(link).toContain('entity=company%3Ahikvision');

    const copy = await open(new URL(link).pathname + new URL(link).search);
    await expect(copy.getByRole('region', { name: 'Details' }).locator('h2').textContent()).resolves.toBe(
      'Hikvision',
    );
    expect(await copy.getByRole('checkbox', { name: 'Place' }).isChecked()).toBe(false);
    expect(await withCy<string[]>(copy, `(cy) => cy.$(':selected').map((e) => e.id())`)).toEqual([HIKVISION]);
    expect(
      await withCy<number>(copy, `(cy) => cy.nodes('[type = "Place"]').filter((n) => n.visible()).length`),
    ).toBe(0);

    // Choose a neighbour from the Details panel, then go back and forward.
    const other = page.getByRole('region', { name: 'Details' }).locator('button.other').first();
    const otherName = (await other.textContent())!;
    await other.click();
    await settle(page);
    await expect(page.getByRole('region', { name: 'Details' }).locator('h2').textContent()).resolves.toBe(
      otherName,
    );
    await page.goBack();
    await settle(page);
    await expect(page.getByRole('region', { name: 'Details' }).locator('h2').textContent()).resolves.toBe(
      'Hikvision',
    );
    expect(await withCy<string[]>(page, `(cy) => cy.$(':selected').map((e) => e.id())`)).toEqual([HIKVISION]);
    await page.goForward();
    await settle(page);
    await expect(page.getByRole('region', { name: 'Details' }).locator('h2').textContent()).resolves.toBe(
      otherName,
    );
  });

  it('an article with markup shows it as text, runs no script, and highlights its entities', async () => {
    const page = await open('/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByRole('tab', { name: 'Articles' }).click();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Markup');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await settle(page);
    const item = page
      .getByRole('list', { name: 'Articles' })
      .getByRole('button')
      .filter({ hasText: 'Markup test' })
      .first();
    await expect(item.textContent()).resolves.toContain('<b>bold</b>');
    await item.click();
    await settle(page);
    const view = page.getByRole('region', { name: 'Article' });
    await expect(view.locator('h2').textContent()).resolves.toContain('<b>bold</b>');
    const text = (await view.locator('#article-text').textContent()) ?? '';
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('<script>');
    expect(await view.locator('img, script, b').count()).toBe(0);
    expect(await view.locator('#article-text mark').filter({ hasText: 'Hikvision' }).count()).toBeGreaterThan(
      0,
    );
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await shoot(page, 'article');
  });

  it('exports the view as PNG and as JSON', async () => {
    const page = await open('/?entity=company%3Ahikvision');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('tracegraph-view.png');
    const pngBytes = await readFile((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    const view = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
      nodes: Array<{ data: { id: string } }>;
      edges: unknown[];
      state: { entity: string };
    };
    expect(view.state.entity).toBe(HIKVISION);
    expect(view.nodes.map((n) => n.data.id)).toContain(HIKVISION);
    expect(view.edges.length).toBeGreaterThan(0);
  });

  it('fits a laptop screen and a large monitor, and is usable by keyboard with visible focus', async () => {
    for (const [name, width, height] of [
      ['laptop', 1280, 720],
      ['large-monitor', 2560, 1440],
    ] as const) {
      const page = await open('/?entity=company%3Ahikvision');
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      const fit = await page.evaluate(() => {
        const graph = document.getElementById('graph')!.getBoundingClientRect();
        const details = document.getElementById('details')!.getBoundingClientRect();
        return {
          overflowX: document.documentElement.scrollWidth > window.innerWidth,
          graphWidth: graph.width,
          graphHeight: graph.height,
          detailsWidth: details.width,
        };
      });
      expect(fit.overflowX).toBe(false);
      expect(fit.graphWidth).toBeGreaterThan(width * 0.45);
      expect(fit.graphHeight).toBeGreaterThan(height * 0.6);
      expect(fit.detailsWidth).toBeGreaterThan(280);
      if (name === 'laptop') {
        // From the search box, Tab walks the toolbar; every stop shows a focus ring.
        await page.getByRole('combobox', { name: 'Search entities' }).focus();
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          const outline = await page.evaluate(() => {
            const style = getComputedStyle(document.activeElement!);
            return `${style.outlineStyle} ${style.outlineWidth}`;
          });
          expect(outline).not.toMatch(/^none/);
        }
        // Keyboard alone: search, choose with Enter, and the Details panel follows.
        await page.getByRole('combobox', { name: 'Search entities' }).focus();
        await page.keyboard.type('Dahua');
        await page.getByRole('option').first().waitFor();
        await page.keyboard.press('Enter');
        await settle(page);
        await expect(page.getByRole('region', { name: 'Details' }).locator('h2').textContent()).resolves.toBe(
          'Dahua',
        );
      }
      await shoot(page, name);
    }
  });
});

// Helpers for driving the explorer page in e2e tests: wait for it to settle, find nodes on the canvas, screenshots.
import type { Core as CyCore } from 'cytoscape';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** Waits until the page has loaded and no API step is running. */
export async function settle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { tracegraph?: { ready: boolean; busy: number } }).tracegraph;
      return !!t && t.ready && t.busy === 0;
    },
    null,
    { timeout },
  );
  // Layout animations end within ~400 ms.
  await page.waitForTimeout(500);
}

/** The page coordinates of a node's centre on the canvas. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { cy: CyCore }).cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) throw new Error(`node ${nodeId} is not on the canvas`);
    const rect = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

/** Runs a function over the Cytoscape instance in the page and returns its (serialisable) result. */
export function withCy<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`((cy) => (${fn})(cy))(window.cy)`) as Promise<T>;
}

/**
 * Saves a screenshot to test-results/screenshots/, and to docs/screenshots/ when
 * TRACEGRAPH_SCREENSHOTS=1 (to refresh the README's pictures).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dirs = [path.join(repo, 'test-results', 'screenshots')];
  if (process.env.TRACEGRAPH_SCREENSHOTS === '1') dirs.push(path.join(repo, 'docs', 'screenshots'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`) });
  }
}

// Explorer vs bare Cytoscape in headless Chromium: first drawn graph, layout time, drag-pan frame times (200 and 2,000 nodes).
import type { Core as CyCore } from 'cytoscape';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ENTITY_TYPES, RELATION_TYPES } from '../core/types.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { ensureWebBuild } from '../tests/e2e/support/build-web.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const TYPES: readonly string[] = ENTITY_TYPES;
const RELATIONS: readonly string[] = RELATION_TYPES;

/** A seeded generator, so every run draws the same graph. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A scale-free-ish graph in the API's element format (some hubs, many leaves), with dates on edges. */
export function generateGraph(nodeCount: number, edgeCount: number, seed = 7) {
  const rand = prng(seed);
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    data: {
      id: `n${i}`,
      label: `Entity ${i}`,
      type: TYPES[i % TYPES.length],
      articles: 1 + Math.floor(rand() * 9),
      degree: 0,
    },
  }));
  const edges: Array<{ data: Record<string, unknown> }> = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(rand() * nodeCount);
    const b = Math.floor(Math.pow(rand(), 2.2) * nodeCount); // preferential: low ids become hubs
    if (a === b) continue;
    const type = RELATIONS[Math.floor(rand() * RELATIONS.length)];
    const id = `n${a}|${type}|n${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const month = 1 + Math.floor(rand() * 12);
    const date = `2020-${String(month).padStart(2, '0')}-15`;
    edges.push({
      data: {
        id,
        source: `n${a}`,
        target: `n${b}`,
        type,
        count: 1 + Math.floor(rand() * 5),
        firstDate: date,
        lastDate: date,
      },
    });
    nodes[a].data.degree++;
    nodes[b].data.degree++;
  }
  return { nodes, edges };
}

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves dist/web, the bare page and a stub API answering /api/graph with the generated graph. */
export async function startServer(
  distDir: string,
  graphs: Map<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const bareFiles: Record<string, string> = {
    '/bare.html': path.join(repo, 'bench/web-fixtures/bare.html'),
    '/bare/bare.js': path.join(repo, 'bench/web-fixtures/bare.js'),
    '/bare/cytoscape.min.js': path.join(repo, 'node_modules/cytoscape/dist/cytoscape.min.js'),
    '/bare/layout-base.js': path.join(repo, 'node_modules/layout-base/layout-base.js'),
    '/bare/cose-base.js': path.join(repo, 'node_modules/cose-base/cose-base.js'),
    '/bare/cytoscape-fcose.js': path.join(repo, 'node_modules/cytoscape-fcose/cytoscape-fcose.js'),
  };
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const size = req.headers.cookie?.match(/size=(\d+)/)?.[1] ?? '2000';
      const send = (status: number, type: string, body: string | Buffer) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      };
      if (url.pathname === '/api/graph')
        return send(200, 'application/json', graphs.get(size) ?? '{"nodes":[],"edges":[]}');
      if (url.pathname === '/api/stats') {
        return send(
          200,
          'application/json',
          JSON.stringify({
            articles: 0,
            entities: Number(size),
            nodes: Number(size),
            relationships: 0,
            byType: {},
            byRelation: {},
          }),
        );
      }
      if (url.pathname === '/api/cypher') {
        return send(
          200,
          'application/json',
          JSON.stringify({
            columns: ['date'],
            rows: [],
            graph: { nodes: [], edges: [] },
            summary: { ms: 0, rows: 0, truncated: false },
          }),
        );
      }
      if (url.pathname.startsWith('/api/'))
        return send(404, 'application/json', '{"error":{"code":"NOT_FOUND","message":"bench stub"}}');
      const file =
        bareFiles[url.pathname] ??
        path.join(distDir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
      if (!file.startsWith(distDir) && !Object.values(bareFiles).includes(file))
        return send(403, 'text/plain', 'no');
      try {
        send(200, MIME[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        send(404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Drags the background for 2 s, one mouse move per animation frame (synthetic events at the display's
 * pace, as a steady hand gives), and returns the frame times (ms) seen meanwhile.
 */
export async function dragPanFrames(page: Page): Promise<number[]> {
  const result = await page.evaluate(async () => {
    const cy = (window as unknown as { cy: CyCore }).cy;
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({}));
    const free = (x: number, y: number) =>
      boxes.every((b) => x < b.x1 - 12 || x > b.x2 + 12 || y < b.y1 - 12 || y > b.y2 + 12);
    const rect = cy.container()!.getBoundingClientRect();
    let spot = { x: rect.left + 20, y: rect.top + 20 };
    search: for (let y = 40; y < cy.height() - 40; y += 9) {
      for (let x = 40; x < cy.width() * 0.6; x += 9) {
        if (free(x, y)) {
          spot = { x: rect.left + x, y: rect.top + y };
          break search;
        }
      }
    }
    const target = document.elementFromPoint(spot.x, spot.y) ?? cy.container()!;
    const fire = (type: string, x: number, y: number, on: EventTarget) =>
      on.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: type === 'mouseup' ? 0 : 1,
          view: window,
        }),
      );
    const before = { ...cy.pan() };
    fire('mousedown', spot.x, spot.y, target);
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      let i = 0;
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        i++;
        fire('mousemove', spot.x + i * 3, spot.y + Math.sin(i / 10) * 60, target);
        if (i < 120) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    fire('mouseup', spot.x + 360, spot.y, target);
    const after = { ...cy.pan() };
    return { frames: frames.slice(1), moved: Math.abs(after.x - before.x) + Math.abs(after.y - before.y) };
  });
  if (result.moved < 50)
    throw new Error(`the drag did not pan the graph (${JSON.stringify(result).slice(0, 300)})`);
  if (process.env.BENCH_DEBUG)
    process.stdout.write(
      `  ${result.frames.length} frames, pan moved ${Math.round(result.moved)} px: ${result.frames.map((f) => f.toFixed(0)).join(' ')}\n`,
    );
  return result.frames;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Figures {
  firstDrawMs: number;
  layoutMs: number;
  panP50: number;
  panP95: number;
  /** Main-thread CPU time of the page during the drag (less sensitive to a loaded machine than frame times). */
  panCpuMs: number;
}

async function measure(
  browser: Browser,
  base: string,
  size: string,
  which: 'explorer' | 'bare' | 'bare+viewport',
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ name: 'size', value: size, url: base }]);
  // tsx keeps function names with a __name helper that evaluated code needs too.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  try {
    if (which === 'explorer') {
      await page.goto(`${base}/`);
      await page.waitForFunction(
        () => (window as unknown as { tracegraph?: { ready: boolean } }).tracegraph?.ready === true,
        null,
        { timeout: 120_000 },
      );
    } else {
      await page.goto(`${base}/bare.html${which === 'bare+viewport' ? '?viewport=1' : ''}`);
      await page.waitForFunction(
        () => (window as unknown as { bench?: { ready: boolean } }).bench?.ready === true,
        null,
        { timeout: 120_000 },
      );
    }
    const timing = await page.evaluate((w) => {
      const g = window as unknown as {
        tracegraph?: { firstDrawAt: number; layoutMs: number };
        bench?: { firstDrawAt: number; layoutMs: number };
      };
      const t = w === 'explorer' ? g.tracegraph! : g.bench!;
      return { firstDrawMs: t.firstDrawAt, layoutMs: t.layoutMs };
    }, which);
    // A block body: returning cy.fit()'s result (the Cytoscape core) made Playwright serialize the whole
    // graph, leaving ~3 GB of garbage on the explorer's heap and a major GC in the middle of its drag.
    if (which === 'explorer')
      await page.evaluate(() => {
        (window as unknown as { cy: CyCore }).cy.fit(undefined, 40);
      });
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
    const cpuBefore = await threadTime();
    const frames = await dragPanFrames(page);
    const panCpuMs = ((await threadTime()) - cpuBefore) * 1000;
    return { ...timing, panP50: percentile(frames, 50), panP95: percentile(frames, 95), panCpuMs };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  // BENCH_WEB_DIST measures another build of the explorer (e.g. an older commit's) against the same bare pages.
  const distDir = process.env.BENCH_WEB_DIST ?? (await ensureWebBuild());
  const graphs = new Map<string, string>([
    ['200', JSON.stringify(generateGraph(200, 500))],
    ['2000', JSON.stringify(generateGraph(2000, 5000))],
  ]);
  const server = await startServer(distDir, graphs);
  const browser = await launchChromium();
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const variants = ['bare', 'bare+viewport', 'explorer'] as const;
  const samples = new Map<string, Figures[]>();
  try {
    // Runs interleave the pages so that both see the same load on a shared machine; medians are reported.
    for (let run = 0; run < runs; run++) {
      for (const size of ['200', '2000']) {
        for (const which of variants) {
          const figures = await measure(browser, server.url, size, which);
          const key = `${size}|${which}`;
          samples.set(key, [...(samples.get(key) ?? []), figures]);
          if (process.env.BENCH_DEBUG)
            process.stdout.write(`  run ${run + 1} ${key} ${JSON.stringify(figures)}\n`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values: number[]) => percentile(values, 50);
  const get = (size: string, which: string): Figures => {
    const list = samples.get(`${size}|${which}`) ?? [];
    return {
      firstDrawMs: median(list.map((f) => f.firstDrawMs)),
      layoutMs: median(list.map((f) => f.layoutMs)),
      panP50: median(list.map((f) => f.panP50)),
      panP95: median(list.map((f) => f.panP95)),
      panCpuMs: median(list.map((f) => f.panCpuMs)),
    };
  };
  process.stdout.write(
    `bench:web — medians of ${runs} run(s); graphs of 200 nodes / 500 edges and 2,000 nodes / 5,000 edges\n`,
  );
  process.stdout.write(
    `machine: ${os.cpus().length} CPU(s), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1/5/15 min) — figures scale with load\n`,
  );
  process.stdout.write(
    'first draw = ms from navigation start to the first frame with the graph; layout = fcose (draft above 400 nodes);\n' +
      'drag CPU = main-thread CPU time during the 2 s drag (frame times stretch with load, CPU time much less)\n\n',
  );
  for (const size of ['200', '2000']) {
    for (const which of variants) {
      const f = get(size, which);
      process.stdout.write(
        `${size.padStart(5)} nodes  ${which.padEnd(14)} first draw ${f.firstDrawMs.toFixed(0).padStart(5)} ms  layout ${f.layoutMs.toFixed(0).padStart(5)} ms  drag-pan p50 ${f.panP50.toFixed(1).padStart(5)} ms  p95 ${f.panP95.toFixed(1).padStart(5)} ms  drag CPU ${f.panCpuMs.toFixed(0).padStart(5)} ms\n`,
      );
    }
  }
  const ratio = get('2000', 'explorer').firstDrawMs / get('2000', 'bare').firstDrawMs;
  process.stdout.write(`\nexplorer/bare first draw at 2,000 nodes: ${ratio.toFixed(2)}x (target <= 1.5x)\n`);
  process.stdout.write(
    `explorer drag-pan p95 at 2,000 nodes: ${get('2000', 'explorer').panP95.toFixed(1)} ms (target < 40 ms)\n`,
  );
}

// Runs when invoked (npm run bench:web), not when a profiling script imports the helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

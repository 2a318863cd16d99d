// Builds the explorer (vite build → dist/web) when dist/web is missing or older than any file in web/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const webDir = path.join(repo, 'web');
const builtIndex = path.join(repo, 'dist', 'web', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether dist/web must be (re)built. */
export function webBuildIsStale(): boolean {
  return !existsSync(builtIndex) || statSync(builtIndex).mtimeMs < newestMtime(webDir);
}

/** Runs `vite build` in-process with web/vite.config.ts when the build is stale; returns dist/web. */
export async function ensureWebBuild(): Promise<string> {
  if (webBuildIsStale()) {
    const { build } = await import('vite');
    await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  }
  return path.dirname(builtIndex);
}

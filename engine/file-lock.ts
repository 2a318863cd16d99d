// A lock file holding the owner's pid, so two processes never build or start the same engine at once.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { isPidAlive } from './engine-state.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding `lockFile`. A lock left by a dead process is taken over;
 * a live holder is waited for, up to `timeoutMs`.
 */
export async function withFileLock<T>(
  lockFile: string,
  work: () => Promise<T>,
  options: { timeoutMs?: number; onWait?: (holderPid: number) => void } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  let told = false;
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (!Number.isInteger(holder) || holder <= 0 || !isPidAlive(holder)) {
        // Empty (being written right now) or left by a dead process: look again shortly, then take it.
        if (Number.isInteger(holder) && holder > 0) await rm(lockFile, { force: true });
        else await sleep(100);
        continue;
      }
      if (holder === process.pid) throw new AppError(`Lock ${lockFile} is already held by this process.`);
      if (!told) options.onWait?.(holder);
      told = true;
      if (Date.now() > deadline) {
        throw new AppError(`Timed out waiting for process ${holder} to release ${lockFile}.`, {
          code: 'LOCK_TIMEOUT',
        });
      }
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

// The state file a running local engine leaves in its data folder (pid, port, start time), and process checks.
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What `<dataDir>/engine.json` records about the engine started for that folder. */
export interface EngineState {
  pid: number;
  port: number;
  /** ISO datetime */
  startedAt: string;
  /** Whether it was started detached (`tracegraph db start`) or as the child of a foreground process. */
  detached: boolean;
}

/** Files of one data folder. */
export interface EnginePaths {
  dataDir: string;
  /** Neo4j's home: the store is under `<storeDir>/data/databases/neo4j`. */
  storeDir: string;
  stateFile: string;
  lockFile: string;
  /** The JVM's stdout and stderr. */
  logFile: string;
}

export function enginePaths(dataDir: string): EnginePaths {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    storeDir: path.join(dir, 'neo4j'),
    stateFile: path.join(dir, 'engine.json'),
    lockFile: path.join(dir, 'engine.lock'),
    logFile: path.join(dir, 'neo4j.log'),
  };
}

/** Parses a state file's text; undefined when it is not a valid state (a half-written or foreign file). */
export function parseEngineState(text: string): EngineState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { pid, port, startedAt, detached } = raw as Record<string, unknown>;
  if (!Number.isInteger(pid) || (pid as number) <= 0) return undefined;
  if (!Number.isInteger(port) || (port as number) <= 0 || (port as number) > 65535) return undefined;
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return undefined;
  return { pid: pid as number, port: port as number, startedAt, detached: detached === true };
}

export function formatEngineState(state: EngineState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

export async function readEngineState(paths: EnginePaths): Promise<EngineState | undefined> {
  const text = await readFile(paths.stateFile, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseEngineState(text);
}

export async function writeEngineState(paths: EnginePaths, state: EngineState): Promise<void> {
  await writeFile(paths.stateFile, formatEngineState(state));
}

export async function removeEngineState(paths: EnginePaths): Promise<void> {
  await rm(paths.stateFile, { force: true });
}

/**
 * Whether a process with this pid runs (signal 0 probes without sending anything). A zombie — exited,
 * not yet reaped by its parent — counts as gone.
 */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (comm) S …"; comm may contain spaces, so read the state after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/**
 * Whether `pid` is a Tracegraph launcher (of `storeDir`, when given), guarding against a recycled pid.
 * Where /proc is missing (macOS) a live pid is trusted.
 */
export function isLauncherProcess(pid: number, storeDir?: string): boolean {
  if (!isPidAlive(pid)) return false;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes('tracegraph.Launcher') && (storeDir === undefined || args.includes(storeDir));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !isProcFs();
  }
}

function isProcFs(): boolean {
  try {
    readFileSync('/proc/self/cmdline');
    return true;
  } catch {
    return false;
  }
}

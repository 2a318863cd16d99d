// The local Neo4j engine: start it (or reuse the one already running for a data folder), report on it, stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { AppError } from '../core/errors.ts';
import {
  engineBuildPaths,
  engineClasspath,
  ensureEngineBuilt,
  NEO4J_VERSION,
  recordClassArchive,
  sharedJvmOptions,
  type BuildProgress,
} from './engine-build.ts';
import {
  enginePaths,
  isLauncherProcess,
  isPidAlive,
  readEngineState,
  removeEngineState,
  writeEngineState,
  type EnginePaths,
  type EngineState,
} from './engine-state.ts';
import { withFileLock } from './file-lock.ts';
import { isPortOpen } from './port-probe.ts';

export {
  ensureEngineBuilt,
  isEngineBuilt,
  NEO4J_VERSION,
  recordClassArchive,
  type BuildProgress,
} from './engine-build.ts';
export { findFreePort } from './port-probe.ts';

/** The line the launcher prints once Bolt accepts connections. */
export const READY_LINE = 'TRACEGRAPH_ENGINE_READY';

export interface EngineLocation {
  /** The data folder (TRACEGRAPH_DATA); the store is under `<dataDir>/neo4j`. */
  dataDir: string;
  /** The Bolt port to open when starting (TRACEGRAPH_BOLT_PORT); a running engine keeps its own. */
  boltPort: number;
}

export interface StartEngineOptions extends EngineLocation {
  /**
   * true (default): the engine outlives this process (`tracegraph db start`).
   * false: it is this process's child and stops with it — on SIGINT/SIGTERM/SIGHUP, on exit, and
   * even on SIGKILL (the launcher exits when its stdin pipe closes).
   */
  detached?: boolean;
  /** Attached only: install the SIGINT/SIGTERM/SIGHUP handlers that stop the engine (default true). */
  handleSignals?: boolean;
  /** JVM heap limit (default TRACEGRAPH_ENGINE_HEAP or 1g). */
  heap?: string;
  /** Extra JVM options, e.g. `-XX:TieredStopAtLevel=1` for short-lived test engines (less JIT work at start). */
  jvmOptions?: string[];
  /** How long to wait for the engine to accept Bolt (default 180 s; a loaded laptop can be slow). */
  readyTimeoutMs?: number;
  /** First-build progress (the jar download). */
  onProgress?: (progress: BuildProgress) => void;
  /** Human-readable notes ("waiting for another start…"). */
  log?: (message: string) => void;
}

/** A local engine this process started or found running. */
export interface RunningEngine {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  pid: number;
  port: number;
  dataDir: string;
  logFile: string;
  /** true when the engine was already running (started by another process) and is only being used. */
  reused: boolean;
  detached: boolean;
  /** Milliseconds from the call to ready (0 when reused). */
  startMs: number;
  /** Stops the engine (SIGTERM, then waits for a clean shutdown). */
  stop(): Promise<void>;
}

export interface EngineStatus {
  /** running: Bolt answers; starting: the launcher lives but Bolt is not open yet; stopped: no engine. */
  state: 'running' | 'starting' | 'stopped';
  running: boolean;
  dataDir: string;
  storeDir: string;
  logFile: string;
  pid?: number;
  port?: number;
  uri?: string;
  startedAt?: string;
  detached?: boolean;
  /** A state file was left by an engine that is gone (killed, machine rebooted). */
  stale?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

/**
 * Reports whether the engine for a data folder runs: its state file AND a live launcher process AND
 * an open Bolt port.
 */
export async function engineStatus(
  location: Pick<EngineLocation, 'dataDir'> & Partial<EngineLocation>,
): Promise<EngineStatus> {
  const paths = enginePaths(location.dataDir);
  const base = { dataDir: paths.dataDir, storeDir: paths.storeDir, logFile: paths.logFile };
  const state = await readEngineState(paths);
  if (!state) return { ...base, state: 'stopped', running: false };
  const info = { pid: state.pid, port: state.port, startedAt: state.startedAt, detached: state.detached };
  if (!isLauncherProcess(state.pid, paths.storeDir))
    return { ...base, state: 'stopped', running: false, stale: true };
  if (await isPortOpen(state.port))
    return { ...base, ...info, state: 'running', running: true, uri: boltUri(state.port) };
  return { ...base, ...info, state: 'starting', running: false };
}

/**
 * Starts the local engine for `dataDir`, or returns the one already running there (never two).
 * The first call builds the engine (Maven downloads Neo4j once).
 * @example const engine = await startEngine({ dataDir: '.data', boltPort: 7687, detached: true });
 */
export async function startEngine(options: StartEngineOptions): Promise<RunningEngine> {
  const started = Date.now();
  const paths = enginePaths(options.dataDir);
  const log = options.log ?? (() => {});
  await mkdir(paths.dataDir, { recursive: true });

  const running = await findLiveEngine(paths, 0);
  if (running) return reusedEngine(paths, running, options);

  const { java } = await ensureEngineBuilt({ onProgress: options.onProgress });
  return withFileLock(
    paths.lockFile,
    async () => {
      // Another process may have started it while we waited for the lock (or be finishing its start).
      const again = await findLiveEngine(paths, options.readyTimeoutMs ?? 180_000);
      if (again) return reusedEngine(paths, again, options);
      await removeEngineState(paths);
      if (await isPortOpen(options.boltPort)) throw portInUseError(options.boltPort);
      return launchEngine(paths, java.java, options, started);
    },
    { onWait: (pid) => log(`Process ${pid} is starting the engine for ${paths.dataDir}; waiting for it…`) },
  );
}

/**
 * Stops the engine of a data folder, if one runs: SIGTERM, wait for a clean shutdown (SIGKILL after
 * `timeoutMs`, default 120 s), remove the state file.
 */
export async function stopEngine(options: {
  dataDir: string;
  timeoutMs?: number;
}): Promise<{ stopped: boolean; pid?: number }> {
  const paths = enginePaths(options.dataDir);
  const state = await readEngineState(paths);
  if (!state) return { stopped: false };
  if (!isLauncherProcess(state.pid, paths.storeDir)) {
    await removeEngineState(paths);
    return { stopped: false };
  }
  await terminate(state.pid, options.timeoutMs);
  await removeStateIfOwner(paths, state.pid);
  return { stopped: true, pid: state.pid };
}

/** The running engine recorded for `paths`, waiting up to `waitMs` for one that is still starting. */
async function findLiveEngine(paths: EnginePaths, waitMs: number): Promise<EngineState | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const state = await readEngineState(paths);
    if (!state || !isLauncherProcess(state.pid, paths.storeDir)) return undefined;
    if (await isPortOpen(state.port)) return state;
    if (Date.now() >= deadline) return undefined;
    await sleep(250);
  }
}

function reusedEngine(paths: EnginePaths, state: EngineState, options: StartEngineOptions): RunningEngine {
  if (state.port !== options.boltPort) {
    options.log?.(
      `The engine for ${paths.dataDir} already runs on port ${state.port} (not ${options.boltPort}); using it.`,
    );
  }
  return {
    uri: boltUri(state.port),
    pid: state.pid,
    port: state.port,
    dataDir: paths.dataDir,
    logFile: paths.logFile,
    reused: true,
    detached: state.detached,
    startMs: 0,
    stop: async () => {
      if (isLauncherProcess(state.pid, paths.storeDir)) await terminate(state.pid);
      await removeStateIfOwner(paths, state.pid);
    },
  };
}

async function launchEngine(
  paths: EnginePaths,
  java: string,
  options: StartEngineOptions,
  started: number,
): Promise<RunningEngine> {
  const detached = options.detached ?? true;
  const heap = options.heap ?? process.env.TRACEGRAPH_ENGINE_HEAP ?? '1g';
  const build = engineBuildPaths();
  const logFd = openSync(paths.logFile, 'a');
  const logStart = fstatSync(logFd).size;
  writeSync(
    logFd,
    `--- ${new Date().toISOString()} starting Neo4j ${NEO4J_VERSION} on 127.0.0.1:${options.boltPort} (store ${paths.storeDir})\n`,
  );
  const args = [
    '-Xms128m',
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...sharedJvmOptions(build),
    ...(options.jvmOptions ?? []),
    '-cp',
    engineClasspath(build),
    'tracegraph.Launcher',
    paths.storeDir,
    String(options.boltPort),
  ];
  if (!detached) args.push('--exit-on-stdin-eof');
  let child: ChildProcess;
  try {
    child = spawn(java, args, {
      cwd: paths.dataDir,
      detached,
      stdio: [detached ? 'ignore' : 'pipe', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new AppError(`Could not start Java (${java}): ${error.message}`, {
      code: 'ENGINE_START_FAILED',
      cause: error,
    });
  }
  let exited: number | null | undefined;
  child.once('exit', (code, signal) => {
    exited = code ?? (signal ? -1 : null);
  });
  const state: EngineState = { pid, port: options.boltPort, startedAt: new Date().toISOString(), detached };
  await writeEngineState(paths, state);

  try {
    await waitForReady(
      paths.logFile,
      logStart,
      () => exited !== undefined,
      options.readyTimeoutMs ?? 180_000,
    );
  } catch (error) {
    if (isPidAlive(pid)) await terminate(pid, 30_000);
    await removeStateIfOwner(paths, pid);
    throw error;
  }

  child.unref();
  // First start after a build: record the class-data archive now that this start no longer competes for CPU.
  await recordClassArchive({ wait: false }).catch(() => undefined);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (isLauncherProcess(pid)) await terminate(pid);
      await removeStateIfOwner(paths, pid);
    })();
    return stopping;
  };
  if (!detached) {
    // Our child: keep the stdin pipe open (its end means "parent gone") without holding the event loop.
    (child.stdin as { unref?: () => void } | null)?.unref?.();
    if (options.handleSignals ?? true) stopWithProcess(pid, stop);
  }
  return {
    uri: boltUri(options.boltPort),
    pid,
    port: options.boltPort,
    dataDir: paths.dataDir,
    logFile: paths.logFile,
    reused: false,
    detached,
    startMs: Date.now() - started,
    stop,
  };
}

/** Waits for the launcher's ready line in the log (written after `offset`); fails early when the JVM exits. */
async function waitForReady(
  logFile: string,
  offset: number,
  hasExited: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readFrom(logFile, offset);
    if (text.includes(READY_LINE)) return;
    if (hasExited()) throw engineFailedError(text, logFile);
    if (Date.now() > deadline) {
      throw new AppError(
        `Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s; see ${logFile}.`,
        {
          code: 'ENGINE_START_FAILED',
        },
      );
    }
    await sleep(200);
  }
}

async function readFrom(file: string, offset: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.max(0, size - offset);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Turns the log of a launcher that died into a message saying why (port taken, store locked, …). */
export function engineFailedError(logText: string, logFile: string): AppError {
  const lines = logText.split('\n');
  let reason = '';
  if (/Address already in use|BindException/i.test(logText))
    reason = 'its Bolt port is already in use. Set TRACEGRAPH_BOLT_PORT to a free port.';
  else if (/FileLockException|locked by another process|StoreLockException/i.test(logText)) {
    reason = 'its store is locked by another Neo4j process using the same data folder.';
  } else {
    const key = lines
      .filter((l) => /Exception|Error|Caused by/.test(l))
      .slice(0, 6)
      .join('\n');
    reason = key ? `\n${key}` : 'no reason was printed.';
  }
  return new AppError(`Neo4j exited during start-up: ${reason} (log: ${logFile})`, {
    code: 'ENGINE_START_FAILED',
  });
}

function portInUseError(port: number): AppError {
  return new AppError(
    `Port ${port} on 127.0.0.1 is already taken by another program (another Neo4j?). ` +
      'Set TRACEGRAPH_BOLT_PORT to a free port, or NEO4J_URI to use that Neo4j instead.',
    { code: 'PORT_IN_USE' },
  );
}

/** SIGTERM (the launcher's shutdown hook closes the store), wait, then SIGKILL after `timeoutMs`. */
async function terminate(pid: number, timeoutMs = 120_000): Promise<void> {
  const gone = () => !isLauncherProcess(pid);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (!gone()) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        return;
      }
      while (!gone()) await sleep(100);
      return;
    }
    await sleep(100);
  }
}

async function removeStateIfOwner(paths: EnginePaths, pid: number): Promise<void> {
  const current = await readEngineState(paths);
  if (!current || current.pid === pid) await removeEngineState(paths);
}

const EXIT_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** An attached engine stops with its parent: on the usual signals (cleanly, awaited) and on exit (SIGTERM sent). */
function stopWithProcess(pid: number, stop: () => Promise<void>): void {
  const onExit = () => {
    if (isLauncherProcess(pid)) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    for (const s of EXIT_SIGNALS) process.off(s, onSignal);
    void stop().finally(() => {
      process.off('exit', onExit);
      // Leave the exit to other handlers when there are any (the server closing its sockets, …).
      if (process.listenerCount(signal) === 0) process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
    });
  };
  for (const s of EXIT_SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

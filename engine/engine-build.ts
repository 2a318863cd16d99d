// Builds the local engine once: Maven fetches Neo4j's jars into engine/target/lib and compiles the launcher.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors.ts';
import { withFileLock } from './file-lock.ts';
import { isPidAlive } from './engine-state.ts';
import { detectJava, findExecutable, type JavaRuntime } from './java-runtime.ts';
import { findFreePort } from './port-probe.ts';

/** The Neo4j version the pom pins. */
export const NEO4J_VERSION = '5.26.30';

/** Where the engine's sources and build output live (shared by every data folder). */
export interface EngineBuildPaths {
  engineDir: string;
  pom: string;
  launcherSource: string;
  /** The compiled launcher (a jar: class-data sharing accepts only jars). */
  launcherJar: string;
  libDir: string;
  /** Class-data sharing archive recorded by a warm-up run after the build: later starts load faster. */
  classArchive: string;
  /** Written after a successful build: the hash of pom + launcher it was built from. */
  stampFile: string;
  lockFile: string;
}

export function engineBuildPaths(engineDir = path.dirname(fileURLToPath(import.meta.url))): EngineBuildPaths {
  const target = path.join(engineDir, 'target');
  return {
    engineDir,
    pom: path.join(engineDir, 'pom.xml'),
    launcherSource: path.join(engineDir, 'src', 'main', 'java', 'tracegraph', 'Launcher.java'),
    launcherJar: path.join(target, 'launcher.jar'),
    libDir: path.join(target, 'lib'),
    classArchive: path.join(target, 'engine.jsa'),
    stampFile: path.join(target, 'tracegraph-build.json'),
    lockFile: path.join(target, 'build.lock'),
  };
}

/** Progress of the first build, for a counter on screen. */
export type BuildProgress =
  | { kind: 'start'; message: string }
  | { kind: 'download'; jars: number; artifact: string }
  | { kind: 'done'; jars: number; ms: number }
  | { kind: 'note'; message: string };

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  /**
   * 'wait': also record the class-data archive now (`tracegraph db build`, CI). Default 'later':
   * startEngine records it in the background once the engine is up.
   */
  classArchive?: 'wait' | 'later';
  paths?: EngineBuildPaths;
}

function sourceHash(paths: EngineBuildPaths): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(paths.pom));
  hash.update(readFileSync(paths.launcherSource));
  return hash.digest('hex').slice(0, 16);
}

/** Whether the jars and the compiled launcher exist and match the current pom and launcher source. */
export function isEngineBuilt(paths: EngineBuildPaths = engineBuildPaths()): boolean {
  if (!existsSync(paths.launcherJar)) return false;
  if (!existsSync(path.join(paths.libDir, `neo4j-${NEO4J_VERSION}.jar`))) return false;
  try {
    const stamp = JSON.parse(readFileSync(paths.stampFile, 'utf8')) as { hash?: string };
    return stamp.hash === sourceHash(paths);
  } catch {
    return false;
  }
}

/** `mvn` when it is on PATH, else the Maven Wrapper committed next to the pom. */
export function findMaven(
  env: NodeJS.ProcessEnv = process.env,
  engineDir = engineBuildPaths().engineDir,
): string {
  const mvn = findExecutable('mvn', { env: { PATH: env.PATH }, isExecutable: existsSync });
  if (mvn) return mvn;
  return path.join(engineDir, process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
}

/** The classpath of the launcher: its jar plus every engine jar. */
export function engineClasspath(paths: EngineBuildPaths = engineBuildPaths()): string {
  return [paths.launcherJar, path.join(paths.libDir, '*')].join(path.delimiter);
}

/** JVM options every launch shares: the class-data archive when the build recorded one. */
export function sharedJvmOptions(paths: EngineBuildPaths = engineBuildPaths()): string[] {
  // -Xshare:auto: a stale or foreign archive (another JDK) is ignored, never fatal; no CDS chatter in the log.
  return existsSync(paths.classArchive)
    ? [`-XX:SharedArchiveFile=${paths.classArchive}`, '-Xshare:auto', '-Xlog:cds*=off']
    : [];
}

/**
 * Makes sure the engine is built; the first time, Maven downloads Neo4j (~120 MB, once) and
 * compiles the launcher. Later calls return at once. Concurrent callers wait for one build.
 * @example await ensureEngineBuilt({ onProgress: (p) => console.log(p) });
 */
export async function ensureEngineBuilt(
  options: BuildOptions = {},
): Promise<{ built: boolean; java: JavaRuntime }> {
  const paths = options.paths ?? engineBuildPaths();
  if (isEngineBuilt(paths)) return { built: false, java: detectJava() };
  const java = detectJava({ needJavac: true });
  return withFileLock(paths.lockFile, async () => {
    if (isEngineBuilt(paths)) return { built: false, java };
    await rm(paths.classArchive, { force: true });
    await runMaven(paths, java, options.onProgress);
    if (options.classArchive === 'wait')
      await recordClassArchive({ wait: true, onProgress: options.onProgress, paths });
    const jars = readdirSync(paths.libDir).filter((f) => f.endsWith('.jar')).length;
    await writeFile(
      paths.stampFile,
      JSON.stringify({ hash: sourceHash(paths), neo4j: NEO4J_VERSION, jars }) + '\n',
    );
    return { built: true, java };
  });
}

async function runMaven(
  paths: EngineBuildPaths,
  java: JavaRuntime,
  onProgress?: (p: BuildProgress) => void,
): Promise<void> {
  const maven = findMaven();
  const started = Date.now();
  const firstTime = !existsSync(path.join(paths.libDir, `neo4j-${NEO4J_VERSION}.jar`));
  onProgress?.({
    kind: 'start',
    message: firstTime
      ? `Downloading Neo4j ${NEO4J_VERSION.replace(/\.\d+$/, '')} from Maven Central (~120 MB, once) and building the launcher with ${path.basename(maven)}…`
      : `Rebuilding the engine launcher with ${path.basename(maven)} (pom.xml or Launcher.java changed)…`,
  });
  // Maven must run on the Java we checked; JAVA_HOME is what both mvn and mvnw follow.
  const javaHome = path.dirname(path.dirname(realpathSync(java.javac ?? java.java)));
  const child = spawn(maven, ['-B', 'process-classes'], {
    cwd: paths.engineDir,
    env: { ...process.env, JAVA_HOME: process.env.JAVA_HOME ?? javaHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let jars = 0;
  const tail: string[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const match = /Downloaded from \S+: (\S+\.jar)/.exec(line);
      if (match) {
        jars += 1;
        onProgress?.({ kind: 'download', jars, artifact: path.basename(match[1]) });
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve(status ?? 1));
  }).catch((error: unknown) => {
    throw new AppError(`Could not run Maven (${maven}): ${(error as Error).message}`, {
      code: 'ENGINE_BUILD_FAILED',
      cause: error,
    });
  });
  if (code !== 0) {
    const errors = tail
      .filter((l) => /ERROR|FATAL|Could not|refused|resolve/i.test(l))
      .slice(-12)
      .join('\n');
    throw new AppError(
      `Building the local engine failed (Maven exit ${code}). Maven Central must be reachable the first time; ` +
        `or set NEO4J_URI to use another Neo4j.\n${errors || tail.slice(-12).join('\n')}`,
      { code: 'ENGINE_BUILD_FAILED' },
    );
  }
  onProgress?.({ kind: 'done', jars, ms: Date.now() - started });
}

/** Whether a recorder (see record-class-archive.mjs) is writing the archive right now. */
function isRecordingClassArchive(paths: EngineBuildPaths): boolean {
  const prefix = `${path.basename(paths.classArchive)}.`;
  return readdirSync(path.dirname(paths.classArchive)).some((file) => {
    const pid = Number(
      file.startsWith(prefix) && file.endsWith('.tmp') ? file.slice(prefix.length, -4) : NaN,
    );
    return Number.isInteger(pid) && isPidAlive(pid);
  });
}

/**
 * Records target/engine.jsa: the engine starts once on a scratch store with `--warm-up` (a few
 * typical statements, then exit) under -XX:ArchiveClassesAtExit, and later starts map the classes it
 * loaded instead of loading and verifying ~11 000 classes again (about a third less start-up CPU).
 * `wait: false` runs it detached in the background (after a start, so it does not slow that start).
 * Best effort: without the archive the engine works the same, only starts slower.
 */
export async function recordClassArchive(options: {
  wait: boolean;
  onProgress?: (p: BuildProgress) => void;
  paths?: EngineBuildPaths;
}): Promise<void> {
  const paths = options.paths ?? engineBuildPaths();
  if (existsSync(paths.classArchive) || isRecordingClassArchive(paths)) return;
  const java = detectJava();
  const script = path.join(paths.engineDir, 'record-class-archive.mjs');
  const args = [script, java.java, engineClasspath(paths), paths.classArchive, String(await findFreePort())];
  if (!options.wait) {
    const log = openSync(path.join(path.dirname(paths.classArchive), 'engine-jsa.log'), 'a');
    try {
      spawn(process.execPath, args, { detached: true, stdio: ['ignore', log, log] }).unref();
    } finally {
      closeSync(log);
    }
    return;
  }
  options.onProgress?.({
    kind: 'note',
    message: 'Recording a class-data archive so that later starts are faster (once)…',
  });
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', () => {});
    child.once('error', () => resolve(1));
    child.once('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    options.onProgress?.({ kind: 'note', message: '  (no class-data archive; starts work, only slower)' });
  }
}

// Builds the local engine once: Maven fetches Neo4j's jars into engine/target/lib and compiles the launcher.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors.ts';
import { withFileLock } from './file-lock.ts';
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
    ? [
        `-XX:SharedArchiveFile=${paths.classArchive}`,
        '-Xshare:auto',
        '-Xlog:cds=off',
        '-Xlog:cds+dynamic=off',
      ]
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
    await recordClassArchive(paths, java, options.onProgress);
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

/**
 * Starts the engine once on a scratch store with `--warm-up` (a few typical statements, then exit)
 * under -XX:ArchiveClassesAtExit: the classes it loaded are saved to target/engine.jsa, which later
 * starts map instead of loading and verifying ~10 000 classes again (about a third less CPU).
 * Best effort: without the archive the engine works the same, only starts slower.
 */
async function recordClassArchive(
  paths: EngineBuildPaths,
  java: JavaRuntime,
  onProgress?: (p: BuildProgress) => void,
): Promise<void> {
  onProgress?.({
    kind: 'note',
    message: 'Recording a class-data archive so that later starts are faster (once)…',
  });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-warm-up-'));
  const partial = `${paths.classArchive}.${process.pid}.tmp`;
  try {
    const port = await findFreePort();
    const args = [
      `-XX:ArchiveClassesAtExit=${partial}`,
      '-Xmx512m',
      '-cp',
      engineClasspath(paths),
      'tracegraph.Launcher',
      path.join(scratch, 'neo4j'),
      String(port),
      '--warm-up',
    ];
    const child = spawn(java.java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number>((resolve) => {
      child.once('error', () => resolve(1));
      child.once('close', (status) => resolve(status ?? 1));
    });
    if (code === 0 && existsSync(partial)) await rename(partial, paths.classArchive);
    else
      onProgress?.({
        kind: 'note',
        message: `  (no class-data archive: warm-up exited with ${code}; starts work, only slower)\n${output.split('\n').slice(-5).join('\n')}`,
      });
  } finally {
    await rm(partial, { force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

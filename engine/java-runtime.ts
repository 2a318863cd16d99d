// Finds a Java 17+ runtime (and javac, for building the launcher) or explains how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors.ts';

/** The Java found on this machine. */
export interface JavaRuntime {
  /** Absolute path of the `java` executable. */
  java: string;
  /** Absolute path of `javac`, when a JDK (not only a JRE) is installed. */
  javac?: string;
  /** Major version: 17, 21, … */
  major: number;
}

/** What detectJava needs from the machine; tests pass fakes. */
export interface JavaProbe {
  env: NodeJS.ProcessEnv;
  /** Whether an executable file exists at this path. */
  isExecutable: (file: string) => boolean;
  /** The combined output of `<java> -version`, or undefined when it cannot run. */
  readVersion: (java: string) => string | undefined;
}

export const MINIMUM_JAVA = 17;

const defaultProbe: JavaProbe = {
  env: process.env,
  isExecutable: (file) => existsSync(file),
  readVersion: (java) => {
    const result = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
    if (result.error || result.status !== 0) return undefined;
    return `${result.stderr ?? ''}${result.stdout ?? ''}`;
  },
};

/** The major version in `java -version` output: `"17.0.15"` → 17, `"1.8.0_292"` → 8; undefined when absent. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Looks for `name` in JAVA_HOME/bin first, then on PATH. */
export function findExecutable(
  name: string,
  probe: Pick<JavaProbe, 'env' | 'isExecutable'>,
): string | undefined {
  const exe = process.platform === 'win32' ? `${name}.exe` : name;
  const dirs: string[] = [];
  if (probe.env.JAVA_HOME) dirs.push(path.join(probe.env.JAVA_HOME, 'bin'));
  dirs.push(...(probe.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  for (const dir of dirs) {
    const file = path.join(dir, exe);
    if (probe.isExecutable(file)) return file;
  }
  return undefined;
}

/** The error shown when Java is missing or too old: names the prerequisite and the NEO4J_URI alternative. */
export function missingJavaError(found?: { java: string; major?: number }, needJavac = false): AppError {
  const what = found
    ? found.major === undefined
      ? `${found.java} does not run (\`java -version\` failed)`
      : needJavac && found.major >= MINIMUM_JAVA
        ? `Java ${found.major} is installed but not a JDK (no \`javac\`), which building the launcher needs`
        : `${found.java} is Java ${found.major}`
    : 'no `java` was found in JAVA_HOME or on PATH';
  return new AppError(
    `Tracegraph's local Neo4j needs Java ${MINIMUM_JAVA} or newer (a JDK), but ${what}. ` +
      'Install one (Debian/Ubuntu: `sudo apt-get install openjdk-17-jdk-headless`; macOS: `brew install openjdk@17`; ' +
      'or https://adoptium.net), or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j you already run ' +
      '(server, Docker, Aura).',
    { code: 'JAVA_MISSING', status: 500 },
  );
}

/**
 * Finds Java 17+; throws the missing-Java AppError otherwise.
 * @param needJavac also require `javac` (to compile the launcher on the first start).
 */
export function detectJava(
  options: { needJavac?: boolean } = {},
  probe: JavaProbe = defaultProbe,
): JavaRuntime {
  const java = findExecutable('java', probe);
  if (!java) throw missingJavaError(undefined, options.needJavac);
  const output = probe.readVersion(java);
  const major = output === undefined ? undefined : parseJavaMajor(output);
  if (major === undefined || major < MINIMUM_JAVA) throw missingJavaError({ java, major }, options.needJavac);
  const javac = findExecutable('javac', probe);
  if (options.needJavac && !javac) throw missingJavaError({ java, major }, true);
  return { java, javac, major };
}

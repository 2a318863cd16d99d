#!/usr/bin/env node
// Records the engine's class-data archive: one warm-up run under -XX:ArchiveClassesAtExit, then an atomic rename.
// Usage: node record-class-archive.mjs JAVA CLASSPATH ARCHIVE PORT — plain JS so it can run detached, without tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [java, classpath, archive, port] = process.argv.slice(2);
if (!java || !classpath || !archive || !port) {
  process.stderr.write('usage: node record-class-archive.mjs JAVA CLASSPATH ARCHIVE PORT\n');
  process.exit(2);
}
const partial = `${archive}.${process.pid}.tmp`;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tracegraph-warm-up-'));
try {
  const args = [
    `-XX:ArchiveClassesAtExit=${partial}`,
    // Silences ~1 500 "Skipping …: Signed JAR" warnings (those few classes simply load as usual).
    '-Xlog:cds*=off',
    '-Xmx512m',
    '-cp',
    classpath,
    'tracegraph.Launcher',
    path.join(scratch, 'neo4j'),
    port,
    '--warm-up',
  ];
  const result = spawnSync(java, args, { stdio: 'inherit', timeout: 15 * 60_000 });
  if (result.status === 0 && existsSync(partial)) {
    renameSync(partial, archive);
    process.stdout.write(`class-data archive recorded: ${archive}\n`);
  } else {
    process.stderr.write(
      `no class-data archive: the warm-up exited with ${result.status ?? result.signal}\n`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(partial, { force: true });
  rmSync(scratch, { recursive: true, force: true });
}

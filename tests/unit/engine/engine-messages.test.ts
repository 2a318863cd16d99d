// What the user reads when the engine fails to start, and the first-build progress lines.
import { describe, expect, it } from 'vitest';
import { reportBuildProgress } from '../../../engine/build-progress.ts';
import { engineFailedError } from '../../../engine/local-engine.ts';

describe('engineFailedError', () => {
  it.each([
    [
      'a taken port',
      'Caused by: java.net.BindException: Address already in use',
      /Bolt port is already in use.*TRACEGRAPH_BOLT_PORT/,
    ],
    [
      'a store another JVM holds',
      'org.neo4j.kernel.internal.locker.FileLockException: Lock file has been locked by another process: /d/neo4j/data/databases/store_lock',
      /store is locked by another Neo4j process/,
    ],
    [
      'anything else: the exception lines',
      'starting\njava.lang.IllegalStateException: boom\n\tat x.y(Z.java:1)',
      /IllegalStateException: boom/,
    ],
    ['nothing printed', '', /no reason was printed/],
  ])('explains %s', (_label, log, pattern) => {
    const error = engineFailedError(log, '/d/neo4j.log');
    expect(error.message).toMatch(pattern);
    expect(error.message).toContain('/d/neo4j.log');
    expect(error.code).toBe('ENGINE_START_FAILED');
  });
});

describe('reportBuildProgress', () => {
  function capture(isTTY: boolean) {
    let text = '';
    const report = reportBuildProgress({ write: (chunk: string) => (text += chunk), isTTY });
    report({ kind: 'start', message: 'Downloading Neo4j 5.26 from Maven Central (~120 MB, once)…' });
    for (let jars = 1; jars <= 60; jars += 1) report({ kind: 'download', jars, artifact: `lib-${jars}.jar` });
    report({ kind: 'done', jars: 60, ms: 15_200 });
    report({
      kind: 'note',
      message: 'Recording a class-data archive so that later starts are faster (once)…',
    });
    return text;
  }

  it('in a log: says it downloads, then a line every 25 jars, then the total', () => {
    expect(capture(false).split('\n').filter(Boolean)).toEqual([
      'Downloading Neo4j 5.26 from Maven Central (~120 MB, once)…',
      '  fetched 25 jars from Maven Central…',
      '  fetched 50 jars from Maven Central…',
      '  engine built in 15.2 s (60 jars fetched, cached in engine/target/)',
      'Recording a class-data archive so that later starts are faster (once)…',
    ]);
  });

  it('on a terminal: one line rewritten in place', () => {
    const text = capture(true);
    expect(text.split('\n').length).toBe(4);
    expect(text).toContain('\r  fetched 60 jars from Maven Central (lib-60.jar)');
  });
});

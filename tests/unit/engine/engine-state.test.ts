// The engine's state file: what counts as a valid record of a running engine.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  enginePaths,
  formatEngineState,
  isLauncherProcess,
  isPidAlive,
  parseEngineState,
} from '../../../engine/engine-state.ts';

describe('parseEngineState', () => {
  const valid = { pid: 4242, port: 7687, startedAt: '2026-11-29T05:51:02.709Z', detached: true };

  it('reads back what formatEngineState writes', () => {
    expect(parseEngineState(formatEngineState(valid))).toEqual(valid);
  });

  it('treats a missing detached flag as attached', () => {
    expect(
      parseEngineState(JSON.stringify({ pid: 1, port: 7687, startedAt: valid.startedAt }))?.detached,
    ).toBe(false);
  });

  it.each([
    ['empty file (written at this very moment)', ''],
    ['truncated JSON', '{"pid": 42, "port": 76'],
    ['not an object', '42'],
    ['null', 'null'],
    ['pid missing', JSON.stringify({ port: 7687, startedAt: valid.startedAt })],
    ['pid zero', JSON.stringify({ ...valid, pid: 0 })],
    ['pid negative (would signal a process group)', JSON.stringify({ ...valid, pid: -1 })],
    ['pid as string', JSON.stringify({ ...valid, pid: '4242' })],
    ['pid fractional', JSON.stringify({ ...valid, pid: 42.5 })],
    ['port out of range', JSON.stringify({ ...valid, port: 70000 })],
    ['port zero', JSON.stringify({ ...valid, port: 0 })],
    ['startedAt not a date', JSON.stringify({ ...valid, startedAt: 'yesterday' })],
    ['startedAt missing', JSON.stringify({ pid: 1, port: 7687 })],
  ])('rejects %s', (_label, text) => {
    expect(parseEngineState(text)).toBeUndefined();
  });
});

describe('enginePaths', () => {
  it('keeps the store, state, lock and log of one data folder inside it', () => {
    const paths = enginePaths('/srv/graphs/news');
    expect(paths).toEqual({
      dataDir: '/srv/graphs/news',
      storeDir: '/srv/graphs/news/neo4j',
      stateFile: '/srv/graphs/news/engine.json',
      lockFile: '/srv/graphs/news/engine.lock',
      logFile: '/srv/graphs/news/neo4j.log',
    });
  });
});

describe('isPidAlive', () => {
  it('sees this process and not a pid that cannot exist', () => {
    expect(isPidAlive(process.pid)).toBe(true);
    expect(isPidAlive(2 ** 22 + 12345)).toBe(false);
  });
});

describe('isLauncherProcess', () => {
  it.skipIf(!existsSync('/proc/self/cmdline'))(
    'does not take another program (this test runner) for a launcher',
    () => {
      expect(isLauncherProcess(process.pid)).toBe(false);
      expect(isLauncherProcess(2 ** 22 + 12345)).toBe(false);
    },
  );
});

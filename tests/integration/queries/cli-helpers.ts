// Helpers for CLI tests: run `tracegraph` as a child process against the test Neo4j; read CSV back.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { testNeo4jUri } from '../../support/test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Runs the CLI with NEO4J_URI pointing at the test engine. */
export function runCli(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/tracegraph.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

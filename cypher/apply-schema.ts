// Applies cypher/schema.cypher statement by statement (idempotent: every statement is IF NOT EXISTS).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

const SCHEMA_FILE = fileURLToPath(new URL('./schema.cypher', import.meta.url));

/** Splits a Cypher script into statements: drops `//` comment lines, splits on `;` at the end of a line. */
export function splitCypherStatements(script: string): string[] {
  const code = script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The statements of cypher/schema.cypher. */
export function readSchemaStatements(file: string = SCHEMA_FILE): string[] {
  return splitCypherStatements(readFileSync(file, 'utf8'));
}

/**
 * Creates the constraints and indexes that are missing, then waits until every index is online
 * (so a full-text search right after start-up finds what is written). Safe to run any number of times.
 * @example await applySchema(db); // { statements: 18 }
 */
export async function applySchema(
  db: Database,
  options: { awaitSeconds?: number } = {},
): Promise<{ statements: number }> {
  const statements = readSchemaStatements();
  for (const statement of statements) {
    // Schema commands cannot share a transaction with each other's data, so one transaction each.
    await db.write((tx) => tx.run(statement));
  }
  const seconds = options.awaitSeconds ?? 120;
  await db.read((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds }));
  return { statements: statements.length };
}

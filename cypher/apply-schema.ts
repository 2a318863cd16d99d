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
    await runSchemaStatement(db, statement);
  }
  const seconds = options.awaitSeconds ?? 120;
  await db.read((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds }));
  return { statements: statements.length };
}

/** Whether a schema error means "another session created the same thing a moment ago". */
export function isConcurrentSchemaError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^Neo\.ClientError\.Schema\.\w*AlreadyExists$/.test(code);
}

/**
 * IF NOT EXISTS checks before commit, so two processes applying the schema at once (`npm start` and an
 * ingest) can both try to create an index and one fails with EquivalentSchemaRuleAlreadyExists. Running the
 * statement again then finds it and does nothing.
 */
async function runSchemaStatement(db: Database, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.write((tx) => tx.run(statement));
      return;
    } catch (error) {
      if (!isConcurrentSchemaError(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

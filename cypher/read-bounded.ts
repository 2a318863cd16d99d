// Reads for the API with a time limit: a query that runs too long is stopped by Neo4j and answered as a 503, not left to hang.
import { AppError } from '../core/errors.ts';
import type { Database, ManagedTransaction } from './database.ts';

/** The longest an API read may run (the explorer's requests, not analysts' Cypher). */
export const API_READ_TIMEOUT_MS = 15_000;

/**
 * Runs `work` in a read transaction that Neo4j stops after `timeoutMs`; a stopped read becomes
 * AppError QUERY_TIMEOUT (503, retriable) so clients get JSON instead of a hung request.
 */
export async function readBounded<T>(
  db: Database,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs = API_READ_TIMEOUT_MS,
): Promise<T> {
  try {
    return await db.read(work, { timeoutMs });
  } catch (error) {
    const code = String((error as { code?: unknown })?.code ?? '');
    if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.Terminated') {
      throw new AppError(
        `The graph query took longer than ${timeoutMs / 1000} s; try a smaller limit or depth.`,
        {
          code: 'QUERY_TIMEOUT',
          status: 503,
          retriable: true,
          cause: error,
        },
      );
    }
    throw error;
  }
}

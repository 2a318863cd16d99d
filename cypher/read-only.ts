// The guard for analysts' Cypher: EXPLAIN first (query type must be read), then a READ transaction with a timeout and a row cap.
import { AppError, QueryRefusedError, ValidationError, isAppError } from '../core/errors.ts';
import type { Database, ManagedTransaction } from './database.ts';
import { toElementGraph, type ElementGraph } from './read-elements.ts';
import { createGraphCollector, toDriverParams, toPlain, type GraphCollector } from './read-values.ts';

export interface ReadOnlyOptions {
  /** Transaction timeout enforced by Neo4j (default 10,000 ms). */
  timeoutMs?: number;
  /** Rows kept; more sets `summary.truncated` (default 5,000). */
  maxRows?: number;
}

/** What a read-only query answers: plain JSON rows keyed by column, and the graph found in them. */
export interface ReadOnlyResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  graph: ElementGraph;
  summary: { ms: number; rows: number; truncated: boolean };
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ROWS = 5_000;

/**
 * Procedures a read-only query may call. Anything else (dbms.*, db.create*, tx.*, apoc.* …) is refused
 * even when Neo4j would run it in a READ transaction: `dbms.listConfig` reads, but it is not for strangers.
 */
const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.ping',
  'db.info',
];

/**
 * Plan operators that mean something other than reading the graph. Neo4j calls some of them reads:
 * `TERMINATE TRANSACTIONS` and `LOAD CSV` both EXPLAIN as query type 'r'.
 */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs from the server; it is not allowed here.',
  TransactionApply: 'CALL { … } IN TRANSACTIONS commits batches of its own; it is not allowed here.',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS commits batches of its own; it is not allowed here.',
  TerminateTransactions: 'Terminating transactions is an administration command; it is not allowed here.',
  ShowTransactions: "Other sessions' transactions are not shown here.",
  ShowSettings: 'Server settings are not shown here.',
  AdministrationCommand: 'Administration commands (users, roles, databases) are not allowed here.',
};

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/**
 * Runs an analyst's Cypher read-only. Neo4j decides what a query does: the query is EXPLAINed first and
 * refused unless its query type is 'r' (read) and its plan has no LOAD CSV, no CALL … IN TRANSACTIONS and
 * no procedure outside the allow-list; then it runs in a READ access-mode transaction (so Neo4j itself
 * rejects any write) with a timeout and a row cap.
 * @throws QueryRefusedError (422) when refused; ValidationError (400) for a Cypher error; AppError
 *   QUERY_TIMEOUT (422) when the timeout hits; DatabaseUnavailableError (503) when Neo4j is down.
 * @example const out = await runReadOnly(db, 'MATCH (e:Entity) RETURN e LIMIT $n', { n: 5 });
 */
export async function runReadOnly(
  db: Database,
  query: string,
  params: Record<string, unknown> = {},
  options: ReadOnlyOptions = {},
): Promise<ReadOnlyResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const driverParams = toDriverParams(params);
  const started = performance.now();
  try {
    await checkReadOnly(db, query, driverParams, timeoutMs);
    const collector = createGraphCollector();
    const { columns, rows, truncated } = await db.read(
      (tx) => collectRows(tx, query, driverParams, maxRows, collector),
      { timeoutMs },
    );
    await addMissingEndpoints(db, collector, timeoutMs);
    return {
      columns,
      rows,
      graph: toElementGraph(collector),
      summary: { ms: Math.round(performance.now() - started), rows: rows.length, truncated },
    };
  } catch (error) {
    throw classifyCypherError(error, timeoutMs);
  }
}

/** EXPLAINs the query and refuses anything that is not a plain read. */
async function checkReadOnly(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<void> {
  const summary = await db.read(async (tx) => (await tx.run(`EXPLAIN ${query}`, params)).summary, {
    timeoutMs,
  });
  // The plan first: its refusals say precisely what was found (a procedure, LOAD CSV …).
  const plan = summary.plan === false ? undefined : (summary.plan as unknown as PlanNode | undefined);
  if (plan) checkPlan(plan);
  const queryType = String(summary.queryType ?? '');
  if (queryType === 's') {
    throw new QueryRefusedError(
      'Schema and administration commands are not allowed: this endpoint is read-only.',
    );
  }
  if (queryType !== 'r') {
    throw new QueryRefusedError(
      `Writes are not allowed: Neo4j classifies this query as "${queryType}" (${queryType === 'rw' ? 'read-write' : 'write'}); this endpoint is read-only.`,
    );
  }
}

function checkPlan(plan: PlanNode): void {
  const operator = plan.operatorType.split('@')[0] ?? plan.operatorType;
  const refusal = REFUSED_OPERATORS[operator];
  if (refusal) throw new QueryRefusedError(refusal);
  if (operator.startsWith('Terminate'))
    throw new QueryRefusedError('Terminating anything is not allowed here.');
  if (operator.startsWith('ProcedureCall')) {
    const name = procedureName(plan);
    if (!name || !ALLOWED_PROCEDURES.includes(name)) {
      throw new QueryRefusedError(
        `Procedure ${name ?? '(unknown)'} is not allowed here; read-only queries may call: ${ALLOWED_PROCEDURES.join(', ')}.`,
      );
    }
  }
  for (const child of plan.children ?? []) checkPlan(child);
}

/** The procedure's name from a ProcedureCall operator's details ("db.labels() :: (label :: STRING)"). */
function procedureName(plan: PlanNode): string | undefined {
  const args = plan.arguments ?? {};
  for (const key of ['Details', 'details', 'Signature', 'signature']) {
    const text = args[key];
    if (typeof text === 'string') {
      const match = /([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)\s*\(/.exec(text);
      if (match) return match[1];
    }
  }
  return undefined;
}

async function collectRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  maxRows: number,
  collector: GraphCollector,
): Promise<{ columns: string[]; rows: Array<Record<string, unknown>>; truncated: boolean }> {
  // A retried transaction starts over with an empty graph.
  collector.nodes.clear();
  collector.relationships.clear();
  const result = tx.run(query, params);
  const columns = (await result.keys()) as string[];
  const rows: Array<Record<string, unknown>> = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length >= maxRows) {
      truncated = true;
      break; // the iterator's return() discards the rest on the server
    }
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = toPlain(record.get(column), collector);
    rows.push(row);
  }
  return { columns, rows, truncated };
}

/** Relationships whose end nodes were not returned: fetch those nodes so the graph can draw the edges. */
async function addMissingEndpoints(
  db: Database,
  collector: GraphCollector,
  timeoutMs: number,
): Promise<void> {
  const missing = new Set<string>();
  for (const rel of collector.relationships.values()) {
    if (!collector.nodes.has(rel.start)) missing.add(rel.start);
    if (!collector.nodes.has(rel.end)) missing.add(rel.end);
  }
  if (missing.size === 0) return;
  await db.read(
    async (tx) => {
      const result = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...missing] });
      for (const record of result.records) toPlain(record.get('n'), collector);
    },
    { timeoutMs },
  );
}

/** Neo4j's verdicts on a client's query become 4xx errors that say why; the rest passes through. */
export function classifyCypherError(error: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): unknown {
  if (isAppError(error)) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = String((error as { message?: unknown })?.message ?? '');
  if (
    code.includes('TransactionTimedOut') ||
    (/timed out|terminated/i.test(message) && code.includes('Transaction'))
  ) {
    return new AppError(`The query ran longer than ${timeoutMs} ms and was stopped.`, {
      code: 'QUERY_TIMEOUT',
      status: 422,
      cause: error,
    });
  }
  if (/implicit transaction/i.test(message) && /IN TRANSACTIONS/i.test(message)) {
    return new QueryRefusedError(
      'CALL { … } IN TRANSACTIONS commits batches of its own; it is not allowed here.',
      { cause: error },
    );
  }
  if (/exactly one statement/i.test(message)) {
    return new QueryRefusedError('Several statements at once are not allowed: send one query.', {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    return new QueryRefusedError(`Unknown or unavailable procedure: ${firstLine(message)}`, { cause: error });
  }
  if (
    code.includes('AccessMode') ||
    code.includes('Security') ||
    code.includes('ForbiddenDueToTransactionType') ||
    code.includes('NotSystemDatabase') ||
    /administration command|system database|read access mode|not allowed in read/i.test(message)
  ) {
    return new QueryRefusedError(`Refused by Neo4j: ${firstLine(message)}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new ValidationError(`Cypher error: ${firstLine(message)}`, { code: 'CYPHER_ERROR', cause: error });
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new AppError(`Neo4j could not run the query now: ${firstLine(message)}`, {
      code: 'DATABASE_BUSY',
      status: 503,
      retriable: true,
      cause: error,
    });
  }
  return error;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 500);
}

// Runs alert rules (saved queries from cypher/queries/alert-*.cypher) together in one READ transaction after each change.
import type { Database } from './database.ts';
import { toDriverParams, toPlain } from './read-values.ts';
import { coerceParams, type SavedQuery } from './saved-queries.ts';

/** Each rule's rows as plain JSON, in the order of `rules`. */
export interface RuleRows {
  rule: SavedQuery;
  rows: Array<Record<string, unknown>>;
}

/**
 * Runs the rules in ONE read transaction (READ access mode: Neo4j refuses any write) with a timeout.
 * The rules are Tracegraph's own files, so the analysts' guard (EXPLAIN first, procedure allow-list)
 * is not repeated here: after every ingest batch it would double the round trips.
 * @example const results = await runAlertRules(db, rules, (rule) => ({ facts, articles }));
 */
export async function runAlertRules(
  db: Database,
  rules: SavedQuery[],
  paramsFor: (rule: SavedQuery) => Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<RuleRows[]> {
  if (rules.length === 0) return [];
  return db.read(
    async (tx) => {
      const out: RuleRows[] = [];
      for (const rule of rules) {
        const result = await tx.run(rule.cypher, toDriverParams(coerceParams(rule, paramsFor(rule))));
        const rows = result.records.map((record) => {
          const row: Record<string, unknown> = {};
          for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
          return row;
        });
        out.push({ rule, rows });
      }
      return out;
    },
    { timeoutMs },
  );
}

// Alert rules are saved Cypher queries (cypher/queries/alert-*.cypher) run read-only after each change with the facts it added.
import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../core/errors.ts';
import type { Database } from '../../cypher/database.ts';
import { runAlertRules } from '../../cypher/run-alert-rules.ts';
import { listSavedQueries, SAVED_QUERIES_DIR, type SavedQuery } from '../../cypher/saved-queries.ts';

/** The file-name prefix that makes a saved query an alert rule. */
export const ALERT_RULE_PREFIX = 'alert-';

/** A sentence an alert rests on. */
export interface AlertEvidence {
  text: string;
  articleId: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  dateIsIngest: boolean;
}

/** One alert: a rule's row, with the evidence that raised it. */
export interface Alert {
  id: string;
  /** The rule's name (its file name without .cypher) and title. */
  rule: string;
  ruleTitle: string;
  message: string;
  /** When it was raised (ISO). */
  at: string;
  entityIds: string[];
  source: string | null;
  type: string | null;
  target: string | null;
  /** The fact's date (its article's date). */
  date: string | null;
  evidence: AlertEvidence[];
  /** Every other column the rule returned. */
  extra: Record<string, unknown>;
}

/** What a change hands to the rules: the parameters rules may declare. */
export interface AlertInput {
  /** `source|TYPE|target` of the relations just added. */
  facts: string[];
  /** Articles just written. */
  articles: string[];
  /** Entities just created. */
  entities: string[];
}

/**
 * The alert rules in `dir` (default cypher/queries), optionally only those named.
 * @throws ValidationError when a named rule does not exist.
 */
export function listAlertRules(options: { dir?: string; names?: string[] } = {}): SavedQuery[] {
  const rules = listSavedQueries(options.dir ?? SAVED_QUERIES_DIR).filter((q) =>
    q.name.startsWith(ALERT_RULE_PREFIX),
  );
  if (!options.names || options.names.length === 0) return rules;
  const wanted = options.names.map((n) => (n.startsWith(ALERT_RULE_PREFIX) ? n : `${ALERT_RULE_PREFIX}${n}`));
  const unknown = wanted.filter((n) => !rules.some((r) => r.name === n));
  if (unknown.length > 0) {
    throw new ValidationError(
      `Unknown alert rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known: ${rules.map((r) => r.name).join(', ')}.`,
    );
  }
  return rules.filter((r) => wanted.includes(r.name));
}

const text = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

function toEvidence(value: unknown): AlertEvidence[] {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items
    .map((item): AlertEvidence | null => {
      if (typeof item === 'string')
        return { text: item, articleId: null, title: null, url: null, date: null, dateIsIngest: false };
      if (!item || typeof item !== 'object') return null;
      const e = item as Record<string, unknown>;
      const body = text(e.text);
      if (!body) return null;
      return {
        text: body,
        articleId: text(e.articleId),
        title: text(e.title),
        url: text(e.url),
        date: text(e.date),
        dateIsIngest: Boolean(e.dateIsIngest),
      };
    })
    .filter((e): e is AlertEvidence => e !== null);
}

const KNOWN_COLUMNS = new Set(['message', 'entityIds', 'source', 'type', 'target', 'date', 'evidence']);

/** Turns one row of a rule into an alert (a row without a message is a broken rule: it is named in the error). */
export function rowToAlert(rule: SavedQuery, row: Record<string, unknown>, at: string): Alert {
  const message = text(row.message);
  if (!message)
    throw new ValidationError(`Alert rule "${rule.name}" returned a row without a "message" column.`);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!KNOWN_COLUMNS.has(key)) extra[key] = value;
  return {
    id: randomUUID(),
    rule: rule.name,
    ruleTitle: rule.title,
    message,
    at,
    entityIds: Array.isArray(row.entityIds) ? row.entityIds.map(String) : [],
    source: text(row.source),
    type: text(row.type),
    target: text(row.target),
    date: text(row.date),
    evidence: toEvidence(row.evidence),
    extra,
  };
}

/**
 * Runs every rule against a change, all in one read transaction: each gets the declared ones among
 * `facts`, `articles` and `entities`. Nothing runs when the change added no relation and no entity (a re-ingest of the same
 * text alerts nobody twice).
 * @example const alerts = await evaluateAlerts(db, listAlertRules(), { facts: ['fund:x|INVESTED_IN|company:y'], articles: ['a1'], entities: [] });
 */
export async function evaluateAlerts(db: Database, rules: SavedQuery[], input: AlertInput): Promise<Alert[]> {
  if (input.facts.length === 0 && input.entities.length === 0) return [];
  const at = new Date().toISOString();
  const results = await runAlertRules(db, rules, (rule) => {
    const params: Record<string, unknown> = {};
    for (const param of rule.params) {
      if (param.name === 'facts') params.facts = input.facts;
      else if (param.name === 'articles') params.articles = input.articles;
      else if (param.name === 'entities') params.entities = input.entities;
    }
    return params;
  });
  return results.flatMap(({ rule, rows }) => rows.map((row) => rowToAlert(rule, row, at)));
}

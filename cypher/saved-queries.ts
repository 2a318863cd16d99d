// The analysts' library: reads cypher/queries/*.cypher, parses each header, and types parameters from it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import type { Database } from './database.ts';
import { toElementGraph } from './read-elements.ts';
import {
  DEFAULT_MAX_ROWS,
  DEFAULT_TIMEOUT_MS,
  classifyCypherError,
  runReadOnly,
  type ReadOnlyOptions,
  type ReadOnlyResult,
} from './read-only.ts';
import { createGraphCollector, toDriverParams, toPlain } from './read-values.ts';

/** The parameter types a saved query's header may declare. */
export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'list<string>'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** One declared parameter: `// param: NAME TYPE [= DEFAULT] — DESCRIPTION`. */
export interface SavedQueryParam {
  name: string;
  type: ParamType;
  /** Already typed (a number for int/float, an array for list<string> …); absent when none is declared. */
  default?: unknown;
  /** True when neither a default nor "(optional)" is given, or when the description says "(required)". */
  required: boolean;
  description: string;
}

/** A saved query: its key (the file name without `.cypher`), header and text. */
export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  /** What the query returns (the `returns:` header line), when given. */
  returns?: string;
  params: SavedQueryParam[];
  cypher: string;
}

/** The folder holding the saved queries shipped with Tracegraph. */
export const SAVED_QUERIES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries');

const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const HEADER_LINE = /^\/\/\s*([a-zA-Z]+)\s*:\s*(.*)$/;
// "limit int = 25 — max rows", "types list<string> = [] — …", "since date — … (optional)"
const PARAM_LINE =
  /^([A-Za-z_][A-Za-z0-9_]*)\s+(string|int|float|boolean|date|list<string>)\s*(?:=\s*(.*?))?\s*(?:[—–]|\s-\s|$)\s*(.*)$/;

/**
 * Lists the saved queries in `dir` (default: cypher/queries), sorted by name.
 * @example listSavedQueries().map((q) => q.name) // ['articles-mentioning-both', …]
 */
export function listSavedQueries(dir: string = SAVED_QUERIES_DIR): SavedQuery[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) =>
      parseSavedQuery(file.slice(0, -'.cypher'.length), readFileSync(path.join(dir, file), 'utf8')),
    );
}

/**
 * One saved query by its key (file name without `.cypher`).
 * @throws NotFoundError when there is no such query.
 */
export function getSavedQuery(name: string, dir: string = SAVED_QUERIES_DIR): SavedQuery {
  if (!NAME_PATTERN.test(name)) throw new NotFoundError(`No saved query named "${name}".`);
  const file = path.join(dir, `${name}.cypher`);
  if (!existsSync(file)) {
    const known = listSavedQueries(dir).map((q) => q.name);
    throw new NotFoundError(`No saved query named "${name}". Known: ${known.join(', ') || '(none)'}.`);
  }
  return parseSavedQuery(name, readFileSync(file, 'utf8'));
}

/**
 * Parses a `.cypher` file: the leading `//` comment lines are the header (name, description, param,
 * returns); the rest is the query.
 * @throws ValidationError when the header is malformed (unknown type, bad default, no name).
 */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let description = '';
  let returns: string | undefined;
  const params: SavedQueryParam[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const match = HEADER_LINE.exec(line);
    if (!match) continue; // free comment text inside the header
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'name') title = value;
    else if (key === 'description') description = value;
    else if (key === 'returns') returns = value;
    else if (key === 'param') params.push(parseParamLine(name, value));
  }
  if (!title) throw new ValidationError(`Saved query "${name}" has no "// name:" header line.`);
  const cypher = lines.slice(index).join('\n').trim();
  if (!cypher) throw new ValidationError(`Saved query "${name}" has no Cypher after its header.`);
  return { name, title, description, ...(returns ? { returns } : {}), params, cypher };
}

function parseParamLine(queryName: string, text: string): SavedQueryParam {
  const match = PARAM_LINE.exec(text);
  if (!match) {
    throw new ValidationError(
      `Saved query "${queryName}": cannot read "param: ${text}" (expected "NAME TYPE [= DEFAULT] — DESCRIPTION" with TYPE one of ${PARAM_TYPES.join(', ')}).`,
    );
  }
  const [, name = '', type = 'string', rawDefault, rawDescription = ''] = match;
  const description = rawDescription.trim();
  const paramType = type as ParamType;
  const markedRequired = /\(required\)/i.test(description);
  const markedOptional = /\(optional\)/i.test(description);
  const param: SavedQueryParam = { name, type: paramType, required: false, description };
  if (rawDefault !== undefined && rawDefault.trim() !== '' && rawDefault.trim() !== 'null') {
    try {
      param.default = coerceValue(paramType, parseDefaultLiteral(paramType, rawDefault.trim()));
    } catch (error) {
      throw new ValidationError(
        `Saved query "${queryName}": default of "${name}" is not a ${type}: ${(error as Error).message}`,
      );
    }
  }
  param.required =
    markedRequired || (param.default === undefined && !markedOptional && rawDefault === undefined);
  return param;
}

/** A default as written in a header: `[]`, `[a, b]`, `"text"`, `25`, `true`, `2019-01-01`. */
function parseDefaultLiteral(type: ParamType, raw: string): unknown {
  if (type === 'list<string>') {
    const inner = raw.replace(/^\[/, '').replace(/\]$/, '').trim();
    return inner === '' ? [] : inner.split(',').map((item) => unquote(item.trim()));
  }
  return unquote(raw);
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/**
 * Types raw parameters (strings from a CLI or a query string, JSON values from a body) by the query's
 * header: fills defaults, optional ones without a default become null.
 * @throws ValidationError on a missing required parameter, an unknown name, or a value of the wrong type.
 * @example coerceParams(getSavedQuery('who-criticized'), { entity: 'Hikvision', limit: '5' })
 *   // → { entity: 'Hikvision', since: null, limit: 5 }
 */
export function coerceParams(query: SavedQuery, raw: Record<string, unknown>): Record<string, unknown> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  const unknown = Object.keys(raw).filter((key) => !declared.has(key));
  if (unknown.length > 0) {
    const known = query.params.map((p) => `${p.name} (${p.type})`).join(', ') || 'none';
    throw new ValidationError(
      `Unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} for saved query "${query.name}"; it takes: ${known}.`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const param of query.params) {
    const value = raw[param.name];
    if (value === undefined || value === null || value === '') {
      if (param.required) {
        throw new ValidationError(
          `Saved query "${query.name}" needs the parameter "${param.name}" (${param.type}): ${param.description}`,
        );
      }
      out[param.name] = param.default === undefined ? null : param.default;
      continue;
    }
    try {
      out[param.name] = coerceValue(param.type, value);
    } catch (error) {
      throw new ValidationError(
        `Parameter "${param.name}" of saved query "${query.name}" must be a ${param.type}: ${(error as Error).message}`,
      );
    }
  }
  return out;
}

/** Converts one value to a parameter type; throws a plain Error saying what was wrong. */
export function coerceValue(type: ParamType, value: unknown): unknown {
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw new Error(`got ${describe(value)}`);
    case 'int': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isSafeInteger(n)) throw new Error(`got ${describe(value)}`);
      return n;
    }
    case 'float': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isFinite(n)) throw new Error(`got ${describe(value)}`);
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (['true', '1', 'yes', 'y', 'on'].includes(text)) return true;
      if (['false', '0', 'no', 'n', 'off'].includes(text)) return false;
      throw new Error(`got ${describe(value)} (use true or false)`);
    }
    case 'date': {
      const text = typeof value === 'string' ? value.trim() : '';
      const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
      if (!match) throw new Error(`got ${describe(value)} (use YYYY-MM-DD)`);
      const day = `${match[1]}-${match[2]}-${match[3]}`;
      const parsed = new Date(`${day}T00:00:00Z`);
      if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
        throw new Error(`${day} is not a calendar date`);
      }
      return day;
    }
    case 'list<string>': {
      if (Array.isArray(value)) {
        return value.map((item) => {
          if (typeof item !== 'string' && typeof item !== 'number')
            throw new Error(`list item ${describe(item)}`);
          return String(item);
        });
      }
      if (typeof value !== 'string') throw new Error(`got ${describe(value)}`);
      const text = value.trim();
      if (text.startsWith('[')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new Error(`cannot read ${describe(value)} as a JSON list`);
        }
        return coerceValue('list<string>', parsed);
      }
      return text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Runs a saved query read-only (the same guard as POST /api/cypher): types `raw` by the header, then
 * runReadOnly with its timeout and row cap.
 * @example await runSavedQuery(db, getSavedQuery('who-criticized'), { entity: 'Hikvision' })
 */
export async function runSavedQuery(
  db: Database,
  query: SavedQuery,
  raw: Record<string, unknown>,
  options: ReadOnlyOptions = {},
): Promise<ReadOnlyResult> {
  return runReadOnly(db, query.cypher, coerceParams(query, raw), options);
}

/**
 * Runs any Cypher in a WRITE transaction, without the read-only guard: only for an analyst who asked
 * for it on the command line (`tracegraph query --write`). Same result shape as runReadOnly.
 */
export async function runWritableQuery(
  db: Database,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOnlyOptions = {},
): Promise<ReadOnlyResult> {
  const started = performance.now();
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const collector = createGraphCollector();
  try {
    const { columns, rows, truncated } = await db.write(
      async (tx) => {
        collector.nodes.clear();
        collector.relationships.clear();
        const result = await tx.run(cypher, toDriverParams(params));
        const columns = result.records[0]?.keys.map(String) ?? [];
        const rows = result.records.slice(0, maxRows).map((record) => {
          const row: Record<string, unknown> = {};
          for (const column of columns) row[column] = toPlain(record.get(column), collector);
          return row;
        });
        return { columns, rows, truncated: result.records.length > maxRows };
      },
      { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
    );
    return {
      columns,
      rows,
      graph: toElementGraph(collector),
      summary: { ms: Math.round(performance.now() - started), rows: rows.length, truncated },
    };
  } catch (error) {
    throw classifyCypherError(error);
  }
}

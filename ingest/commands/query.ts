// `tracegraph query | export | import`: saved and ad-hoc Cypher, exports for analysts' tools, FollowTheMoney import.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { ValidationError } from '../../core/errors.ts';
import { connectDatabase } from '../../cypher/connect.ts';
import type { Database } from '../../cypher/database.ts';
import { exportGraph, parseExportFormat, EXPORT_FORMATS } from '../../cypher/export/export-graph.ts';
import { parseExportFilters } from '../../cypher/export/read-export-graph.ts';
import { csvCell } from '../../cypher/export/to-csv.ts';
import { importFtm } from '../../cypher/import-ftm.ts';
import { runReadOnly, type ReadOnlyResult } from '../../cypher/read-only.ts';
import {
  coerceParams,
  getSavedQuery,
  listSavedQueries,
  parseSavedQuery,
  runWritableQuery,
  type SavedQuery,
} from '../../cypher/saved-queries.ts';

const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const note = (line: string) => process.stderr.write(`${line}\n`);

interface QueryOptions {
  param: string[];
  format?: string;
  write?: boolean;
  maxRows?: string;
  timeout?: string;
}

/** Registers `query`, `export` and `import` on the CLI. */
export function registerQueryCommands(program: Command): void {
  program
    .command('query')
    .argument('[query]', "a saved query's name (see `tracegraph query`), a .cypher file, or Cypher text")
    .description(
      "Run Cypher read-only (the API's guard) and print the rows; without an argument, list the saved queries",
    )
    .option(
      '-p, --param <key=value>',
      "a parameter (repeatable); typed by the saved query's header",
      collect,
      [],
    )
    .option(
      '-f, --format <format>',
      `output: ${OUTPUT_FORMATS.join(', ')} (default: table on a terminal, else json)`,
    )
    .option('--max-rows <n>', 'keep at most this many rows', '5000')
    .option('--timeout <ms>', 'stop the query after this many milliseconds', '30000')
    .option('--write', 'allow writes: run in a write transaction without the read-only guard')
    .addHelpText(
      'after',
      `
Examples:
  tracegraph query
  tracegraph query who-criticized --param entity=Hikvision
  tracegraph query changes-since -p since=2020-01-01 -p types=SANCTIONED,DIVESTED_FROM --format csv
  tracegraph query my-query.cypher -p limit=10
  tracegraph query 'MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC'`,
    )
    .action(async (text: string | undefined, options: QueryOptions) => {
      const format = parseOutputFormat(options.format);
      if (!text) {
        printQueryList(format);
        return;
      }
      const { query, params } = resolveQuery(text, parseParamPairs(options.param));
      const maxRows = positiveInt(options.maxRows ?? '5000', '--max-rows');
      const timeoutMs = positiveInt(options.timeout ?? '30000', '--timeout');
      await withDatabase(async (db) => {
        const result = options.write
          ? await runWritableQuery(db, query, params, { maxRows, timeoutMs })
          : await runReadOnly(db, query, params, { maxRows, timeoutMs });
        process.stdout.write(formatResult(result, format));
        if (result.summary.truncated) note(`(stopped at ${maxRows} rows; raise --max-rows for more)`);
      });
    });

  program
    .command('export')
    .description('Export the graph for Gephi, yEd, spreadsheets, Aleph/OpenSanctions tools')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--since <date>', 'only articles (and their facts) dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only articles (and their facts) dated on or before YYYY-MM-DD')
    .option('--types <types>', 'only these entity types, comma-separated (e.g. Person,Company)')
    .option('--relations <types>', 'only these relation types, comma-separated (e.g. SANCTIONED,INVESTED_IN)')
    .option(
      '-o, --out <path>',
      'file to write (csv: a folder for nodes.csv and edges.csv); default: stdout (csv: ./tracegraph-csv)',
    )
    .addHelpText(
      'after',
      `
Examples:
  tracegraph export --format gexf --out hikvision.gexf
  tracegraph export --format graphml --since 2019-01-01 --until 2019-12-31 --out 2019.graphml
  tracegraph export --format csv --types Person,PoliticalParty --out parties/
  tracegraph export --format ftm > tracegraph.ftm.jsonl`,
    )
    .action(
      async (options: {
        format: string;
        since?: string;
        until?: string;
        types?: string;
        relations?: string;
        out?: string;
      }) => {
        const format = parseExportFormat(options.format);
        const filters = parseExportFilters(options);
        await withDatabase(async (db) => {
          const files = await exportGraph(db, format, filters);
          if (format === 'csv') {
            const dir = path.resolve(options.out ?? 'tracegraph-csv');
            mkdirSync(dir, { recursive: true });
            for (const file of files) writeFileSync(path.join(dir, file.name), file.content);
            note(`Wrote ${files.map((f) => path.join(dir, f.name)).join(' and ')}.`);
            return;
          }
          const [file] = files;
          if (!file) return;
          if (options.out) {
            const target = path.resolve(options.out);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, file.content);
            note(`Wrote ${target} (${format}, ${Buffer.byteLength(file.content)} bytes).`);
          } else {
            process.stdout.write(file.content);
          }
        });
      },
    );

  program
    .command('import')
    .argument('<file>', 'FollowTheMoney JSON Lines (one entity per line; - for stdin)')
    .description(
      'Import FollowTheMoney entities as a source: entities, mentions and facts with their provenance',
    )
    .option('-f, --format <format>', 'input format (only ftm for now)', 'ftm')
    .action(async (file: string, options: { format: string }) => {
      if (options.format !== 'ftm')
        throw new ValidationError(`Unknown import format "${options.format}"; use ftm.`);
      const text = file === '-' ? readFileSync(0, 'utf8') : readInputFile(file);
      const origin = file === '-' ? 'stdin' : path.resolve(file);
      await withDatabase(async (db) => {
        const summary = await importFtm(db, text, { origin });
        const skipped = Object.entries(summary.report.skipped)
          .map(([schema, n]) => `${schema} ×${n}`)
          .join(', ');
        process.stdout.write(
          `Imported ${summary.entities} entities, ${summary.articles} articles, ${summary.mentions} mentions and ${summary.facts} facts from ${origin}.\n`,
        );
        if (skipped) note(`Skipped (no place in Tracegraph's model): ${skipped}.`);
        if (summary.report.danglingLinks > 0)
          note(`Skipped ${summary.report.danglingLinks} links whose ends were not in the file.`);
        if (summary.report.badLines.length > 0)
          note(`Unreadable lines: ${summary.report.badLines.join(', ')}.`);
      });
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const { db } = await connectDatabase(loadConfig(), { autoStart: true, log: note });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

function parseOutputFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return process.stdout.isTTY ? 'table' : 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
    throw new ValidationError(`Unknown output format "${value}"; use ${OUTPUT_FORMATS.join(', ')}.`);
  }
  return value as OutputFormat;
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new ValidationError(`${name} must be a positive whole number, got "${value}".`);
  return n;
}

/** `k=v` pairs to an object; the value may itself contain "=". */
export function parseParamPairs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ValidationError(`--param takes key=value, got "${pair}".`);
    out[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  return out;
}

function readInputFile(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ValidationError(`No such file: ${file}`);
  return readFileSync(file, 'utf8');
}

/**
 * What the argument names: a saved query, a .cypher file (typed by its header when it has one), or
 * Cypher text (parameters then guessed: whole numbers, decimals, true/false, JSON lists, else strings).
 */
function resolveQuery(
  text: string,
  raw: Record<string, string>,
): { query: string; params: Record<string, unknown> } {
  let saved: SavedQuery | undefined;
  if (/^[a-z0-9][a-z0-9-]*$/.test(text) && listSavedQueries().some((q) => q.name === text)) {
    saved = getSavedQuery(text);
  } else if (text.endsWith('.cypher') && existsSync(text)) {
    const body = readFileSync(text, 'utf8');
    if (/^\s*\/\/\s*name\s*:/m.test(body)) {
      saved = parseSavedQuery(path.basename(text, '.cypher'), body);
    } else {
      return { query: body, params: guessParams(raw) };
    }
  } else if (/^[a-z0-9][a-z0-9-]*$/.test(text)) {
    // a bare word that is not a saved query: surely a typo of a name, not Cypher
    getSavedQuery(text);
  }
  if (saved) return { query: saved.cypher, params: coerceParams(saved, raw) };
  return { query: text, params: guessParams(raw) };
}

function guessParams(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) out[key] = Number(value);
    else if (/^-?\d*\.\d+$/.test(value)) out[key] = Number(value);
    else if (value === 'true' || value === 'false') out[key] = value === 'true';
    else if (value === 'null') out[key] = null;
    else if (/^\[.*\]$/s.test(value)) {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = value;
      }
    } else out[key] = value;
  }
  return out;
}

function printQueryList(format: OutputFormat): void {
  const queries = listSavedQueries();
  const rows = queries.map((q) => ({
    name: q.name,
    title: q.title,
    params: q.params
      .map(
        (p) =>
          `${p.name}${p.required ? '' : '?'}:${p.type}${p.default !== undefined ? `=${JSON.stringify(p.default)}` : ''}`,
      )
      .join(' '),
  }));
  process.stdout.write(
    formatResult(
      {
        columns: ['name', 'title', 'params'],
        rows,
        graph: { nodes: [], edges: [] },
        summary: { ms: 0, rows: rows.length, truncated: false },
      },
      format,
    ),
  );
}

/** A cell as text: lists of plain values joined with "; ", maps and nodes as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (
    Array.isArray(value) &&
    value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  ) {
    return value.map((v) => (v === null ? '' : String(v))).join('; ');
  }
  return JSON.stringify(value);
}

/** Renders a result as an aligned table, JSON (`{columns, rows, summary}`) or CSV. */
export function formatResult(result: ReadOnlyResult, format: OutputFormat): string {
  if (format === 'json') {
    return `${JSON.stringify({ columns: result.columns, rows: result.rows, summary: result.summary }, null, 2)}\n`;
  }
  if (format === 'csv') {
    const lines = [result.columns.map(csvCell).join(',')];
    for (const row of result.rows) lines.push(result.columns.map((c) => csvCell(cellText(row[c]))).join(','));
    return `${lines.join('\r\n')}\r\n`;
  }
  return formatTable(result);
}

const MAX_CELL = 60;

function formatTable(result: ReadOnlyResult): string {
  const { columns, rows } = result;
  const footer = `${rows.length} row${rows.length === 1 ? '' : 's'}${result.summary.ms ? ` (${result.summary.ms} ms)` : ''}`;
  if (columns.length === 0) return `${footer}\n`;
  const cells = rows.map((row) =>
    columns.map((c) => {
      const text = cellText(row[c]).replace(/\s+/g, ' ');
      return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((row) => row[c] === null || typeof row[c] === 'number'),
  );
  const line = (values: string[], pad = true) =>
    values
      .map((v, i) => (!pad ? v : numeric[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(columns), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  out.push('', footer);
  return `${out.join('\n')}\n`;
}

// The `extract` and `eval` subcommands: extraction of files without a database, and its scoring.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { NotFoundError } from '../../core/errors.ts';
import type { Extraction } from '../../core/types.ts';
import { createExtractor } from '../extract/extract.ts';
import { formatOfPath, parseDocument, sniffFormat } from '../read/read-source.ts';
import { evaluateFolder, type EvalReport } from '../eval/run-eval.ts';
import type { Figures } from '../eval/score.ts';

/** Registers `tracegraph extract FILE… [--json]` and `tracegraph eval DIR [--verbose] [--json]`. */
export function registerExtractCommands(program: Command): void {
  program
    .command('extract')
    .description('Extract entities and relations from text files (no database)')
    .argument('<files...>', 'text files to read')
    .option('--json', 'one JSON object per file (JSON Lines for several)')
    .action((files: string[], options: { json?: boolean }) => {
      const extractor = createExtractor();
      for (const file of files) {
        const extraction = extractor.extract(readText(file));
        if (options.json) process.stdout.write(`${JSON.stringify(toJsonShape(extraction))}\n`);
        else process.stdout.write(formatListing(file, extraction, files.length > 1));
      }
    });

  program
    .command('eval')
    .description('Score extraction against *.txt + *.gold.json pairs in a folder')
    .argument('<dir>', 'folder of articles with gold annotations')
    .option('--verbose', 'list misses and false finds per article')
    .option('--json', 'print the report as JSON')
    .action((dir: string, options: { verbose?: boolean; json?: boolean }) => {
      const report = evaluateFolder(dir);
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(formatReport(report, Boolean(options.verbose)));
    });
}

/**
 * The text to extract from a file: a .txt file as it is (title line included, as `eval` scores
 * it); Markdown, HTML and JSON through the project's readers, title and body of each article.
 */
function readText(file: string): string {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new NotFoundError(`cannot read ${file}`, { cause: error });
  }
  const format = formatOfPath(file) ?? sniffFormat(raw);
  if (format === 'text') return raw;
  const articles = parseDocument(raw, format, file).flatMap((r) => ('article' in r ? [r.article] : []));
  if (articles.length === 0) return raw;
  return articles.map((a) => (a.title && !a.text.startsWith(a.title) ? `${a.title}\n\n${a.text}` : a.text)).join('\n\n');
}

/** The contract shape of `extract --json` (DESIGN.md), plus persons' roles. */
export function toJsonShape(extraction: Extraction): object {
  return {
    entities: extraction.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions,
      ...(e.roles.length > 0 ? { roles: e.roles } : {}),
    })),
    relations: extraction.relations.map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      evidence: r.evidence,
      confidence: r.confidence,
    })),
  };
}

function formatListing(file: string, extraction: Extraction, withHeader: boolean): string {
  const lines: string[] = [];
  if (withHeader) lines.push(`== ${file}`);
  lines.push(`Entities (${extraction.entities.length}):`);
  for (const e of extraction.entities) {
    const extra = [
      e.aliases.length > 0 ? `aka ${e.aliases.join(', ')}` : '',
      e.roles.length > 0 ? `roles ${e.roles.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`  ${e.type.padEnd(15)} ${e.name}  ×${e.mentions}${extra.length ? `  (${extra.join('; ')})` : ''}`);
  }
  lines.push(`Relations (${extraction.relations.length}):`);
  for (const r of extraction.relations) {
    lines.push(`  ${r.source} —${r.type}→ ${r.target}  [${r.confidence.toFixed(2)}]`);
    lines.push(`      “${r.evidence}”`);
  }
  return `${lines.join('\n')}\n`;
}

function formatFigures(label: string, f: Figures): string {
  return `${label.padEnd(10)} P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`;
}

function formatReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const width = Math.max(...report.articles.map((a) => a.slug.length), 7);
  lines.push(`${'article'.padEnd(width)}  entity-F1  typed-F1  relation-F1`);
  for (const a of report.articles) {
    lines.push(`${a.slug.padEnd(width)}  ${a.entities.f1.toFixed(3).padStart(9)}  ${a.typed.f1.toFixed(3).padStart(8)}  ${a.relations.f1.toFixed(3).padStart(11)}`);
    if (verbose) {
      const section = (title: string, items: string[]) => {
        if (items.length > 0) lines.push(`    ${title}: ${items.join('; ')}`);
      };
      section('missed entities', a.missedEntities);
      section('false entities', a.falseEntities);
      section('mistyped', a.mistypedEntities);
      section('missed relations', a.missedRelations);
      section('false relations', a.falseRelations);
    }
  }
  lines.push('', `micro-averaged over ${report.articles.length} articles:`);
  lines.push(formatFigures('entities', report.micro.entities));
  lines.push(formatFigures('typed', report.micro.typed));
  lines.push(formatFigures('relations', report.micro.relations));
  return `${lines.join('\n')}\n`;
}

// Turns command-line inputs (files, folders, globs, `-`, URLs) into a sorted list of sources to read.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { formatOfPath } from './read-source.ts';
import type { ReadError, Source } from './types.ts';

/**
 * Files a folder walk skips: gold annotations beside corpus texts, and a folder's README (it says
 * what the folder holds; `samples/README.md` is no article). Named explicitly, either is read.
 */
function isSkippedInWalk(name: string): boolean {
  return name.endsWith('.gold.json') || name.startsWith('.') || /^readme(\.[a-z]+)?$/i.test(name);
}

async function walkFolder(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(full, out);
    else if (entry.isFile() && formatOfPath(entry.name) && !isSkippedInWalk(entry.name)) out.push(full);
  }
}

/** What the inputs resolved to: sources in a stable order, and inputs that named nothing. */
export interface ResolvedSources {
  sources: Source[];
  errors: ReadError[];
}

/**
 * Resolves inputs: `-` is stdin, `http(s)://…` a URL, a folder every readable file below it
 * (recursively, sorted, `*.gold.json` and README files skipped), a glob its matches; a file stands for itself.
 * Files named twice are read once.
 * @example await resolveSources(['samples/', 'extra/*.md', '-'])
 */
export async function resolveSources(
  inputs: string[],
  cwd: string = process.cwd(),
): Promise<ResolvedSources> {
  const sources: Source[] = [];
  const errors: ReadError[] = [];
  const seen = new Set<string>();
  const addFile = (file: string): void => {
    const full = path.resolve(cwd, file);
    if (seen.has(full)) return;
    seen.add(full);
    sources.push({ kind: 'file', path: path.relative(cwd, full) || full });
  };
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    const info = await stat(path.resolve(cwd, input)).catch(() => undefined);
    if (info?.isDirectory()) {
      const files: string[] = [];
      await walkFolder(path.resolve(cwd, input), files);
      files.sort();
      if (files.length === 0)
        errors.push({
          origin: input,
          message: 'folder holds no readable files (.txt .md .html .json .jsonl)',
        });
      files.forEach(addFile);
    } else if (info) {
      addFile(input);
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { cwd, onlyFiles: true, absolute: true })).filter(
        (f) => !isSkippedInWalk(path.basename(f)),
      );
      matches.sort();
      if (matches.length === 0) errors.push({ origin: input, message: 'no files match this pattern' });
      matches.forEach(addFile);
    } else {
      errors.push({ origin: input, message: 'no such file or folder' });
    }
  }
  return { sources, errors };
}

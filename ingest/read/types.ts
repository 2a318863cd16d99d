// The shapes readers hand the pipeline: an article, or a named failure that stops only its own input.
import type { Article } from '../../core/types.ts';

/** Why one input (a file, a JSONL line, a URL) could not be read. */
export interface ReadError {
  /** Where: a file path, `file.jsonl:12`, `-` (stdin) or a URL. */
  origin: string;
  message: string;
}

/** What a reader yields for each article it finds, or for each input that failed. */
export type ReadResult = { article: Article } | { error: ReadError };

/** Limits every reader applies. */
export interface ReadOptions {
  /** Largest file, URL body or JSONL line accepted, in bytes (default 5 MB). */
  maxSize: number;
  /** How long to wait for a URL, in milliseconds (default 15 s). */
  timeoutMs: number;
  /** Fetch function for URLs (swappable in tests). */
  fetch?: typeof fetch;
  /** Standard input, for the source `-` (process.stdin by default). */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxSize: DEFAULT_MAX_SIZE, timeoutMs: DEFAULT_TIMEOUT_MS };

/** One input named on the command line, resolved: a file, standard input or a URL. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'url'; url: string };

/** A source's name in messages and summaries. */
export function describeSource(source: Source): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '-';
}

/** The fields an article is built from, before its id is computed. */
export interface ArticleFields {
  title?: string;
  text: string;
  url?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
}

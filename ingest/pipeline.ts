// The ingest pipeline in order: read → extract → resolve → write, with extraction overlapping the previous batch's write.
import { DatabaseUnavailableError, isAppError } from '../core/errors.ts';
import { contentHash } from '../core/ids.ts';
import {
  EMPTY_KNOWLEDGE,
  isEntityType,
  type Article,
  type Knowledge,
  type KnownEntity,
} from '../core/types.ts';
import type { Database } from '../cypher/database.ts';
import { loadKnowledge, loadKnowledgeFor } from '../cypher/load-knowledge.ts';
import {
  readStoredArticles,
  writeArticles,
  type ArticleWrite,
  type StoredArticle,
  type WriteStatus,
} from '../cypher/write-article.ts';
import { EXTRACTOR_VERSION, createExtractor, type Extractor } from './extract/extract.ts';
import { readSource } from './read/read-source.ts';
import { resolveSources } from './read/resolve-sources.ts';
import {
  DEFAULT_MAX_SIZE,
  DEFAULT_TIMEOUT_MS,
  describeSource,
  type ReadOptions,
  type ReadResult,
} from './read/types.ts';
import {
  createEntityIndex,
  resolveArticle,
  type EntityIndex,
  type ResolveContext,
} from './resolve-entities.ts';

/** How one article fared. `extracted`: a dry run's result (nothing written). */
export type ArticleStatus = WriteStatus | 'failed' | 'extracted';

export interface ArticleOutcome {
  /** File path, `file.jsonl:12`, `file.json[3]`, `-` or URL. */
  origin: string;
  status: ArticleStatus;
  id?: string;
  title?: string;
  entities: number;
  relations: number;
  error?: string;
}

export interface FileOutcome {
  origin: string;
  /** ok: every article read; partial: some lines/items failed; failed: nothing read. */
  status: 'ok' | 'partial' | 'failed';
  articles: number;
  failed: number;
  error?: string;
}

export interface IngestTotals {
  files: number;
  filesFailed: number;
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  extracted: number;
  /** Entities and facts written (summed over new and updated articles). */
  entities: number;
  relations: number;
  words: number;
}

export interface IngestSummary {
  dryRun: boolean;
  files: FileOutcome[];
  articles: ArticleOutcome[];
  totals: IngestTotals;
  durationMs: number;
}

/** Progress as it happens, for a progress bar or a log. */
export type IngestEvent =
  | { type: 'start'; files: number }
  | { type: 'article'; outcome: ArticleOutcome }
  | { type: 'file-done'; file: FileOutcome };

export interface IngestOptions {
  /** Extract and report without writing (no database needed). */
  dryRun?: boolean;
  /** Size cap per file, URL body or JSONL line, in bytes (default 5 MB). */
  maxSize?: number;
  /** URL time limit in ms (default 15 s). */
  timeoutMs?: number;
  /** Whole articles per write transaction (default 25). */
  batchSize?: number;
  /** Keep one outcome per article in the summary (default true); false keeps only failures, so memory stays flat on huge streams. */
  keepArticles?: boolean;
  /** Folder that relative paths are resolved against (default: the working directory). */
  cwd?: string;
}

export interface IngestDeps {
  /** Required unless dryRun. */
  db?: Database;
  onEvent?: (event: IngestEvent) => void;
  /** What the graph knows; loaded from `db` once per run when not given. */
  knowledge?: Knowledge;
  /** An extractor built from that knowledge when not given. */
  extractor?: Extractor;
  stdin?: NodeJS.ReadableStream;
  fetch?: typeof fetch;
  /** Writes each batch (default writeArticles); change tracking passes ingest/tracking's trackedWriteArticles. */
  writeArticles?: typeof writeArticles;
}

/** Lets the driver's socket callbacks run between CPU-bound extractions, so writes progress meanwhile. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Pending {
  write: ArticleWrite;
  outcome: ArticleOutcome;
}

/** Collects whole articles into batches; at most one batch is being written while the next is extracted. */
class BatchWriter {
  private batch: Pending[] = [];
  private rows = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private fatal: unknown;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
    private readonly maxRows: number,
    private readonly done: (pending: Pending, status: WriteStatus | 'failed', error?: string) => void,
    private readonly write: typeof writeArticles = writeArticles,
  ) {}

  async add(pending: Pending): Promise<void> {
    this.throwIfFatal();
    this.batch.push(pending);
    this.rows += 1 + pending.write.entities.length + pending.write.facts.length;
    if (this.batch.length >= this.batchSize || this.rows >= this.maxRows) await this.flush();
  }

  /** Starts writing the current batch once the previous one is done; does not wait for this one. */
  async flush(): Promise<void> {
    await this.inFlight;
    this.throwIfFatal();
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.rows = 0;
    this.inFlight = this.writeBatch(batch).catch((error) => {
      this.fatal = error;
    });
  }

  /** Writes what is left and waits for every write. */
  async close(): Promise<void> {
    await this.flush();
    await this.inFlight;
    this.throwIfFatal();
  }

  private throwIfFatal(): void {
    if (this.fatal) throw this.fatal;
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    try {
      const results = await this.write(
        this.db,
        batch.map((p) => p.write),
        { precheck: false },
      );
      results.forEach((result, i) => this.done(batch[i], result.status));
    } catch (error) {
      if (isUnavailable(error) || batch.length === 1) {
        if (isUnavailable(error)) throw error;
        this.done(batch[0], 'failed', errorMessage(error));
        return;
      }
      // One bad article must not sink its batch: write them one at a time to find it.
      for (const pending of batch) await this.writeBatch([pending]);
    }
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError;
}

function errorMessage(error: unknown): string {
  return isAppError(error) || error instanceof Error ? error.message : String(error);
}

function emptyTotals(): IngestTotals {
  return {
    files: 0,
    filesFailed: 0,
    articles: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    extracted: 0,
    entities: 0,
    relations: 0,
    words: 0,
  };
}

/**
 * Ingests files, folders, globs, `-` (stdin) and URLs: read → extract → resolve → write.
 * Knowledge is loaded once per run and grows with every article, so later articles resolve to the
 * entities earlier ones created. Bad input fails alone (its outcome says why); a database that
 * becomes unreachable stops the run with DatabaseUnavailableError (every written batch is whole).
 * @example const summary = await ingestSources(['samples/'], { db }, { batchSize: 25 });
 */
export async function ingestSources(
  inputs: string[],
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !deps.db)
    throw new DatabaseUnavailableError('no database to write to (use --dry-run to extract only)');
  const keepArticles = options.keepArticles ?? true;
  const emit = deps.onEvent ?? (() => {});
  const readOptions: ReadOptions = {
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    stdin: deps.stdin,
    fetch: deps.fetch,
  };
  const summary: IngestSummary = { dryRun, files: [], articles: [], totals: emptyTotals(), durationMs: 0 };
  const totals = summary.totals;

  const { sources, errors } = await resolveSources(inputs, options.cwd);
  emit({ type: 'start', files: sources.length + errors.length });
  const failInput = (origin: string, message: string): void => {
    const file: FileOutcome = { origin, status: 'failed', articles: 0, failed: 1, error: message };
    record({ origin, status: 'failed', entities: 0, relations: 0, error: message });
    summary.files.push(file);
    totals.files++;
    totals.filesFailed++;
    emit({ type: 'file-done', file });
  };

  const knowledge = deps.knowledge ?? (deps.db && !dryRun ? await loadKnowledge(deps.db) : EMPTY_KNOWLEDGE);
  const extractor = deps.extractor ?? createExtractor(knowledge);
  const index = createEntityIndex(knowledge);
  const context: ResolveContext = {
    extractorVersion: EXTRACTOR_VERSION,
    ingestedAt: new Date().toISOString(),
  };

  // Outcomes are listed in input order; written articles get their final status when their batch commits.
  const list = (outcome: ArticleOutcome): void => {
    if (keepArticles) summary.articles.push(outcome);
  };
  const count = (outcome: ArticleOutcome): void => {
    if (!keepArticles && outcome.status === 'failed') summary.articles.push(outcome);
    totals.articles++;
    totals[outcome.status]++;
    if (outcome.status === 'new' || outcome.status === 'updated' || outcome.status === 'extracted') {
      totals.entities += outcome.entities;
      totals.relations += outcome.relations;
    }
    emit({ type: 'article', outcome });
  };
  const record = (outcome: ArticleOutcome): void => {
    list(outcome);
    count(outcome);
  };
  for (const problem of errors) failInput(problem.origin, problem.message);
  const batchSize = options.batchSize ?? 25;
  const writer =
    deps.db && !dryRun
      ? new BatchWriter(
          deps.db,
          batchSize,
          4000,
          (pending, status, error) => {
            pending.outcome.status = status;
            if (error) pending.outcome.error = error;
            count(pending.outcome);
          },
          deps.writeArticles,
        )
      : undefined;
  // Articles seen in this run (id → content hash): a repeat is unchanged; a new version waits for the old write.
  const seen = new Map<string, string>();

  const learn = (entity: KnownEntity): void => {
    index.add(entity);
    extractor.learn?.(entity);
  };

  // read → extract → resolve → write, a buffer of articles at a time: what is stored unchanged is
  // found first (one read per buffer) and skips extraction altogether.
  // A file counts as done once its last article has been extracted (not merely read).
  const buffer: Array<ReadResult | { fileDone: FileOutcome }> = [];
  const finishFile = (file: FileOutcome): void => {
    file.status = file.failed === 0 ? 'ok' : file.articles === 0 ? 'failed' : 'partial';
    summary.files.push(file);
    totals.files++;
    if (file.status === 'failed') totals.filesFailed++;
    emit({ type: 'file-done', file });
  };
  const processBuffer = async (): Promise<void> => {
    const results = buffer.splice(0);
    const ids = results.flatMap((r) => ('article' in r ? [r.article.id] : []));
    const stored: Map<string, StoredArticle> =
      writer && ids.length > 0 ? await readStoredArticles(deps.db!, [...new Set(ids)]) : new Map();
    for (const result of results) {
      if ('fileDone' in result) {
        finishFile(result.fileDone);
        continue;
      }
      if ('error' in result) {
        record({
          origin: result.error.origin,
          status: 'failed',
          entities: 0,
          relations: 0,
          error: result.error.message,
        });
        continue;
      }
      const article = result.article;
      const hash = contentHash(article.text);
      const previousHash = seen.get(article.id);
      seen.set(article.id, hash);
      const outcome: ArticleOutcome = {
        origin: article.origin,
        status: 'extracted',
        id: article.id,
        title: article.title,
        entities: 0,
        relations: 0,
      };
      const before = stored.get(article.id);
      if (writer && (previousHash === hash || (previousHash === undefined && before?.contentHash === hash))) {
        if (before && previousHash === undefined) {
          // Written by an earlier or a concurrent run: learn its entities as if this run had written them.
          for (const e of before.entities)
            if (isEntityType(e.type)) learn({ id: e.id, name: e.name, type: e.type, aliases: e.aliases });
          outcome.entities = before.entities.length;
          outcome.relations = before.facts;
        }
        record({ ...outcome, status: 'unchanged' });
        continue;
      }
      const write = resolveArticle(article, extractor.extract(article.text), index, context);
      for (const e of write.entities)
        extractor.learn?.({ id: e.id, name: e.name, type: e.type, aliases: e.aliases });
      totals.words += write.article.wordCount;
      outcome.entities = write.entities.length;
      outcome.relations = write.facts.length;
      if (!writer) {
        record(outcome);
      } else {
        // The same URL twice with different text: the earlier version must be written first.
        if (previousHash !== undefined) await writer.close();
        list(outcome);
        await writer.add({ write, outcome });
      }
      await yieldToEventLoop();
    }
  };

  for (const source of sources) {
    const file: FileOutcome = { origin: describeSource(source), status: 'ok', articles: 0, failed: 0 };
    for await (const result of readSource(source, readOptions)) {
      if ('error' in result) {
        file.failed++;
        if (result.error.origin === file.origin) file.error = result.error.message;
      } else {
        file.articles++;
      }
      buffer.push(result);
      if (buffer.length >= batchSize) await processBuffer();
    }
    buffer.push({ fileDone: file });
  }
  await processBuffer();
  await writer?.close();
  summary.durationMs = Date.now() - started;
  return summary;
}

/** What one article's ingest did (the answer of POST /api/articles). */
export interface IngestArticleResult {
  id: string;
  status: WriteStatus;
  entities: number;
  relations: number;
}

/**
 * Ingests one article already read (e.g. from an HTTP request): extract → resolve against the
 * entities the graph knows by the extracted names → write in one transaction.
 * @example const result = await ingestArticle(db, article, createExtractor(await loadKnowledge(db)));
 */
export async function ingestArticle(
  db: Database,
  article: Article,
  extractor: Extractor,
  index?: EntityIndex,
): Promise<IngestArticleResult> {
  const extraction = extractor.extract(article.text);
  const entityIndex =
    index ??
    createEntityIndex(await loadKnowledgeFor(db, [...new Set(extraction.entities.map((e) => e.name))]));
  const write = resolveArticle(article, extraction, entityIndex, {
    extractorVersion: EXTRACTOR_VERSION,
    ingestedAt: new Date().toISOString(),
  });
  const [result] = await writeArticles(db, [write]);
  return {
    id: article.id,
    status: result.status,
    entities: write.entities.length,
    relations: write.facts.length,
  };
}

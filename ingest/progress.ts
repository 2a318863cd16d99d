// Ingest progress on a terminal (a cli-progress bar: files, articles/s, entities and facts) and the one-line summary.
import cliProgress from 'cli-progress';
import type { IngestEvent, IngestSummary } from './pipeline.ts';

/** Receives pipeline events; `stop` clears the bar before the summary is printed. */
export interface ProgressReporter {
  onEvent(event: IngestEvent): void;
  stop(): void;
}

/**
 * A progress bar on `stream` when it is a terminal; a silent reporter otherwise (pipes and CI logs
 * get only the summary).
 * @example const progress = createProgressReporter(process.stderr); await ingestSources(inputs, { db, onEvent: progress.onEvent });
 */
export function createProgressReporter(
  stream: NodeJS.WriteStream,
  enabled: boolean = Boolean(stream.isTTY),
): ProgressReporter {
  if (!enabled) return { onEvent: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        ' {bar} {value}/{total} files | {articles} articles, {rate} articles/s | {entities} entities, {facts} facts written | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const counts = { articles: 0, entities: 0, facts: 0, failed: 0 };
  let filesDone = 0;
  let running = false;
  const payload = () => ({
    ...counts,
    rate: (counts.articles / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1),
  });
  return {
    onEvent(event) {
      if (event.type === 'start') {
        bar.start(event.files, 0, payload());
        running = true;
        return;
      }
      if (!running) return;
      if (event.type === 'article') {
        counts.articles++;
        const { outcome } = event;
        if (outcome.status === 'failed') counts.failed++;
        if (outcome.status === 'new' || outcome.status === 'updated') {
          counts.entities += outcome.entities;
          counts.facts += outcome.relations;
        }
        bar.update(filesDone, payload());
      } else {
        filesDone++;
        bar.update(filesDone, payload());
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

/**
 * One line saying what the run did.
 * @example "Ingested 13 articles from 13 files in 14.7 s (3.1 articles/s): 13 new, 0 updated, 0 unchanged, 0 failed; 195 entities and 52 facts written."
 */
export function formatSummaryLine(summary: IngestSummary): string {
  const t = summary.totals;
  const seconds = summary.durationMs / 1000;
  const rate = (t.articles - t.failed) / Math.max(seconds, 0.001);
  const head = `${summary.dryRun ? 'Extracted (dry run, nothing written)' : 'Ingested'} ${t.articles - t.failed} articles from ${t.files} ${t.files === 1 ? 'file' : 'files'} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`;
  if (summary.dryRun)
    return `${head}: ${t.failed} failed; ${t.entities} entities and ${t.relations} facts found.`;
  return `${head}: ${t.new} new, ${t.updated} updated, ${t.unchanged} unchanged, ${t.failed} failed; ${t.entities} entities and ${t.relations} facts written.`;
}

/** The failures, one line each: where and why. */
export function formatFailures(summary: IngestSummary): string[] {
  const lines: string[] = [];
  const reported = new Set<string>();
  for (const article of summary.articles) {
    if (article.status !== 'failed') continue;
    reported.add(article.origin);
    lines.push(`failed: ${article.origin}: ${article.error ?? 'unknown error'}`);
  }
  for (const file of summary.files) {
    if (file.status === 'failed' && file.error && !reported.has(file.origin))
      lines.push(`failed: ${file.origin}: ${file.error}`);
  }
  return lines;
}

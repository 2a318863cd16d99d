// Ready-made tracked versions of the writers the CLI and the server use, so wiring tracking in is one line each.
import type { Article } from '../../core/types.ts';
import type { Database } from '../../cypher/database.ts';
import { writeArticles } from '../../cypher/write-article.ts';
import { trackDelete, trackIngest, type TrackOptions } from './record-changes.ts';

/**
 * `writeArticles` with change tracking: the same signature, so the pipeline can take it as its writer.
 * Each batch is compared with what its articles held before (corrections yield retractions), events
 * are recorded, and the alert rules run on the relations it added.
 * @example const write = trackedWriteArticles({ notifier }); await write(db, writes);
 */
export function trackedWriteArticles(options: TrackOptions = {}): typeof writeArticles {
  return (db, writes, writeOptions) =>
    trackIngest(db, () => writeArticles(db, writes, writeOptions), {
      ...options,
      articleIds: writes.map((w) => w.article.id),
    });
}

/** The server's injected writers (server/app-context.ts IngestArticleFn / DeleteArticleFn), by shape. */
export interface ServerWriters {
  ingestArticle?: (
    article: Article,
  ) => Promise<{ id: string; status: 'new' | 'updated' | 'unchanged'; entities: number; relations: number }>;
  deleteArticle?: (id: string) => Promise<boolean>;
}

/**
 * Wraps the server's writers: POST /api/articles and DELETE /api/articles/:id are then recorded in
 * the change feed and raise alerts, like the CLI's ingest and delete.
 * @example writers: async ({ db }) => trackServerWriters(db, { ingestArticle, deleteArticle }, { notifier })
 */
export function trackServerWriters<W extends ServerWriters>(
  db: Database,
  writers: W,
  options: TrackOptions = {},
): W {
  const { ingestArticle, deleteArticle } = writers;
  return {
    ...writers,
    ...(ingestArticle
      ? {
          ingestArticle: (article: Article) =>
            trackIngest(db, () => ingestArticle(article), { ...options, articleIds: [article.id] }),
        }
      : {}),
    ...(deleteArticle
      ? { deleteArticle: (id: string) => trackDelete(db, id, () => deleteArticle(id), options) }
      : {}),
  };
}

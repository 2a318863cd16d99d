// Records what an ingest, retraction, merge or split changed, by reading the graph around it — the writers stay untouched.
import {
  findArticleIds,
  readArticleFacts,
  readArticleMentions,
  readArticleStates,
  readArticlesIngestedSince,
  readExistingEntityIds,
  readSupportedTriples,
  type ArticleState,
} from '../../cypher/change-snapshot.ts';
import type { Database } from '../../cypher/database.ts';
import { recordEvents, type ChangeEvent } from '../../cypher/events.ts';
import { moveWatch } from '../../cypher/watchlist.ts';
import type { AlertNotifier } from './alert-notifier.ts';
import { diffIngest, diffRetraction, type IngestBefore } from './diff-changes.ts';
import type { Alert } from './evaluate-alerts.ts';

/** What one tracked operation changed. */
export interface TrackedChanges {
  /** The events recorded, in order. */
  events: ChangeEvent[];
  /** Alerts raised (and handed to the notifier's sinks). */
  alerts: Alert[];
  /** `source|TYPE|target` of the relations that are new to the graph. */
  newFacts: string[];
  changedArticles: string[];
  newEntities: string[];
}

export interface TrackOptions {
  /** Evaluates the alert rules after an ingest and delivers them (none: no alerts). */
  notifier?: AlertNotifier | null;
  /** Told what changed once the events are recorded. */
  onChanges?: (changes: TrackedChanges) => void;
  /** Where a tracking failure is reported; tracking never fails the operation it watches (default stderr). */
  log?: (message: string) => void;
}

export interface TrackIngestOptions extends TrackOptions {
  /**
   * Ids of the articles the ingest may write (Article.id). With them, a corrected article's dropped
   * facts become `relation-retracted` events. Without them, written articles are found afterwards
   * by `ingestedAt`, and an update is reported without what it dropped.
   */
  articleIds?: string[];
}

const defaultLog = (message: string) => process.stderr.write(`tracegraph: ${message}\n`);
const noChanges = (): TrackedChanges => ({
  events: [],
  alerts: [],
  newFacts: [],
  changedArticles: [],
  newEntities: [],
});
const triplesOf = (facts: Array<{ source: { id: string }; type: string; target: { id: string } }>) =>
  facts.map((f) => ({ source: f.source.id, type: f.type, target: f.target.id }));

/** Reads the state an ingest will be compared with. */
async function snapshotBeforeIngest(
  db: Database,
  articleIds: string[] | undefined,
): Promise<IngestBefore & { hashes?: Map<string, string | null> }> {
  if (!articleIds) {
    // Ids unknown: remember every article's hash, to tell a new article from an updated one later.
    const all = await db.read(
      async (tx) => (await tx.run('MATCH (a:Article) RETURN a.id AS id, a.contentHash AS hash')).records,
    );
    return {
      articles: [],
      facts: [],
      mentions: [],
      hashes: new Map(all.map((r) => [r.get('id') as string, r.get('hash') as string | null])),
    };
  }
  // One read transaction for the three reads: tracking adds few round trips to each batch.
  return db.read(async (tx) => {
    const articles = await readArticleStates(tx, articleIds);
    const stored = articles.map((a) => a.id);
    return {
      articles,
      facts: await readArticleFacts(tx, stored),
      mentions: await readArticleMentions(tx, stored),
    };
  });
}

/**
 * Starts tracking an ingest: call `finish()` once the articles are written.
 * @example const tracker = await beginIngestTracking(db, [article.id]); await write(); await tracker.finish();
 */
export async function beginIngestTracking(
  db: Database,
  articleIds?: string[],
): Promise<{ startedAt: string; finish(options?: TrackOptions): Promise<TrackedChanges> }> {
  const startedAt = new Date().toISOString();
  const before = await snapshotBeforeIngest(db, articleIds);
  return {
    startedAt,
    finish: async (options = {}) => {
      // Every read after the write in one transaction; then one write for the events.
      const after = await db.read(async (tx) => {
        const ids = articleIds ?? (await readArticlesIngestedSince(tx, startedAt));
        const articles = await readArticleStates(tx, ids);
        if (before.hashes) {
          // Updated articles whose old text is unknown: known as updates, compared with nothing.
          before.articles = articles
            .filter((a) => before.hashes?.has(a.id))
            .map((a): ArticleState => ({ ...a, contentHash: before.hashes?.get(a.id) ?? null }));
        }
        const beforeHash = new Map(before.articles.map((a) => [a.id, a.contentHash]));
        const changed = articles
          .filter((a) => !beforeHash.has(a.id) || beforeHash.get(a.id) !== a.contentHash)
          .map((a) => a.id);
        if (changed.length === 0) return null;
        const facts = await readArticleFacts(tx, changed);
        const mentions = await readArticleMentions(tx, changed);
        const beforeFacts = before.facts.filter((f) => changed.includes(f.article));
        const beforeMentions = before.mentions.filter((m) => changed.includes(m.article));
        return {
          articles,
          facts,
          mentions,
          supportedElsewhere: await readSupportedTriples(tx, triplesOf(facts), changed),
          stillStated: await readSupportedTriples(tx, triplesOf(beforeFacts)),
          existingEntities: await readExistingEntityIds(tx, [...new Set(beforeMentions.map((m) => m.id))]),
          startedAt,
        };
      });
      if (!after) {
        options.onChanges?.(noChanges());
        return noChanges();
      }
      const diff = diffIngest(before, after);
      const events = await recordEvents(db, diff.events);
      const notified = options.notifier
        ? await options.notifier.notify(db, {
            facts: diff.newFacts,
            articles: diff.changedArticles,
            entities: diff.newEntities,
          })
        : { alerts: [] };
      const changes: TrackedChanges = {
        events,
        alerts: notified.alerts,
        newFacts: diff.newFacts,
        changedArticles: diff.changedArticles,
        newEntities: diff.newEntities,
      };
      options.onChanges?.(changes);
      return changes;
    },
  };
}

/**
 * Runs an ingest and records what it changed: new and updated articles, new entities, new relations
 * with their evidence, relations and entities a correction dropped; then evaluates the alert rules.
 * Returns what `ingest` returns; a tracking failure is logged, never thrown.
 * @example const result = await trackIngest(db, () => ingestArticle(db, article, extractor), { articleIds: [article.id], notifier });
 */
export async function trackIngest<T>(
  db: Database,
  ingest: () => Promise<T>,
  options: TrackIngestOptions = {},
): Promise<T> {
  const log = options.log ?? defaultLog;
  let tracker: Awaited<ReturnType<typeof beginIngestTracking>> | undefined;
  try {
    tracker = await beginIngestTracking(db, options.articleIds);
  } catch (error) {
    log(`change tracking could not start: ${(error as Error).message}`);
  }
  const result = await ingest();
  if (tracker) {
    try {
      await tracker.finish(options);
    } catch (error) {
      log(`changes were not recorded: ${(error as Error).message}`);
    }
  }
  return result;
}

/**
 * Runs a retraction (article id or URL) and records `article-retracted`, the relations no other
 * article states any more, and the entities that went. Returns what `remove` returns.
 * @example await trackDelete(db, 'https://example.org/story', () => deleteArticle(db, 'https://example.org/story'));
 */
export async function trackDelete<T>(
  db: Database,
  idOrUrl: string,
  remove: () => Promise<T>,
  options: TrackOptions = {},
): Promise<T> {
  const log = options.log ?? defaultLog;
  let before:
    | {
        article: ArticleState;
        facts: Awaited<ReturnType<typeof readArticleFacts>>;
        mentions: Awaited<ReturnType<typeof readArticleMentions>>;
      }
    | undefined;
  try {
    const [id] = await findArticleIds(db, [idOrUrl]);
    const [article] = id ? await readArticleStates(db, [id]) : [];
    if (article) {
      const [facts, mentions] = await Promise.all([
        readArticleFacts(db, [article.id]),
        readArticleMentions(db, [article.id]),
      ]);
      before = { article, facts, mentions };
    }
  } catch (error) {
    log(`change tracking could not start: ${(error as Error).message}`);
  }
  const result = await remove();
  if (before) {
    try {
      const [left, stillStated, existingEntities] = await Promise.all([
        readArticleStates(db, [before.article.id]),
        readSupportedTriples(db, triplesOf(before.facts)),
        readExistingEntityIds(db, [...new Set(before.mentions.map((m) => m.id))]),
      ]);
      const events = await recordEvents(
        db,
        diffRetraction(before, { articleGone: left.length === 0, stillStated, existingEntities }),
      );
      options.onChanges?.({
        ...noChanges(),
        events,
        changedArticles: events.length > 0 ? [before.article.id] : [],
      });
    } catch (error) {
      log(`changes were not recorded: ${(error as Error).message}`);
    }
  }
  return result;
}

interface Ref {
  id: string;
  name: string;
  type: string;
}

/**
 * Runs a merge (cypher/entity-maintenance.ts mergeEntities) and records one `merged` event; a watch on
 * the merged-away entity moves to the one it joined.
 * @example await trackMerge(db, () => mergeEntities(db, 'Hikvision', 'Hikivision'));
 */
export async function trackMerge<T extends { into: Ref; merged: Ref }>(
  db: Database,
  merge: () => Promise<T>,
  options: TrackOptions = {},
): Promise<T> {
  const result = await merge();
  try {
    await moveWatch(db, result.merged.id, result.into);
    const events = await recordEvents(db, [
      {
        kind: 'merged',
        entities: [result.into, result.merged],
        detail: `${result.merged.name} (${result.merged.id}) merged into ${result.into.name} (${result.into.id})`,
      },
    ]);
    options.onChanges?.({ ...noChanges(), events });
  } catch (error) {
    (options.log ?? defaultLog)(`changes were not recorded: ${(error as Error).message}`);
  }
  return result;
}

/**
 * Runs a split (cypher/entity-maintenance.ts splitEntity) and records one `split` event.
 * @example await trackSplit(db, () => splitEntity(db, 'company:hikvision', 'Hikivision'));
 */
export async function trackSplit<T extends { from: Ref; created: Ref }>(
  db: Database,
  split: () => Promise<T>,
  options: TrackOptions = {},
): Promise<T> {
  const result = await split();
  try {
    const events = await recordEvents(db, [
      {
        kind: 'split',
        entities: [result.from, result.created],
        detail: `${result.created.name} (${result.created.id}) split out of ${result.from.name} (${result.from.id})`,
      },
    ]);
    options.onChanges?.({ ...noChanges(), events });
  } catch (error) {
    (options.log ?? defaultLog)(`changes were not recorded: ${(error as Error).message}`);
  }
  return result;
}

// Pure: turns snapshots taken before and after an ingest or a retraction into the events that describe the change.
import type { ArticleState, FactSnapshot, MentionSnapshot } from '../../cypher/change-snapshot.ts';
import { tripleKey } from '../../cypher/change-snapshot.ts';
import type { EventArticle, NewEvent } from '../../cypher/events.ts';

/** What was stored for the articles about to be written (empty for new articles). */
export interface IngestBefore {
  articles: ArticleState[];
  facts: FactSnapshot[];
  mentions: MentionSnapshot[];
}

/** What is stored after the write, and what the graph says about the triples and entities involved. */
export interface IngestAfter {
  articles: ArticleState[];
  facts: FactSnapshot[];
  mentions: MentionSnapshot[];
  /** Keys of the after-facts' triples that an article outside the written ones also states. */
  supportedElsewhere: Set<string>;
  /** Keys of the before-facts' triples that some article still states. */
  stillStated: Set<string>;
  /** Which of the before-mentioned entities still exist. */
  existingEntities: Set<string>;
  /** When tracking began (ISO): entities created at or after it are new. */
  startedAt: string;
}

/** The difference an ingest made, as events plus the keys alert rules need. */
export interface IngestDiff {
  events: NewEvent[];
  /** Articles whose content was written (new or updated). */
  changedArticles: string[];
  /** `source|TYPE|target` of the relations that did not exist before. */
  newFacts: string[];
  newEntities: string[];
}

/** The article as events remember it. */
export function eventArticle(a: ArticleState): EventArticle {
  return { id: a.id, title: a.title, url: a.url, date: a.date, dateIsIngest: a.dateIsIngest };
}

function relationEvent(
  kind: 'relation-added' | 'relation-retracted',
  fact: FactSnapshot,
  article: EventArticle | undefined,
): NewEvent {
  return {
    kind,
    entities: [fact.source, fact.target],
    ...(article ? { article } : {}),
    relation: {
      source: fact.source,
      type: fact.type,
      target: fact.target,
      evidence: fact.evidence,
      sentence: fact.sentence,
      confidence: fact.confidence,
    },
  };
}

/** Facts grouped by triple, keeping the most confident (then earliest) sentence as the evidence. */
function firstByTriple(facts: FactSnapshot[]): Map<string, FactSnapshot> {
  const byKey = new Map<string, FactSnapshot>();
  for (const fact of facts) {
    const key = tripleKey({ source: fact.source.id, type: fact.type, target: fact.target.id });
    const kept = byKey.get(key);
    const better =
      !kept ||
      (fact.confidence ?? 0) > (kept.confidence ?? 0) ||
      ((fact.confidence ?? 0) === (kept.confidence ?? 0) &&
        (fact.sentence ?? 0) < (kept.sentence ?? 0) &&
        fact.article === kept.article);
    if (better) byKey.set(key, fact);
  }
  return byKey;
}

/**
 * The events of an ingest: per written article `article-added` or `article-updated`; entities created
 * by it (`entity-added`); relations whose (source, type, target) no article stated before
 * (`relation-added`, with the new article's sentence); and, for updated articles, relations no article
 * states any more (`relation-retracted`) and entities that went with them (`entity-removed`).
 * An article whose content hash did not change yields nothing.
 */
export function diffIngest(before: IngestBefore, after: IngestAfter): IngestDiff {
  const beforeArticles = new Map(before.articles.map((a) => [a.id, a]));
  const changed = after.articles.filter((a) => {
    const old = beforeArticles.get(a.id);
    return !old || old.contentHash !== a.contentHash;
  });
  const changedIds = new Set(changed.map((a) => a.id));
  const articleById = new Map(after.articles.map((a) => [a.id, eventArticle(a)]));
  const beforeArticleById = new Map(before.articles.map((a) => [a.id, eventArticle(a)]));
  const events: NewEvent[] = [];

  for (const a of changed) {
    const old = beforeArticles.get(a.id);
    events.push({ kind: old ? 'article-updated' : 'article-added', entities: [], article: eventArticle(a) });
  }

  const beforeMentioned = new Set(before.mentions.filter((m) => changedIds.has(m.article)).map((m) => m.id));
  const newEntities: string[] = [];
  for (const m of after.mentions) {
    if (!changedIds.has(m.article) || beforeMentioned.has(m.id) || newEntities.includes(m.id)) continue;
    if (!m.createdAt || m.createdAt < after.startedAt) continue;
    newEntities.push(m.id);
    events.push({
      kind: 'entity-added',
      entities: [{ id: m.id, name: m.name, type: m.type }],
      article: articleById.get(m.article),
    });
  }

  const beforeFacts = before.facts.filter((f) => changedIds.has(f.article));
  const beforeKeys = new Set(
    beforeFacts.map((f) => tripleKey({ source: f.source.id, type: f.type, target: f.target.id })),
  );
  const newFacts: string[] = [];
  for (const [key, fact] of firstByTriple(after.facts.filter((f) => changedIds.has(f.article)))) {
    if (beforeKeys.has(key) || after.supportedElsewhere.has(key)) continue;
    newFacts.push(key);
    events.push(relationEvent('relation-added', fact, articleById.get(fact.article)));
  }

  for (const [key, fact] of firstByTriple(beforeFacts)) {
    if (after.stillStated.has(key)) continue;
    events.push(
      relationEvent(
        'relation-retracted',
        fact,
        beforeArticleById.get(fact.article) ?? articleById.get(fact.article),
      ),
    );
  }

  const removed = new Set<string>();
  for (const m of before.mentions) {
    if (!changedIds.has(m.article) || after.existingEntities.has(m.id) || removed.has(m.id)) continue;
    removed.add(m.id);
    events.push({
      kind: 'entity-removed',
      entities: [{ id: m.id, name: m.name, type: m.type }],
      article: articleById.get(m.article),
    });
  }

  return { events, changedArticles: [...changedIds], newFacts, newEntities };
}

/** What a retraction removed, read before it ran. */
export interface RetractionBefore {
  article: ArticleState;
  facts: FactSnapshot[];
  mentions: MentionSnapshot[];
}

/** What is left once it ran. */
export interface RetractionAfter {
  articleGone: boolean;
  stillStated: Set<string>;
  existingEntities: Set<string>;
}

/**
 * The events of a retraction: `article-retracted`, `relation-retracted` for every relation no other
 * article states (with the retracted sentence as evidence), `entity-removed` for entities left with
 * no article. Nothing when the article is still there (the deletion failed or was refused).
 */
export function diffRetraction(before: RetractionBefore, after: RetractionAfter): NewEvent[] {
  if (!after.articleGone) return [];
  const article = eventArticle(before.article);
  const events: NewEvent[] = [{ kind: 'article-retracted', entities: [], article }];
  for (const [key, fact] of firstByTriple(before.facts)) {
    if (after.stillStated.has(key)) continue;
    events.push(relationEvent('relation-retracted', fact, article));
  }
  const removed = new Set<string>();
  for (const m of before.mentions) {
    if (after.existingEntities.has(m.id) || removed.has(m.id)) continue;
    removed.add(m.id);
    events.push({ kind: 'entity-removed', entities: [{ id: m.id, name: m.name, type: m.type }], article });
  }
  return events;
}

// The tracking API's shapes as the page reads them (server/routes/tracking-routes.ts answers them).

export interface TrackedEntity {
  id: string;
  name: string;
  type: string;
}

export type ChangeKind =
  | 'article-added'
  | 'article-updated'
  | 'article-retracted'
  | 'entity-added'
  | 'entity-removed'
  | 'relation-added'
  | 'relation-retracted'
  | 'merged'
  | 'split';

export interface ChangeEvent {
  id: string;
  kind: ChangeKind;
  at: string;
  watched: boolean;
  entities: TrackedEntity[];
  article?: { id: string; title: string; url: string | null; date: string | null; dateIsIngest: boolean };
  relation?: {
    source: TrackedEntity;
    type: string;
    target: TrackedEntity;
    evidence: string | null;
    sentence: number | null;
    confidence: number | null;
  };
  detail?: string;
}

export interface WatchItem {
  entityId: string;
  name: string;
  type: string;
  addedAt: string;
  exists: boolean;
  articles: number;
  lastSeen: string | null;
}

export interface TimelineMonth {
  month: string;
  articles: number;
  mentions: number;
  ingestDated: number;
}

export interface TimelineRelation {
  type: string;
  direction: 'out' | 'in';
  other: TrackedEntity;
  firstDate: string | null;
  firstDateIsIngest: boolean;
  lastDate: string | null;
  articles: number;
  evidence: string | null;
  article: { id: string; title: string; url: string | null } | null;
}

export interface Timeline {
  entity: TrackedEntity;
  firstSeen: string | null;
  lastSeen: string | null;
  months: TimelineMonth[];
  relations: TimelineRelation[];
}

// The shapes of the HTTP API the explorer consumes (the contract in the API issue).

export interface NodeData {
  id: string;
  label: string;
  type: string;
  articles?: number;
  degree?: number;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  count?: number;
  firstDate?: string | null;
  lastDate?: string | null;
}
export interface GraphElements {
  nodes: Array<{ data: NodeData }>;
  edges: Array<{ data: EdgeData }>;
}
export interface MoreInfo {
  relation: string;
  direction: 'out' | 'in';
  count: number;
}
export interface Neighborhood extends GraphElements {
  more: MoreInfo[];
}
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}
export interface EntityHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  articles: number;
  score: number;
  matched?: string | null;
}
export interface EvidenceRef {
  text: string;
  articleId: string;
  title: string;
  url?: string | null;
  date?: string | null;
}
export interface RelationGroup {
  type: string;
  direction: 'out' | 'in';
  count: number;
  items: Array<{ other: EntityRef; articles: number; evidence: EvidenceRef[] }>;
}
export interface EntityDetails {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  firstSeen?: string | null;
  lastSeen?: string | null;
  articleCount: number;
  relations: RelationGroup[];
}
export interface PathHop {
  source: string;
  target: string;
  type: string;
  evidence: EvidenceRef[];
}
export interface PathsResult extends GraphElements {
  paths: Array<{ nodes: EntityRef[]; hops: PathHop[] }>;
}
export interface ArticleSummary {
  id: string;
  title: string;
  url?: string | null;
  source?: string | null;
  author?: string | null;
  date?: string | null;
  entityCount?: number;
  factCount?: number;
}
export interface ArticleFact {
  source: EntityRef;
  type: string;
  target: EntityRef;
  evidence: string;
  sentence?: number;
  confidence?: number;
}
export interface ArticleFull {
  id: string;
  title: string;
  text: string;
  url?: string | null;
  source?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  date?: string | null;
  entities: Array<EntityRef & { surfaces: string[]; count: number }>;
  facts: ArticleFact[];
}
export interface CypherResult {
  columns: string[];
  rows: unknown[];
  graph: GraphElements;
  summary: { ms: number; rows: number; truncated: boolean };
}
export interface SavedQueryParam {
  name: string;
  type: string;
  default?: unknown;
  description?: string;
}
export interface SavedQuery {
  name: string;
  title: string;
  description?: string;
  params: SavedQueryParam[];
}
export interface Stats {
  articles: number;
  entities: number;
  nodes: number;
  relationships: number;
  byType: Record<string, number>;
  byRelation: Record<string, number>;
}

// Scores an extraction against a gold annotation the way an analyst would match names.
import { foldName } from '../extract/fold-name.ts';

/** One gold entity (../shared/corpus/GOLD_FORMAT.md). */
export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  alt_types?: string[];
  optional?: boolean;
  roles?: string[];
}

/** One gold relation, between gold entity names. */
export interface GoldRelation {
  source: string;
  type: string;
  target: string;
  evidence?: string;
}

/** A gold annotation file's content. */
export interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
  title?: string;
  source?: string;
  published?: string | null;
}

/** What the scorer needs of a found entity / relation. */
export interface FoundEntity {
  name: string;
  type: string;
  aliases?: string[];
}
export interface FoundRelation {
  source: string;
  type: string;
  target: string;
}

/** True/false positives and false negatives, with P/R/F1. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** The score of one article, with what was missed and falsely found. */
export interface ArticleScore {
  entities: Figures;
  typed: Figures;
  relations: Figures;
  missedEntities: string[];
  falseEntities: string[];
  mistypedEntities: string[];
  missedRelations: string[];
  falseRelations: string[];
}

/** Precision, recall and F1 of counts (an empty side scores 1). */
export function computeFigures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Sums counts over articles and recomputes the figures (micro-average). */
export function sumFigures(list: Counts[]): Figures {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of list) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return computeFigures(total);
}

function keysOf(name: string, aliases: string[] = []): string[] {
  return [...new Set([name, ...aliases].map(foldName).filter((k) => k.length > 0))];
}

/**
 * Scores one article. A found entity matches a gold one when its name or an alias equals the gold
 * name or an alias (folded by `foldName`); optional gold entities count neither way; each gold
 * entity counts once, so a second found entity resolving to it is a false find. Relations match on
 * (source, type, target) after resolving both ends to gold entities.
 * @example scoreArticle({entities:[{name:'UK',type:'Country'}],relations:[]}, {entities:[{name:'United Kingdom',type:'Country',aliases:['UK']}],relations:[]}).entities.f1 === 1
 */
export function scoreArticle(
  found: { entities: FoundEntity[]; relations: FoundRelation[] },
  gold: Gold,
): ArticleScore {
  const goldKeys = new Map<string, number[]>();
  gold.entities.forEach((g, index) => {
    for (const key of keysOf(g.name, g.aliases)) {
      const list = goldKeys.get(key) ?? [];
      list.push(index);
      goldKeys.set(key, list);
    }
  });
  const candidatesFor = (keys: string[]): number[] => {
    const out: number[] = [];
    for (const key of keys) for (const index of goldKeys.get(key) ?? []) if (!out.includes(index)) out.push(index);
    return out;
  };

  // Match in two passes: names first, then aliases, so an entity found under its right name wins
  // the gold entity over one that only shares an alias.
  const assignment = new Map<number, number>(); // found index → gold index
  const claimed = new Set<number>();
  const foundCandidates = found.entities.map((f) => ({
    byName: candidatesFor(keysOf(f.name)),
    byAlias: candidatesFor(keysOf(f.name, f.aliases)),
  }));
  for (const pass of ['byName', 'byAlias'] as const) {
    found.entities.forEach((_, fi) => {
      if (assignment.has(fi)) return;
      const free = foundCandidates[fi]![pass].find((gi) => !claimed.has(gi));
      if (free !== undefined) {
        assignment.set(fi, free);
        claimed.add(free);
      }
    });
  }

  const entityCounts = { tp: 0, fp: 0, fn: 0 };
  const typedCounts = { tp: 0, fp: 0, fn: 0 };
  const falseEntities: string[] = [];
  const mistypedEntities: string[] = [];
  found.entities.forEach((f, fi) => {
    const gi = assignment.get(fi);
    if (gi === undefined) {
      // Matching only an optional (already claimed or not) gold entity is neither right nor wrong.
      if (foundCandidates[fi]!.byAlias.some((g) => gold.entities[g]!.optional)) return;
      entityCounts.fp++;
      typedCounts.fp++;
      falseEntities.push(`${f.name} (${f.type})`);
      return;
    }
    const g = gold.entities[gi]!;
    if (g.optional) return;
    entityCounts.tp++;
    if (f.type === g.type || (g.alt_types ?? []).includes(f.type)) typedCounts.tp++;
    else {
      typedCounts.fp++;
      mistypedEntities.push(`${f.name}: ${f.type}, gold ${g.type}`);
    }
  });
  const missedEntities: string[] = [];
  gold.entities.forEach((g, gi) => {
    if (g.optional || claimed.has(gi)) return;
    entityCounts.fn++;
    missedEntities.push(`${g.name} (${g.type})`);
  });
  typedCounts.fn = gold.entities.filter((g) => !g.optional).length - typedCounts.tp;

  // Relations: resolve each end to a gold entity index.
  const foundByName = new Map<string, number>();
  found.entities.forEach((f, fi) => {
    const gi = assignment.get(fi);
    if (gi !== undefined) foundByName.set(f.name, gi);
  });
  const resolveFound = (name: string): number | undefined =>
    foundByName.has(name) ? foundByName.get(name) : candidatesFor(keysOf(name))[0];
  const resolveGold = (name: string): number | undefined => {
    const exact = gold.entities.findIndex((g) => g.name === name);
    return exact >= 0 ? exact : candidatesFor(keysOf(name))[0];
  };
  const goldRelations = new Map<string, string>();
  for (const r of gold.relations) {
    const s = resolveGold(r.source);
    const t = resolveGold(r.target);
    goldRelations.set(`${s ?? r.source}|${r.type}|${t ?? r.target}`, `${r.source} ${r.type} ${r.target}`);
  }
  const relationCounts = { tp: 0, fp: 0, fn: 0 };
  const matchedRelations = new Set<string>();
  const falseRelations: string[] = [];
  const seenFound = new Set<string>();
  for (const r of found.relations) {
    const s = resolveFound(r.source);
    const t = resolveFound(r.target);
    const key = `${s ?? `?${r.source}`}|${r.type}|${t ?? `?${r.target}`}`;
    if (seenFound.has(key)) continue;
    seenFound.add(key);
    if (goldRelations.has(key) && !matchedRelations.has(key)) {
      matchedRelations.add(key);
      relationCounts.tp++;
    } else {
      relationCounts.fp++;
      falseRelations.push(`${r.source} ${r.type} ${r.target}`);
    }
  }
  const missedRelations: string[] = [];
  for (const [key, label] of goldRelations) {
    if (!matchedRelations.has(key)) {
      relationCounts.fn++;
      missedRelations.push(label);
    }
  }

  return {
    entities: computeFigures(entityCounts),
    typed: computeFigures(typedCounts),
    relations: computeFigures(relationCounts),
    missedEntities,
    falseEntities,
    mistypedEntities,
    missedRelations,
    falseRelations,
  };
}

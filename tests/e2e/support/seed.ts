// Seeds the e2e graph with the real pipeline: the samples/ articles plus the markup fixture.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../../cypher/database.ts';
import { ingestSources } from '../../../ingest/pipeline.ts';
import { clearGraph } from '../../support/test-db.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const SAMPLES_DIR = path.join(repo, 'samples');
export const MARKUP_FIXTURE = path.join(repo, 'tests/e2e/fixtures/markup-article.json');

/** Empties the graph and ingests samples/ and the markup article; returns the ingest totals. */
export async function seedGraph(
  db: Database,
): Promise<{ articles: number; entities: number; relations: number }> {
  await clearGraph(db);
  // The numbered articles only (samples/README.md describes them; it is not an article).
  const samples = readdirSync(SAMPLES_DIR)
    .filter((name) => /^\d+.*\.md$/.test(name))
    .map((name) => path.join(SAMPLES_DIR, name));
  const summary = await ingestSources([...samples, MARKUP_FIXTURE], { db });
  return {
    articles: summary.totals.articles,
    entities: summary.totals.entities,
    relations: summary.totals.relations,
  };
}

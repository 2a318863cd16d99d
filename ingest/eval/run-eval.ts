// Runs the extractor over a folder of *.txt + *.gold.json pairs and scores every article.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import type { Extraction } from '../../core/types.ts';
import { createExtractor } from '../extract/extract.ts';
import { scoreArticle, sumFigures, type ArticleScore, type Figures, type Gold } from './score.ts';

/** The scores of a whole folder: per article and micro-averaged. */
export interface EvalReport {
  articles: Array<{ slug: string } & ArticleScore>;
  micro: { entities: Figures; typed: Figures; relations: Figures };
}

/**
 * Scores every `<slug>.txt` that has a `<slug>.gold.json` beside it in `dir`.
 * @example evaluateFolder('../shared/corpus').micro.entities.f1
 */
export function evaluateFolder(dir: string, extractText?: (text: string) => Extraction): EvalReport {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new NotFoundError(`no such folder: ${dir}`);
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .map((f) => basename(f, '.txt'))
    .sort();
  if (slugs.length === 0) throw new ValidationError(`no *.txt + *.gold.json pairs in ${dir}`);
  const run = extractText ?? ((text: string) => createExtractor().extract(text));
  const articles = slugs.map((slug) => {
    const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, `${slug}.gold.json`), 'utf8')) as Gold;
    return { slug, ...scoreArticle(run(text), { entities: gold.entities ?? [], relations: gold.relations ?? [] }) };
  });
  return {
    articles,
    micro: {
      entities: sumFigures(articles.map((a) => a.entities)),
      typed: sumFigures(articles.map((a) => a.typed)),
      relations: sumFigures(articles.map((a) => a.relations)),
    },
  };
}

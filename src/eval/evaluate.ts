/**
 * The eval, end to end: the chosen pages, their saved text (rendered or from
 * the cache), their gold, and each page through the ingest on each path.
 */
import { matchShingles } from './body-score.ts';
import { listPages, readPageHtml, type DatasetName, type DatasetPage } from './datasets.ts';
import { goldFor, pageKey, type PageGold } from './gold.ts';
import { renderPages } from './page-text.ts';
import { createIngest, type IngestOutcome, type IngestPath } from './run-ingest.ts';
import { scorePage, type PageScore } from './score-page.ts';
import { siteOf, splitOf, type Split } from './split.ts';

export interface EvalOptions {
  datasets: DatasetName[];
  splits: Split[];
  paths: IngestPath[];
  /** At most this many pages of each dataset (after the split filter), in id order. */
  limit?: number;
  /** Only these pages (dataset:id, or an id, or the id's start). */
  only?: string[];
  registriesDir: string;
  datasetsDir?: string;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface PageResult {
  key: string;
  dataset: DatasetName;
  id: string;
  url: string;
  site: string;
  split: Split;
  english: boolean;
  gold: Omit<PageGold, 'body'>;
  /** The saved text's length; the text itself is in the render cache. */
  textLength: number;
  /** The body F1 of the whole saved text (the benchmark's "whole page" baseline). */
  wholeText?: PageScore['body'];
  paths: Partial<Record<IngestPath, { outcome: IngestOutcome; score: PageScore; duplicateOf?: string }>>;
}

export function selectPages(options: Pick<EvalOptions, 'datasets' | 'splits' | 'limit' | 'only' | 'datasetsDir'>): DatasetPage[] {
  const chosen = listPages(options.datasetsDir).filter(
    (page) =>
      options.datasets.includes(page.dataset) &&
      options.splits.includes(splitOf(siteOf(page.url))) &&
      (!options.only || options.only.some((wanted) => pageKey(page) === wanted || page.id.startsWith(wanted))),
  );
  if (options.limit === undefined) return chosen;
  return options.datasets.flatMap((dataset) => chosen.filter((page) => page.dataset === dataset).slice(0, options.limit));
}

export async function runEval(options: EvalOptions): Promise<PageResult[]> {
  const pages = selectPages(options);
  const htmls = pages.map(readPageHtml);
  const rendered = await renderPages(
    pages.map((page, index) => ({ url: page.url, html: htmls[index] })),
    (done, total) => options.onProgress?.('render', done, total),
  );
  const ingest = createIngest(options.registriesDir);
  const sources = ingest.registries.sources;
  const results: PageResult[] = [];
  for (const [index, page] of pages.entries()) {
    const text = rendered[index].text;
    const gold = goldFor(page, rendered[index], sources);
    const { body, ...goldWithoutBody } = gold;
    const result: PageResult = {
      key: pageKey(page),
      dataset: page.dataset,
      id: page.id,
      url: page.url,
      site: siteOf(page.url),
      split: splitOf(siteOf(page.url)),
      english: gold.english,
      gold: goldWithoutBody,
      textLength: text.length,
      wholeText: body === undefined ? undefined : matchShingles(body, text),
      paths: {},
    };
    for (const path of options.paths) {
      const seed = path === 'text' ? { name: `${page.id}.txt`, bytes: Buffer.from(text) } : { name: `${page.id}.html`, bytes: htmls[index] };
      const outcome = ingest.run(seed.name, seed.bytes);
      const seedText = path === 'text' ? text : htmls[index].toString('utf8');
      result.paths[path] = { outcome, score: scorePage(gold, outcome, seedText, sources) };
    }
    results.push(result);
    options.onProgress?.('ingest', index + 1, pages.length);
  }
  markDuplicates(results, options.paths);
  return results;
}

/** A build publishes one page per article text: a later page with the same text is taken for a copy of the first. */
function markDuplicates(results: PageResult[], paths: IngestPath[]): void {
  for (const path of paths) {
    const owners = new Map<string, string>();
    for (const result of results) {
      const run = result.paths[path];
      if (!run?.outcome.ok) continue;
      const owner = owners.get(`${result.dataset} ${run.outcome.textHash}`);
      if (owner) run.duplicateOf = owner;
      else owners.set(`${result.dataset} ${run.outcome.textHash}`, result.key);
    }
  }
}

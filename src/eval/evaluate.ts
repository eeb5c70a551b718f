/**
 * The eval, end to end: the chosen pages, their saved text (rendered or from
 * the cache), their gold, and each page through the ingest on each path.
 */
import { matchShingles } from './body-score.ts';
import { listPages, readPageHtml, type DatasetName, type DatasetPage } from './datasets.ts';
import { goldFor, pageKey, type PageGold } from './gold.ts';
import { renderPages } from './page-text.ts';
import { createIngestPool, type IngestOutcome, type IngestPath } from './run-ingest.ts';
import { loadRegistries } from '../lib/registries.ts';
import { scorePage, type PageScore } from './score-page.ts';
import { siteOf, splitOf, type Split } from './split.ts';
import { convertedText, shownText, type TextTool } from './saved-text.ts';

export interface EvalOptions {
  datasets: DatasetName[];
  splits: Split[];
  paths: IngestPath[];
  /** At most this many pages of each dataset (after the split filter), in id order. */
  limit?: number;
  /** Only these pages (dataset:id, or an id, or the id's start). */
  only?: string[];
  /** What saves the text path's seed: the browser's innerText (the default), or a converter (saved-text.ts). */
  textTool?: TextTool;
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
  const sources = loadRegistries(options.registriesDir).sources;
  // The gold is read from the browser's render whatever saves the seed: the same page shows the same headline.
  const golds = pages.map((page, index) => goldFor(page, rendered[index], sources));
  const tool = options.textTool ?? 'browser';
  const texts = options.paths.includes('text') ? htmls.map((html, index) => (tool === 'browser' ? rendered[index].text : convertedText(html, tool))) : [];
  const seeds = pages.flatMap((page, index) =>
    options.paths.map((path) => ({
      index,
      path,
      seed: path === 'text' ? { name: `${page.id}.txt`, bytes: Buffer.from(texts[index]) } : { name: `${page.id}.html`, bytes: htmls[index] },
    })),
  );
  const pool = createIngestPool(options.registriesDir);
  let ingested = 0;
  let outcomes: IngestOutcome[];
  try {
    outcomes = await Promise.all(
      seeds.map(async ({ seed }) => {
        const outcome = await pool.run(seed);
        options.onProgress?.('ingest', ++ingested, seeds.length);
        return outcome;
      }),
    );
  } finally {
    await pool.close();
  }

  const results: PageResult[] = pages.map((page, index) => {
    const text = texts[index] ?? rendered[index].text;
    const { body, ...goldWithoutBody } = golds[index];
    return {
      key: pageKey(page),
      dataset: page.dataset,
      id: page.id,
      url: page.url,
      site: siteOf(page.url),
      split: splitOf(siteOf(page.url)),
      english: golds[index].english,
      gold: goldWithoutBody,
      textLength: text.length,
      wholeText: body === undefined ? undefined : matchShingles(body, text),
      paths: {},
    };
  });
  seeds.forEach(({ index, path }, at) => {
    // "States" is judged on the seed itself: the saved text (without the addresses a converter adds), or the page's HTML, metadata included.
    const seedText = path === 'text' ? shownText(texts[index], tool) : htmls[index].toString('utf8');
    results[index].paths[path] = { outcome: outcomes[at], score: scorePage(golds[index], outcomes[at], seedText, sources) };
  });
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

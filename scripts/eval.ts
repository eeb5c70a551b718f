/**
 * npm run eval -- [--dataset aeb|htmldate|all] [--split dev|test|all] [--path text|html|both]
 *                 [--text-from browser|html-to-text|turndown|html2text|lynx|w3m] [--limit N] [--page ID]… [--worst N] [--json] [--list-split]
 * Runs the ingest on public pages nobody here wrote and scores it against their gold
 * (README, "Evaluation on real pages"). The text path's seed is the page's text as a browser shows it,
 * or as a converter library makes it (--text-from). Full per-page results go to .digest/eval/last.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { DATASET_NAMES } = await import('../src/eval/datasets.ts');
const { runEval, selectPages } = await import('../src/eval/evaluate.ts');
const { EVAL_DIR } = await import('../src/eval/page-text.ts');
const { INGEST_PATHS } = await import('../src/eval/run-ingest.ts');
const { allFigures, formatBaselines, formatRejections, formatTables, formatWorst, rejectionsByReason, worstPages } = await import('../src/eval/report.ts');
const { SPLITS, siteOf, splitOf } = await import('../src/eval/split.ts');
const { TEXT_TOOLS } = await import('../src/eval/saved-text.ts');
const { progressBar } = await import('./progress.ts');

const usage =
  'usage: npm run eval -- [--dataset aeb|htmldate|all] [--split dev|test|all] [--path text|html|both] [--text-from browser|html-to-text|turndown|html2text|lynx|w3m] [--limit N] [--page ID]… [--worst N] [--json] [--list-split]';

function choice<T extends string>(name: string, value: string, all: readonly T[], every?: string): T[] {
  if (value === every) return [...all];
  if (!all.includes(value as T)) throw new Error(`--${name} must be one of ${[...all, ...(every ? [every] : [])].join(', ')}`);
  return [value as T];
}

let options;
try {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'all' },
      split: { type: 'string', default: 'dev' },
      path: { type: 'string', default: 'both' },
      'text-from': { type: 'string', default: 'browser' },
      limit: { type: 'string' },
      page: { type: 'string', multiple: true },
      worst: { type: 'string', default: '15' },
      json: { type: 'boolean', default: false },
      'list-split': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const count = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number`);
    return Number(value);
  };
  options = {
    datasets: choice('dataset', values.dataset, DATASET_NAMES, 'all'),
    splits: choice('split', values.split, SPLITS, 'all'),
    paths: choice('path', values.path, INGEST_PATHS, 'both'),
    textTool: choice('text-from', values['text-from'], TEXT_TOOLS)[0],
    limit: count('limit', values.limit),
    only: values.page,
    worst: count('worst', values.worst)!,
    json: values.json,
    listSplit: values['list-split'],
  };
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

if (options.listSplit) {
  const pages = selectPages({ datasets: options.datasets, splits: options.splits, limit: options.limit, only: options.only });
  const sites = new Map<string, { split: string; pages: number; datasets: Set<string> }>();
  for (const page of pages) {
    const site = siteOf(page.url);
    const entry = sites.get(site) ?? { split: splitOf(site), pages: 0, datasets: new Set() };
    entry.pages++;
    entry.datasets.add(page.dataset);
    sites.set(site, entry);
  }
  for (const [site, entry] of [...sites].sort((a, b) => a[1].split.localeCompare(b[1].split) || a[0].localeCompare(b[0])))
    console.log(`${entry.split}\t${site}\t${entry.pages}\t${[...entry.datasets].join(',')}`);
  process.exit(0);
}

const bars = { render: progressBar('eval: render'), ingest: progressBar('eval: ingest') };
const started = process.hrtime.bigint();
const results = await runEval({
  ...options,
  registriesDir: PATHS.registries,
  onProgress: (stage, done, total) => bars[stage as keyof typeof bars]?.(done, total),
});
const figures = allFigures(results, options.paths);
const worst = options.paths.map((path) => ({ path, pages: worstPages(results, path, options.worst) }));
const rejected = options.paths.map((path) => ({ path, reasons: rejectionsByReason(results, path) }));
mkdirSync(EVAL_DIR, { recursive: true });
const lastPath = join(EVAL_DIR, 'last.json');
writeFileSync(lastPath, JSON.stringify({ options, figures, rejected, worst, pages: results }, null, 1));

if (options.json) {
  console.log(JSON.stringify({ figures, rejected, worst }, null, 2));
} else {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const savedBy = options.paths.includes('text') && options.textTool !== 'browser' ? `; text saved by ${options.textTool}` : '';
  console.log(`${results.length} pages (${options.datasets.join(', ')}; ${options.splits.join(' + ')}${savedBy}) in ${seconds.toFixed(1)} s\n`);
  console.log(formatTables(figures));
  const baselines = formatBaselines(figures);
  if (baselines) console.log(`${baselines}\n`);
  for (const { path, reasons } of rejected) if (reasons.length > 0) console.log(`Rejected seeds on the ${path} path:\n${formatRejections(reasons)}\n`);
  for (const { path, pages } of worst) if (pages.length > 0) console.log(`Worst ${pages.length} pages on the ${path} path, by outlet:\n${formatWorst(pages)}\n`);
  console.log(`per-page results: ${lastPath}`);
}

/**
 * npm run train:lines
 * Trains the article segmenter, the headline choice and the date choice on the dev split of real pages
 * and writes src/ingest/models/article-lines.json, headline.json and date.json (src/training/ingest-models.ts).
 */
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { loadRegistries } = await import('../src/lib/registries.ts');
const { trainIngestModels } = await import('../src/training/ingest-models.ts');
const { progressBar } = await import('./progress.ts');

const progress = progressBar('render');
const report = await trainIngestModels(loadRegistries(PATHS.registries).sources, (_stage, done, total) => progress?.(done, total));
console.log(
  `article lines: ${report.lines} lines of ${report.linePages} pages; headline: among the candidates on ${report.headlineReachable} and right on ${(report.headlineAccuracy * 100).toFixed(1)}% of ${report.headlinePages} dev pages (bar ${report.threshold}); date: right on ${(report.dateAccuracy * 100).toFixed(1)}% of ${report.datePages} dev pages`,
);

/**
 * npm run train:lines [-- --cv [FOLDS] [--without FEATURE]…]
 * Trains the article segmenter, the headline choice and the date choice on the dev split of real pages
 * and writes src/ingest/models/article-lines.json, headline.json and date.json (src/training/ingest-models.ts).
 * With --cv it writes nothing and reports the headline choice cross-validated over the dev split's sites
 * (5 folds unless given), without the features named by --without if any, and the segmenter's article
 * bodies and the date choice likewise.
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { loadRegistries } = await import('../src/lib/registries.ts');
const { crossValidateDate, crossValidateHeadline, crossValidateLines, trainIngestModels, trainingPages } = await import('../src/training/ingest-models.ts');
const { progressBar } = await import('./progress.ts');
const { scoreBodies } = await import('../src/eval/body-score.ts');

/** The segmenter's pages listed under its cross-validation: those whose body scores under this. */
const WEAK_BODY_F1 = 0.8;

const { values, positionals } = parseArgs({ options: { cv: { type: 'boolean' }, without: { type: 'string', multiple: true } }, allowPositionals: true });
const progress = progressBar('render');
const sources = loadRegistries(PATHS.registries).sources;
if (values.cv) {
  const folds = positionals.length > 0 ? Number(positionals[0]) : 5;
  const pages = await trainingPages(sources, (_stage, done, total) => progress?.(done, total));
  const cv = crossValidateHeadline(pages, folds, values.without ?? []);
  console.log(`headline, ${cv.folds}-fold cross-validation over dev sites${values.without ? ` without ${values.without.join(', ')}` : ''}: right on ${cv.right} of ${cv.pages} dev pages (${((cv.right / cv.pages) * 100).toFixed(1)}%; ${cv.reachable} with the headline among the candidates)`);
  for (const key of cv.wrong) console.log(`  wrong: ${key}`);
  if (!values.without) {
    const lines = crossValidateLines(pages, folds);
    const { precision, recall, f1 } = lines.body;
    console.log(`segmenter, ${lines.folds}-fold cross-validation over dev sites: article body of ${lines.pages} benchmark pages, P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
    const weakest = [...lines.byPage].map(([key, counts]) => ({ key, ...scoreBodies([counts])! })).filter(({ f1 }) => f1 < WEAK_BODY_F1);
    for (const { key, precision, recall, f1 } of weakest.sort((a, b) => a.f1 - b.f1)) console.log(`  F1 ${f1.toFixed(2)} (P ${precision.toFixed(2)} R ${recall.toFixed(2)}): ${key}`);
    const dates = crossValidateDate(pages, folds);
    const { right, wrong, rejected } = dates.outcomes;
    console.log(
      `date, ${dates.folds}-fold cross-validation over dev sites: of ${right + wrong + rejected} pages stating their date, ${right} right, ${wrong} wrong, ${rejected} rejected; of ${dates.pages - right - wrong - rejected} stating none, ${dates.outcomes['given one']} given one`,
    );
    for (const key of dates.wrong) console.log(`  wrong: ${key}`);
  }
} else {
  const report = await trainIngestModels(sources, (_stage, done, total) => progress?.(done, total));
  console.log(
    `article lines: ${report.lines} lines of ${report.linePages} pages; headline: among the candidates on ${report.headlineReachable} and right on ${(report.headlineAccuracy * 100).toFixed(1)}% of ${report.headlinePages} dev pages (bar ${report.threshold}); date: right on ${(report.dateAccuracy * 100).toFixed(1)}% of ${report.datePages} dev pages`,
  );
}

/**
 * Trains the ingest's two scored choices on the dev split of real pages (src/eval/: pages nobody
 * here wrote, split by site), and writes them where the ingest reads them:
 *
 * - the article segmenter (src/ingest/models/article-lines.json): which lines of a saved page are
 *   its article, labelled by the benchmark's gold bodies (line-labels.ts). Each gold body is also
 *   given as a page of its own, every line article: a seed may be the article alone, with no page
 *   around it, and its last short sentence is still article.
 * - the headline choice (src/ingest/models/headline.json): which line above the article is the
 *   headline, labelled by the page's own metadata (JSON-LD, og:title) where the page shows it.
 *
 * The test split is never read here: `npm run eval` reports it.
 */
import { writeFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { listPages, readPageHtml, type DatasetPage } from '../eval/datasets.ts';
import { goldFor } from '../eval/gold.ts';
import { normalizeHeadline } from '../eval/headline-match.ts';
import { renderPages } from '../eval/page-text.ts';
import { siteOf, splitOf } from '../eval/split.ts';
import { cleanSeed, headlineCandidates, pageUnits } from '../ingest/clean.ts';
import { DATE_FEATURES, DATE_MODEL_PATH, dateCandidates, dateFeatures, forgetDateModel, type DateModel } from '../ingest/extract/date-choice.ts';
import { parseSeed } from '../ingest/parse.ts';
import { LINE_FEATURES, lineFeatures } from '../ingest/segment/line-features.ts';
import { forgetLineModel, LINE_MODEL_PATH, type LineModel } from '../ingest/segment/line-model.ts';
import { forgetHeadlineModel, HEADLINE_FEATURES, HEADLINE_MODEL_PATH, headlineFeatures, type HeadlineModel } from '../ingest/segment/headline-choice.ts';
import type { Source } from '../schema/registries.ts';
import { articleLineLabels } from './line-labels.ts';
import { dot, trainConditionalLogit, trainLogisticRegression } from './logistic-regression.ts';

export interface TrainingReport {
  linePages: number;
  lines: number;
  headlinePages: number;
  headlineAccuracy: number;
  headlineReachable: number;
  threshold: number;
  datePages: number;
  dateAccuracy: number;
}

/** How much a gold body given as a page of its own weighs against a real page. */
const GOLD_AS_PAGE_WEIGHT = 0.5;
/** Lines of the page kept above and below its article in each cropped copy, and the copies' weight. */
const CROPS = [
  [0, 0],
  [3, 2],
  [8, 6],
];
const CROP_WEIGHT = 0.3;

export async function trainIngestModels(sources: Source[], onProgress?: (stage: string, done: number, total: number) => void): Promise<TrainingReport> {
  const pages = listPages().filter((page) => splitOf(siteOf(page.url)) === 'dev');
  const rendered = await renderPages(
    pages.map((page) => ({ url: page.url, html: readPageHtml(page) })),
    (done, total) => onProgress?.('render', done, total),
  );
  const seeds = pages.map((page, index) => ({ page, text: rendered[index].text, units: unitsOf(rendered[index].text), gold: goldFor(page, rendered[index], sources) }));

  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  let linePages = 0;
  for (const { units, gold } of seeds) {
    if (gold.body === undefined) continue;
    linePages++;
    const pageLabels = articleLineLabels(units, gold.body);
    add(lineFeatures(units), pageLabels, 1);
    const bodyUnits = unitsOf(gold.body);
    add(lineFeatures(bodyUnits), bodyUnits.map(() => 1), GOLD_AS_PAGE_WEIGHT);
    // A seed may be a page copied in part: the article with a few of the page's lines around it.
    const first = pageLabels.indexOf(1);
    const last = pageLabels.lastIndexOf(1);
    if (first < 0) continue;
    for (const [before, after] of CROPS) {
      const from = Math.max(0, first - before);
      const to = Math.min(units.length, last + 1 + after);
      add(lineFeatures(units.slice(from, to)), pageLabels.slice(from, to), CROP_WEIGHT);
    }
  }
  function add(features: Float64Array[], lineLabels: number[], weight: number) {
    features.forEach((row, index) => {
      rows.push(row);
      labels.push(lineLabels[index]);
      weights.push(weight);
    });
  }
  const lineWeights = trainLogisticRegression(rows, labels, { epochs: 1000, l2: 1e-4 }, weights);
  const lineModel: LineModel = {
    features: [...LINE_FEATURES],
    weights: rounded(lineWeights),
    trainedOn: `${linePages} dev pages of the article-extraction benchmark (and their gold bodies, and crops of the page around the article, as pages), ${rows.length} lines`,
  };
  writeFileSync(LINE_MODEL_PATH, `${JSON.stringify(lineModel, null, 1)}\n`);
  forgetLineModel();

  const headline = trainHeadline(seeds);
  const model: HeadlineModel = {
    features: [...HEADLINE_FEATURES],
    weights: rounded(headline.weights),
    threshold: headline.threshold,
    trainedOn: `${headline.pages} dev pages whose saved text shows their headline (both datasets), ${headline.reachable} with it among the candidates; headline right on ${(headline.accuracy * 100).toFixed(1)}% of them`,
  };
  writeFileSync(HEADLINE_MODEL_PATH, `${JSON.stringify(model, null, 1)}\n`);
  forgetHeadlineModel();

  const date = trainDate(seeds);
  const dateModel: DateModel = {
    features: [...DATE_FEATURES],
    weights: rounded(date.weights),
    trainedOn: `${date.pages} dev pages whose saved text states their date (both datasets); date right on ${(date.accuracy * 100).toFixed(1)}% of them`,
  };
  writeFileSync(DATE_MODEL_PATH, `${JSON.stringify(dateModel, null, 1)}\n`);
  forgetDateModel();
  return {
    linePages,
    lines: rows.length,
    headlinePages: headline.pages,
    headlineAccuracy: headline.accuracy,
    headlineReachable: headline.reachable,
    threshold: headline.threshold,
    datePages: date.pages,
    dateAccuracy: date.accuracy,
  };
}

interface Seed {
  page: DatasetPage;
  text: string;
  units: string[];
  gold: { headline?: string; headlineVisible: boolean; date?: string | null; dateVisible: boolean };
}

/** A conditional logit over the dates each page shows, read by the clean stage as the ingest reads it. */
function trainDate(seeds: Seed[]) {
  const pages = seeds.filter(({ gold }) => typeof gold.date === 'string' && gold.dateVisible).map(({ text, gold }) => {
    const { verdicts } = cleanSeed(linesOf(text));
    const candidates = dateCandidates(verdicts);
    return { rows: dateFeatures(verdicts, candidates), right: candidates.map((candidate) => candidate.iso === gold.date) };
  });
  const groups = pages.filter(({ right }) => right.includes(true)).map(({ rows, right }) => ({ rows, answer: right.indexOf(true) }));
  const weights = trainConditionalLogit(groups, { epochs: 1000, l2: 1e-3 });
  const correct = pages.filter(({ rows, right }) => {
    let top = -1;
    let score = -Infinity;
    rows.forEach((row, index) => {
      const value = dot(weights, row);
      if (value > score) [top, score] = [index, value];
    });
    return top >= 0 && right[top];
  }).length;
  return { weights, accuracy: correct / pages.length, pages: pages.length };
}

/**
 * A conditional logit over each page's candidates (the right one against the others and against
 * none), fit on the pages where a candidate is the headline; the bar on a candidate's score is the
 * one that gets most pages right, a page below it getting a headline written from its lede.
 */
function trainHeadline(seeds: Seed[]) {
  const pages = seeds.filter(({ gold }) => gold.headline !== undefined && gold.headlineVisible).map(({ units, gold }) => {
    const { articleStart, candidates } = headlineCandidates(units);
    const wanted = normalizeHeadline(gold.headline!);
    const rows = headlineFeatures(units, candidates, articleStart);
    const right = candidates.map((index) => isHeadline(units[index], wanted));
    return { rows, right, answer: right.lastIndexOf(true) };
  });
  const reachable = pages.filter((page) => page.answer >= 0);
  const weights = trainConditionalLogit(reachable.map(({ rows, answer }) => ({ rows, answer })), { epochs: 1000, l2: 1e-3 });
  const best = pages.map(({ rows, right }) => {
    let top = -1;
    let score = -Infinity;
    rows.forEach((row, index) => {
      const value = dot(weights, row);
      if (value > score) [top, score] = [index, value];
    });
    return { right: top >= 0 && right[top], score };
  });
  let threshold = -Infinity;
  let accuracy = -1;
  for (let bar = -6; bar <= 3; bar += 0.25) {
    const correct = best.filter(({ right, score }) => right && score >= bar).length / best.length;
    if (correct > accuracy) [threshold, accuracy] = [bar, correct];
  }
  return { weights, threshold, accuracy, pages: pages.length, reachable: reachable.length };
}

/** The line is the headline, or the headline and the site's name after a bar or a dash. */
function isHeadline(line: string, wanted: string): boolean {
  const normalized = normalizeHeadline(line);
  return normalized === wanted || (normalized.startsWith(`${wanted} `) && normalized.split(' ').length - wanted.split(' ').length <= 4 && / [|–—-] /.test(line));
}

/** The page's lines as the ingest reads a text seed (decode's NFC and line ends, parse's spaces). */
function linesOf(text: string): string[] {
  return parseSeed(text.normalize('NFC').replace(/\r\n?/g, '\n'), new VFile()).lines;
}

function unitsOf(text: string): string[] {
  return pageUnits(linesOf(text));
}

function rounded(weights: Float64Array): number[] {
  return [...weights].map((weight) => Number(weight.toFixed(4)));
}

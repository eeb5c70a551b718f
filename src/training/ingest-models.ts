/**
 * Trains the ingest's three trained parts on the dev split of real pages (src/eval/: pages nobody
 * here wrote, split by site), and writes them where the ingest reads them:
 *
 * - the article segmenter (src/ingest/models/article-lines.json): which lines of a saved page are
 *   its article, labelled by the benchmark's gold bodies (line-labels.ts). Each gold body is also
 *   given as a page of its own, every line article: a seed may be the article alone, with no page
 *   around it, and its last short sentence is still article.
 * - the headline choice (src/ingest/models/headline.json): which line above the article is the
 *   headline, labelled by the page's own metadata (JSON-LD, og:title) where the page shows it.
 * - the date choice (src/ingest/models/date.json): which of the dates a page shows is its
 *   publication date, or none, labelled by the datasets' and the hand labels' dates.
 *
 * Rendering the pages (trainingPages) is apart from fitting (fitIngestModels), which reads nothing
 * but the pages it is given and writes nothing: the same pages give the same models, byte for byte
 * (tests/ingest/train-lines.test.ts checks that the committed files are what it gives).
 * The test split is never read here: `npm run eval` reports it.
 */
import { writeFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { listPages, readPageHtml, type DatasetPage } from '../eval/datasets.ts';
import { matchShingles, scoreBodies, type BodyScore, type ShingleCounts } from '../eval/body-score.ts';
import { goldFor, type PageGold } from '../eval/gold.ts';
import { normalizeHeadline } from '../eval/headline-match.ts';
import { renderPages } from '../eval/page-text.ts';
import { siteOf, splitOf } from '../eval/split.ts';
import { cleanSeed, headlineCandidates, pageUnits } from '../ingest/clean.ts';
import { DATE_FEATURES, DATE_MODEL_PATH, dateCandidates, dateFeatures, forgetDateModel, type DateModel } from '../ingest/extract/date-choice.ts';
import { parseSeed } from '../ingest/parse.ts';
import { LINE_FEATURES, lineFeatures } from '../ingest/segment/line-features.ts';
import { forgetLineModel, LINE_MODEL_PATH, useLineModel, type LineModel } from '../ingest/segment/line-model.ts';
import { forgetHeadlineModel, HEADLINE_FEATURES, HEADLINE_MODEL_PATH, headlineFeatures, useHeadlineModel, type HeadlineModel } from '../ingest/segment/headline-choice.ts';
import type { Source } from '../schema/registries.ts';
import { articleLineLabels } from './line-labels.ts';
import { chooseAmong, dot, trainConditionalLogit, trainLogisticRegression } from './logistic-regression.ts';

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

/** The three models as `npm run train:lines` writes them, and what fitting them reported. */
export interface IngestModels {
  lines: LineModel;
  headline: HeadlineModel;
  date: DateModel;
  report: TrainingReport;
}

/** A dev page as training reads it: the text Chromium saved of it, in the ingest's units, and its gold. */
export interface TrainingPage {
  page: DatasetPage;
  text: string;
  units: string[];
  gold: PageGold;
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

/** Fits the three models on the dev pages and writes them where the ingest reads them. */
export async function trainIngestModels(sources: Source[], onProgress?: (stage: string, done: number, total: number) => void): Promise<TrainingReport> {
  const models = fitIngestModels(await trainingPages(sources, onProgress));
  writeFileSync(LINE_MODEL_PATH, modelJson(models.lines));
  writeFileSync(HEADLINE_MODEL_PATH, modelJson(models.headline));
  writeFileSync(DATE_MODEL_PATH, modelJson(models.date));
  return models.report;
}

/** A model file's text, as train:lines writes it. */
export function modelJson(model: LineModel | HeadlineModel | DateModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

/** The dev split's pages, rendered by Chromium (or read from the render cache), with their gold, in the datasets' order. */
export async function trainingPages(sources: Source[], onProgress?: (stage: string, done: number, total: number) => void): Promise<TrainingPage[]> {
  const pages = listPages().filter((page) => splitOf(siteOf(page.url)) === 'dev');
  const rendered = await renderPages(
    pages.map((page) => ({ url: page.url, html: readPageHtml(page) })),
    (done, total) => onProgress?.('render', done, total),
  );
  return pages.map((page, index) => ({ page, text: rendered[index].text, units: unitsOf(rendered[index].text), gold: goldFor(page, rendered[index], sources) }));
}

/**
 * Fits the segmenter, then the headline choice on pages segmented by it, then the date choice on pages
 * cleaned by both, as the ingest will read them (each later stage reads the weights the earlier fit, as
 * rounded for the file). Writes nothing: the ingest reads the committed files again afterwards.
 */
export function fitIngestModels(seeds: TrainingPage[]): IngestModels {
  try {
    const lines = fitLines(seeds);
    useLineModel(lines.model);
    const headline = trainHeadline(seeds);
    const headlineModel = headlineModelOf(headline);
    useHeadlineModel(headlineModel);
    const date = trainDate(seeds);
    const dateModel: DateModel = {
      features: [...DATE_FEATURES],
      weights: rounded(date.weights),
      threshold: date.threshold,
      trainedOn: `${date.pages} dev pages (both datasets), ${date.pages - date.withoutDate} stating their date and ${date.withoutDate} stating none; right on ${(date.accuracy * 100).toFixed(1)}% of them`,
    };
    return {
      lines: lines.model,
      headline: headlineModel,
      date: dateModel,
      report: {
        linePages: lines.pages,
        lines: lines.lines,
        headlinePages: headline.pages,
        headlineAccuracy: headline.accuracy,
        headlineReachable: headline.reachable,
        threshold: headline.threshold,
        datePages: date.pages,
        dateAccuracy: date.accuracy,
      },
    };
  } finally {
    forgetLineModel();
    forgetHeadlineModel();
    forgetDateModel();
  }
}

/**
 * The segmenter's L2 penalty, chosen by its cross-validation (crossValidateLines, 5 and 10 folds): body F1
 * 0.927 at 1e-4 and 1e-5, 0.939 at 5e-4 and 1e-3, 0.934–0.938 from 2e-3 to 1e-2.
 */
const LINE_L2 = 1e-3;

/** Logistic regression over the lines of the benchmark's dev pages, labelled by their gold bodies. */
function fitLines(seeds: TrainingPage[]): { model: LineModel; pages: number; lines: number } {
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
  const lineWeights = trainLogisticRegression(rows, labels, { epochs: 1000, l2: LINE_L2 }, weights);
  const model: LineModel = {
    features: [...LINE_FEATURES],
    weights: rounded(lineWeights),
    trainedOn: `${linePages} dev pages of the article-extraction benchmark (and their gold bodies, and crops of the page around the article, as pages), ${rows.length} lines`,
  };
  return { model, pages: linePages, lines: rows.length };
}

/** The headline choice as its file holds it: the weights rounded, as the date choice reads them. */
function headlineModelOf(headline: ReturnType<typeof trainHeadline>): HeadlineModel {
  return {
    features: [...HEADLINE_FEATURES],
    weights: rounded(headline.weights),
    threshold: headline.threshold,
    trainedOn: `${headline.pages} dev pages whose saved text shows their headline (both datasets), ${headline.reachable} with it among the candidates; headline right on ${(headline.accuracy * 100).toFixed(1)}% of them`,
  };
}

/**
 * A conditional logit over the dates each page shows, read by the clean stage as the ingest reads it,
 * fit on the pages that state their date, and on the pages that state none (the dataset has no date, or
 * the saved text does not show it), whose answer is "none": the dates such a page shows are of something
 * else ("borrowers who enrolled between Jan. 1, 2005, and …"). On a page that states its date, every
 * candidate giving that date is right, and the fit counts the chance of any of them: a page often shows
 * its date twice, under the headline and again under the article ("First published on …"), and naming
 * only the first as right taught the model that a "Published" line under an article is not the date.
 * The bar a date must score is a little under the lowest that keeps every dev page's stated date
 * (DATE_BAR_MARGIN), whatever it costs the pages without one: a date the page states is never rejected
 * for looking unlike one. It is never above 0, the score of "none of them": a date the model finds
 * likelier than none is taken. Set by the
 * lowest of ~120 right dates alone, the bar rose to 0.22–0.38 when one page's date stopped being chosen
 * after a change elsewhere, and pages whose dates scored under it were published undated.
 */
function trainDate(seeds: TrainingPage[]) {
  const pages = datePages(seeds);
  const { weights, threshold } = fitDate(pages);
  const correct = pages.filter((page) => isRight(dateOutcome(page, weights, threshold))).length;
  return { weights, threshold, accuracy: correct / pages.length, pages: pages.length, withoutDate: pages.filter(({ statesDate }) => !statesDate).length };
}

/** A dev page's dates as the date choice sees them (each with its features), and which give the page's date. */
interface DatePage {
  key: string;
  site: string;
  rows: Float64Array[];
  right: boolean[];
  answer: number[];
  statesDate: boolean;
}

function datePages(seeds: TrainingPage[]): DatePage[] {
  return (
    seeds
      .filter(({ gold }) => gold.date !== undefined)
      .map(({ page, text, gold }) => {
        const { verdicts } = cleanSeed(linesOf(text));
        const candidates = dateCandidates(verdicts);
        const statesDate = typeof gold.date === 'string' && gold.dateVisible;
        // Every candidate that gives the page's date is right: a page shows it under its headline and again under its article.
        const right = statesDate ? candidates.map((candidate) => candidate.iso === gold.date) : candidates.map(() => false);
        const answer = right.flatMap((isRight, index) => (isRight ? [index] : []));
        return { key: `${page.dataset}:${page.id}`, site: siteOf(page.url), rows: dateFeatures(verdicts, candidates), right, answer, statesDate };
      })
      // A page that states its date in a form the ingest does not read teaches nothing here.
      .filter(({ answer, statesDate }) => !statesDate || answer.length > 0)
  );
}

/**
 * How far under the lowest score of a right date on the training pages the bar is set. The bar that
 * just keeps every training page's date rejected held-out pages' dates scoring a little lower
 * (cross-validated, 2 of 132 stated dates when this was set); 0.25 kept both and gave no more dates
 * to pages that state none (`npm run train:lines -- --cv`; 1 gave one more, 2 two more).
 */
const DATE_BAR_MARGIN = 0.25;

function fitDate(pages: DatePage[]) {
  const weights = trainConditionalLogit(pages.map(({ rows, answer }) => ({ rows, answer: answer.length > 0 ? answer : undefined })), { epochs: 1000, l2: 1e-3 });
  const rightScores = pages.map(({ rows, right }) => ({ best: chooseAmong(weights, rows), right })).filter(({ best, right }) => best !== undefined && right[best.index]);
  const threshold = Math.min(0, Math.floor(Math.min(...rightScores.map(({ best }) => best!.score)) * 100) / 100) - DATE_BAR_MARGIN;
  return { weights, threshold };
}

type DateOutcome = 'right' | 'wrong' | 'rejected' | 'right: none' | 'given one';

/** The page's stated date found, or no date given where it states none. */
function isRight(outcome: DateOutcome): boolean {
  return outcome === 'right' || outcome === 'right: none';
}

/** What the choice with these weights makes of a page: its stated date right, wrong or rejected; none given, or one, where it states none. */
function dateOutcome(page: DatePage, weights: Float64Array, threshold: number): DateOutcome {
  const best = chooseAmong(weights, page.rows, threshold);
  if (!page.statesDate) return best === undefined ? 'right: none' : 'given one';
  return best === undefined ? 'rejected' : page.right[best.index] ? 'right' : 'wrong';
}

/**
 * A conditional logit over each page's candidates (the right one against the others and against
 * none), fit on the pages where a candidate is the headline; the bar on a candidate's score is the
 * one that gets most pages right, a page below it getting a headline written from its lede.
 */
function trainHeadline(seeds: TrainingPage[]) {
  return fitHeadline(headlinePages(seeds));
}

/** A dev page's headline candidates as the choice sees them (each with its features), and which is right. */
interface HeadlinePage {
  key: string;
  site: string;
  rows: Float64Array[];
  right: boolean[];
  answer: number;
}

function headlinePages(seeds: TrainingPage[]): HeadlinePage[] {
  return seeds.filter(({ gold }) => gold.headline !== undefined && gold.headlineVisible).map(({ page, units, gold }) => {
    const { articleStart, candidates } = headlineCandidates(units);
    const wanted = normalizeHeadline(gold.headline!);
    const rows = headlineFeatures(units, candidates, articleStart);
    const right = candidates.map((index) => isHeadline(units[index], wanted));
    return { key: `${page.dataset}:${page.id}`, site: siteOf(page.url), rows, right, answer: right.lastIndexOf(true) };
  });
}

function fitHeadline(pages: HeadlinePage[]) {
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

/** What cross-validating the headline choice over the dev split's sites found. */
export interface HeadlineCrossValidation {
  folds: number;
  pages: number;
  reachable: number;
  right: number;
  /** The dev pages the held-out choice got wrong, by dataset and id. */
  wrong: string[];
}

/**
 * The headline choice cross-validated over the dev split's sites: the sites (sorted) are dealt into
 * `folds` folds, and each fold's pages are chosen by a model fit (weights and bar) on the other folds'
 * pages, so no outlet teaches the choice made on its own pages. `without` names features held at zero
 * (what the choice would do without them). The segmenter is the one fit on the whole dev split, as
 * `npm run train:lines` fits it. Writes nothing.
 */
export function crossValidateHeadline(seeds: TrainingPage[], folds = 5, without: string[] = []): HeadlineCrossValidation {
  const unknown = without.filter((name) => !(HEADLINE_FEATURES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`no such headline feature: ${unknown.join(', ')}`);
  const dropped = without.map((name) => (HEADLINE_FEATURES as readonly string[]).indexOf(name));
  try {
    useLineModel(fitLines(seeds).model);
    const pages = headlinePages(seeds);
    for (const page of pages) for (const row of page.rows) for (const feature of dropped) row[feature] = 0;
    const foldOf = foldsBySite(pages, folds);
    const wrong: string[] = [];
    for (let fold = 0; fold < folds; fold++) {
      const { weights, threshold } = fitHeadline(pages.filter(({ site }) => foldOf.get(site) !== fold));
      for (const page of pages.filter(({ site }) => foldOf.get(site) === fold)) {
        const best = chooseAmong(weights, page.rows, threshold);
        if (best === undefined || !page.right[best.index]) wrong.push(page.key);
      }
    }
    return { folds, pages: pages.length, reachable: pages.filter(({ answer }) => answer >= 0).length, right: pages.length - wrong.length, wrong: wrong.sort() };
  } finally {
    forgetLineModel();
  }
}

/** The sites (sorted) dealt into `folds` folds: each site's fold. */
function foldsBySite(pages: { site: string }[], folds: number): Map<string, number> {
  const sites = [...new Set(pages.map(({ site }) => site))].sort();
  return new Map(sites.map((site, index) => [site, index % folds]));
}

/** What cross-validating the date choice over the dev split's sites found, page by page. */
export interface DateCrossValidation {
  folds: number;
  pages: number;
  outcomes: Record<DateOutcome, number>;
  /** The dev pages whose held-out choice was wrong, rejected a stated date or gave one where none is stated. */
  wrong: string[];
}

/**
 * The date choice cross-validated over the dev split's sites, as the headline choice is: each fold's
 * pages are dated by weights and a bar fit on the other folds' pages. The segmenter and the headline
 * choice are the ones fit on the whole dev split. The in-sample accuracy `npm run train:lines` prints
 * moves with any change upstream (a refit segmenter moves the dates' article features, and the
 * weights with them); this is the figure to compare a change by. Writes nothing.
 */
export function crossValidateDate(seeds: TrainingPage[], folds = 5): DateCrossValidation {
  try {
    useLineModel(fitLines(seeds).model);
    useHeadlineModel(headlineModelOf(trainHeadline(seeds)));
    const pages = datePages(seeds);
    const foldOf = foldsBySite(pages, folds);
    const outcomes: Record<DateOutcome, number> = { right: 0, wrong: 0, rejected: 0, 'right: none': 0, 'given one': 0 };
    const wrong: string[] = [];
    for (let fold = 0; fold < folds; fold++) {
      const { weights, threshold } = fitDate(pages.filter(({ site }) => foldOf.get(site) !== fold));
      for (const page of pages.filter(({ site }) => foldOf.get(site) === fold)) {
        const outcome = dateOutcome(page, weights, threshold);
        outcomes[outcome]++;
        if (!isRight(outcome)) wrong.push(`${page.key} (${outcome})`);
      }
    }
    return { folds, pages: pages.length, outcomes, wrong: wrong.sort() };
  } finally {
    forgetLineModel();
    forgetHeadlineModel();
  }
}

/** What cross-validating the segmenter over the dev split's sites found: the article bodies' tokens, as `npm run eval` scores them. */
export interface LinesCrossValidation {
  folds: number;
  pages: number;
  body: BodyScore;
  /** Each page's shingle counts under the model of the folds it was not in, by key ("aeb:<id>"). */
  byPage: Map<string, ShingleCounts>;
}

/**
 * The segmenter cross-validated over the dev split's sites: each fold's benchmark pages are cleaned
 * with a line model fit on the other folds' pages, and their article scored against the gold body
 * (the benchmark's token shingles, as `npm run eval` scores the text path's body, but from the clean
 * stage's paragraphs, without the rest of the ingest). The headline choice, which says where the header
 * ends, is the committed one. Writes nothing.
 */
export function crossValidateLines(seeds: TrainingPage[], folds = 5): LinesCrossValidation {
  const sites = seeds.map(({ page }) => ({ site: siteOf(page.url) }));
  const foldOf = foldsBySite(sites, folds);
  const foldOfSeed = sites.map(({ site }) => foldOf.get(site));
  const byPage = new Map<string, ShingleCounts>();
  try {
    for (let fold = 0; fold < folds; fold++) {
      useLineModel(fitLines(seeds.filter((_, index) => foldOfSeed[index] !== fold)).model);
      seeds.forEach(({ page, text, gold }, index) => {
        if (gold.body !== undefined && foldOfSeed[index] === fold) byPage.set(`${page.dataset}:${page.id}`, matchShingles(gold.body, cleanSeed(linesOf(text)).paragraphs.join('\n')));
      });
    }
  } finally {
    forgetLineModel();
  }
  return { folds, pages: byPage.size, body: scoreBodies([...byPage.values()])!, byPage };
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

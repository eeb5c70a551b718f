/**
 * `npm run train:lines` reproduces the committed models: the segmenter, the headline choice and the
 * date choice fit on the dev split's pages give src/ingest/models/*.json byte for byte. A change to
 * the clean stage, the features, the gold or the training that changes what the models would be fails
 * here until the models are retrained and committed with it (the date model once stayed behind its
 * code, and the refit then lost a test case nobody had seen it hold by luck).
 *
 * Every dev page is read, as training reads them all (178 pages: each model learns from most of
 * them, so no slice gives the same weights): from the render cache under .digest/eval/ (a second),
 * or, where nothing is cached (CI), rendered by Chromium first (100 s on two cores shared with other
 * work; renders are the same text every time: three fresh renders of the 178 pages, byte-identical).
 * Fitting takes about 8 s. The datasets are read in place from ../shared, there in development and in CI.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.ts';
import { DATE_MODEL_PATH } from '../../src/ingest/extract/date-choice.ts';
import { HEADLINE_MODEL_PATH } from '../../src/ingest/segment/headline-choice.ts';
import { LINE_MODEL_PATH } from '../../src/ingest/segment/line-model.ts';
import { loadRegistries } from '../../src/lib/registries.ts';
import { crossValidateDate, crossValidateLines, fitIngestModels, modelJson, trainingPages, type IngestModels, type TrainingPage } from '../../src/training/ingest-models.ts';

const RENDER_TIMEOUT = 15 * 60_000;

describe('npm run train:lines', () => {
  let pages: TrainingPage[];
  let models: IngestModels;

  beforeAll(async () => {
    pages = await trainingPages(loadRegistries(PATHS.registries).sources);
    models = fitIngestModels(pages);
  }, RENDER_TIMEOUT);

  it('trains on the dev split only', () => {
    expect(pages.length).toBe(178);
    expect(new Set(pages.map(({ page }) => page.dataset))).toEqual(new Set(['aeb', 'htmldate']));
  });

  // Compared as text, so a failure shows which weights moved. Fix: npm run train:lines, and commit the three files.
  it('reproduces the committed segmenter (src/ingest/models/article-lines.json)', () => {
    expect(modelJson(models.lines)).toBe(readFileSync(LINE_MODEL_PATH, 'utf8'));
  });

  it('reproduces the committed headline choice (src/ingest/models/headline.json)', () => {
    expect(modelJson(models.headline)).toBe(readFileSync(HEADLINE_MODEL_PATH, 'utf8'));
  });

  it('reproduces the committed date choice (src/ingest/models/date.json)', () => {
    expect(modelJson(models.date)).toBe(readFileSync(DATE_MODEL_PATH, 'utf8'));
  });

  // Each fold's articles are found by a segmenter that never saw their outlet: the figure a change to the
  // segmenter's features or to the clean stage is judged by (README: F1 0.946 today; the test split's is 0.908).
  it("finds held-out outlets' articles by cross-validation", () => {
    const { pages: scored, body } = crossValidateLines(pages, 5);
    expect(scored).toBe(83);
    expect(body.f1).toBeGreaterThanOrEqual(0.93);
  });

  // Each fold's pages are dated by a model that never saw their outlet. Floors a page or two below today's
  // figures (README, "Judging a change by cross-validation": 128 right, 4 wrong, 0 rejected of 132; 8 of 32
  // undated pages given a date), so a change that costs held-out pages their date fails here. No stated date is
  // rejected (the issue's goal): the bar's margin under the training pages' dates is there for that.
  it('dates held-out outlets by cross-validation, rejecting no stated date', () => {
    const { outcomes, pages: dated, wrong } = crossValidateDate(pages, 5);
    expect(Object.values(outcomes).reduce((sum, count) => sum + count, 0)).toBe(dated);
    expect(wrong.length).toBe(dated - outcomes.right - outcomes['right: none']);
    expect(outcomes.right).toBeGreaterThanOrEqual(127);
    expect(outcomes.rejected).toBe(0);
    expect(outcomes['given one']).toBeLessThanOrEqual(10);
  });
});

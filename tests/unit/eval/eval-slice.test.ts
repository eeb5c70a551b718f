/**
 * The eval end to end on a slice of real pages of the dev split: Chromium
 * saves their text (or the cache under .digest/eval/ gives it), the gold is
 * made, the ingest runs on worker threads, and the pages are scored. Four
 * pages, so it takes seconds even where nothing is cached (CI).
 */
import { describe, expect, it } from 'vitest';
import { scoreBodies } from '../../../src/eval/body-score.ts';
import { matchShingles } from '../../../src/eval/body-score.ts';
import { listPages } from '../../../src/eval/datasets.ts';
import { runEval } from '../../../src/eval/evaluate.ts';
import { allFigures } from '../../../src/eval/report.ts';

const SLICE = [
  // AP, hosted for a local paper: byline, "WASHINGTON (AP) —", "Nov. 20, 2019 5:52 AM EST".
  'aeb:82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574',
  // A local TV station's page: "November 18, 2019 at 2:26 PM HST", "HONOLULU, Hawaii (HawaiiNewsNow) -".
  'aeb:f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db',
  // A recipe blog whose page shows no date of its own (labels.json): it cannot be dated from its text.
  'aeb:4219d096902dad9fd9d57e881e7928ca66bdf5334c2bc7dfddaa264887777a7a',
  // An AP story on a Canadian site: "By AMANDA SEITZ and BEATRICE DUPUY The Associated Press", "Posted August 15, 2020 8:53 pm".
  'htmldate:1684405920',
];

describe('the eval on a slice of real pages', async () => {
  const results = await runEval({ datasets: ['aeb', 'htmldate'], splits: ['dev'], paths: ['text'], only: SLICE, registriesDir: 'content' });
  const byKey = new Map(results.map((result) => [result.key, result]));

  it('finds each page of the slice, all in the dev split', () => {
    expect(results.map((result) => result.key).sort()).toEqual([...SLICE].sort());
    expect(results.every((result) => result.split === 'dev')).toBe(true);
  });

  it('makes the gold that reading the pages gives', () => {
    expect(byKey.get(SLICE[0])!.gold).toMatchObject({
      headline: 'Unpredictable Sondland faces questions about Trump, Ukraine',
      date: '2019-11-20',
      dateVisible: true,
      dateline: 'WASHINGTON',
      acceptableSources: ['ap'],
    });
    // The page's UTC metadata says the 19th; the page and labels.json say the 18th.
    expect(byKey.get(SLICE[1])!.gold).toMatchObject({ headline: 'Scientists use Hawaii telescope to spot water vapor on distant moon', date: '2019-11-18', dateline: 'HONOLULU' });
    expect(byKey.get(SLICE[2])!.gold).toMatchObject({ headline: 'Homemade Spiced Honey Pear Jam for the Holidays', dateVisible: false, dateline: null });
    expect(byKey.get(SLICE[3])!.gold).toMatchObject({ date: '2020-08-15', dateVisible: true, english: true, acceptableSources: ['ap'] });
  });

  it('scores the benchmark\'s gold as a perfect body, and the whole saved text as high recall, low precision', () => {
    const pages = listPages().filter((page) => SLICE.includes(`${page.dataset}:${page.id}`) && page.goldBody);
    expect(scoreBodies(pages.map((page) => matchShingles(page.goldBody!, page.goldBody!)))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const whole = scoreBodies(results.flatMap((result) => (result.wholeText ? [result.wholeText] : [])))!;
    expect(whole.recall).toBeGreaterThan(0.95);
    expect(whole.precision).toBeLessThan(0.8);
  });

  it('keeps today\'s ingest at least as right as it is on these pages', () => {
    const [figures] = allFigures(results.filter((result) => result.dataset === 'aeb'), ['text']);
    const [htmldate] = allFigures(results.filter((result) => result.dataset === 'htmldate'), ['text']);
    // Headline and date right on every page that states its date (all three were right when this test was written).
    expect(figures.headline.right + htmldate.headline.right).toBeGreaterThanOrEqual(3);
    expect(figures.date.right + htmldate.date.right).toBe(3);
    // What must be 0 on any page.
    expect(figures.dateGuessed + htmldate.dateGuessed + figures.dateMissedStated + htmldate.dateMissedStated).toBe(0);
    // The recipe blog states no date: it is published undated, neither lost nor given a guess.
    const recipe = byKey.get(SLICE[2])!.paths.text!;
    expect(recipe.outcome).toMatchObject({ ok: true, date: undefined });
    expect(recipe.score.date).toBe('undated');
    expect(figures.source.right + htmldate.source.right).toBe(figures.source.of + htmldate.source.of);
    // The two dated benchmark pages scored 0.98 and 0.97 when this was written: the ingest keeps the article and
    // drops the page around it. Below 0.9 on pages this plain, it lost part of either.
    const dated = [SLICE[0], SLICE[1]].map((key) => byKey.get(key)!.paths.text!.score.body!);
    expect(scoreBodies(dated)!.f1).toBeGreaterThan(0.9);
  });
});

describe.each(['html-to-text', 'turndown', 'w3m'] as const)('the eval on the same pages saved by %s', (textTool) => {
  const run = runEval({ datasets: ['aeb', 'htmldate'], splits: ['dev'], paths: ['text'], only: SLICE, textTool, registriesDir: 'content' });

  it("finds every headline and every stated date, as on the browser's text", async () => {
    const results = await run;
    const [aeb, htmldate] = ['aeb', 'htmldate'].map((dataset) => allFigures(results.filter((result) => result.dataset === dataset), ['text'])[0]);
    // Before the converters' markup was read (stop 37), html-to-text's capital headings and link addresses lost most headlines.
    expect(aeb.headline.right + htmldate.headline.right).toBe(aeb.headline.of + htmldate.headline.of);
    // The recipe blog's date, which its browser text does not show, is in the converters' text (the markup's own words).
    expect(aeb.date.right + htmldate.date.right).toBe(aeb.date.of + htmldate.date.of);
    expect(aeb.dateGuessed + htmldate.dateGuessed + aeb.dateMissedStated + htmldate.dateMissedStated).toBe(0);
  });
});

describe("an AP page saved by Python's html2text, its links and images wrapped at 78 columns", () => {
  // A share row whose addresses break at hyphens, photos inside links with captions over five lines, link words
  // wrapped mid-sentence: before stop 39 the body kept the share row's addresses and the captions (F1 0.69).
  const page = 'aeb:e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358';
  const run = runEval({ datasets: ['aeb'], splits: ['dev'], paths: ['text'], only: [page], textTool: 'html2text', registriesDir: 'content' });

  it('finds the headline, the date and the article, with none of the markup left', async () => {
    const [result] = await run;
    const { outcome, score } = result.paths.text!;
    expect(outcome).toMatchObject({ ok: true, title: 'UK Tories under fire for Twitter name switch during debate', date: '2019-11-20' });
    expect(outcome.ok && outcome.body).not.toMatch(/\]\(|https?:\/\/\S*share|!\[/);
    expect(scoreBodies([score.body!])!.f1).toBeGreaterThan(0.95);
  });
});

describe("a page turndown saved with its <title> far above the article, the site's name and tagline in it", () => {
  // An Italian blog: "Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90"
  // opens turndown's text; the page's heading shows the headline alone twenty lines below.
  const page = 'aeb:20b2b64916b00b25203c9f1bf14248922f4d522f18328e9f876cce116df0083e';
  const run = runEval({ datasets: ['aeb'], splits: ['dev'], paths: ['text'], only: [page], textTool: 'turndown', registriesDir: 'content' });

  it('takes the headline as the page shows it, not the title with its tail', async () => {
    const results = await run;
    expect(results.map(({ key }) => key)).toEqual([page]);
    const [result] = results;
    expect(result.paths.text!.outcome).toMatchObject({ ok: true, title: 'Black Friday per nostalgici: le occasioni da non perdere' });
    expect(result.paths.text!.score.headline).toBe('right');
  });
});

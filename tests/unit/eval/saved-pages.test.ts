import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.ts';
import { listSavedPages, scoreSavedPage, summarizeSavedPages, titleAsShown, withPageMetadata } from '../../../src/eval/saved-pages.ts';
import type { PageMeta } from '../../../src/eval/page-text.ts';
import type { IngestOutcome } from '../../../src/eval/run-ingest.ts';

/** A folder laid out as Readability's test pages. */
function savedPages(pages: Record<string, { html?: string; metadata?: object; article?: string }>): string {
  const dir = tempDir('saved-pages-');
  for (const [name, { html, metadata, article }] of Object.entries(pages)) {
    mkdirSync(join(dir, name));
    if (html !== undefined) writeFileSync(join(dir, name, 'source.html'), html);
    if (article !== undefined) writeFileSync(join(dir, name, 'expected.html'), article);
    if (metadata !== undefined) writeFileSync(join(dir, name, 'expected-metadata.json'), JSON.stringify(metadata));
  }
  return dir;
}

const published = (title: string, date?: string, body = ''): IngestOutcome => ({ ok: true, title, date, body, warnings: [], textHash: '' });

describe('the check of saved pages with expected metadata', () => {
  it('lists the pages with a title, their day read off the expected time', () => {
    const dir = savedPages({
      'ferry-1': { html: '<h1>Ferry at forty</h1>', metadata: { title: 'Ferry at forty', publishedTime: '2015-07-24T05:36:09+01:00' }, article: '<p>The ferry has run.</p>' },
      'ferry-2': { html: '<h1>Ferry at fifty</h1>', metadata: { title: 'Ferry at fifty' } },
      'no-title': { html: '<p>x</p>', metadata: { title: null } },
      'not-an-article': { html: '<p>x</p>', metadata: { title: 'Menu', readerable: false } },
      'no-metadata': { html: '<p>x</p>' },
      'no-source': { metadata: { title: 'Gone' } },
    });
    const pages = listSavedPages(dir);
    expect(pages.map(({ name, title, day }) => ({ name, title, day }))).toEqual([
      { name: 'ferry-1', title: 'Ferry at forty', day: '2015-07-24' },
      { name: 'ferry-2', title: 'Ferry at fifty', day: undefined },
    ]);
    expect(pages[0].html.toString()).toBe('<h1>Ferry at forty</h1>');
    expect(pages[0].expectedHtml?.toString()).toBe('<p>The ferry has run.</p>');
    expect(pages[1].expectedHtml).toBeUndefined();
  });

  it("reads goose3's layout, each page's title and day taken from its own metadata once rendered", () => {
    const dir = tempDir('goose-pages-');
    writeFileSync(join(dir, 'test_cnn1.html'), '<title>Democrats to use Social Security - CNN.com</title>');
    writeFileSync(join(dir, 'test_cnn1.json'), '{}');
    writeFileSync(join(dir, 'test_blank.html'), '<p>x</p>');
    const listed = listSavedPages(dir);
    expect(listed.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'blank', title: '' },
      { name: 'cnn1', title: '' },
    ]);
    const meta = (title: string, metas: Array<[string, string]> = []): PageMeta => ({ lang: 'en', title, metas, jsonLd: [], times: [], h1s: [] });
    const pages = withPageMetadata(listed, [meta(''), meta('Democrats to use Social Security - CNN.com', [['og:title', 'Democrats to use Social Security'], ['article:published_time', '2010-08-13T12:00:00-04:00']])]);
    // The page stating no headline is left out; og:title comes before <title>.
    expect(pages.map(({ name, title, day }) => ({ name, title, day }))).toEqual([{ name: 'cnn1', title: 'Democrats to use Social Security', day: '2010-08-13' }]);
    expect(pages[0].html.toString()).toContain('<title>');
  });

  it("finds the title in the text as it stands, or without the site's name <title> adds", () => {
    const text = 'Menu\n\nHow to Build a Terrarium\n\nBy Lucy Akins\n\nGlass cloche terrariums are easy to make.';
    expect(titleAsShown('How to Build a Terrarium | eHow', text)).toBe('How to Build a Terrarium');
    expect(titleAsShown('eHow - How to Build a Terrarium', text)).toBe('How to Build a Terrarium');
    expect(titleAsShown('How to Build a Terrarium', text)).toBe('How to Build a Terrarium');
    // What is left must be most of the title; a title the text does not show is not shown.
    expect(titleAsShown('Glass cloche terrariums are hard to make | Menu', text)).toBeUndefined();
    expect(titleAsShown('Build a Terrarium in ten steps', text)).toBeUndefined();
  });

  it('scores headlines as a reader compares them, apart where the text never shows the title, and dates by day', () => {
    const page = { name: 'ferry-1', html: Buffer.from(''), title: 'Ferry at forty | Island News', day: '2015-07-24' };
    const text = 'Island News\n\nFerry at forty\n\nThe ferry has run every day for forty years.';
    const [suffixed, capitals, wrong, notShown, rejected] = [
      scoreSavedPage(page, 'text', published('Ferry at forty', '2015-07-24'), text),
      scoreSavedPage({ ...page, title: 'Ferry at Forty' }, 'html', published('FERRY AT FORTY', '2015-07-25'), text),
      scoreSavedPage({ ...page, title: 'Ferry at forty' }, 'text', published('Island News'), text),
      scoreSavedPage({ ...page, title: 'Ferry service ends after forty years' }, 'text', published('Ferry at forty', '2015-07-24'), text),
      scoreSavedPage(page, 'text', { ok: false, reason: 'empty file', warnings: [] }, ''),
    ];
    expect(suffixed).toMatchObject({ headlineRight: true, titleShown: true, date: '2015-07-24' });
    expect(capitals).toMatchObject({ headlineRight: true, titleShown: true, date: '2015-07-25' });
    expect(wrong).toMatchObject({ headlineRight: false, titleShown: true, date: undefined });
    expect(notShown).toMatchObject({ headlineRight: false, titleShown: false });
    expect(rejected).toMatchObject({ rejected: 'empty file', headlineRight: false, titleShown: false });
    expect(summarizeSavedPages([suffixed, capitals, wrong, notShown, rejected])).toEqual({
      pages: 5,
      rejected: 1,
      headlinesRight: 2,
      titlesShown: 3,
      headlinesRightOfShown: 2,
      dayGiven: 5,
      datesRight: 2,
      datesWrong: 1,
      datesMissing: 2,
      body: undefined,
    });
  });

  it("scores the body against the expected article's text as the benchmark does, a rejected page finding none of it", () => {
    const page = { name: 'ferry-1', html: Buffer.from(''), title: 'Ferry at forty' };
    const article = 'The ferry has run every day for forty years, the council said on Monday.';
    const whole = scoreSavedPage(page, 'text', published('Ferry at forty', undefined, article), '', article);
    const padded = scoreSavedPage(page, 'text', published('Ferry at forty', undefined, `${article}\n\nSubscribe to our newsletter for more local news today`), '', article);
    const rejected = scoreSavedPage(page, 'text', { ok: false, reason: 'empty file', warnings: [] }, '', article);
    const unscored = scoreSavedPage(page, 'text', published('Ferry at forty', undefined, article), '');
    expect(whole.body).toEqual({ tp: 1, fp: 0, fn: 0 });
    // 11 shingles of the article kept, 9 more: the promotion's 6 and the 3 four-word windows across the paragraph break.
    expect(padded.body!.fp).toBeCloseTo(9 / 20);
    expect(rejected.body).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(unscored.body).toBeUndefined();
    const summary = summarizeSavedPages([whole, padded, rejected, unscored]).body!;
    // Precision over the two pages that kept something, recall over the three with an expected article.
    expect(summary.precision).toBeCloseTo((1 + 11 / 20) / 2);
    expect(summary.recall).toBeCloseTo(2 / 3);
    expect(summary.recallPages).toBe(3);
  });
});

/**
 * The `large` test site (600 generated articles over two months, tests/support/sites.ts) exercises
 * what small sites never reach: head pages that stop at their latest articles and months cut into
 * parts. The invariants every site meets (each listing's pages list exactly its articles, no page
 * over 200 KB) run on it in built-sites.test.ts; here, that it does reach those cases, and how the
 * pages that link on past themselves are made.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { HEAD_ARTICLES } from '../../src/site/listings.ts';
import { fileForPath, htmlFiles } from './support/dist.ts';
import { attr, readPage, textOf, type Page } from './support/html.ts';
import { PAGE_LIMIT } from './support/site-invariants.ts';

const site = inject('sites').large;
const location = { distDir: site.distDir, base: site.base, site: SITE.site };
const page = (url: string): Page => readPage(fileForPath(location, url)!);
/** Directories of a folder of the built site: the entity slugs of /places/, the months of a year. */
const folders = (dir: string) =>
  readdirSync(join(site.distDir, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const scriptsOf = (html: Page) => html.all('script[src]').map((script) => attr(script, 'src')!);

describe('the large test site', () => {
  let vietNam: string[];
  beforeAll(() => {
    // Its month pages: the most named place of the corpus.
    vietNam = htmlFiles(site.distDir).filter((file) => /^places\/viet-nam\/\d{4}\/\d{2}\//.test(file));
  });

  it('is large enough that one page listing an entity\'s every article would pass the limit', () => {
    const bytes = vietNam.reduce((sum, file) => sum + statSync(join(site.distDir, file)).size, 0);
    expect(bytes).toBeGreaterThan(2 * PAGE_LIMIT);
  });

  it('shows on a head page only the latest articles, and links on to every month with the anchor script', () => {
    const head = page('/places/viet-nam/');
    const named = Number(/[\d,]+/.exec(textOf(head.one('.facts')))![0].replace(',', ''));
    const latest = head.all('section[aria-labelledby="h_articles"] li.item');
    expect(named).toBeGreaterThan(HEAD_ARTICLES);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.length).toBeLessThanOrEqual(HEAD_ARTICLES);
    const months = head.all('nav.months a');
    expect(months.map((link) => attr(link, 'href'))).toEqual(folders('places/viet-nam').flatMap((year) => folders(`places/viet-nam/${year}`).sort().reverse().map((month) => `/places/viet-nam/${year}/${month}/`)).sort().reverse());
    expect(attr(head.one('nav.months'), 'data-article-dates')).toBe('/article-dates/');
    expect(scriptsOf(head)).toHaveLength(2);
  });

  it('cuts a long month into parts that link each other by their days, the anchor script on each', () => {
    const first = page('/archive/2024/01/');
    const parts = first.all('nav.parts a');
    expect(parts.length).toBeGreaterThan(1);
    const hrefs = parts.map((link) => attr(link, 'href'));
    expect(hrefs).toEqual(['/archive/2024/01/', ...hrefs.slice(1).map((_, index) => `/archive/2024/01/${index + 2}/`)]);
    for (const [index, link] of parts.entries()) {
      const part = page(attr(link, 'href')!);
      expect(part.all('nav.parts a').map((other) => attr(other, 'aria-current') ?? null)).toEqual(parts.map((_, at) => (at === index ? 'page' : null)));
      const days = part.all('li.item time').map((time) => attr(time, 'datetime')!);
      expect(days.length).toBeGreaterThan(0);
      // Each part names the days it covers; parts run newest first.
      expect(days.every((day) => day >= attr(link, 'data-from')! && day <= attr(link, 'data-to')!)).toBe(true);
      expect(textOf(part.one('h1'))).toBe('January 2024');
      expect(scriptsOf(part)).toHaveLength(2);
    }
    expect(parts.map((link) => attr(link, 'data-to')!)).toEqual(parts.map((link) => attr(link, 'data-to')!).sort().reverse());
  });

  it('links the older and newer month from a month page', () => {
    const january = page('/places/viet-nam/2024/01/');
    expect(january.all('.pager a[rel="next"]').map((link) => attr(link, 'href'))).toEqual(['/places/viet-nam/2024/02/']);
    expect(january.all('.pager a[rel="prev"]')).toEqual([]);
  });

  it('cuts a long briefing pack into parts at the pack\'s address and after it, numbered on, each linking the others', () => {
    // Viet Nam's January pack: 194 articles about it, some 285 KB of items before packs were paged.
    const base = '/places/viet-nam/2024/01/pack/';
    const first = page(base);
    const parts = first.all('nav.parts a');
    expect(parts.length).toBeGreaterThan(1);
    const hrefs = parts.map((link) => attr(link, 'href'));
    expect(hrefs).toEqual([base, ...hrefs.slice(1).map((_, index) => `${base}${index + 2}/`)]);
    const numbers: number[] = [];
    const anchors: string[] = [];
    for (const [index, link] of parts.entries()) {
      const part = page(attr(link, 'href')!);
      expect(part.all('nav.parts a').map((other) => attr(other, 'aria-current') ?? null)).toEqual(parts.map((_, at) => (at === index ? 'page' : null)));
      expect(textOf(part.one('h1'))).toBe('Briefing pack: Việt Nam, January 2024');
      expect(textOf(part.one('.pack__header .meta'))).toContain(`this is part ${index + 1},`);
      // Previous and next part; the contents hold this part's items only, numbered on from the parts before.
      expect(part.all('.pager a[rel="prev"]').map((other) => attr(other, 'href'))).toEqual(index > 0 ? [hrefs[index - 1]] : []);
      expect(part.all('.pager a[rel="next"]').map((other) => attr(other, 'href'))).toEqual(index < parts.length - 1 ? [hrefs[index + 1]] : []);
      const ids = part.all('.pack__item').map((item) => attr(item, 'id')!);
      expect(part.all('.pack__contents a').map((other) => attr(other, 'href'))).toEqual(ids.map((id) => `#${id}`));
      const own = part.all('.pack__number').map((number) => Number.parseInt(textOf(number), 10));
      expect(Number(attr(part.one('.pack__contents ol'), 'start') ?? 1)).toBe(own[0]);
      numbers.push(...own);
      anchors.push(...ids);
      const days = part.all('.pack__item time').map((time) => attr(time, 'datetime')!);
      expect(days.every((day) => day >= attr(link, 'data-from')! && day <= attr(link, 'data-to')!)).toBe(true);
      expect(scriptsOf(part)).toHaveLength(2);
      expect(attr(part.one('.pack__markdown a'), 'href')).toBe('/places/viet-nam/2024/01/pack.md');
    }
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(new Set(anchors).size).toBe(anchors.length);
    // The Markdown stays one file, the whole pack.
    const markdown = readFileSync(join(site.distDir, 'places/viet-nam/2024/01/pack.md'), 'utf8');
    expect(markdown.match(/^## \d+\. /gm)).toHaveLength(numbers.length);
  });

  it('keeps every page it built under the limit, briefing packs too, the largest near it', () => {
    const sizes = htmlFiles(site.distDir).map((file) => statSync(join(site.distDir, file)).size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PAGE_LIMIT);
    expect(Math.max(...sizes)).toBeGreaterThan(PAGE_LIMIT / 2);
    expect(readFileSync(join(site.distDir, 'index.html'), 'utf8')).not.toContain('data-article-dates');
  });
});

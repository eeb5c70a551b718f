/**
 * Search in Chromium against the seeds site (hosted at "/"): spelling
 * forgiveness, filters, URL state, history, highlights, keyboard use, and
 * that reading pages stay free of search code until the reader starts searching.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useSite } from '../support/serve.ts';
import { resultPaths, typeQuery, waitForResults } from './search-page.ts';

const served = useSite('seeds');
const session = useBrowser();

// Worked out by reading seeds/*.txt, not from search output:
//  000 (VNA): Việt Nam, Hà Nội; no Tô Lâm.
//  001 (AZERTAC): Vietnam, Hanoi, Tô Lâm.
//  002 (VNA): Việt Nam and Vietnam, Hanoi, Tô Lâm and "Lâm" alone.
//  003 (president.az): Vietnam, To Lam; no Hanoi.
//  004 (Trend): Vietnam, To Lam and "Lam" alone, Hanoi.
const SEED = {
  vna: '000_a832c90a7898f8b0.txt',
  azertac: '001_607f1ea7021869f3.txt',
  vnaInterview: '002_88d542df90955406.txt',
  presidentAz: '003_f628f0eab526a9a1.txt',
  trend: '004_7f849e531bd3e15a.txt',
};
const TO_LAM = [SEED.azertac, SEED.vnaInterview, SEED.presidentAz, SEED.trend];
const HANOI = [SEED.vna, SEED.azertac, SEED.vnaInterview, SEED.trend];
const VIETNAM = Object.values(SEED);

const SPELLINGS: [string, string[]][] = [
  ['To Lam', TO_LAM],
  ['Tô Lâm', TO_LAM],
  ['tô lâm', TO_LAM],
  ['Lâm', TO_LAM],
  ['Hanoi', HANOI],
  ['Ha Noi', HANOI],
  ['Hà Nội', HANOI],
  ['Vietnam', VIETNAM],
  ['Viet Nam', VIETNAM],
  ['Việt Nam', VIETNAM],
];

/** Frontmatter of the published articles, by article path. */
function articlesByPath(): Map<string, { title: string; topics: string[]; date: string }> {
  const { site } = served();
  const articles = new Map<string, { title: string; topics: string[]; date: string }>();
  for (const file of readdirSync(site.contentDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const { data } = matter(readFileSync(join(site.contentDir, file), 'utf8'));
    if (data.draft) continue;
    articles.set(served().articlePath(data.seed), { title: data.title, topics: data.topics ?? [], date: String(data.date) });
  }
  return articles;
}

test('spelling is forgiven: each way of typing a name finds the same articles', async () => {
  const page = session.page();
  await page.goto(served().at('search/'));
  // One page, one query after another, as a reader would try them.
  for (const [query, seeds] of SPELLINGS) {
    await typeQuery(page, query);
    expect.soft((await resultPaths(page)).sort(), `results for “${query}”`).toEqual(seeds.map(served().articlePath).sort());
  }
});

describe('the search page', () => {
  test('highlights the matched words in each excerpt', async () => {
    const page = session.page();
    await page.goto(served().at('search/?q=Aliyeva'));
    await waitForResults(page);
    const excerpts = await page.$$eval('.search-result-excerpt', (nodes) =>
      nodes.map((node) => ({ text: node.textContent ?? '', marks: [...node.querySelectorAll('mark')].map((mark) => mark.textContent) })),
    );
    // Leyla Aliyeva is in the seeds from VNA (000, 002) and AZERTAC (001).
    expect(excerpts).toHaveLength(3);
    for (const { text, marks } of excerpts) {
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(/^aliyeva/i);
      expect(text).not.toContain('<mark>');
    }
  });

  test('shows title, date and source for each result, and follows a result to its article', async () => {
    const page = session.page();
    await page.goto(served().at('search/?q=Asadov'));
    await waitForResults(page);
    const trend = served().articlePath(SEED.trend);
    expect(await resultPaths(page)).toEqual([trend]);
    const article = articlesByPath().get(trend)!;
    const result = page.locator('.search-result').first();
    await expect.poll(() => result.locator('.search-result-title').textContent()).toBe(article.title);
    expect(await result.locator('time').getAttribute('datetime')).toBe(article.date);
    expect(await result.locator('.search-result-source').textContent()).toBe('Trend News Agency');

    await result.locator('a').click();
    await page.waitForURL(served().at(trend));
    expect(await page.locator('h1').textContent()).toBe(article.title);
  });

  test('applies a filter with its count and clears it, keeping both in the URL', async () => {
    const page = session.page();
    await page.goto(served().at('search/?q=Azerbaijan'));
    await waitForResults(page);
    const unfiltered = await resultPaths(page);

    // Filter values are fetched when their group is opened.
    await page.click('[data-filter="topic"] > summary');
    const firstTopic = page.locator('[data-filter="topic"] li:not([hidden]) label').first();
    await firstTopic.waitFor();
    const topicId = (await firstTopic.locator('input').getAttribute('value'))!;
    const count = Number(/\((\d+)\)\s*$/.exec((await firstTopic.textContent())!)![1]);

    await firstTopic.locator('input').check();
    await page.waitForURL((url) => url.searchParams.get('topic') === topicId);
    await waitForResults(page);
    const filtered = await resultPaths(page);
    expect(filtered).toHaveLength(count);
    const articles = articlesByPath();
    const expected = unfiltered.filter((path) => articles.get(path)!.topics.includes(topicId));
    expect(filtered.sort()).toEqual(expected.sort());

    await page.locator(`[data-filter="topic"] input[value="${topicId}"]`).uncheck();
    await page.waitForURL((url) => !url.searchParams.has('topic'));
    await waitForResults(page);
    expect((await resultPaths(page)).sort()).toEqual([...unfiltered].sort());
  });

  test('opens a pasted search URL with its query, filter and sort order', async () => {
    const articles = articlesByPath();
    const topic = [...articles.values()].flatMap((article) => article.topics)[0];
    const page = session.page();
    await page.goto(served().at(`search/?q=Azerbaijan&topic=${topic}&sort=date`));
    await waitForResults(page);
    expect(await page.inputValue('#search-query')).toBe('Azerbaijan');
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await page.locator(`[data-filter="topic"] input[value="${topic}"]`).isChecked()).toBe(true);

    const paths = await resultPaths(page);
    const withTopic = [...articles].filter(([, article]) => article.topics.includes(topic)).map(([path]) => path);
    // Every seed names Azerbaijan, so the filter alone decides.
    expect([...paths].sort()).toEqual(withTopic.sort());
    const dates = await page.$$eval('.search-result time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());

    await page.click('text=Clear all filters');
    await page.waitForURL((url) => url.search === '?q=Azerbaijan&sort=date');
    await waitForResults(page);
    expect((await resultPaths(page)).length).toBeGreaterThan(paths.length - 1);
  });

  test('back and forward replay earlier searches', async () => {
    const page = session.page();
    await page.goto(served().at('search/'));
    await typeQuery(page, 'Azerbaijan');
    await typeQuery(page, 'oil');
    const oilResults = await resultPaths(page);
    await page.click('[data-filter="year"] > summary');
    await page.locator('[data-filter="year"] input').first().check();
    await page.waitForURL((url) => url.searchParams.has('year'));
    await waitForResults(page);

    await page.goBack();
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('?q=oil');
    expect(await page.locator('[data-filter="year"] input:checked').count()).toBe(0);
    expect(await resultPaths(page)).toEqual(oilResults);

    await page.goBack();
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('?q=Azerbaijan');
    expect(await page.inputValue('#search-query')).toBe('Azerbaijan');

    await page.goForward();
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('?q=oil');
    expect(await page.inputValue('#search-query')).toBe('oil');
  });

  test('works from the keyboard: type, submit, open a filter group and tick a value without losing focus', async () => {
    const page = session.page();
    await page.goto(served().at('search/'));
    await page.focus('#search-query');
    await page.keyboard.type('Azerbaijan');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Azerbaijan');
    await waitForResults(page);

    // On past the search button and the sort order to the first filter group, open it, and on to its first value.
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-filter]') !== null)) break;
    }
    await page.keyboard.press('Enter');
    await page.locator('[data-filter] input[type="checkbox"]').first().waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement;
      return { type: element.type, key: element.name, inFilters: Boolean(element.closest('[data-filter]')) };
    });
    expect(focused).toMatchObject({ type: 'checkbox', inFilters: true });
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.has(focused.key));
    await waitForResults(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  });

  test('indexes only article text: not navigation, footers or listing pages', async () => {
    const page = session.page();
    // "Sitemap" and "searchable" are in every page's footer, in no seed.
    for (const query of ['Sitemap', 'searchable']) {
      await page.goto(served().at(`search/?q=${query}`));
      await waitForResults(page);
      expect(await resultPaths(page)).toEqual([]);
    }
    await page.goto(served().at('search/'));
    await waitForResults(page);
    // A string, not a function: the test runner would rewrite a function's import().
    const indexed: string[] = await page.evaluate(`(async () => {
      const bundle = document.querySelector('[data-search]').dataset.bundle;
      const { shards } = await (await fetch(bundle + 'shards.json')).json();
      const pagefind = await import(bundle + shards[0] + '/pagefind.js');
      for (const shard of shards.slice(1)) await pagefind.mergeIndex(bundle + shard + '/');
      const response = await pagefind.search(null);
      return Promise.all(response.results.map(async (result) => (await result.data()).url));
    })()`);
    expect(indexed.sort()).toEqual([...articlesByPath().keys()].sort());
  });
});

describe('reading pages', () => {
  test('load no search code until the reader focuses the search box, which then leads to results', async () => {
    const page = session.page();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(served().at(served().articlePath(SEED.azertac)));
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);

    await page.focus('#site-search');
    await expect.poll(() => fetched.filter((path) => /\/pagefind\/[^/]+\/pagefind\.js$/.test(path)).length).toBe(1);

    await page.keyboard.type('Tô Lâm');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Tô Lâm');
    await waitForResults(page);
    expect((await resultPaths(page)).sort()).toEqual(TO_LAM.map(served().articlePath).sort());
  });

  test('without JavaScript, the search page says search needs it and points to topics and the archive', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(served().at('search/?q=oil'));
      const notice = page.locator('.search-page__notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
      const links = await notice.locator('a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(['/topics/', '/archive/']);
    } finally {
      await context.close();
    }
  });
});

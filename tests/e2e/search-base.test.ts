/**
 * The corpus site, hosted under "/digest" and served with the Content
 * Security Policy as an HTTP header as well as the pages' meta tag (a header
 * also governs Pagefind's web worker, where its WebAssembly runs): search still
 * works, links keep the base path, hostile seed text shows as text and never runs.
 */
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp.ts';
import { useBrowser } from '../support/browser.ts';
import { useSite } from '../support/serve.ts';
import { resultPaths, waitForResults } from './search-page.ts';
import { published, readArticles } from '../site/support/content.ts';

const served = useSite('corpus', { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
const session = useBrowser();
/** The corpus's published articles whose seed states no date (tests/fixtures/hostile has some): there must be some. */
const undatedArticles = () => {
  const count = published(readArticles(served().site.contentDir)).filter((article) => article.date === undefined).length;
  expect(count).toBeGreaterThan(0);
  return count;
};

test('searches under /digest, in a web worker, with the policy as a header too', async () => {
  const page = session.page();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(served().at('search/?q=Azerbaijan'));
  await waitForResults(page);

  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(1);
  for (const path of paths) expect(path).toMatch(/^\/digest\/articles\/[a-z0-9-]+\/$/);
  // The index is in several shards (tests/support/sites.ts): every one is searched, and they share
  // the first one's code, worker and wasm. The worker runs the search; had it failed, Pagefind
  // would fall back with a console warning (a test failure).
  const { shards } = (await (await fetch(served().at('pagefind/shards.json'))).json()) as { shards: string[] };
  expect(shards.length).toBeGreaterThan(2);
  for (const shard of shards) expect(fetched).toContain(`/digest/pagefind/${shard}/pagefind-entry.json`);
  expect(fetched).toContain(`/digest/pagefind/${shards[0]}/pagefind-worker.js`);
  expect(fetched.filter((path) => /\.js$/.test(path) && path.includes('/pagefind/'))).toEqual([`/digest/pagefind/${shards[0]}/pagefind.js`, `/digest/pagefind/${shards[0]}/pagefind-worker.js`]);
  expect(fetched.filter((path) => /\/wasm\.[a-z]+\.pagefind$/.test(path))).toEqual([`/digest/pagefind/${shards[0]}/wasm.en.pagefind`]);
  expect(fetched.filter((path) => !path.startsWith('/digest/'))).toEqual([]);

  const response = page.waitForResponse((response) => new URL(response.url()).pathname === paths[0]);
  await page.locator('.search-result-title a').first().click();
  expect((await response).status()).toBe(200);
  expect(await page.locator('h1').isVisible()).toBe(true);
});

test('the header search box leads to /digest/search/ with results', async () => {
  const page = session.page();
  await page.goto(served().at());
  await page.fill('#site-search', 'Việt Nam');
  await page.press('#site-search', 'Enter');
  await page.waitForURL((url) => url.pathname === '/digest/search/' && url.searchParams.get('q') === 'Việt Nam');
  await waitForResults(page);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
});

test('the policy is strict: a script injected inline does not run', async () => {
  const page = session.page();
  session.allow(/Content Security Policy/);
  await page.goto(served().at('search/'));
  const ran = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return { ran: '__injected' in window, directive: await violation };
  });
  expect(ran).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) });
});

// tests/fixtures/hostile/mdx-hostile.txt: markup, MDX expressions and ESM lines that must stay text.
const HOSTILE_SEED = 'mdx-hostile.txt';
const HOSTILE_TEXT = ['<script>alert(1)</script>', '{process.exit(1)}', '<img src=x onerror=alert(1)>', 'export const pwned = true', '$HOME'];

test('hostile seed text shows literally on its article page and runs nothing', async () => {
  const page = session.page();
  await page.goto(served().at(served().articlePath(HOSTILE_SEED)));
  const text = await page.locator('main').innerText();
  for (const hostile of HOSTILE_TEXT) expect(text).toContain(hostile);
  expect(await page.locator('main script, main img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
});

test('hostile seed text shows literally in search results', async () => {
  const page = session.page();
  await page.goto(served().at('search/?q=pwned'));
  await waitForResults(page);
  expect(await resultPaths(page)).toEqual([served().articlePath(HOSTILE_SEED)]);
  const excerpt = await page.locator('.search-result-excerpt').textContent();
  expect(excerpt).toContain('export const pwned = true');
  expect(await page.locator('.search-result-excerpt mark').allTextContents()).toEqual(['pwned']);
  expect(await page.locator('.search-result script, .search-result img').count()).toBe(0);
});

test('shows ten results at a time, then more on request, and sorts by date on request', async () => {
  const page = session.page();
  // "the" (and the words it begins) is in every article of the corpus.
  await page.goto(served().at('search/?q=the'));
  await waitForResults(page);
  expect(await resultPaths(page)).toHaveLength(10);
  const total = Number(/^([\d,]+) articles/.exec((await page.locator('[data-search-status]').textContent())!)![1].replace(/,/g, ''));
  expect(total).toBeGreaterThan(10);

  await page.click('text=More results');
  await expect.poll(() => resultPaths(page).then((paths) => paths.length)).toBe(Math.min(total, 20));
  // Focus moves to the first new result, so a keyboard reader carries on from there.
  expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.search-result')[10])).toBe(true);

  await page.selectOption('#search-sort', 'date');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'date');
  await waitForResults(page);
  expect(await resultPaths(page)).toHaveLength(10);
  // Every result, newest first across the index's shards, each once.
  for (let shown = 10; shown < total; shown = Math.min(total, shown + 10)) {
    await page.click('text=More results');
    await expect.poll(() => resultPaths(page).then((paths) => paths.length)).toBe(Math.min(total, shown + 10));
  }
  const dates = await page.$$eval('.search-result-meta', (metas) => metas.map((meta) => meta.querySelector('time')?.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(total);
  // Newest first, then the articles whose seed states no date (''), each saying so.
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.filter((date) => date === '')).toHaveLength(undatedArticles());
  expect(await page.locator('.search-result-meta .no-date').allTextContents()).toEqual(Array(undatedArticles()).fill('date not stated'));
  expect(new Set(await resultPaths(page)).size).toBe(total);
});

test('filter counts add up across the shards and are the same in either order', async () => {
  const page = session.page();
  /** The year group's values and counts as shown. */
  const yearCounts = async (): Promise<Record<string, number>> => {
    const labels = await page.$$eval('[data-filter="year"] li:not([hidden]) label', (all) =>
      all.map((label) => [label.querySelector('input')!.value, label.textContent ?? ''] as const),
    );
    return Object.fromEntries(labels.map(([value, text]) => [value, Number(/\((\d+)\)\s*$/.exec(text)![1])]));
  };

  await page.goto(served().at('search/?q=the'));
  await waitForResults(page);
  const total = Number(/^([\d,]+) articles/.exec((await page.locator('[data-search-status]').textContent())!)![1].replace(/,/g, ''));
  await page.click('[data-filter="year"] > summary');
  await page.locator('[data-filter="year"] li:not([hidden]) label').first().waitFor();
  const byRelevance = await yearCounts();
  // With the group open, a date-sorted search (asked shard by shard) brings its own counts.
  await page.selectOption('#search-sort', 'date');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'date');
  await waitForResults(page);
  const byDate = await yearCounts();

  // 1996's article is in the oldest shard, 2025's in the others: both kinds of search count them all, once.
  // An article whose seed states no date has no year.
  expect(Object.keys(byRelevance).sort()).toEqual(['1996', '2025']);
  expect(byDate).toEqual(byRelevance);
  expect(byRelevance['1996'] + byRelevance['2025'] + undatedArticles()).toBe(total);
});

/**
 * Briefing packs and stories in Chromium, on the seeds site: a pack's contents
 * lead to its articles, its Markdown is served beside it, and printed (print
 * media emulated) it drops the site's furniture and the Markdown link, prints
 * no second address after each headline, starts the articles on a page after
 * the contents, and reads as the screen does without JavaScript.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useSite } from '../support/serve.ts';

const served = useSite('seeds');
const session = useBrowser();

/** The second story by id: on the seeds site, Tô Lâm's visit, three articles. */
function storyPath(): string {
  const ids = readdirSync(join(served().site.distDir, 'stories'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return `stories/${ids.map((entry) => entry.name).sort()[1]}/`;
}

test('a pack lists its articles in date order, and its contents lead to each', async () => {
  const page = session.page();
  await page.goto(served().at(`${storyPath()}pack/`));
  const dates = await page.locator('.pack__item time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort()).toEqual(dates);
  const contents = page.locator('.pack__contents a');
  expect(await contents.count()).toBe(dates.length);
  await contents.last().click();
  const target = await page.evaluate(() => location.hash.slice(1));
  expect(await page.locator('.pack__item').last().getAttribute('id')).toBe(target);
  // Scrolled into view (the last item of a short page cannot reach the top).
  await expect
    .poll(() => page.locator(`[id="${target}"]`).evaluate((node) => node.getBoundingClientRect().top >= 0 && node.getBoundingClientRect().top < innerHeight))
    .toBe(true);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('a pack prints without the site around it, with one address per article', async () => {
  const page = session.page();
  await page.goto(served().at(`${storyPath()}pack/`));
  await page.emulateMedia({ media: 'print' });
  const shown = (selector: string) => page.locator(selector).first().evaluate((node) => getComputedStyle(node).display !== 'none');
  expect(await shown('.site-header')).toBe(false);
  expect(await shown('.site-footer')).toBe(false);
  expect(await shown('.pack__markdown')).toBe(false);
  expect(await shown('.pack__cite')).toBe(true);
  const afterTitle = await page.locator('.pack__item h2 a').first().evaluate((node) => getComputedStyle(node, '::after').content);
  expect(afterTitle).toBe('none');
  expect(await page.locator('.pack__contents').evaluate((node) => getComputedStyle(node).breakAfter)).toBe('page');
  const pdf = await page.pdf({ format: 'A4' });
  // The contents on a page of their own, then the articles.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

test('a pack reads the same without JavaScript, and its Markdown is served beside it', async () => {
  const context = await session.browser().newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(served().at(`${storyPath()}pack/`));
    expect(await page.locator('.pack__item').count()).toBeGreaterThan(1);
    const markdownHref = await page.locator('.pack__markdown a').getAttribute('href');
    const response = await page.request.get(new URL(markdownHref!, served().at()).href);
    expect(response.status()).toBe(200);
    const markdown = await response.text();
    const title = (await page.locator('h1').textContent())!.replace(/\s+/g, ' ').trim();
    expect(markdown.split('\n')[0]).toBe(`# ${title}`);
  } finally {
    await context.close();
  }
});

test('a story page links each outlet’s article, and each article links back to its story', async () => {
  const page = session.page();
  await page.goto(served().at(storyPath()));
  const articles = await page.locator('.coverage .item__title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(articles.length).toBeGreaterThan(1);
  for (const path of articles) {
    await page.goto(served().at(path));
    await page.locator('section[aria-labelledby="h_story"] a').first().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${storyPath()}`));
  }
});

/**
 * Links to one article of a listing, in Chromium, on the large test site: an old link to a head
 * page (`/places/viet-nam/#<slug>`, pasted when head pages listed every article) and a link to a
 * month's own page for an article on another of its parts both end on the page holding the
 * article, scrolled to it; a link to an article the head page shows stays there. Head and month
 * pages have no serious accessibility violation, and read in full without JavaScript. A briefing
 * pack long enough to be cut into parts does the same: a link to the pack for an article on a later
 * part ends on that part, and a part prints its own articles only, saying which part it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { useSite } from '../support/serve.ts';
import { seriousViolations } from '../support/axe.ts';
import { pageOf, attr } from '../site/support/html.ts';

const served = useSite('large');
const session = useBrowser();

/** The article slugs a built page lists, in order. */
function slugsOn(path: string): string[] {
  const html = readFileSync(join(served().site.distDir, path, 'index.html'), 'utf8');
  return pageOf(html).all('li.item').map((item) => attr(item, 'id')!);
}

/** The article whose item the browser shows as the target of the address. */
async function targeted(): Promise<string | null> {
  const page = session.page();
  await page.waitForFunction(() => document.querySelector('li.item:target') !== null);
  return page.evaluate(() => document.querySelector('li.item:target')!.id);
}

describe('anchors on listing pages', () => {
  it('sends an old link to a head page on to the month page holding the article', async () => {
    const onHead = new Set(slugsOn('places/viet-nam'));
    const slug = slugsOn('places/viet-nam/2024/01').find((candidate) => !onHead.has(candidate))!;
    expect(slug).toBeDefined();
    const page = session.page();
    await page.goto(served().at(`places/viet-nam/#${slug}`));
    await page.waitForURL((url) => url.pathname.startsWith('/places/viet-nam/2024/01/'));
    expect(await targeted()).toBe(slug);
    expect(new URL(page.url()).hash).toBe(`#${slug}`);
    expect(await page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
  });

  it('sends a link to a month for an article on another of its parts to that part', async () => {
    const slug = slugsOn('archive/2024/01/2')[0];
    const page = session.page();
    await page.goto(served().at(`archive/2024/01/#${slug}`));
    await page.waitForURL((url) => url.pathname === '/archive/2024/01/2/');
    expect(await targeted()).toBe(slug);
  });

  it('leaves a link to an article the page holds where it is, and one to no article', async () => {
    const slug = slugsOn('places/viet-nam')[3];
    const page = session.page();
    await page.goto(served().at(`places/viet-nam/#${slug}`));
    expect(await targeted()).toBe(slug);
    await page.goto(served().at('places/viet-nam/#no-such-article'));
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/places/viet-nam/');
  });

  it.each(['places/viet-nam/', 'archive/2024/01/2/'])('%s: no serious accessibility violation, light or dark', async (path) => {
    const page = session.page();
    await page.goto(served().at(path));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
    }
  });

  it('without JavaScript, a head page links every month and a month page every part', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served().at('places/viet-nam/'));
    const months = await page.locator('nav.months a').count();
    expect(months).toBeGreaterThan(1);
    await page.locator('nav.months a').last().click();
    await page.waitForURL((url) => /^\/places\/viet-nam\/\d{4}\/\d{2}\/$/.test(url.pathname));
    await page.goto(served().at('archive/2024/01/'));
    await page.locator('nav.parts a').nth(1).click();
    await page.waitForURL((url) => url.pathname === '/archive/2024/01/2/');
    expect(await page.locator('li.item').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a briefing pack in parts', () => {
  const PACK = 'places/viet-nam/2024/01/pack';
  /** The article slugs a part of the pack holds, in order. */
  const itemsOn = (path: string) => pageOf(readFileSync(join(served().site.distDir, path, 'index.html'), 'utf8')).all('.pack__item').map((item) => attr(item, 'id')!);

  it('sends a link to the pack for an article on a later part to that part', async () => {
    const slug = itemsOn(`${PACK}/2`).at(-1)!;
    expect(itemsOn(PACK)).not.toContain(slug);
    const page = session.page();
    await page.goto(served().at(`${PACK}/#${slug}`));
    await page.waitForURL((url) => url.pathname === `/${PACK}/2/`);
    await page.waitForFunction(() => document.querySelector('.pack__item:target') !== null);
    expect(await page.evaluate(() => document.querySelector('.pack__item:target')!.id)).toBe(slug);
  });

  it('prints a part: its own articles, which part it is, without the links to the others', async () => {
    const page = session.page();
    await page.goto(served().at(`${PACK}/2/`));
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((node) => getComputedStyle(node).display !== 'none');
    expect(await shown('nav.parts')).toBe(false);
    expect(await shown('.pager')).toBe(false);
    expect(await shown('.pack__contents')).toBe(true);
    expect(await page.locator('.pack__header .meta').textContent()).toMatch(/in \d+ parts: this is part 2, articles \d+–\d+/);
    expect(await page.locator('.pack__item').evaluateAll((items) => items.map((item) => item.id))).toEqual(itemsOn(`${PACK}/2`));
    const first = await page.locator('.pack__number').first().textContent();
    expect(Number.parseInt(first!, 10)).toBe(itemsOn(PACK).length + 1);
    await page.emulateMedia({ media: 'screen' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
    }
  });
});

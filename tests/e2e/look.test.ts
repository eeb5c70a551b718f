/**
 * Every kind of page of the seeds site, in Chromium: axe-core finds no
 * serious or critical accessibility violation in the light or the dark
 * scheme, and screenshots at phone (360 px) and desktop (1280 px) widths are
 * kept in test-results/screenshots/ for a reviewer to look at.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TEST_RESULTS, useBrowser } from '../support/browser.ts';
import { useSite } from '../support/serve.ts';
import { waitForResults } from './search-page.ts';
import { seriousViolations } from '../support/axe.ts';

const served = useSite('seeds');
const session = useBrowser();

const SCREENSHOTS = join(TEST_RESULTS, 'screenshots');
const WIDTHS = [360, 1280];

/** One page of each kind, found in the built site so the test holds for any corpus. */
function pageOfKind(kind: string): string {
  const dist = served().site.distDir;
  const first = (folder: string) => {
    const dir = folder.replace(/\/$/, '');
    const names = readdirSync(join(dist, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    if (!names.length) throw new Error(`no pages in ${dir}/`);
    return `${dir}/${names.sort()[0]}/`;
  };
  const paths: Record<string, () => string> = {
    home: () => '',
    article: () => first('articles'),
    topic: () => first('topics'),
    month: () => first(first(first('topics'))),
    entity: () => first('people'),
    source: () => first('sources'),
    archive: () => 'archive/',
    story: () => first('stories'),
    pack: () => `${first('stories')}pack/`,
    search: () => 'search/?q=Azerbaijan',
    'not-found': () => 'no-such-page/',
  };
  return paths[kind]();
}

test.each(['home', 'article', 'topic', 'month', 'entity', 'source', 'archive', 'story', 'pack', 'search', 'not-found'])(
  '%s page: no serious accessibility violation, light or dark; screenshots at phone and desktop widths',
  async (kind) => {
    const page = session.page();
    if (kind === 'not-found') session.allow(/status of 404/);
    const response = await page.goto(served().at(pageOfKind(kind)));
    expect(response?.status()).toBe(kind === 'not-found' ? 404 : 200);
    if (kind === 'search') {
      await waitForResults(page);
      // With a filter group open, so its boxes are checked too.
      await page.click('[data-filter="topic"] > summary');
      await page.locator('[data-filter="topic"] input').first().waitFor();
    }

    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), `${scheme} scheme`).toEqual([]);
      for (const width of scheme === 'light' ? WIDTHS : [1280]) {
        await page.setViewportSize({ width, height: 900 });
        const name = `${kind}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  },
);

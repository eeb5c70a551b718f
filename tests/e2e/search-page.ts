/** Drives the search page the way a reader does and reads back what it shows. */
import type { Page } from 'playwright-core';
import { readState, writeState } from '../../src/scripts/search-state.ts';

/** Waits until the results shown are those of the page's current URL. */
export async function waitForResults(page: Page): Promise<void> {
  const expected = writeState(readState(new URL(page.url()).search));
  await page.waitForFunction(
    (expected) => {
      const results = document.querySelector<HTMLElement>('[data-search-results]');
      if (results?.dataset.state === 'error') throw new Error(`search failed: ${document.querySelector('[data-search-status]')?.textContent}`);
      return results?.dataset.state === 'ready' && results.dataset.for === expected;
    },
    expected,
    { timeout: 10_000 },
  );
}

/** Types a query into the search page's box and waits for its results. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.fill('#search-query', query);
  await page.waitForFunction((query) => new URLSearchParams(location.search).get('q') === query.trim(), query);
  await waitForResults(page);
}

/** Paths of the results shown, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('.search-result-title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

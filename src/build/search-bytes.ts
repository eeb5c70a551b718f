/**
 * What searching costs a reader in bytes, for the bench: a fresh browser
 * opens the search page with a first query (as the header search box sends
 * it), then types a second one. Bytes are counted by the server as they go
 * out (gzip for text, as a static host serves it), so web-worker and wasm
 * fetches count too.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic, type SentFile } from './static-server.ts';

export interface Transfer {
  bytes: number;
  requests: number;
}

export interface SearchBytes {
  /** The search page itself before any search code: HTML, CSS, the page's script. */
  page: Transfer;
  /** Pagefind's code, wasm, metadata, filters, index chunks and result fragments for the first query. */
  firstQuery: Transfer;
  /** Everything fetched for a second, different query on the same page. */
  secondQuery: Transfer;
}

export interface MeasureOptions {
  /** The base path the site was built for ("/" or "/digest"). */
  base?: string;
  /** Two queries that find results in the site. */
  queries?: [string, string];
}

export async function measureSearchBytes(distDir: string, options: MeasureOptions = {}): Promise<SearchBytes> {
  const [first, second] = options.queries ?? ['energy', 'Vietnam'];
  const server = await serveStatic(distDir, { base: options.base ?? '/' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
    await resultsFor(page, first);
    const isSearchFile = (file: SentFile) => file.url.includes('/pagefind/');
    const opening = [...server.sent];
    server.sent.length = 0;

    await page.fill('#search-query', second);
    await resultsFor(page, second);
    return {
      page: sum(opening.filter((file) => !isSearchFile(file))),
      firstQuery: sum(opening.filter(isSearchFile)),
      secondQuery: sum(server.sent),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Waits until the search page shows the results of `query` (src/scripts/search-page.ts marks them). */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (query) => {
      const results = document.querySelector<HTMLElement>('[data-search-results]');
      if (results?.dataset.state === 'error') throw new Error('the search page reported an error');
      return results?.dataset.state === 'ready' && new URLSearchParams(results.dataset.for).get('q') === query;
    },
    query,
    { timeout: 60_000 },
  );
}

function sum(files: SentFile[]): Transfer {
  return { bytes: files.reduce((total, file) => total + file.bytes, 0), requests: files.length };
}

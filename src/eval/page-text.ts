/**
 * What a scraper saves of a page: Chromium's `document.body.innerText`, with
 * the page's own metadata read from the same DOM. Chromium runs with
 * JavaScript off, every request but the page itself aborted, and a fixed
 * desktop viewport, so a page renders the same way every time. Renders are
 * cached under .digest/eval/ by the hash of the page's bytes.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../build/chromium.ts';
import { sha256 } from '../ingest/read.ts';

/** Bump when what a render produces changes: old cache entries are then ignored. */
const RENDER_VERSION = 1;
const VIEWPORT = { width: 1280, height: 900 };
/** Pages rendered at once. */
const TABS = 3;

export const EVAL_DIR = join(import.meta.dirname, '../../.digest/eval');

/** The page's own statements about itself, as its HTML gives them. */
export interface PageMeta {
  lang: string;
  title: string;
  /** <meta> tags as [name or property or itemprop, content], in document order. */
  metas: Array<[string, string]>;
  /** The text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** Each <time datetime> as [datetime, its text]. */
  times: Array<[string, string]>;
  /** The text of the page's <h1> elements. */
  h1s: string[];
}

export interface RenderedPage {
  text: string;
  meta: PageMeta;
}

export interface RenderJob {
  url: string;
  html: Buffer;
}

/** Renders the pages not yet cached (reporting each as it is done) and returns every page's render, in order. */
export async function renderPages(jobs: RenderJob[], onDone?: (done: number, total: number) => void): Promise<RenderedPage[]> {
  const keys = jobs.map((job) => sha256(job.html));
  const results: Array<RenderedPage | undefined> = keys.map((key) => readCached(key));
  const missing = results.flatMap((result, index) => (result ? [] : [index]));
  let done = results.length - missing.length;
  onDone?.(done, jobs.length);
  if (missing.length === 0) return results as RenderedPage[];

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT, serviceWorkers: 'block' });
    const queue = [...missing];
    await Promise.all(
      Array.from({ length: Math.min(TABS, queue.length) }, async () => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          results[index] = await renderPage(context, jobs[index]);
          writeCached(keys[index], results[index]!);
          onDone?.(++done, jobs.length);
        }
      }),
    );
  } finally {
    await browser.close();
  }
  return results as RenderedPage[];
}

async function renderPage(context: BrowserContext, job: RenderJob): Promise<RenderedPage> {
  const page = await context.newPage();
  try {
    // The page is served at its own address, so relative links resolve as they did; nothing else
    // loads, and a later navigation (a meta refresh, a frame) is aborted too.
    let served = false;
    await page.route('**/*', (route) => {
      if (served || !route.request().isNavigationRequest() || route.request().frame() !== page.mainFrame()) return route.abort();
      served = true;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: job.html });
    });
    await page.goto(job.url, { waitUntil: 'load' });
    return await readSettled(page);
  } finally {
    await page.close();
  }
}

/**
 * The page read once it stays put: a page that navigates again as it loads (a meta refresh to itself, a
 * form submitted on load) destroys the context being read, and is read again after that navigation,
 * which the route above aborts.
 */
async function readSettled(page: Page): Promise<RenderedPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.evaluate(readPage);
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || !String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState('load');
    }
  }
}

const READ_ATTEMPTS = 3;

/** Runs in the page. */
function readPage(): RenderedPage {
  const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (element) => element.textContent ?? '');
  return {
    text: document.body?.innerText ?? '',
    meta: {
      lang: document.documentElement.getAttribute('lang') ?? '',
      title: document.title,
      metas: Array.from(document.querySelectorAll('meta[content]'), (meta): [string, string] => [
        meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '',
        meta.getAttribute('content') ?? '',
      ]).filter(([name]) => name !== ''),
      jsonLd: texts('script[type="application/ld+json"]'),
      times: Array.from(document.querySelectorAll('time[datetime]'), (time): [string, string] => [time.getAttribute('datetime') ?? '', (time.textContent ?? '').trim()]),
      h1s: texts('h1').map((text) => text.trim()).filter(Boolean),
    },
  };
}

function cachePath(key: string): string {
  return join(EVAL_DIR, 'pages', `${key}.v${RENDER_VERSION}.json`);
}

function readCached(key: string): RenderedPage | undefined {
  const path = cachePath(key);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RenderedPage) : undefined;
}

function writeCached(key: string, rendered: RenderedPage): void {
  const path = cachePath(key);
  mkdirSync(join(EVAL_DIR, 'pages'), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(rendered));
  renameSync(`${path}.tmp`, path);
}


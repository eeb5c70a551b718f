/**
 * Chromium for the browser tests: one browser per test file, a fresh context
 * and page per test. Every test also checks what a reader would never want to
 * see: a console error or warning (CSP violations included), an uncaught
 * exception, or a dialog (alert/confirm/prompt). A failing test leaves a
 * full-page screenshot in test-results/failures/.
 */
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, type TestContext } from 'vitest';
import { launchChromium } from '../../src/build/chromium.ts';
import { slugify } from '../../src/lib/slugify.ts';

export const TEST_RESULTS = resolve(import.meta.dirname, '../../test-results');

export interface BrowserSession {
  browser(): Browser;
  /** The current test's page. */
  page(): Page;
  /** Problems seen so far in the current test (console errors and warnings, page errors, dialogs). */
  problems(): string[];
  /** Lets the current test expect some console messages, e.g. the 404 of a missing page. */
  allow(pattern: RegExp): void;
}

export function useBrowser(contextOptions: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  let allowed: RegExp[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  beforeEach(async () => {
    problems = [];
    allowed = [];
    context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    page = await context.newPage();
    watch(page, problems);
  });

  afterEach(async (test) => {
    try {
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      if (test.task.result?.state === 'fail' || unexpected.length > 0) await screenshotFailure(page!, test);
      expect(unexpected, 'console errors or warnings, page errors or dialogs').toEqual([]);
    } finally {
      await context?.close();
    }
  });

  return {
    browser: () => browser!,
    page: () => page!,
    problems: () => problems,
    allow: (pattern) => allowed.push(pattern),
  };
}

/** Records problems on a page and its workers. Dialogs are dismissed so a hostile alert() cannot hang a test. */
export function watch(page: Page, problems: string[]): void {
  const where = () => new URL(page.url()).pathname + new URL(page.url()).search;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()} on ${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${where()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}) on ${where()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`worker console ${message.type()}: ${message.text()}`);
    });
  });
}

async function screenshotFailure(page: Page, test: TestContext): Promise<void> {
  const dir = join(TEST_RESULTS, 'failures');
  mkdirSync(dir, { recursive: true });
  const file = basename(test.task.file.name).replace(/\.test\.ts$/, '');
  await page
    .screenshot({ path: join(dir, `${file}--${slugify(test.task.name, 20)}.png`), fullPage: true })
    .catch(() => undefined);
}

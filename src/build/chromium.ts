/**
 * Launches the system's Chromium (Debian's /usr/bin/chromium, or CHROME_PATH)
 * through playwright-core, for the browser tests and the search-bytes bench.
 * Playwright's own browser downloads are never used.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless run with no traffic of the browser's own. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

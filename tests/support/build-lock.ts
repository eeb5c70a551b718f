/**
 * Astro builds in one project share its `.astro/` folder, so test files that
 * build a site take turns: a lock folder, created atomically, held for the build.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const STALE_MS = 10 * 60_000;
const LOCK = join(resolve(import.meta.dirname, '../..'), '.digest/build.lock');

export async function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than any build is one a killed test run left behind.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resume) => setTimeout(resume, 100));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

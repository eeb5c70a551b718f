/**
 * Builds the site from the hand-made corpus (tests/fixtures/content, with the
 * registries beside it) with `astro build`: articles whose every link, escape,
 * draft and registry entry the tests know by heart.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../../support/temp.ts';
import { withBuildLock } from '../../support/build-lock.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/content');
export const FIXTURE_REGISTRIES = join(ROOT, 'tests/fixtures/site-registries');
export const FIXTURE_ORIGIN = 'https://briefings.example.net';

export interface FixtureSite {
  distDir: string;
  base: string;
  site: string;
  /** What `astro build` printed. */
  log: string;
}

/** Builds the hand-made corpus, or another folder of hand-made articles (`content`, which the build may write its story registry into). */
export async function buildFixtureSite(base: '/' | '/digest', content = FIXTURE_CONTENT): Promise<FixtureSite> {
  const distDir = join(tempDir('digest-fixture-site-'), 'dist');
  const { stdout, stderr } = await withBuildLock(() => run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CI: 'true',
      DIGEST_CONTENT: content,
      DIGEST_REGISTRIES: FIXTURE_REGISTRIES,
      DIGEST_OUT: distDir,
      DIGEST_CACHE: join(distDir, '../cache'),
      DIGEST_BASE: base,
      DIGEST_SITE: FIXTURE_ORIGIN,
    },
    maxBuffer: 64 * 1024 * 1024,
  }));
  return { distDir, base, site: FIXTURE_ORIGIN, log: stdout + stderr };
}

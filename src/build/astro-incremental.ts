/**
 * What Astro's incremental build (experimental.incrementalBuild, Astro 7.3) recorded about the
 * pages of the last build: `cacheDir/incremental-build.json`, one entry per path that returned a
 * `cacheKey` from getStaticPaths, with the file it wrote. A page whose key did not change is not
 * rendered again; when dist/ still holds it, Astro does not touch it at all, so its file keeps
 * an old mtime and only this manifest says it belongs to the current build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST_FILE = 'incremental-build.json';
/** The manifest shape this reader knows (astro/dist/core/build/incremental.js CACHE_VERSION). */
const KNOWN_VERSION = 1;

interface IncrementalManifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** Output files (relative to outDir, as on disk) of every cached path; undefined without a readable manifest. */
export function cachedPageFiles(cacheDir: string): Set<string> | undefined {
  const file = join(cacheDir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest;
  if (manifest.version !== KNOWN_VERSION || typeof manifest.routes !== 'object') return undefined;
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes)) {
    // Astro records the URL path of the file (percent-encoded); the file system has it decoded.
    for (const { outputFile } of Object.values(route.paths)) files.add(decodeURI(outputFile));
  }
  return files;
}

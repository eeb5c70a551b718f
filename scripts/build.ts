/**
 * npm run build: ingest seeds → astro build → Pagefind index, leaving a
 * complete static site in dist/. Settings come from the environment
 * (src/config.ts): DIGEST_SEEDS builds the same site from another folder of
 * seeds, DIGEST_BASE/DIGEST_SITE host it elsewhere. A seed that cannot be
 * ingested is reported and left out; it never fails the build.
 *
 * Builds are incremental, and always give the bytes a build from scratch would:
 *  - when nothing that shapes the site changed since the last build
 *    (src/build/site-inputs.ts) and dist/ is as that build left it, the build
 *    stops after ingest;
 *  - otherwise dist/ is updated in place: Astro renders only the pages whose
 *    cache key changed (src/site/cache-keys.ts), Pagefind indexes again the
 *    search shards whose pages changed (src/build/pagefind.ts), and files
 *    this build did not produce are removed (src/build/dist-files.ts);
 *  - when dist/ was changed by hand or the last build did not finish, it is
 *    emptied first.
 * The stamp that records the last build lives in Astro's cache folder, not in dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { useCompileCache } from '../src/lib/compile-cache.ts';

// Compiled module code is reused from the last build, here (the modules below load after this) and
// in the stages, which find it in their environment before loading anything: at 10,000 articles a
// rebuild's ingest starts ~0.3 s sooner and its Astro stage ~0.6 s.
useCompileCache();

// Articles from another seeds folder go to a cache folder of their own, never into content/articles.
if (process.env.DIGEST_SEEDS && !process.env.DIGEST_CONTENT) {
  const key = createHash('sha256').update(resolve(process.env.DIGEST_SEEDS)).digest('hex').slice(0, 12);
  process.env.DIGEST_CONTENT = `.digest/content-${key}`;
}

const { PATHS, SEARCH_SHARD_ARTICLES } = await import('../src/config.ts');
const { formatReport } = await import('../src/ingest/report.ts');
const { startStage } = await import('../src/build/stage.ts');
const { statusLine } = await import('./progress.ts');
const { indexSite } = await import('../src/build/pagefind.ts');
const { summarizeListing } = await import('../src/build/dist-summary.ts');
const { astroCacheDir } = await import('../src/build/astro-cache-dir.ts');
const { siteFingerprint } = await import('../src/build/site-inputs.ts');
const { listDist, removeStaleFiles, sameListing, writeMarker } = await import('../src/build/dist-files.ts');
const { cachedPageFiles } = await import('../src/build/astro-incremental.ts');
type DistListing = import('../src/build/dist-files.ts').DistListing;
type IngestReport = import('../src/ingest/run.ts').IngestReport;
type StageUsage = import('../src/build/stage.ts').StageUsage;

/** What the last finished build left, to recognise an unchanged site and an untouched dist/. */
interface Stamp {
  fingerprint: string;
  dist: DistListing;
  summary: { pages: number; bytes: number; indexed: number };
}

/** Seconds per phase, in order, and how the build went; DIGEST_TIMINGS gets them as JSON (the bench reads it). */
const timings: Record<string, number> = {};
const details: Record<string, number | string> = {};
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[name] = Math.round(performance.now() - start) / 1000;
  return result;
}

/** A phase that takes a while, with a status line on a terminal meanwhile (ingest draws its own bar). */
async function longPhase<T>(name: string, status: string, work: (note: (detail: string) => void) => Promise<T>): Promise<T> {
  const line = statusLine(status);
  try {
    return await phase(name, () => work(line.note));
  } finally {
    line.done();
  }
}

const outDir = PATHS.outDir;
/** Where src/build/pagefind.ts writes the search bundle, inside dist/. */
const SEARCH_FOLDER = 'pagefind';
/** Written when a build starts: files older than it were not written by this build. */
const BUILD_MARKER = '.build-started';
const cacheDir = astroCacheDir();
const stampFile = join(cacheDir, 'digest-build-stamp.json');

try {
  // Ingest and Astro each run in a process of their own, so their memory is gone before the next stage.
  const [ingest, distBefore] = await phase('ingest', async () => {
    const stage = startStage<{ report: IngestReport }>('scripts/ingest-stage.ts');
    // dist/ is listed while the ingest runs (it never touches dist/), for the check below.
    const listing = listDist(outDir);
    return [await stage, listing] as const;
  });
  recordUsage('ingest', ingest.usage);
  console.log(formatReport(ingest.result.report));

  const { fingerprint, stamp, distIntact } = await phase('check', () => {
    const stamp = readStamp();
    return { fingerprint: siteFingerprint(process.cwd(), join(cacheDir, 'digest-input-hashes.json')), stamp, distIntact: stamp !== undefined && sameListing(stamp.dist, distBefore) };
  });

  if (stamp && distIntact && stamp.fingerprint === fingerprint) {
    details.mode = 'unchanged';
    finish(stamp.summary, 'unchanged since the last build');
  } else {
    // Pages kept from the last build must be exactly what it wrote; otherwise start from an empty dist/.
    const inPlace = distIntact && cachedPageFiles(cacheDir) !== undefined;
    details.mode = inPlace ? 'incremental' : 'clean';
    if (!inPlace) await phase('clear', () => rmSync(outDir, { recursive: true, force: true }));
    mkdirSync(cacheDir, { recursive: true });
    // Until this build finishes, no stamp: an interrupted build must not pass for a finished one.
    rmSync(stampFile, { force: true });
    // In dist/ itself, so that it and the files the build writes get their times from one file system.
    mkdirSync(outDir, { recursive: true });
    const startedAt = writeMarker(join(outDir, BUILD_MARKER));

    // DIGEST_DIST_IN_PLACE tells astro.config.mjs not to empty dist/: this script removes what is
    // stale. Astro bundles the pages' code into <outDir>/.prerender when outDir lies under its
    // working directory, and into <working directory>/.astro/ otherwise. The bundle imports the
    // project's packages, so it must lie inside the project: under outDir when outDir does (two
    // builds of different sites at once, as tests run them, then keep their bundles apart), in the
    // project's own .astro/ when outDir is elsewhere.
    const astroEnv = {
      ...process.env,
      DIGEST_DIST_IN_PLACE: '1',
      // Every folder absolute, as the stage runs elsewhere.
      DIGEST_SEEDS: resolve(PATHS.seeds),
      DIGEST_CONTENT: resolve(PATHS.articles),
      DIGEST_REGISTRIES: resolve(PATHS.registries),
      DIGEST_OUT: resolve(outDir),
      DIGEST_CACHE: cacheDir,
    };
    const astro = await longPhase('astro', 'astro: rendering pages', () =>
      startStage(resolve('scripts/astro-build.ts'), astroEnv, astroWorkingDirectory(resolve(outDir))),
    );
    recordUsage('astro', astro.usage);
    // Files older than this build that it still uses: the pages Astro kept, and the search shards
    // whose pages did not change. Pagefind reads the article pages first, passing over stale ones;
    // while it indexes (in threads of its own, from copies outside dist/), dist/ but its search
    // folder is listed and its stale files removed; stale search files go after Pagefind wrote the
    // new index, when the search folder, its only writer, is listed. The two listings together are
    // the listing the stamp keeps.
    const keptPages = inPlace ? cachedPageFiles(cacheDir) : undefined;
    if (inPlace && !keptPages) throw new Error(`cannot tell which pages in ${outDir}/ are stale: Astro's incremental manifest is missing`);
    // A file older than this build is still its own when Astro kept the page; after a build from scratch, every file is.
    const kept = (file: string) => keptPages === undefined || keptPages.has(file);
    const searching = longPhase('pagefind', 'pagefind: search index', (note) =>
      indexSite(outDir, {
        stampFile: join(cacheDir, 'digest-search-shards.json'),
        searchedPagesDir: join(cacheDir, 'digest-searched-pages'),
        maxArticlesPerShard: SEARCH_SHARD_ARTICLES,
        onShard: (done, total) => note(`${done}/${total} shards`),
        isLivePage: (file, mtimeMs) => mtimeMs >= startedAt || kept(file),
      }),
    );
    // A failure is thrown where the index is awaited, below; until then it must not count as unhandled.
    searching.catch(() => {});
    let removed = 0;
    const siteListing = listDist(outDir, { skip: SEARCH_FOLDER });
    if (inPlace) removed += await phase('cleanup', () => removeStaleFiles(outDir, siteListing, startedAt, kept));
    const search = await searching;
    details.searchShards = `${search.indexedShards} of ${search.shards}`;
    const searchDir = join(outDir, SEARCH_FOLDER);
    const searchListing = listDist(searchDir);
    if (inPlace) removed += await phase('searchCleanup', () => removeStaleFiles(searchDir, searchListing, startedAt, search.isLive));
    rmSync(join(outDir, BUILD_MARKER));
    const dist: DistListing = {};
    for (const [file, entry] of Object.entries(siteListing)) if (file !== BUILD_MARKER) dist[file] = entry;
    for (const [file, entry] of Object.entries(searchListing)) dist[join(SEARCH_FOLDER, file)] = entry;
    const summary = { ...summarizeListing(dist), indexed: search.pages };
    writeFileSync(stampFile, JSON.stringify({ fingerprint, dist, summary } satisfies Stamp));
    details.removed = removed;
    finish(summary, inPlace ? 'updated in place' : 'built from scratch');
  }
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** One summary line: what dist/ holds, how it was made, and the main phases' times. */
function finish(summary: Stamp['summary'], how: string): void {
  const shown = ['ingest', 'astro', 'pagefind'].filter((name) => name in timings);
  if (!shown.includes('astro')) shown.push('check');
  console.log(
    `build: ${summary.pages} pages, ${summary.indexed} indexed for search, ${(summary.bytes / 1e6).toFixed(1)} MB in ${outDir}/, ${how}` +
      ` (${shown.map((name) => `${name} ${timings[name]}s`).join(', ')})`,
  );
  if (process.env.DIGEST_TIMINGS) writeFileSync(process.env.DIGEST_TIMINGS, JSON.stringify({ ...timings, ...details, ...summary }));
}

function readStamp(): Stamp | undefined {
  if (!existsSync(stampFile)) return undefined;
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function recordUsage(stage: string, usage: StageUsage): void {
  details[`${stage}Cpu`] = Math.round(usage.cpuSeconds * 10) / 10;
  details[`${stage}PeakMB`] = Math.round(usage.peakBytes / 2 ** 20);
}

/** Where the Astro stage runs; see the comment where it starts. */
function astroWorkingDirectory(absoluteOutDir: string): string {
  const project = fileURLToPath(new URL('..', import.meta.url));
  return absoluteOutDir.startsWith(project) ? dirname(absoluteOutDir) : project;
}

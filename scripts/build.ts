/**
 * npm run build: ingest seeds → astro build → Pagefind index, leaving a
 * complete static site in dist/. Settings come from the environment
 * (src/config.ts): DIGEST_SEEDS builds the same site from another folder of
 * seeds, DIGEST_BASE/DIGEST_SITE host it elsewhere. A seed that cannot be
 * ingested is reported and left out; it never fails the build.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';

// Articles from another seeds folder go to a cache folder of their own, never into content/articles.
if (process.env.DIGEST_SEEDS && !process.env.DIGEST_CONTENT) {
  const key = createHash('sha256').update(resolve(process.env.DIGEST_SEEDS)).digest('hex').slice(0, 12);
  process.env.DIGEST_CONTENT = `.digest/content-${key}`;
}

const { PATHS } = await import('../src/config.ts');
const { runIngest } = await import('../src/ingest/run.ts');
const { formatReport } = await import('../src/ingest/report.ts');
const { progressBar } = await import('./progress.ts');
const { indexSite } = await import('../src/build/pagefind.ts');
const { summarizeDist } = await import('../src/build/dist-summary.ts');

const timings: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[name] = Math.round(performance.now() - start) / 1000;
  return result;
}

try {
  const report = await phase('ingest', () =>
    runIngest({ seedsDir: PATHS.seeds, articlesDir: PATHS.articles, registriesDir: PATHS.registries, onProgress: progressBar('ingest') }),
  );
  console.log(formatReport(report));

  const { build } = await import('astro');
  await phase('astro', () => build({ root: process.cwd(), logLevel: 'warn' }));
  const search = await phase('pagefind', () => indexSite(PATHS.outDir));
  const dist = summarizeDist(PATHS.outDir);
  console.log(
    `build: ${dist.pages} pages, ${search.pages} indexed for search, ${(dist.bytes / 1e6).toFixed(1)} MB in ${PATHS.outDir}/` +
      ` (ingest ${timings.ingest}s, astro ${timings.astro}s, pagefind ${timings.pagefind}s)`,
  );
  if (process.env.DIGEST_TIMINGS) writeFileSync(process.env.DIGEST_TIMINGS, JSON.stringify({ ...timings, ...dist, indexed: search.pages }));
} catch (error) {
  console.error(`build failed: ${describeFailure(error)}`);
  process.exit(1);
}

/** Astro's errors carry the offending file in `loc`; put it first, as a reader scans for it. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const file = (error as Error & { loc?: { file?: string } }).loc?.file;
  const message = error.message.replace(/\*\*/g, '').trim();
  return file ? `${relative(process.cwd(), file)}: ${message}` : message;
}

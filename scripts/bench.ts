/**
 * npm run bench -- [--articles 1000,10000,100000] [--ingest-only] [--hugo]
 * Generates synthetic corpora (in a temporary folder) and measures, per size:
 * ingest articles/s and peak memory; a cold full build (ingest, Astro,
 * Pagefind: empty caches, no dist/) with its phase times; a rebuild with
 * nothing changed; a rebuild after one new seed. Each build is measured as a
 * whole process tree: wall time, CPU time (user+system, the steadier figure on
 * a shared machine) and peak resident memory, with the machine's load average
 * when it started. With --hugo (and `hugo` installed), each size is also built
 * by Hugo from the same articles and indexed by Pagefind, right after the cold
 * build (src/bench/hugo-anchor.ts), and the table gives the ratio. Prints
 * Markdown tables for the README.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCommand, type Measured } from '../src/bench/process-tree.ts';
import { writeSyntheticCorpus } from '../src/bench/synthetic-corpus.ts';
import { summarizeDist } from '../src/build/dist-summary.ts';
import { measureSearchBytes } from '../src/build/search-bytes.ts';
import { hugoVersion, writeHugoSite } from '../src/bench/hugo-anchor.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000,10000' }, 'ingest-only': { type: 'boolean', default: false }, hugo: { type: 'boolean', default: false } },
});
const sizes = values.articles.split(',').map(Number);
const node = process.execPath;
const rows: string[] = [];
const searchRows: string[] = [];
const hugoRows: string[] = [];
const hugo = values.hugo ? hugoVersion() : undefined;
if (values.hugo && !hugo) throw new Error('--hugo: no hugo command found (apt-get install -y hugo)');

/** What scripts/build.ts writes to DIGEST_TIMINGS: seconds per phase, then how the build went. */
interface Timings {
  ingest: number;
  astro?: number;
  astroCpu?: number;
  pagefind?: number;
  mode: string;
  pages: number;
  bytes: number;
}

console.log(`bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${hugo ? `, ${hugo}` : ''}`);
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `digest-bench-${size}-`));
  try {
    const seeds = join(work, 'seeds');
    writeSyntheticCorpus('seeds', seeds, size);
    const ingest = checked(await measureCommand(node, ['scripts/ingest.ts', '--seeds', seeds, '--out', join(work, 'ingest-only'), '--json'], process.env), 'ingest');
    const rate = Math.round(size / ingest.seconds);
    console.log(`${size} articles: ingest ${ingest.seconds.toFixed(1)} s (${rate} articles/s, ${ingest.cpuSeconds.toFixed(1)} CPU-s), peak ${mb(ingest.peakBytes)}`);
    if (values['ingest-only']) {
      rows.push(`| ${size} | ${ingest.seconds.toFixed(1)} s | ${rate}/s | ${ingest.cpuSeconds.toFixed(1)} s | ${mb(ingest.peakBytes)} |`);
      continue;
    }
    // Caches start empty for each corpus, Node's compiled code too: the cold build fills them.
    const env = { ...process.env, CI: 'true', NODE_COMPILE_CACHE: join(work, 'compile-cache'), DIGEST_SEEDS: seeds, DIGEST_CONTENT: join(work, 'content'), DIGEST_OUT: join(work, 'dist'), DIGEST_CACHE: join(work, 'cache'), DIGEST_TIMINGS: join(work, 'timings.json') };
    const cold = await buildOnce(env, 'cold build');
    searchRows.push(await measureSearch(size, env.DIGEST_OUT!));
    if (hugo) hugoRows.push(await hugoAnchor(size, env.DIGEST_CONTENT!, join(work, 'hugo'), cold));
    const unchanged = await buildOnce(env, 'rebuild, nothing changed');
    copyFileSync('seeds/004_7f849e531bd3e15a.txt', join(seeds, 'zz-one-new-seed.txt'));
    const oneNew = await buildOnce(env, 'rebuild, one new seed');
    const t = cold.timings;
    rows.push(
      `| ${size} | ${rate}/s | **${cold.seconds.toFixed(1)} s** / ${cold.cpuSeconds.toFixed(0)} s | ${t.ingest} s | ${t.astro} s / ${t.astroCpu} s | ${t.pagefind} s | ${mb(cold.peakBytes)} | ${t.pages} | ${mb(t.bytes)} | ${kb(largestPage(env.DIGEST_OUT!))} |` +
        ` ${unchanged.seconds.toFixed(1)} s / ${unchanged.cpuSeconds.toFixed(1)} s | ${oneNew.seconds.toFixed(1)} s / ${oneNew.cpuSeconds.toFixed(0)} s (astro ${oneNew.timings.astro} s, pagefind ${oneNew.timings.pagefind} s) | ${cold.load}–${oneNew.loadAfter} |`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values['ingest-only']) {
  console.log('\n| articles | ingest | rate | CPU | peak memory |\n|---|---|---|---|---|');
} else {
  console.log(
    '\n| articles | ingest rate | cold build: wall / CPU | ingest | astro: wall / CPU | pagefind | peak memory (tree) | pages | dist | largest page | rebuild, unchanged: wall / CPU | rebuild, +1 seed: wall / CPU | load average |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
}
console.log(rows.join('\n'));
if (hugoRows.length > 0) {
  console.log('\n| articles | Hugo: wall / CPU | Pagefind on Hugo: wall / CPU | Hugo + Pagefind | peak memory | Digest cold build | ratio (wall) | ratio (CPU) | load average |\n|---|---|---|---|---|---|---|---|---|');
  console.log(hugoRows.join('\n'));
}
if (searchRows.length > 0) {
  console.log('\n| articles | search index on disk | search page | first query ("energy") | second query ("Vietnam") |\n|---|---|---|---|---|');
  console.log(searchRows.join('\n'));
}

/** What search costs: the index on disk, and the bytes a fresh browser fetches for a first and a second query. */
async function measureSearch(size: number, distDir: string): Promise<string> {
  const index = summarizeDist(join(distDir, 'pagefind'));
  const bytes = await measureSearchBytes(distDir, { queries: ['energy', 'Vietnam'] });
  const kb = (transfer: { bytes: number; requests: number }) => `${Math.round(transfer.bytes / 1024)} KB in ${transfer.requests} requests`;
  console.log(`  search: index ${mb(index.bytes)}; first query ${kb(bytes.firstQuery)}, second ${kb(bytes.secondQuery)}`);
  return `| ${size} | ${mb(index.bytes)} | ${kb(bytes.page)} | ${kb(bytes.firstQuery)} | ${kb(bytes.secondQuery)} |`;
}

/**
 * Hugo and Pagefind on the same articles, right after Digest's cold build: Hugo builds the site
 * (src/bench/hugo-anchor.ts writes it from the MDX pages), then Pagefind indexes it, each
 * measured as a process tree. The ratio is Digest's cold build (ingest included) over the two.
 */
async function hugoAnchor(size: number, contentDir: string, siteDir: string, cold: { seconds: number; cpuSeconds: number }): Promise<string> {
  const count = writeHugoSite(contentDir, siteDir);
  const load = loadavg()[0].toFixed(1);
  const site = checked(await measureCommand('hugo', ['--source', siteDir, '--destination', join(siteDir, 'public'), '--quiet'], process.env), 'hugo');
  const search = checked(await measureCommand(node, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', join(siteDir, 'public')], process.env), 'pagefind on hugo');
  const seconds = site.seconds + search.seconds;
  const cpuSeconds = site.cpuSeconds + search.cpuSeconds;
  const after = loadavg()[0].toFixed(1);
  console.log(`  hugo: ${count} articles, ${site.seconds.toFixed(1)} s / ${site.cpuSeconds.toFixed(1)} CPU-s; pagefind ${search.seconds.toFixed(1)} s / ${search.cpuSeconds.toFixed(1)} CPU-s (load ${load}–${after})`);
  return (
    `| ${size} | ${site.seconds.toFixed(1)} s / ${site.cpuSeconds.toFixed(0)} s | ${search.seconds.toFixed(1)} s / ${search.cpuSeconds.toFixed(0)} s | **${seconds.toFixed(1)} s** / ${cpuSeconds.toFixed(0)} s |` +
    ` ${mb(Math.max(site.peakBytes, search.peakBytes))} | ${cold.seconds.toFixed(1)} s / ${cold.cpuSeconds.toFixed(0)} s | **${(cold.seconds / seconds).toFixed(2)} ×** | ${(cold.cpuSeconds / cpuSeconds).toFixed(2)} × | ${load}–${after} |`
  );
}

/** The largest HTML page in a built site. */
function largestPage(distDir: string): number {
  let largest = 0;
  for (const file of readdirSync(distDir, { recursive: true }) as string[]) {
    if (file.endsWith('.html')) largest = Math.max(largest, statSync(join(distDir, file)).size);
  }
  return largest;
}

async function buildOnce(env: NodeJS.ProcessEnv, label: string) {
  const load = loadavg()[0].toFixed(1);
  const measured = checked(await measureCommand(node, ['scripts/build.ts'], env), label);
  const timings = JSON.parse(readFileSync(env.DIGEST_TIMINGS!, 'utf8')) as Timings;
  const phases = Object.entries(timings)
    .filter(([, value]) => typeof value === 'number')
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  console.log(
    `  ${label}: ${measured.seconds.toFixed(1)} s wall, ${measured.cpuSeconds.toFixed(1)} CPU-s, peak ${mb(measured.peakBytes)} (load ${load}; ${timings.mode}; ${phases})`,
  );
  return { ...measured, timings, load, loadAfter: loadavg()[0].toFixed(1) };
}

function checked(measured: Measured, label: string): Measured {
  if (measured.exitCode !== 0 && !(label === 'ingest' && measured.exitCode === 1)) {
    throw new Error(`${label} failed (exit ${measured.exitCode}):\n${measured.stderr.slice(-2000)}`);
  }
  return measured;
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1000)} KB`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/**
 * npm run bench -- [--articles 1000,5000,10000] [--ingest-only]
 * Generates synthetic corpora (in a temporary folder) and measures, per size:
 * ingest articles/s and peak memory; a cold full build (ingest, Astro,
 * Pagefind: empty caches, no dist/) with its phase times; a rebuild with
 * nothing changed; a rebuild after one new seed. Each build is measured as a
 * whole process tree: wall time, CPU time (user+system, the steadier figure on
 * a shared machine) and peak resident memory. Prints a Markdown table for the
 * README.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCommand, type Measured } from '../src/bench/process-tree.ts';
import { writeSyntheticCorpus } from '../src/bench/synthetic-corpus.ts';
import { summarizeDist } from '../src/build/dist-summary.ts';
import { measureSearchBytes } from '../src/build/search-bytes.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,5000,10000' }, 'ingest-only': { type: 'boolean', default: false } } });
const sizes = values.articles.split(',').map(Number);
const node = process.execPath;
const rows: string[] = [];
const searchRows: string[] = [];

/** What scripts/build.ts writes to DIGEST_TIMINGS: seconds per phase, then how the build went. */
interface Timings {
  ingest: number;
  astro?: number;
  pagefind?: number;
  mode: string;
  pages: number;
  bytes: number;
}

console.log(`bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
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
    const unchanged = await buildOnce(env, 'rebuild, nothing changed');
    copyFileSync('seeds/004_7f849e531bd3e15a.txt', join(seeds, 'zz-one-new-seed.txt'));
    const oneNew = await buildOnce(env, 'rebuild, one new seed');
    const t = cold.timings;
    rows.push(
      `| ${size} | ${rate}/s | **${cold.seconds.toFixed(1)} s** / ${cold.cpuSeconds.toFixed(0)} s | ${t.ingest} s | ${t.astro} s | ${t.pagefind} s | ${mb(cold.peakBytes)} | ${t.pages} | ${mb(t.bytes)} |` +
        ` ${unchanged.seconds.toFixed(1)} s / ${unchanged.cpuSeconds.toFixed(1)} s | ${oneNew.seconds.toFixed(1)} s / ${oneNew.cpuSeconds.toFixed(0)} s (astro ${oneNew.timings.astro} s, pagefind ${oneNew.timings.pagefind} s) |`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values['ingest-only']) {
  console.log('\n| articles | ingest | rate | CPU | peak memory |\n|---|---|---|---|---|');
} else {
  console.log(
    '\n| articles | ingest rate | cold build: wall / CPU | ingest | astro | pagefind | peak memory (tree) | pages | dist | rebuild, unchanged: wall / CPU | rebuild, +1 seed: wall / CPU |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
}
console.log(rows.join('\n'));
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
  return { ...measured, timings };
}

function checked(measured: Measured, label: string): Measured {
  if (measured.exitCode !== 0 && !(label === 'ingest' && measured.exitCode === 1)) {
    throw new Error(`${label} failed (exit ${measured.exitCode}):\n${measured.stderr.slice(-2000)}`);
  }
  return measured;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/**
 * npm run ingest -- [--seeds DIR] [--out DIR] [--force] [--json]
 *        npm run ingest -- --explain SEED
 * Turns each seed into content/articles/<slug>.mdx. Exit 0 when every seed was
 * ingested, 1 when some were rejected, 2 on a usage error. --explain runs one seed
 * through every stage, writes nothing, and prints each line's verdict and each field's origin.
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

// Before the pipeline's modules load, so they come compiled from the last run (its threads too).
useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { formatReport } = await import('../src/ingest/report.ts');
const { runIngest } = await import('../src/ingest/run.ts');
const { progressBar } = await import('./progress.ts');

const usage = 'usage: npm run ingest -- [--seeds DIR] [--out DIR] [--force] [--json]\n       npm run ingest -- --explain SEED';

let args;
try {
  args = parseArgs({
    options: {
      seeds: { type: 'string', default: PATHS.seeds },
      out: { type: 'string', default: PATHS.articles },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      explain: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

if (args.explain !== undefined) {
  const { explainSeed } = await import('../src/ingest/explain.ts');
  const { createExtractors } = await import('../src/ingest/index.ts');
  const { loadRegistries } = await import('../src/lib/registries.ts');
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  // A seed's path, or its name in the seeds folder.
  const path = existsSync(args.explain) ? args.explain : join(args.seeds, args.explain);
  if (!existsSync(path)) {
    console.error(`ingest: no seed at ${args.explain} (nor in ${args.seeds})`);
    process.exit(2);
  }
  console.log(explainSeed(path, createExtractors(loadRegistries(PATHS.registries))));
  process.exit(0);
}

try {
  const report = await runIngest({
    seedsDir: args.seeds,
    articlesDir: args.out,
    registriesDir: PATHS.registries,
    force: args.force,
    onProgress: args.json ? undefined : progressBar('ingest'),
  });
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(2);
}

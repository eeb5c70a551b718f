/**
 * npm run ingest -- [--seeds DIR] [--out DIR] [--force] [--json]
 * Turns each seed into content/articles/<slug>.mdx. Exit 0 when every seed was
 * ingested, 1 when some were rejected, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

// Before the pipeline's modules load, so they come compiled from the last run (its threads too).
useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { formatReport } = await import('../src/ingest/report.ts');
const { runIngest } = await import('../src/ingest/run.ts');
const { progressBar } = await import('./progress.ts');

const usage = 'usage: npm run ingest -- [--seeds DIR] [--out DIR] [--force] [--json]';

let args;
try {
  args = parseArgs({
    options: {
      seeds: { type: 'string', default: PATHS.seeds },
      out: { type: 'string', default: PATHS.articles },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
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

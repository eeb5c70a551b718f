/**
 * The ingest stage of scripts/build.ts in a process of its own: the ~700 MB its workers and
 * parsers leave in the heap (V8 does not hand it back) then goes back to the system before Astro
 * and Pagefind run, instead of counting towards the build's peak. Reports its result, or why it
 * failed, through the IPC channel (src/build/stage.ts).
 */
import { PATHS } from '../src/config.ts';
import { runIngest } from '../src/ingest/run.ts';
import { runStage } from '../src/build/stage.ts';
import { progressBar } from './progress.ts';

await runStage(async () => ({
  report: await runIngest({ seedsDir: PATHS.seeds, articlesDir: PATHS.articles, registriesDir: PATHS.registries, onProgress: progressBar('ingest') }),
}));

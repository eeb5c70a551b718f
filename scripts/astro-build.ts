/**
 * The Astro stage of scripts/build.ts in a process of its own (src/build/stage.ts): when it
 * exits, the ~1.5-2 GB its content store and page generation held go back to the system before
 * Pagefind starts, instead of staying in the build script's heap while Pagefind runs beside it.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { runStage } from '../src/build/stage.ts';

await runStage(async () => {
  // The project, wherever the build script started this process (see scripts/build.ts).
  await build({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'warn' });
  return {};
});

/**
 * `astro build` in a process of its own, started by scripts/build.ts: when it exits, the ~1.5 GB
 * its content store and page generation held go back to the system before Pagefind starts,
 * instead of staying in the build script's heap while Pagefind runs beside it. Reports through
 * the IPC channel: the failure, described for a reader, or its CPU time and peak memory.
 */
import { relative } from 'node:path';
import { build } from 'astro';

try {
  await build({ root: process.cwd(), logLevel: 'warn' });
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  await report({ cpuSeconds: (userCPUTime + systemCPUTime) / 1e6, peakBytes: maxRSS * 1024 });
  // Like Astro's own CLI: exit rather than wait for whatever handles the build left open.
  process.exit(0);
} catch (error) {
  await report({ failure: describeFailure(error) });
  process.exit(1);
}

function report(message: Record<string, unknown>): Promise<void> {
  if (!process.send) {
    if (message.failure) console.error(message.failure);
    return Promise.resolve();
  }
  return new Promise((done) => process.send!(message, () => done()));
}

/** Astro's errors carry the offending file in `loc`; put it first, as a reader scans for it. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const file = (error as Error & { loc?: { file?: string } }).loc?.file;
  const message = error.message.replace(/\*\*/g, '').trim();
  return file ? `${relative(process.cwd(), file)}: ${message}` : message;
}

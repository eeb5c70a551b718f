/**
 * Build stages in processes of their own (scripts/ingest-stage.ts, scripts/astro-build.ts).
 * A Node process keeps the heap it grew until it exits, so running each heavy stage in a child
 * means its memory is gone before the next stage starts: the build's peak is the largest stage,
 * not their sum. The child reports through the IPC channel: its result with its CPU time and
 * peak memory, or the failure described for a reader.
 */
import { fork } from 'node:child_process';
import { relative } from 'node:path';

export interface StageUsage {
  cpuSeconds: number;
  peakBytes: number;
}

type StageMessage<T> = { result: T; usage: StageUsage } | { failure: string };

/** In the child: runs the stage, reports, exits (like Astro's CLI, not waiting for handles left open). */
export async function runStage<T>(work: () => Promise<T>): Promise<void> {
  let message: StageMessage<T>;
  try {
    const result = await work();
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    message = { result, usage: { cpuSeconds: (userCPUTime + systemCPUTime) / 1e6, peakBytes: maxRSS * 1024 } };
  } catch (error) {
    message = { failure: describeFailure(error) };
  }
  if (process.send) await new Promise<void>((done) => process.send!(message, () => done()));
  else if ('failure' in message) console.error(message.failure);
  process.exit('failure' in message ? 1 : 0);
}

/** In the parent: runs `script` with `env` (and in `cwd`), resolving to what it reported. */
export function startStage<T>(script: string, env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<{ result: T; usage: StageUsage }> {
  return new Promise((done, fail) => {
    const child = fork(script, { env, cwd, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message: StageMessage<T> | undefined;
    child.on('message', (received: StageMessage<T>) => (message = received));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (message && 'result' in message && code === 0) done(message);
      else fail(new Error(message && 'failure' in message ? message.failure : `${script} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

/** Astro's errors carry the offending file in `loc`; put it first, as a reader scans for it. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const file = (error as Error & { loc?: { file?: string } }).loc?.file;
  const message = error.message.replace(/\*\*/g, '').trim();
  return file ? `${relative(process.cwd(), file)}: ${message}` : message;
}

/**
 * Runs a command and measures it as a whole: wall time and the peak of the
 * summed resident memory of the process and all its descendants (Astro and
 * Pagefind start children; ru_maxrss would see only the largest one).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  peakBytes: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export function measureCommand(command: string, args: string[], env: NodeJS.ProcessEnv, sampleMs = 50): Promise<Measured> {
  const start = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakBytes = 0;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRss(child.pid!));
  }, sampleMs);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakBytes, exitCode, stdout, stderr });
    });
  });
}

function treeRss(pid: number): number {
  let total = rssOf(pid);
  for (const child of childrenOf(pid)) total += treeRss(child);
  return total;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

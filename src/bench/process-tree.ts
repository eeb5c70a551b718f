/**
 * Runs a command and measures it as a whole: wall time, CPU time and the peak
 * of the summed resident memory of the process and all its descendants (the
 * build starts ingest, Astro and Pagefind as children; ru_maxrss would see
 * only the largest one). Both are sampled from /proc every `sampleMs`: CPU
 * time is the largest sum seen of each live process's own and reaped
 * children's user+system time, so the last interval's work is missed (±0.05 s).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the whole process tree. */
  cpuSeconds: number;
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
  let cpuTicks = 0;
  const timer = setInterval(() => {
    const tree = processTree(child.pid!);
    peakBytes = Math.max(peakBytes, tree.reduce((sum, pid) => sum + rssOf(pid), 0));
    cpuTicks = Math.max(cpuTicks, tree.reduce((sum, pid) => sum + cpuTicksOf(pid), 0));
  }, sampleMs);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, cpuSeconds: cpuTicks / CLOCK_TICKS, peakBytes, exitCode, stdout, stderr });
    });
  });
}

/** USER_HZ, the unit of /proc/<pid>/stat times: 100 on Linux (sysconf(_SC_CLK_TCK)). */
const CLOCK_TICKS = 100;

function processTree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(processTree)];
}

/** utime + stime + cutime + cstime: the process's own CPU time and that of the children it reaped. */
function cpuTicksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
  } catch {
    return 0;
  }
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

/** Temporary folders for tests, under the OS temp dir, removed when the process exits. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'digest-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temp copy of a folder of seeds (or of the named files in it). */
export function copySeeds(from: string, names?: string[]): string {
  const dir = tempDir('digest-seeds-');
  if (names) for (const name of names) cpSync(join(from, name), join(dir, name));
  else cpSync(from, dir, { recursive: true });
  return dir;
}

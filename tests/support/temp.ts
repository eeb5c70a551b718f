/**
 * Temporary folders for tests, under the OS temp dir. Each test file's folders are
 * removed after its last test (tests/support/remove-temp-dirs.ts, a setup file of
 * every project): vitest ends its workers without their 'exit' event, so a hook on
 * it left ~20 folders in /tmp per run.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function tempDir(prefix = 'digest-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temp copy of a folder of seeds (or of the named files in it). */
export function copySeeds(from: string, names?: string[]): string {
  const dir = tempDir('digest-seeds-');
  if (names) for (const name of names) cpSync(join(from, name), join(dir, name));
  else cpSync(from, dir, { recursive: true });
  return dir;
}

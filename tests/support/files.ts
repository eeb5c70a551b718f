/** What a folder holds, for tests that compare builds or watch what a build touched. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as sorted paths relative to it. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The modification time of every file under `dir`, by relative path. */
export function mtimes(dir: string): Record<string, number> {
  return Object.fromEntries(filesOf(dir).map((file) => [file, statSync(join(dir, file)).mtimeMs]));
}

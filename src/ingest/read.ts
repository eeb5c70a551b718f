/** Seeds folder → raw seeds: every regular, non-hidden file, in a stable order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSeed } from './types.ts';
import { sha256 } from '../lib/file-hashes.ts';

export { sha256 };

export function listSeeds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, '').length + 1))
    .sort();
}

export function readSeed(dir: string, name: string): RawSeed {
  const bytes = readFileSync(join(dir, name));
  return { name, bytes, hash: sha256(bytes) };
}


/** Seeds folder → raw seeds: every regular, non-hidden file, in a stable order. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSeed } from './types.ts';

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

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

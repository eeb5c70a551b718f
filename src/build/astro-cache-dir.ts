/**
 * Where Astro keeps its caches for this build: DIGEST_CACHE when set, else one folder per
 * articles folder. Astro's content store keys entries by id, and two folders holding the same
 * slugs (the bench's corpora, the test sites) would otherwise mix: a build then imports another
 * folder's files, or files deleted since. The build script keeps its own stamp there too.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PATHS } from '../config.ts';

export function astroCacheDir(): string {
  if (PATHS.cache) return resolve(PATHS.cache);
  const key = createHash('sha256').update(resolve(PATHS.articles)).digest('hex').slice(0, 12);
  return resolve(`node_modules/.astro/content-${key}`);
}

/**
 * Permalinks. A seed's slug is made once, from its title, and then kept in the
 * manifest forever. Two seeds whose titles make the same slug get distinct
 * ones: the later (by file name) takes a suffix from its own content hash,
 * so it does not depend on which other seeds exist.
 */
import { slugify } from '../lib/slugify.ts';

const SLUG_WORDS = 8;

export function chooseSlug(title: string, seedHash: string, taken: ReadonlySet<string>, requested?: string): string {
  const base = requested ?? (slugify(title, SLUG_WORDS) || 'article');
  if (!taken.has(base)) return base;
  for (let length = 6; length <= seedHash.length; length += 2) {
    const candidate = `${base}-${seedHash.slice(0, length)}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`cannot find a free slug for "${base}"`);
}

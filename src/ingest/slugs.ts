/**
 * Permalinks. A seed's slug is made once, from its title, and then kept in the
 * manifest forever. Two seeds whose titles make the same slug get distinct
 * ones: the later (by file name) takes a suffix from its own content hash,
 * so it does not depend on which other seeds exist.
 */
import { slugify } from '../lib/slugify.ts';

const SLUG_WORDS = 8;

export function chooseSlug(title: string, seedHash: string, taken: ReadonlySet<string>, requested?: string): string {
  const base = requested ?? titleSlug(title, seedHash);
  if (!taken.has(base)) return base;
  for (let length = 6; length <= seedHash.length; length += 2) {
    const candidate = `${base}-${seedHash.slice(0, length)}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`cannot find a free slug for "${base}"`);
}

/**
 * The slug a title makes; a title in a script the ASCII slug cannot spell (Japanese, Arabic, Hindi)
 * leaves no letter in it ("鉄山～弥山 （7/2）" → "7-2", "طهران تدفن" → ""), and is named by its seed's
 * hash instead: "article-830c6193", as stable as the seed and unlike every other.
 */
function titleSlug(title: string, seedHash: string): string {
  const slug = slugify(title, SLUG_WORDS);
  return /[a-z]/.test(slug) ? slug : `article-${seedHash.slice(0, 8)}`;
}

/**
 * Where an article sits in time. A seed that states no date is published undated rather than
 * lost or given a guessed day (src/ingest/extract/index.ts): it belongs to no month, so listings
 * file it under UNDATED, after every month, and lists put it after every dated article.
 */
export const UNDATED = 'undated';

/** "2025-05-07" → "2025-05"; no date → "undated". */
export function monthOf(date: string | undefined): string {
  return date === undefined ? UNDATED : date.slice(0, 7);
}

/** An article's day to sort by: undated sorts before every day, so newest first puts it last. */
export function sortDay(date: string | undefined): string {
  return date ?? '';
}

/**
 * An article's day as a listing's parts and the article-date files give it to the anchor script,
 * which compares the two as strings: no date → UNDATED, so an undated article's link finds the
 * listing's undated page.
 */
export function listedDay(date: string | undefined): string {
  return date ?? UNDATED;
}

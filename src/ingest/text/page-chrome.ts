/**
 * A page's navigation or its section's trail: "Menu | Search | E-paper", "Culture - Sports",
 * "This Week in Asia / Economics", short capitalised parts between separators.
 */
import { hasAtMostWords } from './words.ts';

// "Menu | Search | E-paper", "Culture - Sports", "This Week in Asia / Economics": a page's
// navigation, or its section's trail, of short capitalised parts.
const CHROME_SEPARATOR = / (?:[|/›>»·]|-|–) /;
/** Separators a headline does not use, but a section's trail does: "Tin tức - Sự kiện / News - Events". */
export const TRAIL_SEPARATOR = / [|/›>»] /;
const CHROME_PART = /^\p{Lu}[\p{L}\p{M}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.&'’-]*|in|of|and|on|the|&))*$/u;

// Links in a row are separated by bars or arrows, and need not be capitalised throughout: "Places | Food |
// Trip guide", "Home > News & Events > Student news", "Share: Facebook | X | LinkedIn".
const NAVIGATION_PART = /^\p{Lu}[\p{L}\p{M}.&'’: -]*$/u;

export function isPageChrome(unit: string): boolean {
  // A full stop ends a headline, not a trail: a wire desk's "SQUASH - SEMIFINAL RESULT." ("U.S." ends a trail's part).
  if (!CHROME_SEPARATOR.test(unit) || unit.length > 120 || /\p{L}{2}[.!?]$/u.test(unit)) return false;
  const parts = unit.split(CHROME_SEPARATOR);
  // Three parts or more are a menu even when dashes part them: "Travel - Places - Food - Trip guide".
  const part = / [|>›»] /.test(unit) || parts.length >= 3 ? NAVIGATION_PART : CHROME_PART;
  return parts.length <= 8 && parts.every((text) => hasAtMostWords(text, 4) && part.test(text));
}

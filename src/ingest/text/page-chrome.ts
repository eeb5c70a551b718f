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
// Trip guide", "Home > News & Events > Student news", "Share: Facebook | X | LinkedIn". A script without
// letter case opens its items with any letter: "福娘童話集 > きょうのイソップ童話".
const NAVIGATION_PART = /^[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’: -]*$/u;

/** "首页|新闻|图片|评论|娱乐": a menu's row in a script written without spaces, its bars unspaced too. */
const UNSPACED_MENU = /^[\p{Lo}\p{M}]{1,8}(?:\|[\p{Lo}\p{M}]{1,8}){3,}$/u;

export function isPageChrome(unit: string): boolean {
  if (UNSPACED_MENU.test(unit)) return true;
  // A full stop ends a headline, not a trail: a wire desk's "SQUASH - SEMIFINAL RESULT." ("U.S." ends a trail's part).
  if (!CHROME_SEPARATOR.test(unit) || unit.length > 120 || /\p{L}{2}[.!?]$/u.test(unit)) return false;
  const parts = unit.split(CHROME_SEPARATOR);
  // Three parts or more are a menu even when dashes part them: "Travel - Places - Food - Trip guide".
  const part = / [|>›»] /.test(unit) || parts.length >= 3 ? NAVIGATION_PART : CHROME_PART;
  return parts.length <= 8 && parts.every((text) => hasAtMostWords(text, 4) && part.test(text));
}

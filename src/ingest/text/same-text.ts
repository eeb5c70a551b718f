/** Compares two lines as a reader would: ignoring case, diacritics, punctuation and spacing. */
import { foldDiacritics } from '../../lib/slugify.ts';

export function sameText(a: string, b: string): boolean {
  return foldedKey(a) === foldedKey(b);
}

/** "Tô Lâm's visit — day 2" → "tolamsvisitday2"; letters of every script kept ("東京タワー" is no empty key). */
export function foldedKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Headlines compared as a reader would: case, diacritics, punctuation and
 * spacing do not matter ("Việt Nam’s GDP grows 7%" = "VIET NAM'S GDP GROWS 7 %").
 */

export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sameHeadline(a: string, b: string): boolean {
  return normalizeHeadline(a) === normalizeHeadline(b);
}

/** Whether the text shows the headline, as a run of whole words. */
export function showsHeadline(text: string, headline: string): boolean {
  const wanted = normalizeHeadline(headline);
  return wanted !== '' && ` ${normalizeHeadline(text)} `.includes(` ${wanted} `);
}

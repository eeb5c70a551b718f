/** Wire copy shouts: headlines and datelines in capitals. These read them back in normal case. */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'via', 'with']);

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * How many letters of the text are capitals (\p{Lu}) and how many lower case (\p{Ll}), counted as
 * `text.match(/\p{Lu}/gu)` and `text.match(/\p{Ll}/gu)` count them, without building their lists of
 * matches: each code unit of the BMP is asked of the expressions once per thread.
 */
export function countLetterCases(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cases: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A character outside the BMP: asked of the expressions themselves (rare).
      cases = casesOf(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else {
      cases = UNIT_CASES[code];
      if (cases === 0) UNIT_CASES[code] = cases = casesOf(String.fromCharCode(code));
    }
    if (cases & UPPER) upper++;
    else if (cases & LOWER) lower++;
  }
  return { upper, lower };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Bits of UNIT_CASES: worked out, \p{Lu}, \p{Ll}. */
const KNOWN = 1;
const UPPER = 2;
const LOWER = 4;
const UNIT_CASES = new Uint8Array(0x10000);

function casesOf(char: string): number {
  return KNOWN | (/\p{Lu}/u.test(char) ? UPPER : 0) | (/\p{Ll}/u.test(char) ? LOWER : 0);
}

/** "GERMAN BUYERS FIND IT HARDER" → "German Buyers Find It Harder"; "HÀ NỘI" → "Hà Nội". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : capitalize(word)))
    .join('');
}

function capitalize(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** Wire copy shouts: headlines and datelines in capitals. These read them back in normal case. */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'via', 'with']);

/** Of the text's words opening with a letter, the share opening with a capital (0 when none does): a title-case headline's is high. */
export function capitalizedWordShare(text: string): number {
  const letterWords = text.split(' ').filter((word) => /^\p{L}/u.test(word));
  return letterWords.length ? letterWords.filter((word) => /^\p{Lu}/u.test(word)).length / letterWords.length : 0;
}

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * How many letters of the text are capitals (\p{Lu}) and how many lower case (\p{Ll}), counted as
 * `text.match(/\p{Lu}/gu)` and `text.match(/\p{Ll}/gu)` count them, without building their lists of
 * matches.
 */
export function countLetterCases(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cases: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A character outside the BMP: asked of the expressions themselves (rare).
      cases = caseBits(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else cases = unitCase(code);
    if (cases & UPPERCASE_LETTER) upper++;
    else if (cases & LOWERCASE_LETTER) lower++;
  }
  return { upper, lower };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Bits of what `unitCase` says of a code unit: a letter (its lower and upper case differ), a capital, \p{Lu}, \p{Ll}. */
export const LETTER = 2;
export const CAPITAL = 4;
export const UPPERCASE_LETTER = 8;
export const LOWERCASE_LETTER = 16;
/** Set once a unit has been worked out, so that 0 means "not yet". */
const KNOWN = 1;
/** What each code unit of the BMP is, by case; 0 until first asked. */
const UNIT_CASES = new Uint8Array(0x10000);

/** What a code unit is, by case (the bits above), worked out once per unit and thread. A lone surrogate is neither \p{Lu} nor \p{Ll}. */
export function unitCase(code: number): number {
  let cases = UNIT_CASES[code];
  if (cases === 0) UNIT_CASES[code] = cases = caseBits(String.fromCharCode(code));
  return cases;
}

function caseBits(char: string): number {
  let cases = KNOWN;
  if (char.toLowerCase() !== char.toUpperCase()) cases |= LETTER;
  if (char !== char.toLowerCase()) cases |= CAPITAL;
  // A lone surrogate is no letter; the expressions are not asked of it.
  if (char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff) return cases;
  if (/\p{Lu}/u.test(char)) cases |= UPPERCASE_LETTER;
  if (/\p{Ll}/u.test(char)) cases |= LOWERCASE_LETTER;
  return cases;
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

/** Wire copy shouts: headlines and datelines in capitals. These read them back in normal case. */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'via', 'with']);

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
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

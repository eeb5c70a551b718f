/**
 * Word counts of a line of single-spaced text (the clean stage's lines: src/ingest/parse.ts
 * collapses their spaces), without building a list of its words. In the scripts written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer) every two characters count as a word, as the
 * segmenter counts tokens (src/ingest/segment/line-facts.ts).
 */

/** Scripts written without spaces, as ranges of code units: Thai and Lao, Khmer, hiragana and katakana, CJK ideographs (and extension A). Hangul is written with spaces. */
const UNSPACED_RANGES: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff],
  [0x1780, 0x17ff],
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** Characters of a script written without spaces that make about a word. */
export const CHARACTERS_PER_WORD = 2;

export function isUnspacedScript(code: number): boolean {
  if (code < 0x0e00) return false;
  for (const [first, last] of UNSPACED_RANGES) if (code >= first && code <= last) return true;
  return false;
}

const UNSPACED_CLASS = UNSPACED_RANGES.map(([first, last]) => `\\u${first.toString(16).padStart(4, '0')}-\\u${last.toString(16).padStart(4, '0')}`).join('');
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_CLASS}]`);
const UNSPACED_RUNS = new RegExp(`[${UNSPACED_CLASS}]+`, 'g');

/** unit.split(' ').length, a run written without spaces counting a word for every CHARACTERS_PER_WORD characters. */
export function wordCount(unit: string): number {
  let count = 1;
  for (let at = unit.indexOf(' '); at >= 0; at = unit.indexOf(' ', at + 1)) count++;
  return UNSPACED_SCRIPT.test(unit) ? count + unspacedWords(unit) : count;
}

/** wordCount(unit) <= most, counting no further than it needs (most lines asked about are paragraphs). */
export function hasAtMostWords(unit: string, most: number): boolean {
  let count = 1;
  for (let at = unit.indexOf(' '); at >= 0 && count <= most; at = unit.indexOf(' ', at + 1)) count++;
  return count <= most && (!UNSPACED_SCRIPT.test(unit) || count + unspacedWords(unit) <= most);
}

/** The words a line's unspaced runs hold beyond the one its spaces count for each. */
function unspacedWords(unit: string): number {
  let extra = 0;
  for (const run of unit.match(UNSPACED_RUNS) ?? []) extra += Math.ceil(run.length / CHARACTERS_PER_WORD) - 1;
  return extra;
}

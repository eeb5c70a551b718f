/**
 * Whether a line ends like a sentence, by the end marks of rules/words.ts (Latin's, the
 * full-width CJK ones, the danda, the Arabic question mark, the Urdu full stop). Read backwards
 * from the line's end: a regular expression anchored at the end tries every position of a long line.
 */
import { SENTENCE_CLOSING_MARKS, SENTENCE_END_MARKS } from '../rules/words.ts';

const END_MARKS = new Set([...SENTENCE_END_MARKS].map((char) => char.charCodeAt(0)));
const CLOSING_MARKS = new Set([...SENTENCE_CLOSING_MARKS].map((char) => char.charCodeAt(0)));

/** The line's last character is a sentence's end mark: "… on Monday.", "… 晴れです。". */
export function endsWithSentenceMark(line: string): boolean {
  return line.length > 0 && END_MARKS.has(line.charCodeAt(line.length - 1));
}

/** The line ends with a sentence's end mark, then any closing quotes and brackets: "… he said.”". */
export function endsSentence(line: string): boolean {
  let at = line.length - 1;
  while (at >= 0 && CLOSING_MARKS.has(line.charCodeAt(at))) at--;
  return at >= 0 && END_MARKS.has(line.charCodeAt(at));
}

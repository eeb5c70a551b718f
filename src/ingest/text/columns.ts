/**
 * How wide a line is where it was wrapped: a terminal gives an East Asian wide or fullwidth character two
 * columns, and so does w3m when it dumps a page for one. It wraps Korean at 80 columns, about 40 characters, in the
 * middle of a word ("…피해자 코스프레인" / "가. 시작은…"): counted in characters, such a text looks unwrapped, and
 * each of its lines a paragraph of its own. lynx (as Debian builds it), html-to-text and html2text count characters
 * (clean.ts, `wrapMeasure`, tries both).
 */

/** Hangul, CJK ideographs, kana, their punctuation and the fullwidth forms (Unicode's East Asian Width W and F, BMP). */
export const WIDE_CHARACTERS = '\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6';
const WIDE = new RegExp(`[${WIDE_CHARACTERS}]`);
const EVERY_WIDE = new RegExp(WIDE.source, 'g');

/** The line's width in columns. A wide character beyond the BMP is two UTF-16 units, so two already. */
export function columns(line: string): number {
  // Each wide character adds one column to the line's length: as many as removing them takes away.
  return WIDE.test(line) ? 2 * line.length - line.replace(EVERY_WIDE, '').length : line.length;
}

/**
 * What joins two lines a terminal wrapped: a space, but nothing after a wide character where a wide character or
 * a closing mark follows, the wrap having fallen inside a word (Korean), in a text written without spaces (Chinese,
 * Japanese), or before the full stop that ends a sentence.
 */
export function joinerBetween(before: string, after: string): string {
  return WIDE.test(before.at(-1) ?? '') && (WIDE.test(after[0] ?? '') || CLOSING_MARK.test(after)) ? '' : ' ';
}

const CLOSING_MARK = /^[.,!?;:)\]}”’"'»…]/;

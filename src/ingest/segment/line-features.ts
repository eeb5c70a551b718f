/**
 * What the article segmenter knows of each line of a page: its shape (length,
 * how it ends, its capitals), which named rules it matches, and how much
 * prose surrounds it. Every feature has a name, so a trained model is a table
 * of named weights a reader can check (src/ingest/models/article-lines.json),
 * and `--explain` can say which features carried a decision.
 *
 * The features avoid any one language's words where they can: real pages come
 * in Portuguese, Russian, Korean and Japanese too, and a line's length, its
 * punctuation and its neighbours say as much as its words.
 */
import { findFullDate, isDateLine } from '../extract/date.ts';
import { BYLINE, datelineAtStart, matchesKind } from '../rules/line-rules.ts';
import { isPageChrome } from '../text/page-chrome.ts';
import { FUNCTION_WORDS } from '../rules/words.ts';

/** Letters, digits and underscore: Python's `\w`, as the article-extraction benchmark counts tokens. */
export const TOKEN = /[\p{L}\p{N}_]+/gu;

const SENTENCE_END = /[.!?…。！？](?:["”’»)\]]*)$/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const URL_OR_HANDLE = /https?:\/\/|www\.|\.(?:com|org|net)\b|@\w/;

/** Long enough and ending like a sentence: a paragraph of the article or of something else. */
export function isProse(line: string, tokens: number): boolean {
  return (tokens >= 12 || line.length >= 80) && SENTENCE_END.test(line);
}

/** One line's own features, before its neighbours are known. */
interface LineShape {
  tokens: number;
  prose: boolean;
  values: number[];
}

const SHAPE_FEATURES = [
  'words=1', 'words=2', 'words=3', 'words=4-6', 'words=7-12', 'words=13-25', 'words=26-50', 'words>50',
  'chars<20', 'chars=20-49', 'chars=50-99', 'chars=100-199', 'chars>=200', 'log-chars',
  'ends-sentence', 'ends-colon', 'ends-word', 'starts-lower', 'starts-quote', 'starts-bullet',
  'capitalized-share', 'all-caps', 'function-word-share', 'digit-share', 'commas', 'cjk', 'url-or-handle',
  'rule:full-date', 'rule:date-line', 'rule:byline', 'rule:furniture', 'rule:dropped', 'rule:credit', 'rule:navigation', 'rule:dateline',
] as const;

const CONTEXT_FEATURES = [
  'prev-prose', 'next-prose', 'prose-around-3', 'prose-around-8', 'prose-before-5', 'prose-after-5',
  'position', 'in-prose-block', 'distance-to-prose-block', 'repeated', 'bias',
] as const;

export const LINE_FEATURES: readonly string[] = [...SHAPE_FEATURES, ...CONTEXT_FEATURES];

function lineShape(line: string): LineShape {
  const words = line.split(' ');
  const tokens = line.match(TOKEN)?.length ?? 0;
  const chars = line.length;
  let letterWords = 0;
  let capitalized = 0;
  let functionWords = 0;
  for (const word of words) {
    if (/^\p{L}/u.test(word)) {
      letterWords++;
      if (/^\p{Lu}/u.test(word)) capitalized++;
    }
    if (FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''))) functionWords++;
  }
  const n = words.length;
  const values = [
    n === 1, n === 2, n === 3, n >= 4 && n <= 6, n >= 7 && n <= 12, n >= 13 && n <= 25, n >= 26 && n <= 50, n > 50,
    chars < 20, chars >= 20 && chars < 50, chars >= 50 && chars < 100, chars >= 100 && chars < 200, chars >= 200, Math.log1p(chars) / 7,
    SENTENCE_END.test(line), line.endsWith(':'), /[\p{L}\p{N}]$/u.test(line), /^\p{Ll}/u.test(line), /^["“«]/.test(line), /^[-–—•*·]/.test(line),
    letterWords ? capitalized / letterWords : 0, /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line), functionWords / n,
    (line.match(/\d/g)?.length ?? 0) / Math.max(1, chars), Math.min(5, line.split(',').length - 1) / 5, CJK.test(line), URL_OR_HANDLE.test(line),
    findFullDate(line) !== undefined, isDateLine(line), BYLINE.test(line), matchesKind('furniture', line),
    matchesKind('drop', line), matchesKind('credit', line), isPageChrome(line), datelineAtStart(line) !== undefined,
  ].map(Number);
  return { tokens, prose: isProse(line, tokens), values };
}

/**
 * The run of lines richest in prose: each prose line counts its tokens, every other line costs a
 * little, and the run with the highest sum wins (Kadane's maximum subarray). Most pages hold their
 * article there; the model learns how far to trust it.
 */
function proseBlock(shapes: LineShape[]): { start: number; end: number } {
  const SHORT_LINE_COST = 4;
  let best = { start: 0, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  shapes.forEach((shape, index) => {
    const score = shape.prose ? shape.tokens : -SHORT_LINE_COST;
    if (sum <= 0) {
      sum = score;
      start = index;
    } else sum += score;
    if (sum > best.sum) best = { start, end: index, sum };
  });
  return best;
}

/** Each line's feature vector, in the order of LINE_FEATURES. */
export function lineFeatures(lines: string[]): Float64Array[] {
  const shapes = lines.map(lineShape);
  const prose = shapes.map((shape) => (shape.prose ? 1 : 0));
  const count = lines.length;
  const block = proseBlock(shapes);
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  const proseShare = (from: number, to: number, skip: number) => {
    let sum = 0;
    let cells = 0;
    for (let at = Math.max(0, from); at <= Math.min(count - 1, to); at++) {
      if (at === skip) continue;
      sum += prose[at];
      cells++;
    }
    return cells ? sum / cells : 0;
  };
  return shapes.map((shape, index) => {
    const distance = index < block.start ? block.start - index : index > block.end ? index - block.end : 0;
    const context = [
      prose[index - 1] ?? 0,
      prose[index + 1] ?? 0,
      proseShare(index - 3, index + 3, index),
      proseShare(index - 8, index + 8, index),
      proseShare(index - 5, index - 1, index),
      proseShare(index + 1, index + 5, index),
      count > 1 ? index / (count - 1) : 0,
      distance === 0 ? 1 : 0,
      Math.min(1, distance / 20),
      (seen.get(lines[index]) ?? 0) > 1 ? 1 : 0,
      1,
    ];
    return Float64Array.from([...shape.values, ...context]);
  });
}

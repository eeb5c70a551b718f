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
import { FUNCTION_WORDS } from '../rules/words.ts';
import { endsSentence } from '../text/sentence-end.ts';
import { CAPITAL, LETTER, LOWERCASE_LETTER, unitCase, UPPERCASE_LETTER } from '../text/letter-case.ts';
import { lineFacts, type LineFacts } from './line-facts.ts';



const URL_OR_HANDLE = /https?:\/\/|www\.|\.(?:com|org|net)\b|@\w/;


/** Long enough and ending like a sentence: a paragraph of the article or of something else. */
export function isProse(line: string, tokens: number): boolean {
  return (tokens >= 12 || line.length >= 80) && endsSentence(line);
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

/**
 * Writes a line's own features into the start of its row; true when the line is prose. One pass
 * over the line's code units gives its words, capitals, digits, commas and scripts (each unit's
 * case looked up by unitCase); a line with a character outside the BMP asks the expressions.
 */
function writeShape(line: string, facts: LineFacts, row: Float64Array): boolean {
  const { tokens } = facts;
  const chars = line.length;
  let n = 1;
  let letterWords = 0;
  let capitalized = 0;
  let functionWords = 0;
  let digits = 0;
  let commas = 0;
  let upper = false;
  let lower = false;
  let cjk = false;
  let astral = false;
  let wordStart = 0;
  for (let index = 0; index <= chars; index++) {
    const code = index < chars ? line.charCodeAt(index) : 32;
    if (code === 32) {
      // A word ends here: what its first code unit is decides whether it counts.
      if (wordStart < index) {
        const first = unitCase(line.charCodeAt(wordStart));
        if (first & LETTER) {
          letterWords++;
          if (first & CAPITAL) capitalized++;
          if (index - wordStart <= LONGEST_FUNCTION_WORD + 2 && isFunctionWord(line.slice(wordStart, index))) functionWords++;
        }
      }
      if (index < chars) n++;
      wordStart = index + 1;
      continue;
    }
    if (code < 128) {
      if (code >= 48 && code <= 57) digits++;
      else if (code === 44) commas++;
      else if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) lower = true;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      astral = true;
      continue;
    }
    const cases = unitCase(code);
    if (cases & UPPERCASE_LETTER) upper = true;
    if (cases & LOWERCASE_LETTER) lower = true;
    // Han, kana and Hangul, as plain code-unit ranges.
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) cjk = true;
  }
  if (astral) {
    upper = /\p{Lu}/u.test(line);
    lower = /\p{Ll}/u.test(line);
  }
  const flags = [
    n === 1, n === 2, n === 3, n >= 4 && n <= 6, n >= 7 && n <= 12, n >= 13 && n <= 25, n >= 26 && n <= 50, n > 50,
    chars < 20, chars >= 20 && chars < 50, chars >= 50 && chars < 100, chars >= 100 && chars < 200, chars >= 200,
  ];
  let at = 0;
  for (const flag of flags) row[at++] = flag ? 1 : 0;
  const endsLikeSentence = endsSentence(line);
  row[at++] = Math.log1p(chars) / 7;
  row[at++] = endsLikeSentence ? 1 : 0;
  row[at++] = line.endsWith(':') ? 1 : 0;
  row[at++] = endsWithWordCharacter(line) ? 1 : 0;
  row[at++] = /^\p{Ll}/u.test(line) ? 1 : 0;
  row[at++] = /^["“«]/.test(line) ? 1 : 0;
  row[at++] = /^[-–—•*·]/.test(line) ? 1 : 0;
  row[at++] = letterWords ? capitalized / letterWords : 0;
  row[at++] = upper && !lower ? 1 : 0;
  row[at++] = functionWords / n;
  row[at++] = digits / Math.max(1, chars);
  row[at++] = Math.min(5, commas) / 5;
  row[at++] = cjk ? 1 : 0;
  row[at++] = URL_OR_HANDLE.test(line) ? 1 : 0;
  const rules = [facts.fullDate, facts.dateLine, facts.byline, facts.furniture !== undefined, facts.drop !== undefined, facts.credit !== undefined, facts.navigation, facts.dateline];
  for (const rule of rules) row[at++] = rule ? 1 : 0;
  return (tokens >= 12 || chars >= 80) && endsLikeSentence;
}

const TRAILING_PUNCTUATION = /[^\p{L}]+$/u;
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((word) => word.length));

function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  // A word ending in a letter has no trailing punctuation to strip: the expression is asked only of the others.
  return FUNCTION_WORDS.has(last >= 97 && last <= 122 ? lower : lower.replace(TRAILING_PUNCTUATION, ''));
}

/** /[\p{L}\p{N}]$/u.test(line), from the line's last character rather than from every position. */
function endsWithWordCharacter(line: string): boolean {
  if (line.length === 0) return false;
  let last = line.codePointAt(line.length - 1)!;
  // The low half of a pair: the character is the pair's.
  if (last >= 0xdc00 && last <= 0xdfff && line.length >= 2) {
    const pair = line.codePointAt(line.length - 2)!;
    if (pair > 0xffff) last = pair;
  }
  return WORD_CHARACTER.test(String.fromCodePoint(last));
}
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * The run of lines richest in prose: each prose line counts its tokens, every other line costs a
 * little, and the run with the highest sum wins (Kadane's maximum subarray). Most pages hold their
 * article there; the model learns how far to trust it.
 */
function proseBlock(prose: Uint8Array, facts: LineFacts[]): { start: number; end: number } {
  const SHORT_LINE_COST = 4;
  let best = { start: 0, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  for (let index = 0; index < prose.length; index++) {
    const score = prose[index] ? facts[index].tokens : -SHORT_LINE_COST;
    if (sum <= 0) {
      sum = score;
      start = index;
    } else sum += score;
    if (sum > best.sum) best = { start, end: index, sum };
  }
  return best;
}

const SHAPE_WIDTH = SHAPE_FEATURES.length;

/** Each line's feature vector, in the order of LINE_FEATURES. */
export function lineFeatures(lines: string[], facts: LineFacts[] = lines.map(lineFacts)): Float64Array[] {
  const count = lines.length;
  const rows = lines.map(() => new Float64Array(LINE_FEATURES.length));
  const prose = new Uint8Array(count);
  lines.forEach((line, index) => (prose[index] = writeShape(line, facts[index], rows[index]) ? 1 : 0));
  // Prose lines before each index, so a window's share is two lookups.
  const before = new Uint32Array(count + 1);
  for (let index = 0; index < count; index++) before[index + 1] = before[index] + prose[index];
  const proseShare = (from: number, to: number, skip: number) => {
    const first = Math.max(0, from);
    const last = Math.min(count - 1, to);
    if (last < first) return 0;
    let sum = before[last + 1] - before[first];
    let cells = last - first + 1;
    if (skip >= first && skip <= last) {
      sum -= prose[skip];
      cells--;
    }
    return cells ? sum / cells : 0;
  };
  const block = proseBlock(prose, facts);
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  rows.forEach((row, index) => {
    const distance = index < block.start ? block.start - index : index > block.end ? index - block.end : 0;
    let at = SHAPE_WIDTH;
    row[at++] = index > 0 ? prose[index - 1] : 0;
    row[at++] = index + 1 < count ? prose[index + 1] : 0;
    row[at++] = proseShare(index - 3, index + 3, index);
    row[at++] = proseShare(index - 8, index + 8, index);
    row[at++] = proseShare(index - 5, index - 1, index);
    row[at++] = proseShare(index + 1, index + 5, index);
    row[at++] = count > 1 ? index / (count - 1) : 0;
    row[at++] = distance === 0 ? 1 : 0;
    row[at++] = Math.min(1, distance / 20);
    row[at++] = (seen.get(lines[index]) ?? 0) > 1 ? 1 : 0;
    row[at++] = 1;
  });
  return rows;
}

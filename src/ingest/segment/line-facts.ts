/**
 * What the named rules say of one line of a page, worked out once: the clean
 * stage, the segmenter's features and its span all ask the same questions of
 * the same lines, and each question is a handful of regular expressions.
 */
import { findFullDate, hasFourDigits, isDateLine } from '../extract/date.ts';
import { BYLINE, datelineAtStart, ruleFor, type LineRule } from '../rules/line-rules.ts';
import { isPageChrome } from '../text/page-chrome.ts';
import { CHARACTERS_PER_WORD, isUnspacedScript } from '../text/words.ts';

/** Letters, digits and underscore: Python's `\\w`, as the article-extraction benchmark counts tokens. */
export const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface LineFacts {
  /** Letters-and-digits tokens, as the article-extraction benchmark counts them. */
  tokens: number;
  /** The whole line is a date, perhaps with a weekday, time and zone. */
  dateLine: boolean;
  /** The line holds a date written in full somewhere. */
  fullDate: boolean;
  byline: boolean;
  /** Navigation or a section's trail ("Home | News", "Culture - Sports"). */
  navigation: boolean;
  /** The line opens with a dateline ("HÀ NỘI —", "BAKU, Azerbaijan, May 8."). */
  dateline: boolean;
  drop?: LineRule;
  furniture?: LineRule;
  credit?: LineRule;
}


export function lineFacts(line: string): LineFacts {
  const hasYear = hasFourDigits(line);
  return {
    tokens: countTokens(line),
    dateLine: hasYear && isDateLine(line),
    fullDate: hasYear && findFullDate(line) !== undefined,
    byline: BYLINE.test(line),
    navigation: isPageChrome(line),
    dateline: datelineAtStart(line) !== undefined,
    drop: ruleFor('drop', line),
    furniture: ruleFor('furniture', line),
    credit: ruleFor('credit', line),
  };
}

/**
 * line.match(TOKEN).length, without the regular expression: a Unicode property class on every
 * character of every line was a fifth of the clean stage's time. Except in the scripts written
 * without spaces (Chinese, Japanese, Thai, Lao, Khmer): there a run of characters counts a token
 * for every two, about a word's worth, or a Japanese paragraph of sixty characters would weigh as
 * one token, and read like a menu item to the segmenter.
 */
export function countTokens(line: string): number {
  let count = 0;
  let inToken = false;
  let unspaced = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (isUnspacedScript(code)) {
      if (unspaced % CHARACTERS_PER_WORD === 0) count++;
      unspaced++;
      inToken = false;
      continue;
    }
    unspaced = 0;
    const token = isTokenCode(code);
    if (token && !inToken) count++;
    inToken = token;
  }
  return count;
}

/** For each code unit of the Basic Multilingual Plane: 0 not yet known, 1 a token character, 2 not. */
const TOKEN_CODES = new Uint8Array(0x10000);
const TOKEN_CHARACTER = /[\p{L}\p{N}_]/u;

function isTokenCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  // Surrogates: a character outside the BMP (an emoji, mostly) is no token's.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (TOKEN_CODES[code] === 0) TOKEN_CODES[code] = TOKEN_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return TOKEN_CODES[code] === 1;
}

/**
 * Splits a sentence into tokens the way CoNLL-2003's Reuters text was split,
 * so the tagger sees at ingest what it saw in training: punctuation apart
 * ("Paris ," "( VNA )"), the possessive and "n't" apart ("Germany 's",
 * "does n't"), words joined by hyphens, inner periods, inner apostrophes and
 * "&" kept whole ("all-rounder", "U.S.", "O'Brien", "AT&T"), an abbreviation
 * keeping its period ("Inc.", "Mr.", "J."), figures whole ("1,000", "3.5").
 * Typographic quotes and dashes are read as the plain ones Reuters typed
 * (“ ” → ", ’ → ', — → --). Each token keeps where it stands in the sentence.
 */

export interface TextToken {
  /** As the model reads it: "’s" → "'s", "“" → '"'. */
  text: string;
  /** Offsets in the sentence; `end` exclusive. */
  start: number;
  end: number;
}

/** Words written with a period that does not end the sentence: "Mr.", "Inc.", "Jan.". */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'st', 'mt', 'ft', 'jr', 'sr', 'co', 'inc', 'corp', 'ltd', 'plc', 'bhd', 'rev', 'hon', 'no', 'vs', 'etc', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'univ', 'bros',
]);

/** Letters (any script), combining marks and digits. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Latin letters with their marks, combining marks, Vietnamese letters: by range, as most non-ASCII text here is.
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return code !== 0xd7 && code !== 0xf7;
  if (!(code > 0xbf)) return false;
  // Curly quotes and dashes, other scripts: asked of the expression once per code unit and thread.
  let known = WORD_CODES[code];
  if (known === 0) WORD_CODES[code] = known = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** For each code unit of the BMP: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const WORD_CODES = new Uint8Array(0x10000);

const isDigit = (code: number) => code >= 48 && code <= 57;
/** ' and ’: compared, not looked up in a set, as the tokenizer asks it of nearly every word. */
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** How punctuation reads in Reuters' plain text. */
const PLAIN_PUNCTUATION: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '—': '--', '–': '-', '…': '...' };

/** Makes a token of what the tokenizer found; callers that want more than a TextToken build it at once. */
export type MakeToken<T> = (text: string, start: number, end: number) => T;

const textToken: MakeToken<TextToken> = (text, start, end) => ({ text, start, end });

export function tokenizeSentence(sentence: string): TextToken[];
export function tokenizeSentence<T extends TextToken>(sentence: string, make: MakeToken<T>): T[];
export function tokenizeSentence(sentence: string, make: MakeToken<TextToken> = textToken): TextToken[] {
  const tokens: TextToken[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const code = sentence.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f) {
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      i = punctuation(sentence, i, tokens, make);
      continue;
    }
    i = word(sentence, i, tokens, make);
  }
  return tokens;
}

function punctuation(sentence: string, start: number, tokens: TextToken[], make: MakeToken<TextToken>): number {
  const char = sentence[start];
  let end = start + 1;
  // "(VNA)'s": a possessive after a bracket or quote.
  if (isApostrophe(sentence.charCodeAt(start)) && /[sS]/.test(sentence[end] ?? '') && !isWordChar(sentence.charCodeAt(end + 1) || 32)) {
    tokens.push(make(`'${sentence[end]}`, start, end + 1));
    return end + 1;
  }
  // "--", "...", "''": runs of the same mark are one token.
  if (char === '-' || char === '.' || char === "'" || char === '`') while (sentence[end] === char) end++;
  const written = sentence.slice(start, end);
  const text = PLAIN_PUNCTUATION[written] ?? (written === "''" || written === '``' ? '"' : written);
  tokens.push(make(text, start, end));
  return end;
}

function word(sentence: string, start: number, tokens: TextToken[], make: MakeToken<TextToken>): number {
  const n = sentence.length;
  let end = start;
  for (;;) {
    while (end < n && isWordChar(sentence.charCodeAt(end))) end++;
    const joiner = sentence.charCodeAt(end);
    const next = sentence.charCodeAt(end + 1);
    if (end + 1 >= n || !isWordChar(next)) break;
    // "U.S", "3.5", "1,000", "all-rounder", "AT&T", "9/11", "O'Brien" (not "Germany's", "don't": split below).
    if (joiner === 46 || joiner === 45 || joiner === 38 || joiner === 47 || (joiner === 44 && isDigit(sentence.charCodeAt(end - 1)) && isDigit(next))) {
      end += 1;
      continue;
    }
    if (isApostrophe(joiner) && !clitic(sentence, end + 1)) {
      end += 1;
      continue;
    }
    break;
  }
  // "US$", "HK$": a currency's letters keep their sign.
  if (sentence[end] === '$' && /^\p{Lu}{1,3}$/u.test(sentence.slice(start, end))) end++;
  let text = sentence.slice(start, end);
  // "doesn't" → "does" "n't".
  if (isApostrophe(sentence.charCodeAt(end)) && sentence[end + 1] === 't' && /n$/i.test(text) && text.length > 1 && !isWordChar(sentence.charCodeAt(end + 2) || 32)) {
    tokens.push(make(text.slice(0, -1), start, end - 1));
    tokens.push(make("n't", end - 1, end + 2));
    return end + 2;
  }
  // Keep the period of an initial, a dotted abbreviation or a listed one: "J.", "U.S.", "Inc.".
  if (sentence[end] === '.' && sentence[end + 1] !== '.' && (text.length === 1 || text.includes('.') || ABBREVIATIONS.has(text.toLowerCase())) && /\p{L}/u.test(text)) {
    text += '.';
    end++;
  }
  tokens.push(make(text, start, end));
  // "Germany's", "workers'": the possessive is a token of its own.
  if (isApostrophe(sentence.charCodeAt(end))) {
    const after = sentence.charCodeAt(end + 1);
    if ((after === 115 || after === 83) && !isWordChar(sentence.charCodeAt(end + 2) || 32)) {
      tokens.push(make(`'${sentence[end + 1]}`, end, end + 2));
      return end + 2;
    }
  }
  return end;
}

/** "'s", "'re", "'ve", "'ll", "'d", "'m" or "'t" at `at` ends a word here. */
function clitic(sentence: string, at: number): boolean {
  let end = at;
  while (end < sentence.length && isWordChar(sentence.charCodeAt(end))) end++;
  return /^(?:s|re|ve|ll|d|m|t)$/i.test(sentence.slice(at, end));
}

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
  return code > 0xbf && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const APOSTROPHES = new Set([39, 0x2019]);

/** How punctuation reads in Reuters' plain text. */
const PLAIN_PUNCTUATION: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '—': '--', '–': '-', '…': '...' };

export function tokenizeSentence(sentence: string): TextToken[] {
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
      i = punctuation(sentence, i, tokens);
      continue;
    }
    i = word(sentence, i, tokens);
  }
  return tokens;
}

function punctuation(sentence: string, start: number, tokens: TextToken[]): number {
  const char = sentence[start];
  let end = start + 1;
  // "(VNA)'s": a possessive after a bracket or quote.
  if (APOSTROPHES.has(sentence.charCodeAt(start)) && /[sS]/.test(sentence[end] ?? '') && !isWordChar(sentence.charCodeAt(end + 1) || 32)) {
    tokens.push({ text: `'${sentence[end]}`, start, end: end + 1 });
    return end + 1;
  }
  // "--", "...", "''": runs of the same mark are one token.
  if (char === '-' || char === '.' || char === "'" || char === '`') while (sentence[end] === char) end++;
  const written = sentence.slice(start, end);
  const text = PLAIN_PUNCTUATION[written] ?? (written === "''" || written === '``' ? '"' : written);
  tokens.push({ text, start, end });
  return end;
}

function word(sentence: string, start: number, tokens: TextToken[]): number {
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
    if (APOSTROPHES.has(joiner) && !clitic(sentence, end + 1)) {
      end += 1;
      continue;
    }
    break;
  }
  // "US$", "HK$": a currency's letters keep their sign.
  if (sentence[end] === '$' && /^\p{Lu}{1,3}$/u.test(sentence.slice(start, end))) end++;
  let text = sentence.slice(start, end);
  // "doesn't" → "does" "n't".
  if (APOSTROPHES.has(sentence.charCodeAt(end)) && sentence[end + 1] === 't' && /n$/i.test(text) && text.length > 1 && !isWordChar(sentence.charCodeAt(end + 2) || 32)) {
    tokens.push({ text: text.slice(0, -1), start, end: end - 1 });
    tokens.push({ text: "n't", start: end - 1, end: end + 2 });
    return end + 2;
  }
  // Keep the period of an initial, a dotted abbreviation or a listed one: "J.", "U.S.", "Inc.".
  if (sentence[end] === '.' && sentence[end + 1] !== '.' && (text.length === 1 || text.includes('.') || ABBREVIATIONS.has(text.toLowerCase())) && /\p{L}/u.test(text)) {
    text += '.';
    end++;
  }
  tokens.push({ text, start, end });
  // "Germany's", "workers'": the possessive is a token of its own.
  if (APOSTROPHES.has(sentence.charCodeAt(end))) {
    const after = sentence.charCodeAt(end + 1);
    if ((after === 115 || after === 83) && !isWordChar(sentence.charCodeAt(end + 2) || 32)) {
      tokens.push({ text: `'${sentence[end + 1]}`, start: end, end: end + 2 });
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

/**
 * Whether a text is written in a language other than English: another language's function words (those
 * rules/words.ts knows) outnumber English's, or most of its words carry letters outside English's
 * alphabet (Vietnamese, whose every syllable is a word, Polish, Russian, Arabic, Chinese). A table of
 * names and figures has few function words and counts as English: the entity tagger, trained on English
 * newswire, reads its names; so does an English article full of Vietnamese names ("Tô Lâm", "Hà Nội").
 */
import { FUNCTION_WORDS_BY_LANGUAGE } from '../rules/words.ts';

const ENGLISH = FUNCTION_WORDS_BY_LANGUAGE.en;
const OTHER = new Set(
  Object.entries(FUNCTION_WORDS_BY_LANGUAGE)
    .filter(([language]) => language !== 'en')
    .flatMap(([, words]) => [...words])
    .filter((word) => !ENGLISH.has(word)),
);

/** Of a text's words, the share another language's function words must reach, besides outnumbering English's. */
const OTHER_SHARE = 0.1;
/** Of a text's words, the share with a letter outside English's alphabet that makes it another language's. */
const NON_ENGLISH_LETTERS_SHARE = 0.3;
/** Fewer words than this say too little of their language. */
const MIN_WORDS = 20;
/** The opening this long shows the language as well as the whole text does, for a fraction of the work. */
const SAMPLE_CHARACTERS = 1000;

export function inAnotherLanguage(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARACTERS).toLowerCase();
  const { words, english, other, nonEnglishLetters } = HAS_SURROGATE.test(sample) ? countByExpression(sample) : countByCodeUnit(sample);
  if (words < MIN_WORDS) return false;
  return (other > english && other >= words * OTHER_SHARE) || nonEnglishLetters >= words * NON_ENGLISH_LETTERS_SHARE;
}

interface WordCounts {
  words: number;
  /** Words that are English's function words, and those that are only another language's. */
  english: number;
  other: number;
  /** Words with a letter outside English's alphabet. */
  nonEnglishLetters: number;
}

/** The counts of the sample's words, \p{L}+ as the expression reads them, a character outside the BMP included. */
function countByExpression(sample: string): WordCounts {
  const counts = { words: 0, english: 0, other: 0, nonEnglishLetters: 0 };
  for (const [word] of sample.matchAll(/\p{L}+/gu)) {
    counts.words++;
    count(counts, word, isAsciiLowerCase(word));
  }
  return counts;
}

/**
 * The same counts, read code unit by code unit (none is a surrogate): a word longer than every function word
 * is never sliced nor looked up, which made the test half as costly as matching the sample's words.
 */
function countByCodeUnit(sample: string): WordCounts {
  const counts = { words: 0, english: 0, other: 0, nonEnglishLetters: 0 };
  for (let at = 0; at < sample.length; at++) {
    if (!isLetterUnit(sample.charCodeAt(at))) continue;
    let end = at;
    let ascii = true;
    while (end < sample.length && isLetterUnit(sample.charCodeAt(end))) {
      const code = sample.charCodeAt(end++);
      ascii &&= code >= 97 && code <= 122;
    }
    counts.words++;
    if (end - at <= LONGEST_FUNCTION_WORD) count(counts, sample.slice(at, end), ascii);
    else if (!ascii) counts.nonEnglishLetters++;
    at = end;
  }
  return counts;
}

function count(counts: WordCounts, word: string, ascii: boolean): void {
  if (ENGLISH.has(word)) counts.english++;
  else if (OTHER.has(word)) counts.other++;
  if (!ascii) counts.nonEnglishLetters++;
}

const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH, ...OTHER].map((word) => word.length));
const HAS_SURROGATE = /[\ud800-\udfff]/;

/** For each code unit of the BMP: 0 not yet known, 1 \p{L}, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

function isLetterUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (LETTER_UNITS[code] === 0) LETTER_UNITS[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return LETTER_UNITS[code] === 1;
}

function isAsciiLowerCase(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

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
  const words = text.slice(0, SAMPLE_CHARACTERS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  let english = 0;
  let other = 0;
  let nonEnglishLetters = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
    if (!isAsciiLowerCase(word)) nonEnglishLetters++;
  }
  return (other > english && other >= words.length * OTHER_SHARE) || nonEnglishLetters >= words.length * NON_ENGLISH_LETTERS_SHARE;
}

function isAsciiLowerCase(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

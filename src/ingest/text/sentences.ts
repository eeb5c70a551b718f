/**
 * Splits a paragraph of news prose into sentences, verbatim (each sentence is
 * a substring of the paragraph, trimmed). News copy is full of periods that
 * do not end sentences: "Mr.", "Dr.", "U.S.", "Jan. 1", "No. 2", "10 a.m.",
 * "Marcus J. Reed", "US$223.93"; and of sentences that end inside a closing
 * quote: `...too long." She said`. A boundary is a run of . ! ? or … ,
 * optionally followed by closing quotes or brackets, then whitespace, then
 * the start of a new sentence.
 */
import { CASED_END_MARKS, FULL_WIDTH_END_MARKS, UNCASED_END_MARKS } from '../rules/words.ts';

/** Abbreviations after which a capitalized word continues the sentence ("Dr. Angela Morrison", "Gen. Smith"). */
const NEVER_FINAL = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
    'cpl', 'pvt', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'st', 'ste', 'mt', 'ft', 'fr',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'cf', 'approx', 'e.g', 'i.e',
    // Vietnamese: "TP. HCM" (city), and titles before a name, "PGS.TS. Nguyễn Văn A" (associate professor, doctor).
    'tp', 'gs', 'pgs', 'ts', 'ths', 'bs',
  ],
);

/** Abbreviations that stay inside the sentence when a number follows: "No. 2 official", "p. 14", "Art. 5". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'vol', 'p', 'pp', 'fig', 'art', 'ch', 'sec', 'op']);

/**
 * Words that open a sentence after a dotted abbreviation such as "U.S." or
 * "a.m." ends it: "...in the U.S. The talks" is two sentences, "the U.S. Education
 * Department" one.
 */
const SENTENCE_OPENERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
    'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'during',
    'while', 'when', 'as', 'if', 'however', 'meanwhile', 'also', 'both', 'some', 'many', 'most', 'one', 'two', 'no',
    'officials', 'analysts', 'experts',
  ],
);

// Candidate boundary: terminal punctuation, closing quotes/brackets, whitespace. The full-width marks of
// Chinese and Japanese end a sentence with no space after them, unless a closing quote follows
// ("「本当？」と彼は聞いた。" is one sentence); the danda, the Arabic question mark and the Urdu full stop
// end one before a space, in scripts without capitals to look for.
const BOUNDARY = new RegExp(
  `[${CASED_END_MARKS}]+["'”’»)\\]]*\\s+|[${FULL_WIDTH_END_MARKS}]+(?![」』"”’)）])\\s*|[${UNCASED_END_MARKS}]+["”’)]*\\s+`,
  'g',
);
/** End marks after which no capital is looked for. */
const CASELESS_END = new RegExp(`^[${FULL_WIDTH_END_MARKS}${UNCASED_END_MARKS}]`);
// The token just before a period: letters with inner periods ("U.S", "a.m", "e.g") or a plain word.
// What may open a sentence: opening quotes/brackets then an upper-case letter or a digit.
const OPENING = /["'“‘«(\[]*(\p{Lu}|\p{N})/uy;
const FIRST_WORD = /["'“‘«(\[]*([\p{L}]+)/uy;

/** Letters of the Latin scripts (with Vietnamese and combining marks) and digits, by UTF-16 code. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Latin letters with their marks, Azerbaijani "ə" (IPA extensions), combining marks, Vietnamese letters.
  return (code >= 0xc0 && code <= 0x2af && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** The word just before `at`, with inner periods: "U.S", "a.m", "Dr", "3,867.9" → "867.9". */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || (text[start - 1] === '.' && isWordCode(text.charCodeAt(start - 2))))) start--;
  return text.slice(start, at);
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(paragraph); match; match = BOUNDARY.exec(paragraph)) {
    const end = match.index + match[0].length;
    if (isBoundary(paragraph, match.index, match[0], end)) {
      pushTrimmed(sentences, paragraph.slice(start, end));
      start = end;
    }
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

function isBoundary(text: string, at: number, punctuation: string, next: number): boolean {
  if (CASELESS_END.test(punctuation)) return next < text.length;
  OPENING.lastIndex = next;
  const opening = OPENING.exec(text);
  if (!opening) return false;
  // "!" "?" "…" end a sentence whenever a capital follows; a lone "." needs a closer look.
  if (punctuation[0] !== '.' || punctuation.startsWith('..')) return true;

  const token = wordBefore(text, at);
  if (!token) return true;
  const following = text.slice(next, next + 40);
  const lower = token.toLowerCase();
  const startsWithDigit = /\p{N}/u.test(opening[1]);

  if (NEVER_FINAL.has(lower)) return false;
  if (startsWithDigit && BEFORE_NUMBER.has(lower)) return false;
  // An initial: "Marcus J. Reed", "George W. Bush"; but "...Vitamin D. The" is rare enough to accept.
  if (token.length === 1 && /\p{Lu}/u.test(token)) return startsWithDigit ? false : opensSentence(following);
  // Dotted abbreviations: "U.S.", "U.N.", "a.m.", "p.m.", "Ph.D." end a sentence only before a typical opener.
  if (token.includes('.') && /\p{L}/u.test(token)) return opensSentence(following);
  return true;
}

function opensSentence(following: string): boolean {
  FIRST_WORD.lastIndex = 0;
  const word = FIRST_WORD.exec(following);
  return word !== null && SENTENCE_OPENERS.has(word[1].toLowerCase());
}

function pushTrimmed(sentences: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed) sentences.push(trimmed);
}

const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 512;

/**
 * splitSentences, remembered for the last few hundred paragraphs: the topic
 * and entity finders both read every article sentence by sentence, and
 * splitting once saves a fifth of their time. The result is shared: do not modify it.
 */
export function sentencesOf(paragraph: string): readonly string[] {
  let sentences = cache.get(paragraph);
  if (!sentences) {
    sentences = splitSentences(paragraph);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(paragraph, sentences);
  }
  return sentences;
}

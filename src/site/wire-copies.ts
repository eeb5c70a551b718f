/**
 * Copies of one wire text inside a story: several outlets publish the same
 * agency dispatch, each with its own headline and its own trailer ("— VNA/VNS",
 * "Reporting by …", a related-news box the ingest did not catch). A story shows
 * such a text once, with "also published by".
 *
 * Two articles are copies when nearly all the word 5-grams (shingles) of the
 * shorter text are in the longer: headlines are not compared, and a trailer or
 * a paragraph added at the end only lengthens one side. Texts too short for
 * shingles to mean much (under `minShingles`) are copies only when their words
 * are the same.
 */
import { foldedWords } from './story-features.ts';

export const COPY_RULES = {
  /** Share of the shorter text's shingles found in the longer. */
  containment: 0.8,
  /** Words per shingle. */
  shingleWords: 5,
  /** Fewer shingles than this: compare the words whole. */
  minShingles: 20,
} as const;

/** One text of a story: the earliest article publishing it, and the other articles that copy it. */
export interface CopyGroup<A> {
  article: A;
  copies: A[];
}

/** The words of an article's HTML or text, tags and character references left out. */
export function textWords(htmlOrText: string): string[] {
  return foldedWords(htmlOrText.replace(/<[^>]*>/g, ' ').replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' '));
}

/**
 * A text's shingles as sorted, distinct 32-bit hashes: compared by one merge, and each text's
 * worked out once (the bench's synthetic stories hold dozens of articles, compared pairwise).
 */
function shingleHashes(words: readonly string[]): Uint32Array {
  const count = Math.max(0, words.length - COPY_RULES.shingleWords + 1);
  const wordHashes = Uint32Array.from(words, hashWord);
  const hashes = new Uint32Array(count);
  for (let at = 0; at < count; at++) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < COPY_RULES.shingleWords; i++) hash = Math.imul(hash ^ wordHashes[at + i], 0x01000193) >>> 0;
    hashes[at] = hash;
  }
  hashes.sort();
  let distinct = 0;
  for (let at = 0; at < hashes.length; at++) if (at === 0 || hashes[at] !== hashes[at - 1]) hashes[distinct++] = hashes[at];
  return hashes.subarray(0, distinct);
}

/** FNV-1a of a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** A text as the copy test reads it. */
interface CopyText {
  words: readonly string[];
  shingles: Uint32Array;
}

function copyText(words: readonly string[]): CopyText {
  return { words, shingles: shingleHashes(words) };
}

/** Whether two texts (as words) are copies of one text, by the rules above. */
export function areCopies(a: readonly string[], b: readonly string[]): boolean {
  return textsAreCopies(copyText(a), copyText(b));
}

function textsAreCopies(a: CopyText, b: CopyText): boolean {
  const [shorter, longer] = a.shingles.length <= b.shingles.length ? [a, b] : [b, a];
  if (shorter.shingles.length < COPY_RULES.minShingles) return a.words.length > 0 && a.words.join(' ') === b.words.join(' ');
  // The shared shingles, by one merge of the two sorted lists; stop once the rest cannot reach the containment.
  const needed = Math.ceil(COPY_RULES.containment * shorter.shingles.length);
  let shared = 0;
  let i = 0;
  let j = 0;
  const [x, y] = [shorter.shingles, longer.shingles];
  while (i < x.length && j < y.length) {
    if (shared + (x.length - i) < needed) return false;
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared >= needed;
}

/**
 * The story's articles (oldest first) as the texts they carry: each copy goes with the earliest
 * article it copies, directly or through another copy. Stories are small; every pair is compared.
 */
export function groupCopies<A>(articles: readonly A[], wordsOf: (article: A) => readonly string[]): CopyGroup<A>[] {
  const texts = articles.map((article) => copyText(wordsOf(article)));
  const parent = articles.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      if (root(a) !== root(b) && textsAreCopies(texts[a], texts[b])) parent[root(b)] = root(a);
    }
  }
  const groups = new Map<number, CopyGroup<A>>();
  articles.forEach((article, index) => {
    const group = groups.get(root(index));
    if (group) group.copies.push(article);
    else groups.set(root(index), { article, copies: [] });
  });
  return [...groups.values()];
}

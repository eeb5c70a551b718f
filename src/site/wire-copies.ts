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

function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let at = 0; at + COPY_RULES.shingleWords <= words.length; at++) set.add(words.slice(at, at + COPY_RULES.shingleWords).join(' '));
  return set;
}

/** Whether two texts (as words) are copies of one text, by the rules above. */
export function areCopies(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = [shingles(a), shingles(b)].sort((x, y) => x.size - y.size);
  if (shorter.size < COPY_RULES.minShingles) return a.length > 0 && a.join(' ') === b.join(' ');
  let shared = 0;
  for (const shingle of shorter) if (longer.has(shingle)) shared++;
  return shared / shorter.size >= COPY_RULES.containment;
}

/**
 * The story's articles (oldest first) as the texts they carry: each copy goes with the earliest
 * article it copies, directly or through another copy. Stories are small; every pair is compared.
 */
export function groupCopies<A>(articles: readonly A[], wordsOf: (article: A) => readonly string[]): CopyGroup<A>[] {
  const words = articles.map(wordsOf);
  const parent = articles.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      if (root(a) !== root(b) && areCopies(words[a], words[b])) parent[root(b)] = root(a);
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

/**
 * What the story grouping (./stories.ts) compares between two articles: the
 * names they share and the words of their headline and lede, each as an
 * IDF-weighted vector, unit length, so that a pair's similarity is a dot product.
 *
 * Names are compared by a loose key, so one name spelled two ways is one name:
 * diacritics folded (đ → d) and the spaces inside a name dropped, which makes
 * "Tô Lâm" and "To Lam" both `tolam`, "Hà Nội" and "Hanoi" both `hanoi`, "Việt
 * Nam" and "Vietnam" both `vietnam`. The kind is left out of the key: two
 * articles may disagree on it ("Trend" a person in one, an agency in the other).
 * In the headline and lede, each spelling of a name the article uses (its
 * `mentions` forms) is read as that name's key, so "To Lam met …" and "Tô Lâm
 * met …" share a word too.
 */
import type { ArticleData } from '../schema/article.ts';
import { entityKinds, type EntityKind } from '../schema/article.ts';
import { foldDiacritics } from '../lib/slugify.ts';

/**
 * English function words: frequent in every lede, they say nothing of the event. (IDF would
 * weigh them down on a large digest; on a small one it cannot tell them from content.)
 */
export const FUNCTION_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves
  out over own same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves said says say told according new one two three`.split(/\s+/),
);

/** A sparse vector: ascending term numbers and their weights, of unit length. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

/**
 * A name's folded words as one string ("Tô Lâm" → "to lam"), and its loose key, each worked out
 * once per spelling: the same few thousand names recur across every article of a digest.
 */
const phrases = new Map<string, string>();
const keys = new Map<string, string>();

/** The loose key of a name: "Tô Lâm" → "tolam", "Hà Nội" → "hanoi". Empty for a name of no letters or digits. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, '')));
  return key;
}

/** Lower-case words without diacritics: "Tô Lâm's visit" → ["to", "lam", "s", "visit"]. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text).toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** The loose keys of every name an article gives (its entity lists and its mentions), once each. */
export function nameKeys(data: ArticleData): string[] {
  return [...namesByKind(data).keys()];
}

/** Each name's loose key and the kind the article gives it (the first, if it gives two). */
export function namesByKind(data: ArticleData): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  const add = (name: string, kind: EntityKind) => {
    const key = nameKey(name);
    if (key && !kinds.has(key)) kinds.set(key, kind);
  };
  for (const kind of entityKinds) for (const name of data.entities[kind]) add(name, kind);
  for (const [name, mention] of Object.entries(data.mentions)) add(name, mention.kind);
  return kinds;
}

/**
 * The terms of an article's headline and lede: its words, function words left out,
 * with every spelling of a name it names replaced by one term for that name ("@tolam").
 */
export function headlineTerms(data: ArticleData): readonly string[] {
  let terms = headlineTermsOf.get(data);
  if (!terms) headlineTermsOf.set(data, (terms = readHeadlineTerms(data)));
  return terms;
}

/** Each article's headline terms, read once: the story grouping and the briefing packs both ask. */
const headlineTermsOf = new WeakMap<ArticleData, readonly string[]>();

function readHeadlineTerms(data: ArticleData): string[] {
  const words = foldedWords(`${data.title} ${data.summary}`);
  const padded = ` ${words.join(' ')} `;
  // Most of an article's names are not in its lede: a word lookup rules them out before a search of the text.
  const ledeWords = new Set(words);
  const terms: string[] = [];
  const nameWords = new Set<string>();
  for (const [name, mention] of Object.entries(data.mentions)) {
    const key = nameKey(name);
    if (!key) continue;
    for (const form of [name, ...mention.forms]) {
      const phrase = foldedPhrase(form);
      if (phrase === '' || !ledeWords.has(firstWord(phrase)) || !padded.includes(` ${phrase} `)) continue;
      // One term per name, however many of its spellings the lede uses.
      if (!terms.includes(`@${key}`)) terms.push(`@${key}`);
      for (const word of phrase.split(' ')) nameWords.add(word);
    }
  }
  for (const word of words) if (!FUNCTION_WORDS.has(word) && !nameWords.has(word) && word.length > 1) terms.push(word);
  return terms;
}

function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

function foldedPhrase(name: string): string {
  let phrase = phrases.get(name);
  if (phrase === undefined) phrases.set(name, (phrase = foldedWords(name).join(' ')));
  return phrase;
}

const leadNames = new WeakMap<ArticleData, Set<string>>();

/** The loose keys of the names an article gives in its headline or lede, in any spelling it uses. */
export function leadNameKeys(data: ArticleData): Set<string> {
  let keys = leadNames.get(data);
  if (!keys) leadNames.set(data, (keys = new Set(headlineTerms(data).filter((term) => term.startsWith('@')).map((term) => term.slice(1)))));
  return keys;
}

/**
 * Numbers terms across a collection and weighs them by inverse document frequency,
 * ln(1 + N / df): never zero, so two articles that share only common words still
 * score above two that share none, and rare terms (a person's name) weigh most.
 */
export class TermSpace {
  private readonly numbers = new Map<string, number>();
  private readonly counts: number[] = [];
  private documents = 0;

  /**
   * Counts one document's terms (each once towards the document frequency); returns them as numbers
   * with their frequency in the document, each occurrence counting `weightOf(term)` (1 by default).
   */
  add(terms: readonly string[], weightOf: (term: string) => number = () => 1): Map<number, number> {
    this.documents++;
    const frequencies = new Map<number, number>();
    for (const term of terms) {
      let number = this.numbers.get(term);
      if (number === undefined) {
        number = this.counts.length;
        this.numbers.set(term, number);
        this.counts.push(0);
      }
      frequencies.set(number, (frequencies.get(number) ?? 0) + weightOf(term));
    }
    for (const number of frequencies.keys()) this.counts[number]++;
    return frequencies;
  }

  /** How many documents contain a term (by number). */
  documentFrequency(number: number): number {
    return this.counts[number];
  }

  /** A document's terms (from add) as a unit TF-IDF vector; call once every document is added. */
  vector(frequencies: Map<number, number>): SparseVector {
    if (frequencies.size === 0) return EMPTY;
    const terms = Int32Array.from(frequencies.keys()).sort();
    const weights = Float64Array.from(terms, (term) => frequencies.get(term)! * Math.log(1 + this.documents / this.counts[term]));
    let norm = 0;
    for (const weight of weights) norm += weight * weight;
    norm = Math.sqrt(norm);
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  }
}

/** The cosine of two unit vectors: the dot product, over the terms they share. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}

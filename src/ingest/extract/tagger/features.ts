/**
 * The tagger's features: for every token of a document, the hashes of what
 * the classic CoNLL taggers read (Ratinov & Roth 2009; Zhang & Johnson 2003):
 * the word, its lower-case form and shape, prefixes and suffixes, the words
 * and shapes around it, where it stands in the sentence, whether the
 * sentence is in capitals, what compromise's lexicon and the lists of names
 * say of it, and how the rest of the document writes the same word
 * ("LEICESTERSHIRE" in a headline is "Leicestershire" in the text).
 *
 * What depends on the word alone is worked out once per word and thread
 * (wordFacts), and scored once per word by the model (model.ts), so an
 * article costs little more than its tokens' contexts.
 */
import { feature1, feature2, hashString } from './hash.ts';
import { wordHash, type Gazetteer, type ListMatches } from './gazetteer.ts';
import { keyOf, wordClasses } from './word-classes.ts';

/** Changes whenever a feature is added, removed or computed differently: the model file must match it. */
export const FEATURE_VERSION = 3;

const enum_ = <T extends string>(...names: T[]) => Object.fromEntries(names.map((name, index) => [name, index])) as Record<T, number>;
/** Template numbers, hashed into each feature. */
const T = enum_(
  'bias', 'word', 'lower', 'shape', 'shortShape', 'prefix', 'suffix', 'previous', 'next', 'previous2', 'next2',
  'previousShape', 'nextShape', 'shapesLeft', 'shapesRight', 'shapesAround', 'wordsLeft', 'wordsRight', 'position',
  'capsSentence', 'capsLower', 'classes', 'previousClasses', 'nextClasses', 'names', 'namesKinds', 'lexiconNames',
  'documentCase', 'length', 'previousTitle', 'lexiconNamesKinds', 'listedNames', 'listedNamesKinds',
);

/** The lists of names a token is matched against, one source each: names from training data, compromise's names, public lists. */
export const LIST_SOURCES = { training: 0, lexicon: 1, listed: 2 } as const;

/** One sentence's features. */
export interface SentenceFeatures {
  /** Each token's word, which carries the features of the word alone (itself, shapes, affixes, lexicon classes). */
  words: WordFacts[];
  /** The features of each token's context (neighbours, lists of names, the document): token t's are context[offsets[t] .. offsets[t + 1]). */
  context: Uint32Array;
  offsets: Uint32Array;
  /** 1 for a token two words or more from any capital: it has no features and is outside every name. */
  plain: Uint8Array;
  /** A sentence in capitals (isCapsSentence): each of its tokens has two features more in `context`. */
  caps: boolean;
}

/**
 * A token's features in one list, in the order the tagger was trained on them: its word's, the
 * sentence's, its neighbours' and the rest of its context's; none for a plain token. `context`
 * leaves out the features of the sentence and the neighbours (neighbourFeatures): they are put
 * back here where they stood among the others.
 */
export function tokenFeatures(sentence: SentenceFeatures, t: number): Uint32Array {
  if (sentence.plain[t]) return new Uint32Array(0);
  const { words } = sentence;
  const n = words.length;
  const previous = neighbourFeatures(t > 0 ? words[t - 1] : undefined, NEIGHBOURS.previous);
  const next = neighbourFeatures(t + 1 < n ? words[t + 1] : undefined, NEIGHBOURS.next);
  const previous2 = neighbourFeatures(t > 1 ? words[t - 2] : undefined, NEIGHBOURS.previous2);
  const next2 = neighbourFeatures(t + 2 < n ? words[t + 2] : undefined, NEIGHBOURS.next2);
  const context = sentence.context.subarray(sentence.offsets[t], sentence.offsets[t + 1]);
  // The context's features that came before the neighbours' classes: the pairs, the position, the capitals.
  const before = CONTEXT_BEFORE_CLASSES + (sentence.caps ? 2 : 0);
  // A neighbour's list is [word, shape, ...classes] (neighbourFeatures): word and shape stood apart.
  return Uint32Array.from([
    ...words[t].own,
    ...sentenceWideFeatures(n),
    previous[0], next[0], ...previous2, ...next2, previous[1], next[1],
    ...context.subarray(0, before),
    ...previous.slice(2), ...next.slice(2),
    ...context.subarray(before),
  ]);
}

/** The features every token of a sentence of `n` tokens has: the bias, the sentence's length. */
export function sentenceWideFeatures(n: number): number[] {
  return [feature1(T.bias, 0), feature1(T.length, Math.min(n, LONGEST_LENGTH))];
}

/** Sentences this long or longer have the same length feature. */
export const LONGEST_LENGTH = 6;

/** Where a neighbour stands from the token it gives features to. */
export const NEIGHBOURS = { previous: 0, next: 1, previous2: 2, next2: 3 } as const;

/**
 * The features a token has of the neighbour `where` from it (undefined: past the sentence's
 * boundary), which depend on that word alone: its lower case, and for the next and previous
 * word its shape and lexicon classes. They are half a token's context features but few
 * distinct values, so sentences' `context` leaves them out and the scoring stage sums each
 * word's once (model.ts), rather than every token hashing and looking up its neighbours'.
 */
export function neighbourFeatures(word: WordFacts | undefined, where: number): number[] {
  const lower = word ? word.lower : BOUNDARY;
  const shape = word ? word.shortShape : BOUNDARY;
  const features: number[] = [];
  if (where === NEIGHBOURS.previous) features.push(feature1(T.previous, lower), feature1(T.previousShape, shape));
  else if (where === NEIGHBOURS.next) features.push(feature1(T.next, lower), feature1(T.nextShape, shape));
  else features.push(feature1(where === NEIGHBOURS.previous2 ? T.previous2 : T.next2, lower));
  if (word && where === NEIGHBOURS.previous) pushBits(features, T.previousClasses, word.classes);
  if (word && where === NEIGHBOURS.next) pushBits(features, T.nextClasses, word.classes);
  return features;
}

const BOUNDARY = hashString('<s>');
const MAX_AFFIX = 4;
const CAPITALIZED = 1;
const HAS_LETTER = 2;
/** Two capitals or more and no lower-case letter: "LONDON", "UN". */
const SHOUTING = 4;
const HAS_DIGIT = 8;
const TITLE_BIT = 1 << 6;
/** Most context features one token can have: its neighbours' pairs, three lists' and the document's. */
const MOST_PER_TOKEN = 56;

/** What a token's features need to know of its word, whatever its context; worked out once per word and thread. */
export interface WordFacts {
  key: string;
  lower: number;
  shortShape: number;
  classes: number;
  flags: number;
  /** The word's hash in phrases of the lists of names. */
  phrase: number;
  /** Features of the word alone: itself, lower case, shapes, prefixes, suffixes, lexicon classes. */
  own: Uint32Array;
  /** The sums of the weights of `own` and of neighbourFeatures per tag, for the scoring stage that last asked (model.ts). */
  scores?: Int32Array;
  scoredBy?: object;
}

const wordCache = new Map<string, WordFacts>();

/** Opens with a capital letter. */
export function isCapitalized(facts: WordFacts): boolean {
  return (facts.flags & CAPITALIZED) !== 0;
}

/** Holds a letter or a digit: a word or a figure, not punctuation. */
export function isWord(facts: WordFacts): boolean {
  return (facts.flags & (HAS_LETTER | HAS_DIGIT)) !== 0;
}

export function wordFacts(text: string): WordFacts {
  let facts = wordCache.get(text);
  if (!facts) {
    facts = computeWordFacts(text);
    if (wordCache.size >= 200_000) wordCache.clear();
    wordCache.set(text, facts);
  }
  return facts;
}

function computeWordFacts(text: string): WordFacts {
  const lowerText = text.toLowerCase();
  const key = keyOf(text);
  let capitals = 0;
  let smalls = 0;
  let digits = 0;
  let shape = '';
  let shortShape = '';
  let run = 0;
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const code = char.charCodeAt(0);
    let kind: string;
    if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 48 && code <= 57) kind = 'd';
    else if (code < 128) kind = char;
    else kind = char !== char.toLowerCase() ? 'X' : char !== char.toUpperCase() ? 'x' : char;
    if (kind === 'X') capitals++;
    else if (kind === 'x') smalls++;
    else if (kind === 'd') digits++;
    run = kind === last ? run + 1 : 1;
    if (run <= 4) shape += kind;
    if (run === 1) shortShape += kind;
    last = kind;
  }
  const hasLetter = capitals + smalls > 0;
  const lower = hashString(lowerText);
  const shortShapeHash = hashString(shortShape);
  const classes = hasLetter ? wordClasses(key) : 0;
  const own: number[] = [feature1(T.word, hashString(text)), feature1(T.lower, lower), feature1(T.shape, hashString(shape)), feature1(T.shortShape, shortShapeHash)];
  if (hasLetter && lowerText.length > 2) {
    for (let k = 1; k <= MAX_AFFIX && k < lowerText.length; k++) {
      own.push(feature2(T.prefix, k - 1, hashString(lowerText.slice(0, k))), feature2(T.suffix, k - 1, hashString(lowerText.slice(-k))));
    }
  }
  pushBits(own, T.classes, classes);
  const capitalized = hasLetter && text[0] !== text[0].toLowerCase();
  return {
    key,
    lower,
    shortShape: shortShapeHash,
    classes,
    flags: (capitalized ? CAPITALIZED : 0) | (hasLetter ? HAS_LETTER : 0) | (capitals >= 2 && smalls === 0 ? SHOUTING : 0) | (digits > 0 ? HAS_DIGIT : 0),
    phrase: wordHash(key),
    own: Uint32Array.from(own),
    scores: undefined,
    scoredBy: undefined,
  };
}

/** Features of every token of a document, sentence by sentence. `lists` holds the sources of LIST_SOURCES. */
export function documentFeatures(sentences: readonly (readonly string[])[], lists: Gazetteer): SentenceFeatures[] {
  return wordsFeatures(sentences.map((words) => words.map(wordFacts)), lists);
}

/** documentFeatures for tokens whose words are already looked up. */
export function wordsFeatures(facts: WordFacts[][], lists: Gazetteer): SentenceFeatures[] {
  const capsSentence = facts.map(isCapsSentence);
  const cases = documentCases(facts, capsSentence);
  // Every sentence's context features are written into one scratch buffer and copied out once per
  // document: a typed array per sentence, sized for the most features its tokens could have, cost
  // more to allocate and clear than the features cost to compute.
  let tokenCount = 0;
  for (const tokens of facts) tokenCount += tokens.length;
  if (scratch.length < tokenCount * MOST_PER_TOKEN) scratch = new Uint32Array(tokenCount * MOST_PER_TOKEN);
  // Each sentence's offsets and plain marks are views of one array per document: typed arrays of
  // more than 64 bytes are each a buffer outside V8's heap, which a few per sentence made costly to
  // allocate and for the garbage collector to free.
  const allOffsets = new Uint32Array(tokenCount + facts.length);
  const allPlain = new Uint8Array(tokenCount);
  const ends: number[] = [];
  let written = 0;
  let tokensBefore = 0;
  const sentences = facts.map((tokens, s) => {
    const offsets = allOffsets.subarray(tokensBefore + s, tokensBefore + s + tokens.length + 1);
    const plain = allPlain.subarray(tokensBefore, tokensBefore + tokens.length);
    tokensBefore += tokens.length;
    const sentence = sentenceFeatures(tokens, capsSentence[s], cases, lists, scratch, written, offsets, plain);
    written = sentence.offsets[tokens.length] + written;
    ends.push(written);
    return sentence;
  });
  const context = scratch.slice(0, written);
  // A page of tens of thousands of tokens does not keep its buffer for the articles after it.
  if (scratch.length > LARGEST_KEPT_SCRATCH) scratch = new Uint32Array(1024 * MOST_PER_TOKEN);
  sentences.forEach((sentence, s) => (sentence.context = context.subarray(s === 0 ? 0 : ends[s - 1], ends[s])));
  return sentences;
}

const EMPTY = new Uint32Array(0);

/** How many of a token's context features come before where its neighbours' classes stood, in a sentence not in capitals. */
const CONTEXT_BEFORE_CLASSES = 6;

/** Where sentenceFeatures writes, grown for the largest document yet (up to LARGEST_KEPT_SCRATCH). */
let scratch = new Uint32Array(1024 * MOST_PER_TOKEN);
const LARGEST_KEPT_SCRATCH = 1 << 22;

/** Each token's word hash and whether a name may start there, for lists.matchReusing. */
let phrases = new Uint32Array(256);
let starts = new Uint8Array(256);

/**
 * A sentence's features, its context written into `out` from `base` (offsets counted from there),
 * each token's offset into `offsets` (n + 1 of them), its plain mark into `plain` (n, all 0); the
 * caller sets `context` to its copy of out[base ..].
 */
function sentenceFeatures(tokens: WordFacts[], caps: boolean, cases: Map<string, number>, lists: Gazetteer, out: Uint32Array, base: number, offsets: Uint32Array, plain: Uint8Array): SentenceFeatures {
  const n = tokens.length;
  // The lists are matched on scratch arrays reused from sentence to sentence: they are read only here.
  if (phrases.length < n) [phrases, starts] = [new Uint32Array(2 * n), new Uint8Array(2 * n)];
  for (let i = 0; i < n; i++) {
    phrases[i] = tokens[i].phrase;
    starts[i] = tokens[i].flags & CAPITALIZED || (caps && tokens[i].flags & HAS_LETTER) ? 1 : 0;
  }
  const names = lists.matchReusing(phrases, starts, n);
  // Capitals among each token's neighbours, two either side.
  let capitalsAround = 0;
  for (let i = 0; i < Math.min(n, 3); i++) if (tokens[i].flags & CAPITALIZED) capitalsAround++;

  let at = base;
  for (let i = 0; i < n; i++) {
    offsets[i] = at - base;
    if (i >= 3 && tokens[i - 3].flags & CAPITALIZED) capitalsAround--;
    if (i + 2 < n && i >= 1 && tokens[i + 2].flags & CAPITALIZED) capitalsAround++;
    // A token two words or more from any capital is no part of a name in news text: it gets no
    // features, and the decoder keeps it outside every name (in training as at ingest). About half
    // of an article's tokens cost nothing so.
    if (capitalsAround === 0 && !caps) {
      plain[i] = 1;
      continue;
    }
    // Indices outside the array are checked, not read: reading them is V8's slow path.
    // The sentence's and the neighbours' own features are not written: see neighbourFeatures.
    const token = tokens[i];
    const before = i > 0 ? tokens[i - 1] : undefined;
    const after = i + 1 < n ? tokens[i + 1] : undefined;
    const previous = before ? before.lower : BOUNDARY;
    const next = after ? after.lower : BOUNDARY;
    const previousShape = before ? before.shortShape : BOUNDARY;
    const nextShape = after ? after.shortShape : BOUNDARY;
    out[at++] = feature2(T.shapesLeft, previousShape, token.shortShape);
    out[at++] = feature2(T.shapesRight, token.shortShape, nextShape);
    out[at++] = feature2(T.shapesAround, feature2(T.shapesAround, previousShape, token.shortShape), nextShape);
    out[at++] = feature2(T.wordsLeft, previous, token.lower);
    out[at++] = feature2(T.wordsRight, token.lower, next);
    out[at++] = feature2(T.position, Math.min(i, 3), token.shortShape);
    if (caps) {
      out[at++] = feature1(T.capsSentence, token.shortShape);
      out[at++] = feature1(T.capsLower, token.lower);
    }
    // Here stood the neighbours' classes (CONTEXT_BEFORE_CLASSES).
    if (before && before.classes & TITLE_BIT) out[at++] = feature1(T.previousTitle, token.shortShape);
    at = writeSpanFeatures(out, at, T.names, T.namesKinds, names, LIST_SOURCES.training, i);
    at = writeSpanFeatures(out, at, T.lexiconNames, T.lexiconNamesKinds, names, LIST_SOURCES.lexicon, i);
    at = writeSpanFeatures(out, at, T.listedNames, T.listedNamesKinds, names, LIST_SOURCES.listed, i);
    if (token.flags & HAS_LETTER) {
      const position = (token.flags & CAPITALIZED ? 1 : 0) | (i === 0 ? 2 : 0) | (caps ? 4 : 0);
      out[at++] = feature2(T.documentCase, cases.get(token.key)!, position);
    }
  }
  offsets[n] = at - base;
  // The context is set by the caller, once the document's features are copied out of `out`.
  return { words: tokens, context: EMPTY, offsets, plain, caps };
}

function pushBits(out: number[], template: number, bits: number): void {
  for (let bit = 0; bits !== 0; bit++, bits >>>= 1) if (bits & 1) out.push(feature1(template, bit));
}

/** The list's kinds at this token, with where it stands in the name: alone, first, inside, last. */
function writeSpanFeatures(out: Uint32Array, at: number, template: number, kindsTemplate: number, found: ListMatches, source: number, i: number): number {
  const lengths = found.lengths[source];
  let start = i;
  // The match covering token i starts at most 7 tokens before it.
  while (start >= 0 && i - start < 8 && lengths[start] === 0) start--;
  if (start < 0 || lengths[start] === 0 || start + lengths[start] <= i) return at;
  const length = lengths[start];
  const place = length === 1 ? 0 : i === start ? 1 : i === start + length - 1 ? 3 : 2;
  const kinds = found.kinds[source][start];
  out[at++] = feature2(template, kinds, place);
  for (let bit = 0; bit < 4; bit++) if (kinds & (1 << bit)) out[at++] = feature2(kindsTemplate, bit, place);
  return at;
}

/** A headline or heading in capitals: its capitals say nothing of names. */
function isCapsSentence(tokens: WordFacts[]): boolean {
  let shouting = false;
  for (const token of tokens) {
    if (!(token.flags & HAS_LETTER)) continue;
    if (!(token.flags & CAPITALIZED)) return false;
    if (token.flags & SHOUTING) shouting = true;
  }
  return shouting;
}

/**
 * For each word of the document, how it is written where its case means something (not in
 * capitals, not opening a sentence): bit 0, in lower case somewhere; bit 1, capitalized somewhere.
 */
function documentCases(facts: WordFacts[][], caps: boolean[]): Map<string, number> {
  const cases = new Map<string, number>();
  for (let s = 0; s < facts.length; s++) {
    const tokens = facts[s];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!(token.flags & HAS_LETTER)) continue;
      const known = cases.get(token.key);
      let bits = known ?? 0;
      if (!caps[s] && i > 0 && !OPENERS.has(tokens[i - 1].key)) bits |= token.flags & CAPITALIZED ? 2 : 1;
      // Most words recur as they were written before: the map is written only when they add something.
      if (bits !== known) cases.set(token.key, bits);
    }
  }
  return cases;
}

/** After an opening quote, a bracket or a dash, a capital may just start what follows. */
const OPENERS = new Set(['"', '(', '-', '--', ':']);

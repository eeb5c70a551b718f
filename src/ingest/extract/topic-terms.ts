/**
 * The term matcher of the topic scorer: the weighted terms of content/topics.yaml
 * compiled once, and each sentence scored against them. A term inside an
 * enumeration ("industries such as oil and gas, energy, construction, tourism,
 * transport") or inside a capitalized name ("Ministry of Culture, Sports and
 * Tourism") counts for much less than the same term in running prose.
 */
import type { Topic } from '../../schema/registries.ts';

/** A term inside a long enumeration is a passing mention ("industries such as oil and gas, energy, construction, …"). */
const IN_LONG_LIST_FACTOR = 0.25;
/** Inside a short one it is one of a few named areas ("in environmental initiatives, education, and culture"). */
const IN_SHORT_LIST_FACTOR = 0.5;
/** An enumeration of this many items or more is long. */
const LONG_LIST_ITEMS = 5;
/** A capitalized term mid-sentence is most likely part of a name: "Department of Tourism", "Fine Arts Museum". */
const IN_NAME_FACTOR = 0.5;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Items of an enumeration are short: "oil and gas", "construction", "real estate". */
const MAX_ITEM_WORDS = 4;
/** Words that introduce examples: what follows them is a list even with two items. */
const INTRODUCERS = new Set(['such as', 'including', 'like', 'notably', 'among them']);
/** First words of the two-word introducers: only after one of them is the pair worth looking up. */
const PAIR_STARTS = new Set([...INTRODUCERS].filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.split(' ')[0]));

/** One sentence's terms, per topic (by registry index). */
export interface SentenceTerms {
  /** Each distinct term at the weight of its most prominent occurrence, discounted in lists and names. */
  scores: number[];
  /** The same terms at their full weight. */
  weights: number[];
  /** The terms met in running prose (neither listed nor in a name). */
  prose: string[][];
}

interface TermRef {
  topic: number;
  term: string;
  weight: number;
}

export interface CompiledTerms {
  /** First word of a term (lower case) → the terms starting with it, longest first. */
  byFirstWord: Map<string, { words: string[]; refs: TermRef[] }[]>;
  /** 1 at the startKey of those words: most words of a sentence are ruled out without a lookup. */
  starts: Uint8Array;
}

export function compileTerms(topics: Topic[]): CompiledTerms {
  const byPhrase = new Map<string, { words: string[]; refs: TermRef[] }>();
  topics.forEach((topic, index) => {
    // A phrase in another sense is a term of weight 0: as the longest match it takes its words from the term inside it.
    const senses: [string, number][] = (topic.otherSenses ?? []).map((phrase) => [phrase, 0]);
    for (const [term, weight] of [...Object.entries(topic.terms), ...senses]) {
      const words = term.toLowerCase().match(WORD) ?? [];
      if (words.length === 0) continue;
      const key = words.join(' ');
      const entry = byPhrase.get(key) ?? { words, refs: [] };
      entry.refs.push({ topic: index, term: key, weight });
      byPhrase.set(key, entry);
    }
  });
  const byFirstWord: CompiledTerms['byFirstWord'] = new Map();
  for (const entry of byPhrase.values()) {
    const list = byFirstWord.get(entry.words[0]) ?? [];
    list.push(entry);
    byFirstWord.set(entry.words[0], list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const starts = new Uint8Array(START_KEYS);
  for (const word of byFirstWord.keys()) starts[startKey(word, 0, word.length)] = 1;
  return { byFirstWord, starts };
}

/**
 * The terms of one sentence, each distinct term once at the weight of its most
 * prominent occurrence; undefined when the sentence holds no term (most do not).
 */
export function scoreSentence(sentence: string, compiled: CompiledTerms, topicCount: number): SentenceTerms | undefined {
  const lower = sentence.toLowerCase();
  // Where the words are, first, noticing a term's first word: most sentences hold none and are done
  // without a word built. Words that cannot start a term (by their first two characters) are not looked up.
  let count = 0;
  let mentionsTerm = false;
  for (let at = 0; at < lower.length; at++) {
    if (!isTermCode(lower.charCodeAt(at))) continue;
    const end = sentenceWordEnd(lower, at);
    if (count === mayStart.length) growWordTables();
    bounds[2 * count] = at;
    bounds[2 * count + 1] = end;
    const startsLikeTerm = compiled.starts[startKey(lower, at, end)];
    mayStart[count] = startsLikeTerm;
    count++;
    mentionsTerm ||= startsLikeTerm === 1 && compiled.byFirstWord.has(lower.slice(at, end));
    at = end - 1;
  }
  if (!mentionsTerm) return undefined;
  const words: Word[] = [];
  let comma = 0;
  let nextComma = sentence.indexOf(',');
  for (let k = 0; k < count; k++) {
    const at = bounds[2 * k];
    while (nextComma >= 0 && nextComma < at) {
      comma++;
      nextComma = sentence.indexOf(',', nextComma + 1);
    }
    words.push({ text: lower.slice(at, bounds[2 * k + 1]), segment: comma, capitalized: sentence.charCodeAt(at) !== lower.charCodeAt(at) });
  }
  const best = new Map<string, TermRef & { factor: number }>();
  let listed: number[] | undefined;

  for (let i = 0; i < words.length; i++) {
    const candidates = mayStart[i] ? compiled.byFirstWord.get(words[i].text) : undefined;
    if (!candidates) continue;
    const entry = candidates.find((c) => c.words.every((w, k) => words[i + k]?.text === w));
    if (!entry) continue;
    listed ??= listedWords(words);
    const factor = prominence(words, i, entry.words.length, listed);
    for (const ref of entry.refs) {
      if (ref.weight === 0) continue;
      const key = `${ref.topic}:${ref.term}`;
      const previous = best.get(key);
      if (!previous || previous.factor < factor) best.set(key, { ...ref, factor });
    }
    i += entry.words.length - 1;
  }

  if (best.size === 0) return undefined;
  const terms: SentenceTerms = {
    scores: new Array<number>(topicCount).fill(0),
    weights: new Array<number>(topicCount).fill(0),
    prose: [],
  };
  // Pushed one by one: Array.from({ length }, …) took nearly a tenth of the scorer's time.
  for (let topic = 0; topic < topicCount; topic++) terms.prose.push([]);
  for (const ref of best.values()) {
    terms.scores[ref.topic] += ref.weight * ref.factor;
    terms.weights[ref.topic] += ref.weight;
    if (ref.factor === 1) terms.prose[ref.topic].push(ref.term);
  }
  return terms;
}

interface Word {
  text: string;
  /** How many commas precede it in the sentence. */
  segment: number;
  capitalized: boolean;
}

/**
 * Words of a lower-cased sentence, scanned by hand (a regular expression with a
 * match object per word cost twice as much): letters and digits of the Latin
 * scripts, joined by inner apostrophes and hyphens ("o'clock", "long-term").
 * The same words as the pattern [a-z0-9ß-öø-ɏḀ-ỿ]+(?:['’-][a-z0-9ß-öø-ɏḀ-ỿ]+)* finds.
 */
/**
 * Start and end of each word of the sentence being scored, and whether its startKey is a term's,
 * reused from sentence to sentence.
 */
let bounds = new Int32Array(512);
let mayStart = new Uint8Array(256);

/** Room for twice as many words, those found so far kept. */
function growWordTables(): void {
  const largerBounds = new Int32Array(2 * bounds.length);
  largerBounds.set(bounds);
  bounds = largerBounds;
  const largerMayStart = new Uint8Array(2 * mayStart.length);
  largerMayStart.set(mayStart);
  mayStart = largerMayStart;
}

/**
 * A word's length and first, second and last characters hashed into 16 bits, for a table a term's
 * first words mark. Two words may share a key: the table only rules words out, and byFirstWord decides.
 * Its first two characters alone (and a set of them) let through most words ("the", "and" among them),
 * each then sliced and looked up: with these, the scorer takes a third less time.
 */
function startKey(text: string, at: number, end: number): number {
  const length = end - at;
  const second = length > 1 ? text.charCodeAt(at + 1) : 0;
  return (((text.charCodeAt(at) * 31 + second) * 31 + text.charCodeAt(end - 1)) * 31 + length) & (START_KEYS - 1);
}
const START_KEYS = 1 << 16;

function isTermCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return (code >= 0xdf && code <= 0xf6) || (code >= 0xf8 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

function sentenceWordEnd(lower: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < lower.length && isTermCode(lower.charCodeAt(end))) end++;
    const joiner = lower.charCodeAt(end);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 45) && isTermCode(lower.charCodeAt(end + 1))) end += 2;
    else return end;
  }
}

function prominence(words: Word[], index: number, length: number, listed: number[]): number {
  let factor = 1;
  if (listed[index] > 0) factor *= listed[index] >= LONG_LIST_ITEMS ? IN_LONG_LIST_FACTOR : IN_SHORT_LIST_FACTOR;
  for (let k = index; k < index + length; k++) {
    if (k > 0 && words[k].capitalized) {
      factor *= IN_NAME_FACTOR;
      break;
    }
  }
  return factor;
}

/**
 * Which words sit in an enumeration, and how many items it has (0: none): three or more short
 * comma-separated items with "and"/"or" near the end ("oil and gas, energy, construction, and
 * tourism"), four or more without ("science, culture, healthcare, sport, among others"), or
 * anything after "such as"/"including".
 */
function listedWords(words: Word[]): number[] {
  const listed = new Array<number>(words.length).fill(0);
  const segments: { from: number; to: number }[] = [];
  words.forEach((word, index) => {
    const segment = (segments[word.segment] ??= { from: index, to: index });
    segment.to = index + 1;
  });
  const size = (n: number) => (segments[n] ? segments[n].to - segments[n].from : 0);
  const hasConjunction = (n: number, within: number) => {
    const segment = segments[n];
    if (!segment) return false;
    for (let k = segment.from; k < Math.min(segment.to, segment.from + within); k++) if (words[k].text === 'and' || words[k].text === 'or') return true;
    return false;
  };
  const mark = (from: number, to: number, items: number) => {
    for (let k = Math.max(0, from); k < Math.min(to, words.length); k++) listed[k] = Math.max(listed[k], items);
  };
  /** "shipping and farming" holds two items; "and farming" one, its "and" joining it to the list. */
  const itemsIn = (n: number) => (hasConjunction(n, MAX_ITEM_WORDS + 1) && !hasConjunction(n, 1) ? 2 : 1);

  // Runs of short middle segments: segments first .. last, with first+1 .. last-1 short.
  let first = 0;
  while (first < segments.length) {
    let last = first + 1;
    while (last < segments.length - 1 && size(last) > 0 && size(last) <= MAX_ITEM_WORDS) last++;
    const middles = last - first - 1;
    const conjunction = hasConjunction(last, 3) || (middles > 0 && hasConjunction(last - 1, MAX_ITEM_WORDS));
    if (segments[first] && segments[last] && middles >= 1 && (conjunction || middles >= 3)) {
      const items = middles + 1 + itemsIn(last);
      mark(segments[first].to - MAX_ITEM_WORDS, segments[first].to, items);
      mark(segments[first + 1].from, segments[last].from, items);
      mark(segments[last].from, segments[last].from + MAX_ITEM_WORDS + 1, items);
    }
    first = Math.max(first + 1, last);
  }

  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length && PAIR_STARTS.has(words[i].text) && INTRODUCERS.has(`${words[i].text} ${words[i + 1].text}`);
    const introducer = INTRODUCERS.has(words[i].text) ? 1 : pair ? 2 : 0;
    if (!introducer) continue;
    let end = Math.min(words.length, i + introducer + MAX_ITEM_WORDS);
    // The items run on through short comma-separated segments and a final "and"/"or" item.
    let segment = words[end - 1]?.segment ?? 0;
    while (segments[segment + 1] && size(segment + 1) <= MAX_ITEM_WORDS + 1) end = segments[++segment].to;
    mark(i, end, segment - words[i].segment + itemsIn(segment));
  }
  return listed;
}

/**
 * Tags an article with the topics of content/topics.yaml, keeping the
 * sentences that earned each one. Scoring is per sentence, so an article is
 * tagged because some sentence is about the topic, not because the topic's
 * words are scattered through it; and a term inside an enumeration
 * ("industries such as oil and gas, energy, construction, tourism, transport")
 * or inside a capitalized name ("Ministry of Culture, Sports and Tourism")
 * counts for much less than the same term in running prose.
 */
import type { Topic } from '../../schema/registries.ts';
import { sentencesOf } from '../text/sentences.ts';

export interface TopicResult {
  topics: string[];
  /** Per chosen topic, 1–3 sentences that earned it, verbatim, strongest first. */
  evidence: Record<string, string[]>;
}

export type TopicScorer = (paragraphs: string[]) => TopicResult;

/** A sentence whose discounted term weight reaches this is about the topic. */
const ABOUT_THRESHOLD = 3;
/** One sentence this strong is enough on its own ("Cooperation in the oil sector ... oil and gas industry"). */
const STRONG_SENTENCE = 4;
/** Otherwise the topic needs this many sentences about it. */
const ABOUT_SENTENCES_NEEDED = 2;
const MAX_EVIDENCE = 3;

/** A term inside an enumeration is a passing mention. */
const IN_LIST_FACTOR = 0.25;
/** A capitalized term mid-sentence is most likely part of a name: "Department of Tourism", "Fine Arts Museum". */
const IN_NAME_FACTOR = 0.5;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Items of an enumeration are short: "oil and gas", "construction", "real estate". */
const MAX_ITEM_WORDS = 4;
/** Words that introduce examples: what follows them is a list even with two items. */
const INTRODUCERS = new Set(['such as', 'including', 'like', 'notably', 'among them']);
/** First words of the two-word introducers: only after one of them is the pair worth looking up. */
const PAIR_STARTS = new Set([...INTRODUCERS].filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.split(' ')[0]));

interface TermRef {
  topic: number;
  term: string;
  weight: number;
}

interface CompiledTerms {
  /** First word of a term (lower case) → the terms starting with it, longest first. */
  byFirstWord: Map<string, { words: string[]; refs: TermRef[] }[]>;
  /** The first two characters of those words (startKey): most words of a sentence are ruled out without a lookup. */
  starts: Set<number>;
}

const scorers = new WeakMap<Topic[], TopicScorer>();

/** The topic finder the ingest calls per article; compiles each registry once. */
export function findTopics(paragraphs: string[], topics: Topic[]): TopicResult {
  let scorer = scorers.get(topics);
  if (!scorer) {
    scorer = createTopicScorer(topics);
    scorers.set(topics, scorer);
  }
  return scorer(paragraphs);
}

export function createTopicScorer(topics: Topic[]): TopicScorer {
  const compiled = compileTerms(topics);
  return (paragraphs) => {
    const about: { sentence: string; score: number }[][] = topics.map(() => []);
    for (const paragraph of paragraphs) {
      for (const sentence of sentencesOf(paragraph)) {
        const scores = scoreSentence(sentence, compiled, topics.length);
        scores.forEach((score, topic) => {
          if (score >= ABOUT_THRESHOLD) about[topic].push({ sentence, score });
        });
      }
    }
    const result: TopicResult = { topics: [], evidence: {} };
    topics.forEach((topic, index) => {
      const sentences = about[index];
      const strongest = Math.max(0, ...sentences.map((s) => s.score));
      if (sentences.length < ABOUT_SENTENCES_NEEDED && strongest < STRONG_SENTENCE) return;
      result.topics.push(topic.id);
      result.evidence[topic.id] = [...sentences]
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_EVIDENCE)
        .map((s) => s.sentence);
    });
    return result;
  };
}

function compileTerms(topics: Topic[]): CompiledTerms {
  const byPhrase = new Map<string, { words: string[]; refs: TermRef[] }>();
  topics.forEach((topic, index) => {
    for (const [term, weight] of Object.entries(topic.terms)) {
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
  return { byFirstWord, starts: new Set([...byFirstWord.keys()].map((word) => startKey(word, 0, word.length))) };
}

/** Each distinct term counts once per sentence, at the weight of its most prominent occurrence. */
function scoreSentence(sentence: string, compiled: CompiledTerms, topicCount: number): number[] {
  const lower = sentence.toLowerCase();
  const scores = new Array<number>(topicCount).fill(0);
  // Where the words are, first, noticing a term's first word: most sentences hold none and are done
  // without a word built. Words that cannot start a term (by their first two characters) are not looked up.
  let count = 0;
  let mentionsTerm = false;
  for (let at = 0; at < lower.length; at++) {
    if (!isTermCode(lower.charCodeAt(at))) continue;
    const end = sentenceWordEnd(lower, at);
    if (2 * count + 2 > bounds.length) bounds = Int32Array.from({ length: bounds.length * 2 }, (_, k) => bounds[k] ?? 0);
    bounds[2 * count] = at;
    bounds[2 * count + 1] = end;
    count++;
    mentionsTerm ||= compiled.starts.has(startKey(lower, at, end)) && compiled.byFirstWord.has(lower.slice(at, end));
    at = end - 1;
  }
  if (!mentionsTerm) return scores;
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
  let listed: boolean[] | undefined;

  for (let i = 0; i < words.length; i++) {
    const candidates = compiled.byFirstWord.get(words[i].text);
    if (!candidates) continue;
    const entry = candidates.find((c) => c.words.every((w, k) => words[i + k]?.text === w));
    if (!entry) continue;
    listed ??= listedWords(words);
    const factor = prominence(words, i, entry.words.length, listed);
    for (const ref of entry.refs) {
      const key = `${ref.topic}:${ref.term}`;
      const previous = best.get(key);
      if (!previous || previous.factor < factor) best.set(key, { ...ref, factor });
    }
    i += entry.words.length - 1;
  }

  for (const ref of best.values()) scores[ref.topic] += ref.weight * ref.factor;
  return scores;
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
/** Start and end of each word of the sentence being scored, reused from sentence to sentence. */
let bounds = new Int32Array(512);

/** A word's first two characters as one number (the second is 0 for a one-letter word). */
function startKey(text: string, at: number, end: number): number {
  return text.charCodeAt(at) * 65_536 + (end - at > 1 ? text.charCodeAt(at + 1) : 0);
}

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

function prominence(words: Word[], index: number, length: number, listed: boolean[]): number {
  let factor = 1;
  if (listed[index]) factor *= IN_LIST_FACTOR;
  for (let k = index; k < index + length; k++) {
    if (k > 0 && words[k].capitalized) {
      factor *= IN_NAME_FACTOR;
      break;
    }
  }
  return factor;
}

/**
 * Which words sit in an enumeration: three or more short comma-separated items with "and"/"or"
 * near the end ("oil and gas, energy, construction, and tourism"), four or more without
 * ("science, culture, healthcare, sport, among others"), or anything after "such as"/"including".
 */
function listedWords(words: Word[]): boolean[] {
  const listed = new Array<boolean>(words.length).fill(false);
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
  const mark = (from: number, to: number) => {
    for (let k = Math.max(0, from); k < Math.min(to, words.length); k++) listed[k] = true;
  };

  // Runs of short middle segments: segments first .. last, with first+1 .. last-1 short.
  let first = 0;
  while (first < segments.length) {
    let last = first + 1;
    while (last < segments.length - 1 && size(last) > 0 && size(last) <= MAX_ITEM_WORDS) last++;
    const middles = last - first - 1;
    const conjunction = hasConjunction(last, 3) || (middles > 0 && hasConjunction(last - 1, MAX_ITEM_WORDS));
    if (segments[first] && segments[last] && middles >= 1 && (conjunction || middles >= 3)) {
      mark(segments[first].to - MAX_ITEM_WORDS, segments[first].to);
      mark(segments[first + 1].from, segments[last].from);
      mark(segments[last].from, segments[last].from + MAX_ITEM_WORDS + 1);
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
    mark(i, end);
  }
  return listed;
}

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
import { splitSentences } from '../text/sentences.ts';

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

// An enumeration: short items separated by commas, three or more with "and"/"or" before the last
// ("oil and gas, energy, construction, and tourism"), four or more without ("science, culture,
// healthcare, sport, among others"); or items introduced by "such as" / "including" / "like".
const ITEM = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3}`;
const LIST = new RegExp(
  String.raw`${ITEM}(?:\s*,\s*${ITEM})+\s*,?\s+(?:and|or)\s+${ITEM}` +
    String.raw`|${ITEM}(?:\s*,\s*${ITEM}){3,}` +
    String.raw`|\b(?:such as|including|like|notably)\s+${ITEM}(?:\s*,\s*${ITEM})*(?:\s*,?\s+(?:and|or)\s+${ITEM})?`,
  'gu',
);

interface TermRef {
  topic: number;
  term: string;
  weight: number;
}

interface CompiledTerms {
  /** First word of a term (lower case) → the terms starting with it, longest first. */
  byFirstWord: Map<string, { words: string[]; refs: TermRef[] }[]>;
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
      for (const sentence of splitSentences(paragraph)) {
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
  return { byFirstWord };
}

/** Each distinct term counts once per sentence, at the weight of its most prominent occurrence. */
function scoreSentence(sentence: string, compiled: CompiledTerms, topicCount: number): number[] {
  const words: { text: string; start: number; capitalized: boolean }[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const text = match[0];
    words.push({ text: text.toLowerCase(), start: match.index, capitalized: text[0] !== text[0].toLowerCase() });
  }
  const best = new Map<string, TermRef & { factor: number }>();
  let lists: [number, number][] | undefined;

  for (let i = 0; i < words.length; i++) {
    const candidates = compiled.byFirstWord.get(words[i].text);
    if (!candidates) continue;
    const entry = candidates.find((c) => c.words.every((w, k) => words[i + k]?.text === w));
    if (!entry) continue;
    lists ??= listSpans(sentence);
    const factor = prominence(words, i, entry.words.length, lists);
    for (const ref of entry.refs) {
      const key = `${ref.topic}:${ref.term}`;
      const previous = best.get(key);
      if (!previous || previous.factor < factor) best.set(key, { ...ref, factor });
    }
    i += entry.words.length - 1;
  }

  const scores = new Array<number>(topicCount).fill(0);
  for (const ref of best.values()) scores[ref.topic] += ref.weight * ref.factor;
  return scores;
}

function prominence(words: { start: number; capitalized: boolean }[], index: number, length: number, lists: [number, number][]): number {
  const start = words[index].start;
  let factor = 1;
  if (lists.some(([from, to]) => start >= from && start < to)) factor *= IN_LIST_FACTOR;
  const inName = words.slice(index, index + length).some((w, k) => w.capitalized && index + k > 0);
  if (inName) factor *= IN_NAME_FACTOR;
  return factor;
}

function listSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  LIST.lastIndex = 0;
  for (const match of sentence.matchAll(LIST)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

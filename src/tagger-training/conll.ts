/**
 * CoNLL-2003 files (`WORD POS CHUNK NER` a line, a blank line between
 * sentences, `-DOCSTART-` between articles, CRLF line ends, IOB1 tags) read
 * into documents, and scored as conlleval scores them: an entity counts when
 * its span and its kind are both exact.
 */
import { readFileSync } from 'node:fs';

export const KINDS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type Kind = (typeof KINDS)[number];

export interface Sentence {
  words: string[];
  /** BIO tags ("B-PER", "I-PER", "O"): IOB1's I- opening an entity is rewritten to B-. */
  tags: string[];
}

export interface Document {
  sentences: Sentence[];
}

export function readConll(path: string): Document[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): Document[] {
  const documents: Document[] = [];
  let document: Document = { sentences: [] };
  let sentence: Sentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sentence.words.length > 0) document.sentences.push({ words: sentence.words, tags: iob1ToBio(sentence.tags) });
    sentence = { words: [], tags: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      if (document.sentences.length > 0) documents.push(document);
      document = { sentences: [] };
      continue;
    }
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const fields = line.split(' ');
    sentence.words.push(fields[0]);
    sentence.tags.push(fields[fields.length - 1]);
  }
  endSentence();
  if (document.sentences.length > 0) documents.push(document);
  return documents;
}

/** IOB1 ("I-X" throughout, "B-X" only where two entities of one kind touch) → BIO ("B-X" opens every entity). */
export function iob1ToBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = tags[i - 1];
    return previous !== undefined && previous !== 'O' && previous.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

export interface Span {
  from: number;
  /** Exclusive. */
  to: number;
  kind: string;
}

/** The entities a BIO sequence marks; an I- after O or after another kind opens one, as conlleval reads it. */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  tags.forEach((tag, i) => {
    const kind = tag === 'O' ? '' : tag.slice(2);
    const continues = open !== undefined && tag.startsWith('I-') && open.kind === kind;
    if (continues) {
      open!.to = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = kind ? { from: i, to: i + 1, kind } : undefined;
  });
  if (open) spans.push(open);
  return spans;
}

export interface Counts {
  correct: number;
  found: number;
  expected: number;
}

export type KindScores = Record<string, Counts>;

export function emptyScores(kinds: readonly string[] = KINDS): KindScores {
  return Object.fromEntries(kinds.map((kind) => [kind, { correct: 0, found: 0, expected: 0 }]));
}

/** Adds one sentence's entities to `scores`: exact span and kind, per kind. */
export function scoreSentence(gold: readonly string[], predicted: readonly string[], scores: KindScores): void {
  const expected = spansOf(gold);
  const found = spansOf(predicted);
  const key = (span: Span) => `${span.from}:${span.to}:${span.kind}`;
  const wanted = new Set(expected.map(key));
  for (const span of expected) if (scores[span.kind]) scores[span.kind].expected++;
  for (const span of found) {
    if (!scores[span.kind]) continue;
    scores[span.kind].found++;
    if (wanted.has(key(span))) scores[span.kind].correct++;
  }
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function rates({ correct, found, expected }: Counts): PrecisionRecall {
  const precision = found === 0 ? 0 : correct / found;
  const recall = expected === 0 ? 0 : correct / expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The kinds in `kinds` summed: conlleval's overall line with MISC left out. */
export function overall(scores: KindScores, kinds: readonly string[]): Counts {
  const sum: Counts = { correct: 0, found: 0, expected: 0 };
  for (const kind of kinds) {
    sum.correct += scores[kind].correct;
    sum.found += scores[kind].found;
    sum.expected += scores[kind].expected;
  }
  return sum;
}

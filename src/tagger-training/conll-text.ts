/**
 * CoNLL documents made back into the text a wire seed carries: tokens joined
 * as a writer would have typed them ("Germany 's" → "Germany's", "( VNA )" →
 * "(VNA)"), one sentence a paragraph as Reuters wrote them, the headline and
 * dateline ("LONDON 1996-08-30") on lines of their own.
 * Used to run the whole ingest on newswire nobody here wrote.
 */
import { spansOf, type Document } from './conll.ts';

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** The sentence as text, and where each token starts in it. */
export function detokenize(words: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let quoteOpen = false;
  let glueNext = false;
  for (const word of words) {
    let space = text.length > 0 && !glueNext && !NO_SPACE_BEFORE.has(word);
    glueNext = NO_SPACE_AFTER.has(word);
    if (word === '"') {
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (space) text += ' ';
    starts.push(text.length);
    text += word;
  }
  return { text, starts };
}

export interface GoldName {
  kind: string;
  text: string;
}

/** Each entity of the document as written in the detokenized text, MISC included. */
export function goldNames(document: Document): GoldName[] {
  const names: GoldName[] = [];
  for (const sentence of document.sentences) {
    const { text, starts } = detokenize(sentence.words);
    for (const span of spansOf(sentence.tags)) {
      const end = starts[span.to - 1] + sentence.words[span.to - 1].length;
      names.push({ kind: span.kind, text: text.slice(starts[span.from], end) });
    }
  }
  return names;
}

const DATELINE = /^[A-Z][A-Z .'-]*\d{4}-\d{2}-\d{2}$/;

/** A wire seed as the fixtures write one: the headline, the dateline ("LONDON 1996-08-30") on a line of its own, a sentence a paragraph. */
export function documentToSeed(document: Document): string {
  const lines = document.sentences.map((sentence) => detokenize(sentence.words).text);
  return lines.join('\n\n') + '\n';
}

/** The date a document's dateline gives, if any ("1996-08-30"). */
export function datelineDate(document: Document): string | undefined {
  for (const sentence of document.sentences.slice(0, 4)) {
    const text = detokenize(sentence.words).text;
    if (DATELINE.test(text)) return text.slice(-10);
  }
  return undefined;
}

/** The document as the entity finder takes an article: its headline, its dateline's place, and the rest a sentence a paragraph. */
export function documentText(document: Document): { title: string; dateline?: string; paragraphs: string[] } {
  const [title, ...rest] = document.sentences.map((sentence) => detokenize(sentence.words).text);
  const at = rest.slice(0, 3).findIndex((line) => DATELINE.test(line));
  const dateline = at >= 0 ? rest.splice(at, 1)[0].slice(0, -10).split(',')[0].trim() : undefined;
  return { title, dateline, paragraphs: rest };
}

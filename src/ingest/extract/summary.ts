/** One or two sentences from the lede: enough to say what happened, short enough for a card. */
import { splitSentences } from '../text/sentences.ts';

const ENOUGH_WORDS = 25;
const MAX_WORDS = 60;

export function summarize(paragraphs: string[]): string {
  const sentences = splitSentences(paragraphs[0] ?? '');
  let summary = sentences[0] ?? '';
  const second = sentences[1];
  if (second && wordCount(summary) < ENOUGH_WORDS && wordCount(summary) + wordCount(second) <= MAX_WORDS) {
    summary = `${summary} ${second}`;
  }
  return summary.trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

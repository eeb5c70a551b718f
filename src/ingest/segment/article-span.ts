/**
 * Where a page's article is: the run of lines the segmenter's model scores as
 * article, weighed by their length, with the highest total (a maximum-sum
 * subarray). One run, because pages put their article in one place; what the
 * run holds that is not article (a caption, "Advertisement", a related-links
 * box) is dropped line by line afterwards by the clean stage's rules and by
 * each line's own probability.
 */
import { dot, sigmoid } from '../../training/logistic-regression.ts';
import { lineFeatures } from './line-features.ts';
import { lineModelWeights } from './line-model.ts';
import { TRAILING_CREDIT } from '../rules/line-rules.ts';
import { lineFacts, type LineFacts } from './line-facts.ts';
import { endsSentence } from '../text/sentence-end.ts';
import { ANY_MONTH_PATTERN } from '../rules/words.ts';
import { hasAtMostWords, wordCount } from '../text/words.ts';
import { capitalizedWordShare } from '../text/letter-case.ts';
import { sentencesOf } from '../text/sentences.ts';

export interface ArticleSpan {
  /** First and last line of the article (end < start when the page has none). */
  start: number;
  end: number;
  /** Each line's probability of being the article's. */
  probabilities: number[];
  /**
   * No run scored as article (a short text the model, trained on whole pages, is unsure of): the span
   * is then the lines from the first to the last that read like paragraphs, and only the rules cut inside it.
   */
  fallback: boolean;
}

/** A line inside the span with a lower probability than this is not article. */
export const IN_SPAN_THRESHOLD = 0.2;
/** A short line weighs as much as a line of this many tokens: a run of menu items or comment
 * headers costs the span what it would cost to cross them. */
export const MIN_LINE_WEIGHT = 8;

export function lineProbabilities(lines: string[], facts: LineFacts[] = lines.map(lineFacts)): number[] {
  const weights = lineModelWeights();
  return lineFeatures(lines, facts).map((features) => sigmoid(dot(weights, features)));
}

export function findArticleSpan(lines: string[], facts: LineFacts[] = lines.map(lineFacts), probabilities = lineProbabilities(lines, facts)): ArticleSpan {
  const setAside = (index: number) => facts[index].drop !== undefined || facts[index].furniture !== undefined;
  // A run without a single line ending like a paragraph is a header or a menu, not an article.
  const run = bestRun(facts, probabilities, setAside);
  const core = run && lines.slice(run.start, run.end + 1).some(endsParagraph) ? run : paragraphRun(lines);
  const fallback = core === undefined || core.end < core.start;
  if (!core || core.end < core.start) return { start: 0, end: -1, probabilities, fallback: true };
  // An article opens with a paragraph: a line over it that does not end like one (the headline, a
  // label) belongs to the header, however article-like the model found it.
  let first = core.start;
  while (first < core.end && (!endsParagraph(lines[first]) || isHeadlineSentence(lines, first) || isTitleCased(lines[first]))) first++;
  // Likewise a sentence right over it that the model was unsure of: the article's first paragraph.
  while (first > 0 && probabilities[first - 1] >= EXTEND_UP_THRESHOLD && isSentence(lines[first - 1]) && !setAside(first - 1) && !isHeadlineSentence(lines, first - 1) && !isTitleCased(lines[first - 1])) first--;
  // The model reads a short last sentence with nothing after it as a page's footer; a sentence right
  // under the article, before any label or heading, is the article's (its sign-off too: "… June. — VNS"),
  // and so is one after a caption or an "Advertisement" line.
  let last = core.end;
  for (let next = last + 1; next < lines.length; next++) {
    if (setAside(next)) continue;
    if (probabilities[next] < EXTEND_THRESHOLD || !isSentence(lines[next].replace(TRAILING_CREDIT, ''))) break;
    last = next;
  }
  return { start: first, end: throughList(lines, last), probabilities, fallback: fallback || core.fallback };
}

/**
 * A headline put as a question, an exclamation or a trailing-off ("Will the ferry survive the winter?",
 * "Cheaper flights, fuller trains..."): the text's first line, one sentence of a headline's length ending so,
 * over a longer line. It ends like a paragraph, but a text does not open on its article's one-line question. Under
 * a headline, such a line is the article's rhetorical lede ("So what separates the two councils
 * these days?"), and stays the article's.
 */
function isHeadlineSentence(lines: string[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  return (
    index === 0 &&
    next !== undefined &&
    HEADLINE_SENTENCE_END.test(line) &&
    line.length <= HEADLINE_SENTENCE_CHARACTERS &&
    next.length > line.length &&
    // One sentence, abbreviations read as the splitter reads them ("Nguyên Phó Chủ tịch TP. HCM … như thế nào?").
    sentencesOf(line).length === 1
  );
}

/**
 * "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.": a headline in title
 * case, though it ends on an abbreviation's period. A paragraph capitalizes few of its words.
 */
function isTitleCased(line: string): boolean {
  const words = wordCount(line);
  return words >= TITLE_CASE_WORDS.min && words <= TITLE_CASE_WORDS.max && capitalizedWordShare(line) >= TITLE_CASE_SHARE;
}

const TITLE_CASE_WORDS = { min: 4, max: 20 };
const TITLE_CASE_SHARE = 0.75;

/** "?", "!", "…" or "...", then any closing quotes: how a headline that is not a statement ends. */
const HEADLINE_SENTENCE_END = /(?:[?!…]|\.\.\.)["”’»)]*$/u;
/**
 * A headline's length in characters, not words: a Vietnamese one counts a word a syllable ("… bị xử lý ra sao?",
 * 20 syllables, 80 characters).
 */
const HEADLINE_SENTENCE_CHARACTERS = 120;

/**
 * A list the article ends on, or introduces with its last line ("… our picks:", "Tour Dates"),
 * goes on as long as its items do: the model, trained on lines, scores a run of short items under
 * the prose as a page's furniture.
 */
function throughList(lines: string[], last: number): number {
  const numbered = throughNumberedList(lines, last);
  if (numbered !== last || !introducesDatedItem(lines, last + 1)) return numbered;
  let end = last + 1;
  while (end + 1 < lines.length && isDatedItem(lines[end + 1])) end++;
  return end;
}

/** A numbered list goes on as long as its numbers do ("1) Lego Star Wars …", "2) …" to "22) …", each perhaps followed by its link on a line of its own). */
function throughNumberedList(lines: string[], last: number): number {
  let number = listNumberAfter(lines[last]);
  if (number === undefined) return last;
  let end = last;
  for (let next = end + 1; next < lines.length && next <= end + 1 + LIST_ITEM_TRAILING_LINES; next++) {
    if (listNumber(lines[next]) !== number) continue;
    number++;
    end = next;
  }
  return end;
}

/** Lines an item of a numbered list may carry under it (its link) before the next item. */
const LIST_ITEM_TRAILING_LINES = 1;

/** The number of the item that may follow a line: the next of an item's ("2) …" → 3), or 1 under a line introducing a list ("…, with their links:"). */
export function listNumberAfter(line: string): number | undefined {
  const number = listNumber(line);
  return number !== undefined ? number + 1 : line.endsWith(':') ? 1 : undefined;
}

/**
 * The line is a dated list's item ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "2015:
 * …") under a line introducing the list, perhaps with other such items between: a schedule, tour
 * dates, a timeline. Dated lines under no such line are another box's (events, other articles).
 */
export function introducesDatedItem(lines: string[], index: number): boolean {
  if (index >= lines.length || !isDatedItem(lines[index])) return false;
  let above = index - 1;
  while (above >= 0 && isDatedItem(lines[above])) above--;
  return above >= 0 && introducesList(lines[above]);
}

/** "… the tour's dates:", or a heading over the list ("The Doobie Brothers Tour Dates"): a few words, not a sentence. */
function introducesList(line: string): boolean {
  return line.endsWith(':') || (!endsSentence(line) && hasAtMostWords(line, LIST_HEADING_WORDS) && !hasAtMostWords(line, 1));
}

const LIST_HEADING_WORDS = 8;

/** A line opening with a day or a year, then a dash, colon or comma and the item: "June 9 -- Tampa, FL", "9 juin – Paris", "2015: …". */
function isDatedItem(line: string): boolean {
  return DATED_ITEM.test(line);
}

const DATED_ITEM = new RegExp(
  String.raw`^(?:(?:${ANY_MONTH_PATTERN})\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.? (?:${ANY_MONTH_PATTERN})\.?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?:19|20)\d{2})\s*(?:--|[-–—:,])\s*\S`,
  'iu',
);

/** The number a line opens with as a list's item: "3) …", "12. …". */
export function listNumber(line: string): number | undefined {
  const match = /^(\d{1,3})[.)]\s+\S/.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** The run of lines with the highest total score, or undefined when no line scores as article. */
function bestRun(facts: LineFacts[], probabilities: number[], setAside: (index: number) => boolean): { start: number; end: number; fallback: boolean } | undefined {
  let best = { start: 0, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  for (let index = 0; index < facts.length; index++) {
    // A line the rules set aside anyway (a caption, "Advertisement", a box's heading) neither makes nor breaks a run:
    // the clean stage decides by its rules whether the article goes on after it.
    const score = setAside(index) ? 0 : (probabilities[index] - 0.5) * Math.max(MIN_LINE_WEIGHT, facts[index].tokens);
    if (sum <= 0) {
      sum = score;
      start = index;
    } else sum += score;
    if (sum > best.sum) best = { start, end: index, sum };
  }
  return best.end < best.start ? undefined : { start: best.start, end: best.end, fallback: false };
}

/** The lines from the first to the last that read like paragraphs. */
function paragraphRun(lines: string[]): { start: number; end: number; fallback: boolean } | undefined {
  const isParagraph = (line: string) => endsParagraph(line) && line.split(' ').length >= FALLBACK_PARAGRAPH_WORDS;
  const start = lines.findIndex(isParagraph);
  return start < 0 ? undefined : { start, end: lines.findLastIndex(isParagraph), fallback: true };
}

/** A line of two words or more ending like a sentence. */
export function isSentence(line: string): boolean {
  return endsParagraph(line) && /\p{L}.*\s.*\p{L}/u.test(line);
}

/** Words a line ending like a sentence needs to be taken for a paragraph when the model found no article. */
const FALLBACK_PARAGRAPH_WORDS = 5;

/** A sentence over the article with at least this probability extends it (a deck or caption there scores lower). */
const EXTEND_UP_THRESHOLD = 0.45;

/** A sentence under the article with at least this probability extends it. */
const EXTEND_THRESHOLD = 0.1;

/** A sentence's end, or a colon that introduces what follows ("… our picks:"), then any closing quotes and brackets. */
function endsParagraph(line: string): boolean {
  return endsSentence(line) || /:["”’»)\]]*$/.test(line);
}

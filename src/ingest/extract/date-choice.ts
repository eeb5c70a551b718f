/**
 * Which of the dates a page shows is its publication date: every date written
 * in full on the page is a candidate, scored on named features by a trained
 * model (src/ingest/models/date.json, made by `npm run train:lines`), and the
 * best wins if it scores the model's bar: the model was fit on pages that state
 * no date of their own too, whose dates are of something else. A date is never
 * made up: no candidate, or none likely enough, no date.
 *
 * What marks the publication date on real pages: a line of its own or a
 * byline's row near the headline, "Published", a time beside it, the same date
 * repeated. What does not: "Updated", a masthead's today above the headline, a
 * copyright line, the dates of other articles listed below this one, and a
 * date the article's text talks about.
 */
import { chooseAmong } from '../../training/logistic-regression.ts';
import { trainedModel, type TrainedModel } from '../models/trained-model.ts';
import type { LineVerdict } from '../types.ts';
import { dateMentions, hasFourDigits, isDateLine, type DateMention } from './date.ts';
import { endsWithSentenceMark } from '../text/sentence-end.ts';
import { partitionPoint } from '../../lib/partition-point.ts';

export const DATE_FEATURES = [
  'role=title', 'role=date', 'role=byline', 'role=dateline', 'role=article', 'role=credit', 'role=furniture',
  'date-line', 'short-line', 'cue=published', 'cue=updated', 'has-time', 'copyright',
  'form=year-first', 'form=named', 'form=day-first', 'form=month-first', 'ambiguous', 'page-order-agrees', 'page-order-disagrees',
  'above-title', 'near-title', 'near-article-start', 'article-lede', 'article-later', 'below-article',
  'first-on-page', 'repeated', 'latest-on-page', 'earliest-on-page', 'above-article', 'bias',
] as const;

export type DateModel = TrainedModel & {
  /** The score a date must reach (chosen on the dev pages: the highest that keeps every stated date). */
  threshold: number;
};

export const DATE_MODEL_PATH = new URL('../models/date.json', import.meta.url);

const dateModel = trainedModel(DATE_MODEL_PATH, DATE_FEATURES, 'date');

/** Forgets the weights read (training writes a new file). */
export const forgetDateModel = dateModel.forget;

/** Reads these weights instead of the file's until forgotten (training, before it writes the file). */
export const useDateModel = dateModel.use;

/** A date on the page, where it was, and how it reads. */
export interface DateCandidate extends DateMention {
  /** Index of the line (the clean stage's verdicts). */
  line: number;
}

// Also schema.org's names, where a page's JSON-LD was saved as text ("datePublished": "Tue, Sep 15 2020").
const PUBLISHED_CUE = /(?:\b(?:published|posted|first published|date)|datepublished)\b[^\d]{0,12}$/i;
/**
 * "on" before a date cues the page's date in a short line ("Jane Doe on Nov 19, 2019"), not in a
 * sentence: "Born near Uppsala on 3 June 1933, Berg …" is the article's date of something else.
 */
const ON_CUE = /\bon\b[^\d]{0,12}$/i;
const UPDATED_CUE = /(?:\b(?:updated|modified|last updated|edited|revised)|datemodified)\b[^\d]{0,12}$/i;
const TIME = /\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)/i;
/** How far from the date a time is beside it ("Nov 18, 2019 at 4:07 PM", "11:25 PM - 10 Jul 2020"), not a number the sentence gives. */
const TIME_BEFORE = 20;
const TIME_AFTER = 30;
const COPYRIGHT = /©|\bcopyright\b/i;

export function dateCandidates(verdicts: LineVerdict[]): DateCandidate[] {
  return verdicts.flatMap((verdict, line) => {
    if (!hasFourDigits(verdict.text)) return [];
    const wordsBefore = lowerCaseWordsBefore(verdict.text);
    return dateMentions(verdict.text)
      .filter((mention) => !inArticleSentence(verdict, mention, wordsBefore(mention.index)))
      .map((mention) => ({ ...mention, line }));
  });
}

/**
 * How many lower-case words a line has before an offset, the line read once: a line may hold hundreds of
 * dates, and counting again for each from the line's start took time growing with the square of its length.
 */
function lowerCaseWordsBefore(text: string): (offset: number) => number {
  let found: number[] | undefined;
  return (offset) => {
    const starts = (found ??= Array.from(text.matchAll(LOWER_CASE_WORD), (match) => match.index));
    // A word counts when two of its letters stand before the offset, as if the line were cut there.
    return partitionPoint(starts.length, (index) => starts[index] + 1 < offset);
  };
}

/** A line of at most twelve words is short: a date line, a byline's row, a caption's credit. */
function isShortLine(text: string): boolean {
  // Twelve words have eleven spaces between them; counting stops at the twelfth, as a line may be long and hold
  // hundreds of dates, each asking.
  for (let spaces = 0, at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++spaces >= SHORT_LINE_WORDS) return false;
  return true;
}

const SHORT_LINE_WORDS = 12;

/**
 * Lower-case words before a date that put it inside a sentence ("I was born on 12 October, 1941"); a
 * dateline's are capitalized ("NEW YORK, Nov. 19, 2019 /PRNewswire/", "Hanoi (VNA) - On May 8, 2025").
 */
const SENTENCE_WORDS_BEFORE = 2;
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu;

/**
 * The date is inside a sentence of the article ("Born in a small town near Uppsala on 3 June 1933, Berg
 * was …") or opens one ("On 12 May 2025, the council voted …"): a date the article tells of, never the
 * page's own.
 */
function inArticleSentence(verdict: LineVerdict, mention: DateMention, wordsBefore: number): boolean {
  const { text, role } = verdict;
  if (role !== 'article') return false;
  // What follows the date, past a remark in brackets ("Đêm 27/1/2014 (27 Tết năm Giáp Ngọ), phòng …").
  const after = text.slice(mention.end).replace(REMARK, '');
  // A short line may be a date line or a byline the segmenter kept ("Jane Doe on Nov 19, 2019"): only a
  // sentence, ending like one, is read as the article's ("Đến ngày 21/9/2017, Mẫn ra cơ quan đầu thú.").
  // One opening in lower case is the end of a sentence cut at a wire's width ("acquired Sept. 1, 1986.").
  if (isShortLine(text)) return endsWithSentenceMark(text) && (wordsBefore >= SHORT_SENTENCE_WORDS_BEFORE || OPENS_A_CLAUSE.test(after) || OPENS_LOWER.test(text));
  return wordsBefore >= SENTENCE_WORDS_BEFORE || OPENS_A_CLAUSE.test(after) || GOES_ON.test(after);
}

/** Lower-case words before a date that put a short line's date inside its sentence: "… có hiệu lực từ ngày 05/05/2017." */
const SHORT_SENTENCE_WORDS_BEFORE = 4;
const OPENS_LOWER = /^\p{Ll}/u;
const REMARK = /^\s*\([^()]{0,60}\)/;
/** The sentence goes on in lower case after the date: "Tính từ 16/6/2018 đến 15/7/2019, …". */
const GOES_ON = /^\s+\p{Ll}/u;

/**
 * A date set off by a comma before the sentence goes on is when something happened: "Ngày 24/1/2019, Công an quận 7
 * tiến hành …", "Sáng 31/7/2017, một phụ nữ …", "On May 8, 2025, the council voted". A dateline's date is followed by
 * its dash, its agency or its full stop: "NEW YORK, Nov. 19, 2019 /PRNewswire/ --", "BAKU, Azerbaijan, May 8, 2025."
 */
const OPENS_A_CLAUSE = /^,\s+[\p{L}\p{N}]/u;

export function dateFeatures(verdicts: LineVerdict[], candidates: DateCandidate[]): Float64Array[] {
  const title = verdicts.findIndex((verdict) => verdict.role === 'title');
  const articleStart = verdicts.findIndex((verdict) => verdict.role === 'article');
  let articleEnd = -1;
  verdicts.forEach((verdict, index) => {
    if (verdict.role === 'article') articleEnd = index;
  });
  const unambiguous = candidates.filter((candidate) => !candidate.ambiguous);
  const dayFirst = unambiguous.some((candidate) => candidate.form === 'day-first');
  const monthFirst = unambiguous.some((candidate) => candidate.form === 'month-first');
  const counts = new Map<string, number>();
  for (const candidate of candidates) counts.set(candidate.iso, (counts.get(candidate.iso) ?? 0) + 1);
  const isos = candidates.map((candidate) => candidate.iso).sort();
  // What is true of a whole line, asked once per line: a line may hold hundreds of dates (a table's column).
  const lineFacts = new Map<number, { dateLine: boolean; short: boolean; copyright: boolean }>();
  const factsOf = (line: number, text: string) => {
    let facts = lineFacts.get(line);
    if (!facts) lineFacts.set(line, (facts = { dateLine: isDateLine(text), short: isShortLine(text), copyright: COPYRIGHT.test(text) }));
    return facts;
  };
  return candidates.map((candidate, index) => {
    const { text, role } = verdicts[candidate.line];
    const { dateLine, short, copyright } = factsOf(candidate.line, text);
    const before = text.slice(0, candidate.index);
    const numeric = candidate.form === 'day-first' || candidate.form === 'month-first';
    const agrees = numeric && ((candidate.form === 'day-first' && dayFirst) || (candidate.form === 'month-first' && monthFirst));
    const disagrees = numeric && ((candidate.form === 'day-first' && monthFirst && !dayFirst) || (candidate.form === 'month-first' && dayFirst && !monthFirst));
    const line = candidate.line;
    return Float64Array.from(
      [
        role === 'title', role === 'date', role === 'byline', role === 'dateline', role === 'article', role === 'credit', role === 'furniture',
        dateLine, short, PUBLISHED_CUE.test(before) || (short && ON_CUE.test(before)), UPDATED_CUE.test(before), TIME.test(text.slice(Math.max(0, candidate.index - TIME_BEFORE), candidate.end + TIME_AFTER)), copyright,
        candidate.form === 'year-first', candidate.form === 'named', candidate.form === 'day-first', candidate.form === 'month-first', candidate.ambiguous, agrees, disagrees,
        title >= 0 && line < title, title >= 0 && Math.abs(line - title) <= 3, articleStart >= 0 && line < articleStart && articleStart - line <= 5,
        articleStart >= 0 && line >= articleStart && line <= articleStart + 1, articleStart >= 0 && line > articleStart + 1 && line <= articleEnd,
        articleEnd >= 0 && line > articleEnd,
        index === 0, (counts.get(candidate.iso) ?? 0) > 1, candidate.iso === isos.at(-1), candidate.iso === isos[0],
        articleStart < 0 || line < articleStart, 1,
      ].map(Number),
    );
  });
}

export interface DateChoice {
  iso: string;
  line: number;
  score: number;
  /** How many dates the page shows. */
  candidates: number;
}

/** The page's publication date among the dates it shows, or undefined when it shows none or none is likely. */
export function chooseDate(verdicts: LineVerdict[]): DateChoice | undefined {
  const candidates = dateCandidates(verdicts);
  if (candidates.length === 0) return undefined;
  const { weights, threshold } = dateModel.get();
  const best = chooseAmong(weights, dateFeatures(verdicts, candidates), threshold);
  if (!best) return undefined;
  const { iso, line } = candidates[best.index];
  return { iso, line, score: best.score, candidates: candidates.length };
}

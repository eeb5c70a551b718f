/**
 * A check of the text path on a folder of articles saved as plain text, headline on the first line,
 * from an outlet nobody here wrote for (BBC News's 2,225 texts of 2004–2005, say: README, "Evaluation
 * on real pages"). Such a corpus has no gold beyond its layout, and the layout gives three answers: the
 * headline is the first line; the article is every paragraph under it; and, unless its paragraphs open
 * on one, it has no dateline. Where the corpus keeps no date line (BBC's texts do not), every date
 * published is one the article tells of: the check lists them.
 */
import { decode } from 'entities';
import { runStages } from '../ingest/index.ts';
import type { Extractors } from '../ingest/extract/index.ts';
import { sameHeadline } from './headline-match.ts';
import type { RawSeed } from '../ingest/types.ts';

export interface TitleFirstOutcome {
  name: string;
  /** The seed was rejected, with this reason. */
  rejected?: string;
  /** The headline published, when it is not the first line. */
  wrongHeadline?: { published: string; firstLine: string };
  /** The headline published, when it is the first line's words but not its punctuation ("… decade" for "… decade?"). */
  punctuationLost?: { published: string; firstLine: string };
  /** The date published: in a corpus without date lines, a date of something the article tells of. */
  date?: string;
  /** The dateline published, when no paragraph opens on it. */
  spuriousDateline?: string;
  /** The paragraphs under the headline that the article lost. */
  lostParagraphs: string[];
  paragraphs: number;
}

export function checkTitleFirstSeed(seed: RawSeed, extractors: Extractors): TitleFirstOutcome {
  const text = decode(new TextDecoder().decode(seed.bytes));
  const [firstLine, ...rest] = text.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const outcome: TitleFirstOutcome = { name: seed.name, lostParagraphs: [], paragraphs: rest.length };
  const { data, cleaned, error } = runStages(seed, extractors);
  if (!data || !cleaned) return { ...outcome, rejected: error ?? 'not ingested', lostParagraphs: rest };
  const headline = { published: data.title, firstLine: firstLine ?? '' };
  if (!sameHeadline(headline.published, headline.firstLine)) outcome.wrongHeadline = headline;
  else if (asWritten(headline.published) !== asWritten(headline.firstLine)) outcome.punctuationLost = headline;
  outcome.date = data.date;
  if (data.dateline && !rest.some((paragraph) => paragraph.startsWith(data.dateline!))) outcome.spuriousDateline = data.dateline;
  const kept = ` ${cleaned.paragraphs.join(' ').replace(/\s+/g, ' ')} `;
  // A paragraph is kept when its opening words are: the clean stage may take a sign-off or a dateline off it.
  outcome.lostParagraphs = rest.filter((paragraph) => !kept.includes(paragraph.slice(0, OPENING_CHARACTERS)));
  return outcome;
}

const OPENING_CHARACTERS = 60;

/** Quotes and spaces as typed: what the headline's punctuation is compared by. */
function asWritten(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export interface TitleFirstSummary {
  seeds: number;
  rejected: number;
  headlinesRight: number;
  /** Right, and with the first line's punctuation. */
  headlinesAsWritten: number;
  dated: number;
  spuriousDatelines: number;
  paragraphs: number;
  lostParagraphs: number;
  /** Seeds that lost a paragraph or more. */
  seedsLosingParagraphs: number;
}

export function summarize(outcomes: readonly TitleFirstOutcome[]): TitleFirstSummary {
  const count = (test: (outcome: TitleFirstOutcome) => unknown) => outcomes.filter(test).length;
  return {
    seeds: outcomes.length,
    rejected: count((outcome) => outcome.rejected),
    headlinesRight: count((outcome) => !outcome.rejected && !outcome.wrongHeadline),
    headlinesAsWritten: count((outcome) => !outcome.rejected && !outcome.wrongHeadline && !outcome.punctuationLost),
    dated: count((outcome) => outcome.date),
    spuriousDatelines: count((outcome) => outcome.spuriousDateline),
    paragraphs: outcomes.reduce((sum, outcome) => sum + outcome.paragraphs, 0),
    lostParagraphs: outcomes.reduce((sum, outcome) => sum + outcome.lostParagraphs.length, 0),
    seedsLosingParagraphs: count((outcome) => outcome.lostParagraphs.length > 0),
  };
}

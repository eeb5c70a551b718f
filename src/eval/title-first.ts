/**
 * A check of the text path on a folder of articles saved as plain text, headline on the first line,
 * from an outlet nobody here wrote for (BBC News's 2,225 texts of 2004–2005, say: README, "Evaluation
 * on real pages"). Such a corpus has no gold beyond its layout, and the layout gives three answers: the
 * headline is the first line; every paragraph under it is the article's or a field's (a date line, a byline,
 * a sign-off), none the page's furniture; and, unless its paragraphs open
 * on one, it has no dateline. Where the corpus keeps no date line (BBC's texts do not), every date
 * published is one the article tells of: the check lists them.
 */
import { decode } from 'entities';
import { runStages } from '../ingest/index.ts';
import type { Extractors } from '../ingest/extract/index.ts';
import { normalizeHeadline, sameHeadline } from './headline-match.ts';
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
  /** The paragraphs under the headline set aside as furniture: neither the article nor a field holds them. */
  lostParagraphs: string[];
  paragraphs: number;
}

export function checkTitleFirstSeed(seed: RawSeed, extractors: Extractors): TitleFirstOutcome {
  const text = decode(new TextDecoder().decode(seed.bytes));
  const [firstLine, ...rest] = paragraphsOf(text);
  const outcome: TitleFirstOutcome = { name: seed.name, lostParagraphs: [], paragraphs: rest.length };
  const { data, cleaned, error } = runStages(seed, extractors);
  if (!data || !cleaned) return { ...outcome, rejected: error ?? 'not ingested', lostParagraphs: rest };
  const headline = { published: data.title, firstLine: firstLine ?? '' };
  if (!sameHeadline(headline.published, headline.firstLine)) outcome.wrongHeadline = headline;
  else if (asWritten(headline.published) !== asWritten(headline.firstLine)) outcome.punctuationLost = headline;
  outcome.date = data.date;
  const dateline = data.dateline && normalizeHeadline(data.dateline);
  if (dateline && !rest.some((paragraph) => normalizeHeadline(paragraph).startsWith(dateline))) outcome.spuriousDateline = data.dateline;
  // A paragraph is lost when most of its word pairs are in no line but the furniture set aside: the article
  // keeps it, or the seed's fields do (a date line, a byline, a sign-off, a dateline taken off the paragraph).
  const keptText = cleaned.verdicts.filter((verdict) => verdict.role !== 'furniture').map((verdict) => verdict.text).join('\n');
  const kept = new Set([...wordPairs(keptText), ...normalizeHeadline(keptText).split(' ')]);
  outcome.lostParagraphs = rest.filter((paragraph) => {
    // A paragraph of one word ("Advertisement") is kept when the word is.
    const pairs = wordPairs(paragraph);
    const units = pairs.size > 0 ? [...pairs] : [normalizeHeadline(paragraph)].filter(Boolean);
    return units.length > 0 && units.filter((unit) => kept.has(unit)).length < units.length * KEPT_SHARE;
  });
  return outcome;
}

/** Of a paragraph's word pairs, the share the article must hold for the paragraph to count as kept. */
const KEPT_SHARE = 0.5;

/**
 * Blocks between blank lines, each cut again where a line is indented (a wire story's paragraphs, "    The dry
 * period means …", run on without a blank line between them), their lines joined.
 */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((block) => block.split(/\n(?=[ \t]+\S)/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function wordPairs(text: string): Set<string> {
  const words = normalizeHeadline(text).split(' ').filter(Boolean);
  return new Set(words.slice(1).map((word, k) => `${words[k]} ${word}`));
}

/** Quotes, spaces and letter case aside: what the headline's punctuation is compared by (a headline in capitals is published in title case). */
function asWritten(text: string): string {
  return text.normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
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

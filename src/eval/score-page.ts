/**
 * One page's ingest outcome judged against its gold, field by field. Each
 * verdict is a word a reader of last.json can filter on.
 */
import { compactKey } from '../ingest/extract/entity-words.ts';
import { matchShingles, type ShingleCounts } from './body-score.ts';
import { statesDate } from './date-forms.ts';
import type { PageGold } from './gold.ts';
import { normalizeHeadline, sameHeadline } from './headline-match.ts';
import { isPhotoCredit } from './body-gold.ts';
import type { IngestOutcome } from './run-ingest.ts';
import type { Source } from '../schema/registries.ts';

export type HeadlineVerdict = 'right' | 'wrong' | 'rejected' | 'not judged';
/**
 * right: the gold date. wrong: another date the seed states. guessed: a date the seed does not state.
 * rejected-stated: the seed was rejected for its date although it states the gold date.
 * undated-stated: published undated although it states the gold date (both must be 0).
 * undated: published undated, the seed stating no date in a common form. rejected: rejected otherwise.
 * none-right: the page has no date, and the seed was published undated (or rejected for having none).
 */
export type DateVerdict = 'right' | 'wrong' | 'guessed' | 'rejected-stated' | 'undated-stated' | 'undated' | 'rejected' | 'none-right' | 'not judged';
/** photo-credit: credited to an agency the seed names only as a photo's or caption's credit. */
export type SourceVerdict = 'right' | 'unknown' | 'wrong' | 'photo-credit' | 'rejected';
export type DatelineVerdict = 'right' | 'none-right' | 'missed' | 'spurious' | 'wrong' | 'rejected' | 'not judged';

export interface PageScore {
  headline: HeadlineVerdict;
  date: DateVerdict;
  /** The emitted date is not stated in the seed (whatever the gold says). */
  dateGuessed: boolean;
  source: SourceVerdict;
  dateline: DatelineVerdict;
  body?: ShingleCounts;
}

export function scorePage(gold: PageGold, outcome: IngestOutcome, seedText: string, sources: Source[]): PageScore {
  return {
    headline: headlineVerdict(gold, outcome),
    date: dateVerdict(gold, outcome, seedText),
    dateGuessed: outcome.ok && outcome.date !== undefined && !statesDate(seedText, outcome.date),
    source: sourceVerdict(gold, outcome, seedText, sources),
    dateline: datelineVerdict(gold, outcome),
    body: gold.body === undefined ? undefined : matchShingles(gold.body, outcome.ok ? outcome.body : ''),
  };
}

function headlineVerdict(gold: PageGold, outcome: IngestOutcome): HeadlineVerdict {
  if (!gold.headline || !gold.headlineVisible) return 'not judged';
  if (!outcome.ok) return 'rejected';
  return sameHeadline(outcome.title, gold.headline) ? 'right' : 'wrong';
}

/** A reason the ingest gives when it finds no date it can trust. */
const DATE_REASON = /\bdate\b/i;

function dateVerdict(gold: PageGold, outcome: IngestOutcome, seedText: string): DateVerdict {
  if (gold.date === undefined) return 'not judged';
  if (!outcome.ok) {
    if (!DATE_REASON.test(outcome.reason)) return 'rejected';
    if (gold.date === null) return 'none-right';
    return statesDate(seedText, gold.date) ? 'rejected-stated' : 'rejected';
  }
  if (outcome.date === undefined) {
    if (gold.date === null) return 'none-right';
    return statesDate(seedText, gold.date) ? 'undated-stated' : 'undated';
  }
  if (outcome.date === gold.date) return 'right';
  if (!statesDate(seedText, outcome.date)) return 'guessed';
  return 'wrong';
}

function sourceVerdict(gold: PageGold, outcome: IngestOutcome, seedText: string, sources: Source[]): SourceVerdict {
  if (!outcome.ok) return 'rejected';
  if (outcome.source === undefined) return 'unknown';
  if (gold.acceptableSources.includes(outcome.source)) return 'right';
  if (gold.photoCredits.includes(outcome.source)) return 'photo-credit';
  const source = sources.find((entry) => entry.id === outcome.source);
  const mentions = (source?.patterns ?? []).flatMap((pattern) => [...seedText.matchAll(new RegExp(pattern, 'gmu'))]);
  return mentions.some((match) => isPhotoCredit(seedText, match.index!, match[0].length)) ? 'photo-credit' : 'wrong';
}

function datelineVerdict(gold: PageGold, outcome: IngestOutcome): DatelineVerdict {
  if (gold.dateline === undefined) return 'not judged';
  if (!outcome.ok) return 'rejected';
  if (!outcome.dateline) return gold.dateline === null ? 'none-right' : 'missed';
  if (gold.dateline === null) return 'spurious';
  // The same place however it is spelled: the ingest writes a registered place's name ("Hà Nội" for "HANOI").
  const place = (text: string) => compactKey(text.split(/[,(]/)[0]);
  return place(outcome.dateline) === place(gold.dateline) ? 'right' : 'wrong';
}

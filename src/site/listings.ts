/**
 * How a topic's, an entity's, an outlet's or the archive's articles are laid out in pages.
 *
 * A listing's head page (`/topics/energy/`) shows its latest articles, at most HEAD_ARTICLES, and
 * links every month; each month with articles has its page (`/topics/energy/2025/05/`) holding
 * every entry of that month with its `id` anchor, so `/topics/energy/2025/05/#<slug>` stays valid
 * however the listing grows (an article's date never changes). A month whose entries would not
 * fit in one page of ENTRY_BYTES is cut into parts (`/topics/energy/2025/05/2/`), newest first,
 * each naming the days it covers: no page grows with the size of the digest. Articles whose seed
 * states no date come last, as the month UNDATED (`/topics/energy/undated/`), cut the same way.
 *
 * Sizes are estimated from the text an entry shows (its title, summary and quotes, in UTF-8, with
 * room for escaping) plus the markup around it; tests/site/page-size.test.ts checks the built pages.
 *
 * This module is pure: a listing is planned from its articles, newest first, and the text
 * each entry shows.
 */
import type { Indexable } from './indexes.ts';
import { listedDay, monthOf } from './calendar.ts';

/** Most articles a head page lists. */
export const HEAD_ARTICLES = 50;
/** Most articles of a listing's lower tier (a topic's mere mentions) a head page lists besides. */
export const HEAD_LOWER_TIER = 10;
/** Most bytes of entries on one page: well under the 200 KB a page may weigh, with its frame. */
export const ENTRY_BYTES = 160_000;
/** Bytes of the head page's entries, the rest being its month links, timeline and rankings (see headBudget). */
const HEAD_ENTRY_BYTES = 110_000;
/** What a month costs a head page: its link with the count, its bar in the timeline and its row in the table. */
const HEAD_BYTES_PER_MONTH = 500;
/** Markup around an entry's text: list item, heading, two links to the article, date, outlet. */
const ENTRY_MARKUP_BYTES = 420;
/** Markup around each quote of an entry: its paragraph. */
export const QUOTE_MARKUP_BYTES = 7;
/** Room for escaping (& ' " < >) in an entry's text. */
const ESCAPING = 1.15;

export type ListingKind = 'topic' | 'entity' | 'source' | 'archive';

export interface ListingSource<A> {
  kind: ListingKind;
  /** Unique among listings, stable: "topic:energy", "people/to-lam", "source:vna", "archive". */
  key: string;
  /** Newest first. */
  articles: readonly A[];
  /** The sentences an entry quotes (a topic's evidence, the sentence naming an entity). */
  quotes(article: A): string[];
  /** Whether entries show the article's summary. */
  summaries: boolean;
  /**
   * Whether an article is in the listing's lower tier: a topic's articles that only mention it,
   * listed after those about it ("Also mentioned in") on the head page and on each month's page.
   */
  lowerTier?: (article: A) => boolean;
}

/** One page of a month: a run of the listing's articles, newest first. */
export interface MonthPart {
  /** "2025-05" */
  month: string;
  /** 1 for the month's own page, 2… for the pages after it. */
  part: number;
  /** Where the part's articles are in the listing's list: [start, end). */
  start: number;
  end: number;
  /** Its oldest and newest days, YYYY-MM-DD ("undated" for the undated articles' parts). */
  from: string;
  to: string;
}

export interface ListingMonth {
  month: string;
  /** Where the month's articles are in the listing's list: [start, end). */
  start: number;
  end: number;
  parts: MonthPart[];
}

export interface Listing<A> extends ListingSource<A> {
  /** Newest first. */
  months: ListingMonth[];
  /** The articles the head page shows, newest first: the latest of each tier, within its budget. */
  head: readonly A[];
}

/** Splits a listing into its head page's share and its month pages. */
export function planListing<A extends Indexable>(source: ListingSource<A>, entryBytes = ENTRY_BYTES): Listing<A> {
  const { articles } = source;
  const size = (article: A) => estimateEntryBytes(article, source);
  const months: ListingMonth[] = [];
  for (let start = 0; start < articles.length; ) {
    const month = monthOf(articles[start].data.date);
    let end = start + 1;
    while (end < articles.length && monthOf(articles[end].data.date) === month) end++;
    months.push({ month, start, end, parts: cutIntoParts(articles, month, start, end, size, entryBytes) });
    start = end;
  }
  return { ...source, months, head: planHead(source, months.length, size) };
}

/** The newest articles of each tier, at most HEAD_ARTICLES and HEAD_LOWER_TIER, until the head page's budget is spent. */
function planHead<A extends Indexable>(source: ListingSource<A>, months: number, size: (article: A) => number): A[] {
  const head: A[] = [];
  const room = { upper: HEAD_ARTICLES, lower: source.lowerTier ? HEAD_LOWER_TIER : 0 };
  const budget = headBudget(months);
  let used = 0;
  for (const article of source.articles) {
    if (room.upper === 0 && room.lower === 0) break;
    const tier = source.lowerTier?.(article) ? 'lower' : 'upper';
    if (room[tier] === 0) continue;
    used += size(article);
    if (used > budget && head.length > 0) break;
    head.push(article);
    room[tier]--;
  }
  return head;
}

/** The month's articles, [start, end) of the list, in parts of at most `entryBytes` (one entry at least). */
function cutIntoParts<A extends Indexable>(articles: readonly A[], month: string, start: number, end: number, size: (article: A) => number, entryBytes: number): MonthPart[] {
  return cutByBytes(start, end, (index) => size(articles[index]), entryBytes).map((run, index) => ({
    month,
    part: index + 1,
    ...run,
    from: listedDay(articles[run.end - 1].data.date),
    to: listedDay(articles[run.start].data.date),
  }));
}

/**
 * Items [start, end) of a list, in order, cut into runs of at most `budget` bytes each (a run holds
 * one item at least, whatever its size): what pages a month of a listing, or a briefing pack
 * (./briefing-pack.ts), so that none grows with the digest.
 */
export function cutByBytes(start: number, end: number, bytes: (index: number) => number, budget: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let runStart = start;
  let used = 0;
  for (let index = start; index < end; index++) {
    const size = bytes(index);
    if (used > 0 && used + size > budget) {
      runs.push({ start: runStart, end: index });
      runStart = index;
      used = 0;
    }
    used += size;
  }
  runs.push({ start: runStart, end });
  return runs;
}

/** What is left for entries on a head page once each month has its link, bar and table row. */
function headBudget(months: number): number {
  return Math.max(ENTRY_MARKUP_BYTES, HEAD_ENTRY_BYTES - months * HEAD_BYTES_PER_MONTH);
}

/** An entry's weight in a page's HTML: its text in UTF-8 with room for escaping, and its markup. */
export function estimateEntryBytes<A extends Indexable>(article: A, source: Pick<ListingSource<A>, 'quotes' | 'summaries'>): number {
  const quotes = source.quotes(article);
  const own = ownTextBytes(article.data);
  const text = own.heading + (source.summaries ? own.summary : 0) + utf8Bytes(quotes);
  return htmlWeight(ENTRY_MARKUP_BYTES + QUOTE_MARKUP_BYTES * quotes.length, text);
}

const ownBytes = new WeakMap<Indexable['data'], { heading: number; summary: number }>();

/** UTF-8 bytes of an article's title and slug (twice: link and anchor), and of its summary; worked out once, as every listing of it asks. */
function ownTextBytes(data: Indexable['data']): { heading: number; summary: number } {
  let bytes = ownBytes.get(data);
  if (!bytes) ownBytes.set(data, (bytes = { heading: Buffer.byteLength(data.title) + 2 * Buffer.byteLength(data.slug), summary: Buffer.byteLength(data.summary) }));
  return bytes;
}

/** The weight in HTML of `markup` bytes of tags around `texts`: their UTF-8, with room for escaping. */
export function htmlBytes(markup: number, texts: readonly string[]): number {
  return htmlWeight(markup, utf8Bytes(texts));
}

/** The weight in HTML of `markup` bytes of tags around `textBytes` bytes of UTF-8 text, with room for escaping. */
function htmlWeight(markup: number, textBytes: number): number {
  return markup + Math.ceil(textBytes * ESCAPING);
}

function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}

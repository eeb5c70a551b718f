/**
 * The gold for one page, from three places in order of trust: the hand
 * labels in labels.json (checked by reading the page), the dataset's own
 * gold (the benchmark's body, htmldate's date), and the page's metadata.
 */
import labelsFile from './labels.json' with { type: 'json' };
import type { DatasetPage } from './datasets.ts';
import { agenciesCredited, datelineOfBody } from './body-gold.ts';
import { statesDate } from './date-forms.ts';
import { normalizeHeadline, showsHeadline } from './headline-match.ts';
import { goldFromMetadata, type Sourced } from './metadata-gold.ts';
import type { RenderedPage } from './page-text.ts';
import { siteOf } from './split.ts';
import type { Source } from '../schema/registries.ts';

/** A hand label: what reading the saved page found. Every field is optional; `notes` says why. */
export interface PageLabel {
  headline?: string;
  /** YYYY-MM-DD, or null when the page gives no publication date. */
  date?: string | null;
  headlineVisible?: boolean;
  dateVisible?: boolean;
  lang?: string;
  /** Dateline place at the article's start, or null when it has none. */
  dateline?: string | null;
  /** Ids in sources.yaml of agencies the article itself credits (dateline, byline, sign-off). */
  credits?: string[];
  /** Ids of agencies the page names only as a photo's or caption's credit, where the rule in body-gold.ts misses it. */
  photoCredits?: string[];
  notes: string;
}

export const LABELS = labelsFile as Record<string, PageLabel>;

export function pageKey(page: Pick<DatasetPage, 'dataset' | 'id'>): string {
  return `${page.dataset}:${page.id}`;
}

export interface PageGold {
  headline?: string;
  headlineFrom: string;
  /** Whether the saved text shows the headline: headline right is counted over these pages. */
  headlineVisible: boolean;
  /** YYYY-MM-DD; null when the page has no publication date; undefined when nothing tells. */
  date?: string | null;
  dateFrom: string;
  /** Whether the saved text shows the date in a common written form (date-forms.ts). */
  dateVisible: boolean;
  body?: string;
  english: boolean;
  lang: string;
  /** Dateline place (benchmark pages: from the gold body's start); null: none; undefined: not judged. */
  dateline?: string | null;
  /** Sources the page may rightly be credited to besides "unknown": its publisher, agencies its article credits. */
  acceptableSources: string[];
  /** Sources a hand check found named only in a photo credit. */
  photoCredits: string[];
  labelled: boolean;
}

export function goldFor(page: DatasetPage, rendered: RenderedPage, sources: Source[]): PageGold {
  const label = LABELS[pageKey(page)];
  const meta = goldFromMetadata(rendered.meta, siteOf(page.url));
  const fromMeta = pageHeadline(meta.headlines, rendered.meta.h1s, rendered.text);
  const headline = label?.headline ?? fromMeta?.value;
  let date: string | null | undefined = label?.date !== undefined ? label.date : page.goldDate !== undefined ? page.goldDate : meta.date?.value;
  let dateFrom = label?.date !== undefined ? 'label' : page.goldDate !== undefined ? 'dataset' : (meta.date?.from ?? 'none');
  if (label?.date === undefined && page.goldDate === undefined && date && meta.timestamp && isUtc(meta.timestamp)) {
    // A UTC timestamp of an evening in the Americas falls on the next day; the page shows its own day.
    const before = dayBefore(date);
    if (!statesDate(rendered.text, date) && statesDate(rendered.text, before)) {
      date = before;
      dateFrom += ' (UTC, the day before as the page shows it)';
    }
  }
  const lang = label?.lang ?? meta.lang;
  const bodyDateline = page.goldBody !== undefined ? datelineOfBody(page.goldBody) : undefined;
  const site = siteOf(page.url);
  const publisher = sources.filter((source) => source.homepage !== undefined && siteOf(source.homepage) === site).map((source) => source.id);
  const credited = label?.credits ?? (page.goldBody !== undefined ? agenciesCredited(page.goldBody, sources) : []);
  return {
    headline,
    headlineFrom: label?.headline !== undefined ? 'label' : (fromMeta?.from ?? 'none'),
    headlineVisible: label?.headlineVisible ?? (headline !== undefined && showsHeadline(rendered.text, headline)),
    date,
    dateFrom,
    dateVisible: label?.dateVisible ?? (typeof date === 'string' && statesDate(rendered.text, date)),
    body: page.goldBody,
    lang,
    english: lang ? lang.startsWith('en') : looksEnglish(rendered.text),
    dateline: label?.dateline !== undefined ? label.dateline : page.goldBody !== undefined ? (bodyDateline?.place ?? null) : undefined,
    acceptableSources: [...new Set([...publisher, ...credited])],
    photoCredits: label?.photoCredits ?? [],
    labelled: label !== undefined,
  };
}

/**
 * The headline the page shows: the first its metadata gives that the saved text also shows; else
 * an <h1> the text shows that shares two words with one the metadata gives (a site's headline for
 * search engines often differs from the one over the article: "Prison guards charged in connection
 * with Jeffrey Epstein's death" over "Two federal prison officers charged with falsifying records in
 * connection with Jeffrey Epstein's suicide"); else the first the metadata gives.
 */
export function pageHeadline(fromMetadata: Array<Sourced<string>>, h1s: string[], text: string): Sourced<string> | undefined {
  const shown = fromMetadata.find((candidate) => showsHeadline(text, candidate.value));
  if (shown) return shown;
  const words = (headline: string) => new Set(normalizeHeadline(headline).split(' ').filter((word) => word.length >= 4));
  const metadataWords = fromMetadata.map((candidate) => words(candidate.value));
  const h1 = h1s.find((heading) => showsHeadline(text, heading) && metadataWords.some((known) => [...words(heading)].filter((word) => known.has(word)).length >= 2));
  return h1 ? { value: h1.replace(/\s+/g, ' ').trim(), from: '<h1> (the metadata gives another)' } : fromMetadata[0];
}

function isUtc(timestamp: string): boolean {
  return /(?:Z|[+-]00:?00|\bGMT|\bUTC)$/i.test(timestamp.trim());
}

function dayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on']);

/** A page that declares no language is English when its ten commonest English words make up a tenth of its words. */
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((word) => ENGLISH_WORDS.has(word)).length / words.length >= 0.1;
}

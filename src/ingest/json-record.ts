/**
 * A scraper's record of one article as JSON: news-please (`maintext`, `date_publish`, `source_domain`),
 * trafilatura's `--json` (`text`, `date`, `hostname`), newspaper3k (`text`, `publish_date`), a Scrapy item,
 * a schema.org NewsArticle (`articleBody`, `datePublished`). Its fields are the page's metadata, read
 * as the HTML path reads a page's (the front matter still wins, and a bad date is a warning, not a
 * rejection), and its text is the article's paragraphs, cleaned as Readability's output is. A text
 * that is HTML ("<p>…</p>") is read through the same inert DOM as a saved page. Nothing in it runs.
 */
import type { HtmlPage } from './html/read-page.ts';
import { isWebAddress, type PageMetadata, type PageValue } from './html/metadata.ts';
import { paragraphsOfText } from './html/paragraphs.ts';
import { decodeCharacterReferences, normalizeText } from './text/normalize.ts';

/** Field names by what they hold, in the order they are tried: scrapers' names, then schema.org's. */
export const RECORD_FIELDS = {
  text: ['maintext', 'text', 'articleBody', 'article_text', 'content', 'body', 'article', 'full_text'],
  title: ['title', 'headline', 'title_page', 'title_rss'],
  date: ['date_publish', 'publish_date', 'published_date', 'date_published', 'datePublished', 'published_at', 'published', 'pubDate', 'publication_date', 'date'],
  url: ['url', 'canonical_url', 'link', 'source_url'],
  outlet: ['source', 'sitename', 'site_name', 'publisher', 'source_domain', 'hostname'],
} as const;

/**
 * The seed's fields when its text is one JSON object holding an article's text; undefined otherwise (a
 * text that only opens with a brace, a JSON of something else), and the seed is read as text.
 */
export function parseJsonRecord(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const fields = record as Record<string, unknown>;
  return RECORD_FIELDS.text.some((name) => isText(fields[name])) ? fields : undefined;
}

/** The text is such a record, perhaps under front matter an editor added ("---\ntitle: …\n---\n{ … }"). */
export function holdsJsonRecord(text: string): boolean {
  return parseJsonRecord(text.replace(FRONT_MATTER, '')) !== undefined;
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;

/** The record's metadata and paragraphs, each value decoded and normalized as a text seed's is. */
export function readJsonRecord(fields: Record<string, unknown>): HtmlPage {
  const values = (kind: keyof typeof RECORD_FIELDS): PageValue[] =>
    RECORD_FIELDS[kind].flatMap((name) => (isText(fields[name]) ? [{ value: asText(fields[name]), rule: `JSON ${name}` }] : []));
  const headlines = values('title');
  const urls = values('url').filter(({ value }) => isWebAddress(value));
  const metadata: PageMetadata = { headlines, dates: values('date'), urls, outletNames: values('outlet'), titles: headlines.map(({ value }) => value) };
  return { metadata, paragraphs: paragraphsOfText(values('text')[0].value) };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function asText(value: string): string {
  return normalizeText(decodeCharacterReferences(value)).trim();
}


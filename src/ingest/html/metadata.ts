/**
 * What a saved page says about itself, before any of its text is read: the
 * headline, the publication date, the canonical URL and the outlet's name, each
 * as candidates in the order they are trusted, with the id of the rule that
 * found them. The extract stage takes the first candidate that passes its
 * checks and falls back on the text when none does.
 *
 * Pages in the wild: news sites describe the article in JSON-LD and Open
 * Graph tags (`og:title`, `article:published_time`), older ones in meta names
 * (`pubdate`, `DC.date.issued`, Parse.ly's and Sailthru's tags); `<title>`
 * carries the site's name ("Headline | Site", "Site - Headline"), and an
 * `<h1>` may be the logo. A page's modification date (`dateModified`,
 * `article:modified_time`) is never read: it is not when the article appeared.
 */
import { decodeHTMLStrict } from 'entities';
import { normalizeText } from '../text/normalize.ts';
import { contentWords, sharedWords } from '../segment/headline-choice.ts';
import { foldedKey } from '../text/same-text.ts';
import { collapseSpaces } from '../text/spaces.ts';
import { hasAtMostWords } from '../text/words.ts';
import { findFullDate } from '../extract/date.ts';
import { jsonLdArticles, PAGE_TYPES, textOf, type JsonLdObject } from './json-ld.ts';

/** One value a page states, and the rule that read it ("og:title", "json-ld headline"). */
export interface PageValue {
  value: string;
  rule: string;
}

export interface PageMetadata {
  headlines: PageValue[];
  dates: PageValue[];
  /** The page's canonical address, http(s) only. */
  urls: PageValue[];
  /** The outlet as the page names it: the publisher, the site's name. */
  outletNames: PageValue[];
  /** Every title the page shows, its first `<h1>` included: what a header over the article may repeat. */
  titles: string[];
  /** The article's text as the page's JSON-LD gives it (`articleBody`), for a page that renders it by script. */
  articleBody?: string;
}

/** The parts of a page the rules read, gathered once. */
interface PageView {
  document: Document;
  articles: JsonLdObject[];
  /** Meta tags by lower-cased property, name or itemprop → their content, in document order. */
  meta: Map<string, string[]>;
}

interface MetadataRule {
  id: string;
  read: (page: PageView) => Array<string | undefined>;
}

const fromJsonLd = (property: string) => (page: PageView) => page.articles.map((article) => textOf(article[property]));
const fromMeta = (...keys: string[]) => (page: PageView) => keys.flatMap((key) => page.meta.get(key) ?? []);
const attribute = (selector: string, name: string) => (page: PageView) =>
  [...page.document.querySelectorAll(selector)].map((element) => element.getAttribute(name) ?? undefined);

export const HEADLINE_RULES: MetadataRule[] = [
  { id: 'json-ld headline', read: fromJsonLd('headline') },
  { id: 'og:title', read: fromMeta('og:title') },
  { id: 'twitter:title', read: fromMeta('twitter:title') },
  { id: 'h1', read: (page) => [headingInTitle(page.document)] },
  { id: 'title', read: (page) => [page.document.querySelector('title')?.textContent ?? undefined] },
];

/** The meta names that give the publication time, most trusted first (lower-cased). */
const metaDates = fromMeta(
  'og:published_time', 'datepublished', 'article.published', 'published_time', 'pubdate', 'pub_date', 'publishdate', 'publish-date', 'publish_date',
  'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'date',
);

export const DATE_RULES: MetadataRule[] = [
  { id: 'json-ld datePublished', read: fromJsonLd('datePublished') },
  { id: 'article:published_time', read: fromMeta('article:published_time') },
  { id: 'meta date', read: (page) => metaDates(page).map(withDashes) },
  { id: 'time datePublished', read: attribute('time[itemprop~="datePublished"]', 'datetime') },
  { id: 'article time', read: attribute('article time[datetime]', 'datetime') },
  { id: 'json-ld WebPage datePublished', read: (page) => jsonLdArticles(page.document, PAGE_TYPES).map((object) => textOf(object.datePublished)) },
  // <div class="published"><time datetime="2020-06-22T09:30:00+02:00">28 minutes ago</time>: the page's own label for it.
  { id: 'published time', read: attribute('[class*="publish"] time[datetime], [class*="posted"] time[datetime], [class*="byline"] time[datetime]', 'datetime') },
];

/** A meta tag's day written without dashes ("20100812", BusinessWeek's `pub_date`) as the text's dates are: 2010-08-12. */
function withDashes(value: string): string {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value;
}

export const URL_RULES: MetadataRule[] = [
  { id: 'canonical', read: attribute('link[rel~="canonical"]', 'href') },
  { id: 'og:url', read: fromMeta('og:url') },
];

export const OUTLET_RULES: MetadataRule[] = [
  { id: 'json-ld publisher', read: fromJsonLd('publisher') },
  { id: 'og:site_name', read: fromMeta('og:site_name') },
];

/** A headline is short: an `<h1>` left open on a broken page holds the article under it. */
const MOST_HEADLINE_WORDS = 50;

export function readPageMetadata(document: Document): PageMetadata {
  const page: PageView = { document, articles: jsonLdArticles(document), meta: metaTags(document) };
  const outletNames = candidates(page, OUTLET_RULES);
  const urls = candidates(page, URL_RULES).filter(({ value }) => isWebAddress(value));
  const siteNames = [...outletNames.map(({ value }) => value), ...urls.map(({ value }) => new URL(value).hostname)];
  const stated = candidates(page, HEADLINE_RULES)
    .map(({ value, rule }) => ({ value: rule === 'title' ? titleHeadline(value, siteNames) : withoutSiteName(value, siteNames), rule }))
    .filter(({ value }) => value !== '' && hasAtMostWords(value, MOST_HEADLINE_WORDS) && !siteNames.some((name) => sameName(value, name)));
  const headings = [...document.querySelectorAll('h1')].map((element) => cleanValue(element.textContent ?? '')).filter((text) => text !== '');
  const heading = headings[0] ?? '';
  const headlines = rankHeadlines([...stated, ...headingsLikeHeadlines(headings, stated)], headings);
  return {
    headlines,
    // Only values that read as a day: "Thursday" in a date tag is no date, and must not stand for one.
    dates: candidates(page, DATE_RULES).filter(({ value }) => findFullDate(value) !== undefined),
    urls,
    outletNames,
    titles: [...new Set([...headlines.map(({ value }) => value), heading].filter((title) => title !== ''))],
    articleBody: page.articles.map(({ articleBody }) => articleBody).find((body): body is string => typeof body === 'string' && body.trim() !== ''),
  };
}

/**
 * `<h1>`s that are not in the page's metadata but share two words of four letters or more with a
 * headline it gives: a site's headline for search engines and social cards often differs from the
 * one over its article ("Prison guards charged in connection with Jeffrey Epstein's death" over
 * "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's
 * suicide"); a logo or a section's name shares none.
 */
function headingsLikeHeadlines(headings: string[], stated: PageValue[]): PageValue[] {
  const statedWords = stated.map(({ value }) => contentWords(value));
  const statedKeys = new Set(stated.map(({ value }) => foldedKey(value)));
  return headings
    .filter((text) => !statedKeys.has(foldedKey(text)) && hasAtMostWords(text, MOST_HEADLINE_WORDS))
    .filter((text) => {
      const words = contentWords(text);
      return statedWords.some((known) => sharedWords(words, known) >= 2);
    })
    .map((value) => ({ value, rule: H1_LIKE_METADATA }));
}

/**
 * The headline candidates, best first: the headline a reader sees over the article is the one to
 * print, so a candidate an `<h1>` shows outranks one only the metadata states (JSON-LD and social
 * cards often carry a shorter headline written for search engines: "Sweden drops Assange rape
 * investigation" under the page's "Julian Assange: Sweden drops rape investigation"), and a
 * candidate another one continues is cut ("… third Beijing local to contract" in JSON-LD, "… to
 * contract medieval disease" in the `<h1>`). Ties keep the rules' order.
 */
function rankHeadlines(found: PageValue[], headings: string[]): PageValue[] {
  const headingKeys = headings.map(foldedKey).filter((key) => key !== '');
  const shown = new Set(headingKeys);
  const scored = found.map((candidate) => {
    const key = foldedKey(candidate.value);
    const features: Record<HeadlineFeature, boolean> = {
      'shown-as-h1': shown.has(key) || (key.length >= MIN_SHOWN_KEY && headingKeys.some((heading) => heading.includes(key))),
      cut: found.some((other) => continues(other.value, candidate.value, key)),
      'h1-only': candidate.rule === H1_LIKE_METADATA,
    };
    let score = 0;
    for (const feature of HEADLINE_FEATURES) if (features[feature]) score += HEADLINE_WEIGHTS[feature];
    return { candidate, score };
  });
  return scored.sort((a, b) => b.score - a.score).map(({ candidate }) => candidate);
}

const HEADLINE_FEATURES = ['shown-as-h1', 'cut', 'h1-only'] as const;
type HeadlineFeature = (typeof HEADLINE_FEATURES)[number];

/**
 * Weights of the features a headline candidate is ranked on, set on the dev split (README,
 * "Evaluation"): shown in an `<h1>` (alone or with a kicker or a button's label around it) above
 * all; an `<h1>` no metadata states loses a tie to one that does.
 */
const HEADLINE_WEIGHTS: Record<HeadlineFeature, number> = { 'shown-as-h1': 2, cut: -1, 'h1-only': -0.5 };

/** Folded characters a candidate needs for an `<h1>` holding it to count as showing it. */
const MIN_SHOWN_KEY = 12;

const H1_LIKE_METADATA = 'h1 like the metadata';

/**
 * Whether `longer` is `shorter` and more words of one sentence (a headline cut at so many
 * characters), not `shorter` and a site's name after a separator ("… - sn.dk - Forsiden").
 */
function continues(longer: string, shorter: string, shorterKey: string): boolean {
  if (longer.length <= shorter.length || shorterKey === '') return false;
  // Where the folded text of `longer` has taken in all of `shorter`'s.
  let folded = 0;
  let at = 0;
  while (at < longer.length && folded < shorterKey.length) {
    const next = longer.codePointAt(at)! > 0xffff ? 2 : 1;
    folded += foldedKey(longer.slice(at, at + next)).length;
    at += next;
  }
  if (folded !== shorterKey.length || !foldedKey(longer.slice(0, at)).startsWith(shorterKey)) return false;
  return CONTINUED.test(longer.slice(at));
}

/** The rest of a headline cut short: more words (or the closing quote and mark), no separator first. */
const CONTINUED = /^[\p{P}]{0,2}\s+[\p{L}\p{N}«“"'‘]|^[\p{P}]{1,3}$/u;

/**
 * The page's first `<h1>` when its words are in the page's `<title>` too (or there is no title):
 * a site's logo is often an `<h1>` ("엔터 미디어" over "엘제이-류화영 … - Entermedia").
 */
function headingInTitle(document: Document): string | undefined {
  const heading = document.querySelector('h1')?.textContent;
  const title = document.querySelector('title')?.textContent;
  if (!heading || !title) return heading ?? undefined;
  const key = siteKey(heading);
  return key !== '' && siteKey(title).includes(key) ? heading : undefined;
}

function candidates(page: PageView, rules: MetadataRule[]): PageValue[] {
  const found: PageValue[] = [];
  for (const rule of rules) {
    for (const raw of rule.read(page)) {
      const value = raw === undefined ? '' : cleanValue(raw);
      if (value) found.push({ value, rule: rule.id });
    }
  }
  return found;
}

function metaTags(document: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    // An attribute may name several properties: itemprop="datePublished dateCreated".
    const keys = ['property', 'name', 'itemprop'].flatMap((name) => element.getAttribute(name)?.toLowerCase().split(/\s+/) ?? []);
    for (const key of new Set(keys)) {
      if (!key) continue;
      const values = meta.get(key);
      if (values) values.push(content);
      else meta.set(key, [content]);
    }
  }
  return meta;
}

/** Metadata is text: JSON-LD often keeps character references ("Q&amp;A"), and any of it may hold line breaks. */
function cleanValue(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTMLStrict(raw) : raw;
  return collapseSpaces(normalizeText(decoded)).trim();
}

/** An http(s) address the URL parser reads: the only kind a page's, a record's or a reader's metadata may give. */
export function isWebAddress(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

/** Between a headline and the site's name in a title: "Headline | Site", "Headline - Site", "Site: Headline". */
const TITLE_SEPARATOR = /\s+[|–—·•:-]\s+|\s*[|·•]\s*|:\s+/;

/** The headline without the site's name a title adds before or after it. */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  if (siteNames.some((name) => sameName(parts.at(-1)!, name))) return title.slice(0, title.length - parts.at(-1)!.length).replace(/[\s|–—·•:-]+$/, '');
  if (siteNames.some((name) => sameName(parts[0], name))) return title.slice(parts[0].length).replace(/^[\s|–—·•:-]+/, '');
  return title;
}

/**
 * The headline in a page's `<title>`: without the site's name, of the parts a bar divides
 * ("Metro line opens | World | Example News") the longest, and without a short name after a dash.
 */
function titleHeadline(title: string, siteNames: string[]): string {
  const parts = withoutSiteName(title, siteNames).split(/\s+\|\s+/);
  const longest = parts.reduce((longest, part) => (part.length > longest.length ? part : longest));
  // "Headline - Entermedia": a name of a few words after a dash, under a longer headline.
  const suffix = SITE_SUFFIX.exec(longest);
  return suffix && hasAtMostWords(suffix[1], 3) && !hasAtMostWords(longest.slice(0, suffix.index), 3) ? longest.slice(0, suffix.index) : longest;
}

const SITE_SUFFIX = /\s+[–—-]\s+([^–—-]{1,40})$/;

/**
 * "The Guardian" and "theguardian.com", "Reuters" and "www.reuters.com" name one site; so do "Silicon Exposed"
 * and "siliconexposed.blogspot.com", a blog on a host of blogs, named by its subdomain.
 */
function sameName(text: string, name: string): boolean {
  const key = siteKey(text);
  const other = siteKey(name);
  return key !== '' && (key === other || `the${key}` === other || key === `the${other}` || name.split('.').slice(0, -2).includes(key));
}

function siteKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news|info|[a-z]{2})$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

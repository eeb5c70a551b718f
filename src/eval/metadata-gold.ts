/**
 * Headline, date and language as a page states them about itself: JSON-LD
 * (NewsArticle, Article and their kin, also inside @graph), Open Graph and
 * article:* tags, the common meta names, <time datetime>, <title>. Each value
 * carries where it came from, so a hand check can see what the rule chose.
 */
import { decodeHTMLStrict } from 'entities';
import type { PageMeta } from './page-text.ts';
import { normalizeHeadline } from './headline-match.ts';

export interface Sourced<T> {
  value: T;
  /** Where the value was read, e.g. "json-ld NewsArticle.headline", "og:title", "<title>". */
  from: string;
}

export interface MetadataGold {
  /** Every headline the metadata gives, without the site's name, most trusted first. */
  headlines: Array<Sourced<string>>;
  /** YYYY-MM-DD as the page writes its publication time (the publisher's own calendar day). */
  date?: Sourced<string>;
  /** The timestamp the date came from, when it has a time: a UTC one may be a day off the page's date. */
  timestamp?: string;
  lang: string;
  siteName?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

/** Meta names that give the publication time, most trusted first (lower-cased). */
const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'pub_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'dc.date',
  'date',
  'datecreated',
  'article:modified_time',
  'datemodified',
];

const TITLE_METAS = ['og:title', 'twitter:title', 'sailthru.title', 'headline', 'title'];

/** `site`: the page's registrable domain, whose name a title may carry ("… - News.yam.md"). */
export function goldFromMetadata(meta: PageMeta, site: string): MetadataGold {
  const articles = jsonLdArticles(meta.jsonLd);
  const metas = new Map<string, string>();
  for (const [name, content] of meta.metas) if (!metas.has(name.toLowerCase()) && content.trim()) metas.set(name.toLowerCase(), content.trim());
  const siteName = metas.get('og:site_name') ?? metas.get('application-name') ?? metas.get('apple-mobile-web-app-title');

  const headlines: Array<Sourced<string>> = [
    ...articles.flatMap(({ type, node }) => (typeof node.headline === 'string' ? [{ value: node.headline, from: `json-ld ${type}.headline` }] : [])),
    ...TITLE_METAS.flatMap((name) => (metas.has(name) ? [{ value: metas.get(name)!, from: name }] : [])),
    ...(meta.title.trim() ? [{ value: meta.title, from: '<title>' }] : []),
  ];
  const dates: Array<Sourced<string>> = [
    ...articles.flatMap(({ type, node }) => (typeof node.datePublished === 'string' ? [{ value: node.datePublished, from: `json-ld ${type}.datePublished` }] : [])),
    ...DATE_METAS.flatMap((name) => (metas.has(name) ? [{ value: metas.get(name)!, from: name }] : [])),
    ...meta.times.map(([datetime]) => ({ value: datetime, from: '<time datetime>' })),
  ];
  const date = dates.map((candidate) => ({ ...candidate, day: calendarDay(candidate.value) })).find((candidate) => candidate.day);

  return {
    headlines: headlines.map((candidate) => ({ ...candidate, value: withoutSiteName(candidate.value, [siteName, site], meta.h1s) })).filter((candidate) => candidate.value),
    date: date && { value: date.day!, from: date.from },
    timestamp: date && /\d:\d/.test(date.value) ? date.value : undefined,
    lang: (meta.lang || metas.get('og:locale') || metas.get('content-language') || metas.get('language') || metas.get('inlanguage') || '').toLowerCase().replace('_', '-'),
    siteName,
  };
}

interface JsonLdNode {
  '@type'?: unknown;
  '@graph'?: unknown;
  headline?: unknown;
  datePublished?: unknown;
  [key: string]: unknown;
}

/** Article-like JSON-LD nodes in document order; scripts that do not parse are skipped, as a search engine skips them. */
export function jsonLdArticles(scripts: string[]): Array<{ type: string; node: JsonLdNode }> {
  const found: Array<{ type: string; node: JsonLdNode }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as JsonLdNode;
    const types = (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((type): type is string => typeof type === 'string');
    const type = types.find((candidate) => ARTICLE_TYPES.test(candidate));
    if (type) found.push({ type, node });
    if (node['@graph']) visit(node['@graph']);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')));
    } catch {
      // Hand-written JSON-LD with a trailing comma or a raw newline is common; such a page still has its other metadata.
    }
  }
  return found;
}

/**
 * The calendar day a timestamp names, as written ("2019-11-18T21:30:00-05:00" → 2019-11-18): the
 * publisher's own day, not converted to UTC. Also reads "2019/11/18", "20191118" and RFC 2822 dates.
 */
export function calendarDay(text: string): string | undefined {
  const iso = text.trim().match(/^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?!\d)/);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = text.match(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/i);
  if (named) return realDay(Number(named[3]), MONTHS.indexOf(named[2].slice(0, 3).toLowerCase()) + 1, Number(named[1]));
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function realDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Separators a site puts between a headline and its own name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—:·•»]\s+|\s+(?:[|·•»]|::|--)|(?:[|·•»]|::|--)\s+|--/;

/**
 * A page title without the site's name around it ("… - WSJ", "Opinion | … - The New York Times"):
 * the part an <h1> of the page repeats when one does; else without a last part that is the site's
 * name (og:site_name) or its initials.
 */
export function withoutSiteName(title: string, siteNames: Array<string | undefined>, h1s: string[]): string {
  // Some sites escape their titles twice: og:title="Australian &amp;#039;megablaze&amp;#039; …".
  const clean = decodeHTMLStrict(title).replace(/\s+/g, ' ').trim();
  const normalized = normalizeHeadline(clean);
  const h1 = h1s.map((text) => text.replace(/\s+/g, ' ').trim()).find((text) => {
    const heading = normalizeHeadline(text);
    return heading.length >= 12 && heading !== normalized && normalized.includes(heading);
  });
  if (h1) return h1;
  const parts = clean.split(SEPARATOR);
  if (parts.length < 2) return clean;
  // "wsj.com" → "wsj", "news.yam.md" → "yam": a site's name in its title often is its domain's.
  const sites = siteNames.flatMap((name) => (name ? [normalizeHeadline(name.replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/i, ''))] : [])).filter(Boolean);
  const isSite = (part: string) => {
    const name = normalizeHeadline(part);
    const joined = name.replace(/ /g, '');
    if (name === '' || name.split(' ').length > 5) return false;
    return sites.some((site) => name === site || initials(site) === joined || (site.length >= 3 && (site.includes(name) || joined.includes(site.replace(/ /g, '')))));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1])) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  return clean.slice(clean.indexOf(kept[0]), clean.lastIndexOf(kept[kept.length - 1]) + kept[kept.length - 1].length);
}

function initials(name: string): string {
  return name
    .split(' ')
    .filter((word) => !['the', 'of', 'and'].includes(word))
    .map((word) => word[0])
    .join('');
}

/**
 * The article a page describes in its JSON-LD (`<script type="application/ld+json">`):
 * schema.org's NewsArticle and its kin, alone, in an array, in an `@graph`, or
 * as a WebPage's `mainEntity`. The script's text is only ever parsed as JSON,
 * never run. Pages in the wild wrap it in comments or CDATA and leave raw line
 * breaks inside strings, or a stray bracket after the object; those are forgiven,
 * anything else that is not JSON is skipped.
 */

/** schema.org types whose headline and datePublished are the article's. */
export const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
]);

export type JsonLdObject = Record<string, unknown>;

/** Every object of these types (the article types by default) in the page's JSON-LD, in document order. */
export function jsonLdArticles(document: Document, types: ReadonlySet<string> = ARTICLE_TYPES): JsonLdObject[] {
  const articles: JsonLdObject[] = [];
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    collectArticles(parseJsonLd(script.textContent ?? ''), articles, 0, types);
  }
  return articles;
}

/** The page itself: its datePublished is the article's when no article object gives one. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['WebPage', 'ItemPage']);

const WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
// Raw tabs and line breaks inside JSON strings are the common fault; outside strings they are whitespace anyway.
const CONTROL = /[\u0000-\u001F]+/g;

function parseJsonLd(text: string): unknown {
  const json = text.replace(WRAPPERS, '').replace(CONTROL, ' ');
  try {
    return JSON.parse(json);
  } catch {
    // A stray brace after the object ("…}\n}" on avaz.ba): the first whole value is the page's.
    const end = firstValueEnd(json);
    if (end === undefined || end === json.trimEnd().length) return undefined;
    try {
      return JSON.parse(json.slice(0, end));
    } catch {
      return undefined;
    }
  }
}

/** Where the first object or array of the text closes, counting brackets outside strings; undefined if it never does. */
function firstValueEnd(json: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < json.length; index++) {
    const char = json[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return index + 1;
      if (depth < 0) return undefined;
    }
  }
  return undefined;
}

/** How deep an article may sit in a page's JSON-LD: enough for @graph and mainEntity, not for a hostile nest. */
const MOST_DEPTH = 6;

function collectArticles(value: unknown, into: JsonLdObject[], depth: number, types: ReadonlySet<string>): void {
  if (depth > MOST_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectArticles(item, into, depth + 1, types);
    return;
  }
  const object = value as JsonLdObject;
  if (typesOf(object).some((type) => types.has(type))) into.push(object);
  collectArticles(object['@graph'], into, depth + 1, types);
  collectArticles(object.mainEntity, into, depth + 1, types);
}

/** "@type": "NewsArticle", ["NewsArticle", "Article"], or "https://schema.org/NewsArticle". */
function typesOf(object: JsonLdObject): string[] {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A property's text: a string, the first string of an array, or an object's name ("publisher": {"name": …}). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).find((text) => text !== undefined);
  if (value !== null && typeof value === 'object') return textOf((value as JsonLdObject).name);
  return undefined;
}

/**
 * An article saved as a feed item: an RSS 2.0 `<item>` or an Atom `<entry>`, alone or in the feed that
 * held it. Its elements become the fields of a scraper's record (json-record.ts), which the HTML path's
 * metadata rules and paragraph reading then take as they take a JSON record: `title`; `link` (RSS's
 * text, Atom's `href`); `pubDate`, `published`, `dc:date` or `updated`; the fullest of `content:encoded`,
 * `content`, `description` and `summary` (HTML, escaped or in CDATA, read through the same inert DOM as
 * a saved page); the channel's or the feed's title as the outlet. The XML is only parsed, never run.
 * A feed of several items is several articles: it is refused, with what to do, not cut to its first.
 */
import type { SeedFile } from './types.ts';
import { markupStart } from './html/detect.ts';
import { parseXml } from './html/dom.ts';

/** A feed's markup opens the text (after what may stand before a page's: an XML declaration, comments): `<rss`, `<feed`, `<item`, `<entry`. */
const FEED_START = /^<(?:rss|feed|rdf:RDF|item|entry)[\s>]/;

export function isFeedText(text: string): boolean {
  return FEED_START.test(markupStart(text));
}

/** Each record field, and the item's elements that give it, tried in order (lower-cased names). */
const ITEM_FIELDS = {
  title: ['title'],
  url: ['link', 'guid'],
  date: ['pubdate', 'published', 'dc:date', 'updated'],
  text: ['content:encoded', 'content', 'description', 'summary'],
} as const;

/** The item's fields as a scraper's record; undefined when the text is no feed; fails on a feed of several items. */
export function parseFeedItem(text: string, file: SeedFile): Record<string, string> | undefined {
  if (!isFeedText(text)) return undefined;
  const document = parseXml(text);
  const items = [...document.querySelectorAll('item, entry')];
  if (items.length === 0) return undefined;
  if (items.length > 1) return file.fail(`a feed of ${items.length} items: save each item as a seed of its own`);
  const item = items[0];
  const children = [...item.children];
  const valuesOf = (names: readonly string[]) =>
    names.flatMap((name) => children.filter((child) => child.tagName.toLowerCase() === name)).map(valueOf).filter((value) => value !== '');
  const record: Record<string, string> = {};
  for (const [field, names] of Object.entries(ITEM_FIELDS)) {
    const values = valuesOf(names);
    // The fullest text: a feed's description is often the teaser of the content beside it.
    const value = field === 'text' ? values.sort((a, b) => b.length - a.length)[0] : values[0];
    if (value !== undefined) record[field] = value;
  }
  // The channel's (RSS) or the feed's (Atom) own title names the outlet.
  const outlet = item.parentElement && [...item.parentElement.children].find((child) => child.tagName.toLowerCase() === 'title');
  if (outlet?.textContent?.trim()) record.source = outlet.textContent.trim();
  return record.text === undefined ? undefined : record;
}

/** An element's value: Atom's link is its `href` (an `enclosure` or `self` link is none), every other element its text. */
function valueOf(element: Element): string {
  if (element.tagName.toLowerCase() !== 'link' || !element.hasAttribute('href')) return (element.textContent ?? '').trim();
  const rel = element.getAttribute('rel') ?? 'alternate';
  return rel === 'alternate' ? (element.getAttribute('href') ?? '').trim() : '';
}

/**
 * Every internal URL the site prints comes from here, so hosting under a
 * sub-path (SITE.base, e.g. "/digest") and the trailing-slash policy
 * (astro.config.mjs: trailingSlash 'always', format 'directory') live in one place.
 */
import { SITE } from '../config.ts';
import { slugify } from '../lib/slugify.ts';
import type { EntityKind } from '../schema/article.ts';
import { UNDATED } from './calendar.ts';

const prefix = SITE.base === '/' ? '' : SITE.base;

/** A page URL: "/digest/topics/energy/". Segments are slugs or ids, encoded in case one is not. */
export function pagePath(...segments: string[]): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return path ? `${prefix}/${path}/` : `${prefix}/`;
}

/** A file URL, no trailing slash: "/digest/rss.xml". */
export function filePath(path: string): string {
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** Absolute URL on the hosted site, for canonical links, feeds and citations. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE.site).href;
}

export const homeUrl = () => pagePath();
export const articleUrl = (slug: string) => pagePath('articles', slug);
export const topicsUrl = () => pagePath('topics');
export const topicUrl = (id: string) => pagePath('topics', id);
export const topicFeedUrl = (id: string) => filePath(`topics/${encodeURIComponent(id)}/rss.xml`);
export const entityIndexUrl = (kind: EntityKind) => pagePath(kind);
export const entityUrl = (kind: EntityKind, name: string) => pagePath(kind, entitySlug(name));
/** An indexed entity's page, by the slug its page was built under. */
export const entityPageUrl = (entity: { kind: EntityKind; slug: string }) => pagePath(entity.kind, entity.slug);
export const sourcesUrl = () => pagePath('sources');
export const sourceUrl = (id: string) => pagePath('sources', id);
export const archiveUrl = (year?: string, month?: string) => pagePath('archive', year ?? '', year ? (month ?? '') : '');
export const searchUrl = () => pagePath('search');
/**
 * A month's path under its listing: "2025/05", its part 2 "2025/05/2"; the articles whose seed
 * states no date are the listing's "undated" month ("undated", "undated/2").
 */
export const periodPath = (month: string, part = 1) => `${month === UNDATED ? UNDATED : `${month.slice(0, 4)}/${month.slice(5, 7)}`}${part > 1 ? `/${part}` : ''}`;
/**
 * A month page of the listing whose head page is `head` ("/topics/energy/2025/05/"; its part 2:
 * ".../2025/05/2/"; "/topics/energy/undated/"), where a topic's or entity's month pack lives too.
 */
export const monthPageUrl = (head: string, month: string, part = 1) => `${head}${periodPath(month, part)}/`;
/** The folder of the article date files (src/site/article-dates.ts), with its trailing slash. */
export const articleDatesUrl = () => pagePath('article-dates');
export const storiesUrl = () => pagePath('stories');
export const storyUrl = (id: string) => pagePath('stories', id);
/** A briefing pack (src/site/briefing-pack.ts) under the page it packs: /stories/<id>/pack/, /topics/<id>/<yyyy>/<mm>/pack/. */
export const packUrl = (pageUrl: string) => `${pageUrl}pack/`;
/** A part of a briefing pack, as a month page's parts go: part 1 is the pack's own page, part 2 ".../pack/2/". */
export const packPartUrl = (pageUrl: string, part: number) => `${packUrl(pageUrl)}${part > 1 ? `${part}/` : ''}`;
/** The same pack as Markdown: /stories/<id>/pack.md. */
export const packMarkdownUrl = (pageUrl: string) => `${pageUrl}pack.md`;
/** The list of a topic's or entity's month packs: /topics/<id>/packs/. */
export const packsUrl = (pageUrl: string) => `${pageUrl}packs/`;
export const feedUrl = () => filePath('rss.xml');

const entitySlugs = new Map<string, string>();

/**
 * The URL slug of an entity name. Names in scripts slugify cannot transliterate
 * (Cyrillic, Arabic, Chinese…) would all collapse to "", so they get a stable
 * hash of the name instead.
 */
export function entitySlug(name: string): string {
  // Slugified once per build: the same few thousand names recur across every article and the pages linking them.
  let slug = entitySlugs.get(name);
  if (slug === undefined) entitySlugs.set(name, (slug = slugify(name) || `entity-${hashName(name)}`));
  return slug;
}

/** FNV-1a over the NFC code points: short, stable across builds and machines. */
function hashName(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

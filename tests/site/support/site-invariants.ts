/**
 * What must hold for ANY built Digest site, whatever articles it was built
 * from: every article, topic, entity, source and month has its page listing
 * exactly the right articles; no internal link is broken; every page is valid
 * HTML with the same head; feeds and the sitemap are sound; reading pages run
 * no script but the search box's; an article page stays small.
 *
 * Expected values come from the MDX frontmatter the site was built from, read
 * directly (./content.ts), never from the site's own indexes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityKinds, type ArticleData, type EntityKind } from '../../../src/schema/article.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/site/csp.ts';
import { entitySlug, periodPath } from '../../../src/site/urls.ts';
import { monthOf, sortDay, UNDATED } from '../../../src/site/calendar.ts';
import { articleDateShard } from '../../../src/site/article-dates.ts';
import { published, readArticles } from './content.ts';
import { fileForPath, findBrokenLinks, htmlFiles, urlPathOf, type SiteLocation } from './dist.ts';
import { attr, readPage, textOf, type Page } from './html.ts';

export interface SiteUnderTest extends SiteLocation {
  /** The MDX articles it was built from. */
  contentDir: string;
}

/**
 * The most any HTML page may weigh, whatever the size of the digest: listings are paged by month,
 * a long month and a long briefing pack cut into parts.
 */
export const PAGE_LIMIT = 200 * 1000;
/** The budget for an article page, HTML and CSS together, gzipped. */
export const ARTICLE_PAGE_BUDGET = 20 * 1024;
const ROOT = join(import.meta.dirname, '../../..');

export function describeSiteInvariants(name: string, getSite: () => Promise<SiteUnderTest> | SiteUnderTest): void {
  describe(`built site: ${name}`, () => {
    let site: SiteUnderTest;
    let articles: ArticleData[];
    let all: ArticleData[];
    const pageAtUrl = (url: string): Page => {
      const file = fileForPath(site, url);
      if (!file) throw new Error(`no page at ${url}`);
      return readPage(file);
    };
    const pageAt = (path: string): Page => pageAtUrl(prefixed(site, path));
    /** The articles a listing page links, in order, as slugs. */
    const listedSlugs = (page: Page, within = '') =>
      page.all(`${within} li.item .item__title a`.trim()).map((link) => {
        const match = new RegExp(`^${prefixed(site, '/articles/')}([^/]+)/$`).exec(attr(link, 'href')!);
        if (!match) throw new Error(`not an article link: ${attr(link, 'href')}`);
        return match[1];
      });

    beforeAll(async () => {
      site = await getSite();
      all = readArticles(site.contentDir);
      articles = published(all);
    });

    it('was built from at least one article', () => {
      expect(articles.length).toBeGreaterThan(0);
    });

    it('gives every published article its page, and drafts none', () => {
      for (const article of articles) {
        const page = pageAt(`/articles/${article.slug}/`);
        expect(textOf(page.one('article h1'))).toBe(article.title.replace(/\s+/g, ' ').trim());
        if (article.date) expect(attr(page.one('article time'), 'datetime')).toBe(article.date);
        else expect(textOf(page.one('.article__meta'))).toContain('date not stated');
      }
      for (const draft of all.filter((article) => article.draft)) {
        expect(fileForPath(site, prefixed(site, `/articles/${draft.slug}/`))).toBeUndefined();
      }
      const articlePages = htmlFiles(site.distDir).filter((file) => file.startsWith('articles/'));
      expect(articlePages.length).toBe(articles.length);
    });

    /** The two tiers of a listing page: the articles of the listing, then a topic's mere mentions. */
    const UPPER = { head: 'section[aria-labelledby="h_articles"]', month: 'main > ol.items' };
    const LOWER = 'section[aria-labelledby="h_also_mentioned"]';
    /**
     * A listing as its pages show it: the head page's latest articles, then, through its month
     * links and each month's parts, every month's articles. Every month entry carries its slug as id.
     */
    const readListing = (headPath: string) => {
      const head = pageAt(headPath);
      const months = head.all('nav.months a[data-from]').map((link) => {
        const href = attr(link, 'href')!;
        const first = pageAtUrl(href);
        const parts = first.all('nav.parts a').map((part) => attr(part, 'href')!);
        const pages = parts.length > 0 ? parts.map(pageAtUrl) : [first];
        const items = pages.flatMap((page) => page.all('li.item'));
        expect(items.map((item) => attr(item, 'id')), href).toEqual(pages.flatMap((page) => listedSlugs(page)));
        const upper = pages.flatMap((page) => listedSlugs(page, UPPER.month));
        const lower = pages.flatMap((page) => listedSlugs(page, LOWER));
        expect(upper.length + lower.length, `${href}: an entry in neither tier`).toBe(items.length);
        return { href, from: attr(link, 'data-from')!, upper, lower };
      });
      return { latest: { upper: listedSlugs(head, UPPER.head), lower: listedSlugs(head, LOWER) }, months };
    };
    /**
     * The head page shows the newest articles of each tier; the month pages, in order, every one,
     * each under its month and in its tier.
     */
    const expectListing = (headPath: string, expected: ArticleData[], mentioning: ArticleData[] = []) => {
      const slugs = { upper: newestFirst(expected).map((article) => article.slug), lower: newestFirst(mentioning).map((article) => article.slug) };
      const { latest, months } = readListing(headPath);
      expect(latest.upper.length, `${headPath} latest`).toBeLessThanOrEqual(50);
      expect(latest.lower.length, `${headPath} latest mentions`).toBeLessThanOrEqual(10);
      expect(latest.upper.length + latest.lower.length > 0 || slugs.upper.length + slugs.lower.length === 0, `${headPath} shows no article`).toBe(true);
      for (const tier of ['upper', 'lower'] as const) {
        expect(latest[tier], `${headPath} latest, ${tier} tier`).toEqual(slugs[tier].slice(0, latest[tier].length));
        expect(months.flatMap((month) => month[tier]), `${headPath} by month, ${tier} tier`).toEqual(slugs[tier]);
      }
      const dates = new Map([...expected, ...mentioning].map((article) => [article.slug, article.date]));
      for (const month of months) {
        const period = month.from === UNDATED ? UNDATED : monthOf(month.from);
        expect(month.href, headPath).toBe(prefixed(site, `${headPath}${periodPath(period)}/`));
        for (const slug of [...month.upper, ...month.lower]) expect(monthOf(dates.get(slug)), `${month.href} ${slug}`).toBe(period);
      }
    };

    it('lists on each topic\'s pages exactly the articles about it, then under "Also mentioned in" those that only mention it, newest first, by month', () => {
      const topics = new Set(articles.flatMap((article) => [...article.topics, ...article.topicMentions]));
      expect(topics.size).toBeGreaterThan(0);
      for (const topic of topics) {
        const about = articles.filter((article) => article.topics.includes(topic));
        const mentioning = articles.filter((article) => article.topicMentions.includes(topic) && !article.topics.includes(topic));
        expectListing(`/topics/${topic}/`, about, mentioning);
      }
    });

    it('gives every entity named in any frontmatter its pages, listing exactly the articles naming it', () => {
      const naming = new Map<string, ArticleData[]>();
      for (const article of articles) {
        const keys = new Set(namedEntities(article).map(([kind, name]) => `${kind}/${entitySlug(name)}`));
        for (const key of keys) naming.set(key, [...(naming.get(key) ?? []), article]);
      }
      for (const [key, named] of naming) expectListing(`/${key}/`, named);
      for (const kind of entityKinds) {
        const index = pageAt(`/${kind}/`);
        const linked = index.all('main ul.index-list a').map((link) => attr(link, 'href'));
        const expected = [...naming.keys()].filter((key) => key.startsWith(`${kind}/`)).map((key) => prefixed(site, `/${key}/`));
        expect(new Set(linked), `${kind} index`).toEqual(new Set(expected));
      }
    });

    it('lists on each source\'s pages exactly the articles from that outlet', () => {
      const sources = new Set(articles.flatMap((article) => (article.source ? [article.source] : [])));
      for (const source of sources) expectListing(`/sources/${source}/`, articles.filter((article) => article.source === source));
    });

    it('files every article under its month in the archive', () => {
      const months = new Map<string, ArticleData[]>();
      for (const article of articles) months.set(monthOf(article.date), [...(months.get(monthOf(article.date)) ?? []), article]);
      for (const [month, list] of months) {
        const first = pageAt(`/archive/${periodPath(month)}/`);
        const parts = first.all('nav.parts a').map((part) => pageAtUrl(attr(part, 'href')!));
        expect((parts.length > 0 ? parts : [first]).flatMap((page) => listedSlugs(page)), month).toEqual(newestFirst(list).map((article) => article.slug));
      }
      const archive = pageAt('/archive/');
      const monthLinks = archive.all('main ul.index-list a, main #h_undated a').map((link) => attr(link, 'href'));
      expect(new Set(monthLinks)).toEqual(new Set([...months.keys()].map((month) => prefixed(site, `/archive/${periodPath(month)}/`))));
    });

    it('gives the anchor script the date of every article, in the file its slug hashes to', () => {
      for (const article of articles) {
        const file = fileForPath(site, prefixed(site, `/article-dates/${articleDateShard(article.slug)}.json`));
        expect(file, article.slug).toBeDefined();
        expect(JSON.parse(readFileSync(file!, 'utf8'))[article.slug], article.slug).toBe(article.date ?? UNDATED);
      }
    });

    it('has no broken internal link', () => {
      expect(findBrokenLinks(site)).toEqual([]);
    });

    // ~90 ms a page on a loaded two-core machine: the corpus site's 700 pages (stories and briefing packs among them) need more than the default minute.
    it('serves only valid HTML (html-validate, .htmlvalidate.json)', { timeout: 240_000 }, async () => {
      const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'));
      const validator = new HtmlValidate(new StaticConfigLoader(config));
      const problems: string[] = [];
      for (const file of htmlFiles(site.distDir)) {
        const report = await validator.validateString(readFileSync(join(site.distDir, file), 'utf8'), file);
        for (const result of report.results) {
          for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('gives every page the same head: lang, title, description, canonical URL, Open Graph, CSP', () => {
      for (const file of htmlFiles(site.distDir)) {
        const page = readPage(join(site.distDir, file));
        const url = new URL(urlPathOf(file, site.base), site.site).href;
        expect(attr(page.one('html'), 'lang'), file).toBe('en');
        expect(textOf(page.one('head > title')), file).not.toBe('');
        expect(attr(page.one('meta[name="description"]'), 'content'), file).toMatch(/\S/);
        expect(attr(page.one('meta[http-equiv="Content-Security-Policy"]'), 'content'), file).toBe(CONTENT_SECURITY_POLICY);
        for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
          expect(attr(page.one(`meta[property="${property}"]`), 'content'), `${file} ${property}`).toMatch(/\S/);
        }
        if (file === '404.html') continue;
        expect(attr(page.one('link[rel="canonical"]'), 'href'), file).toBe(url);
        expect(attr(page.one('meta[property="og:url"]'), 'content'), file).toBe(url);
      }
    });

    it('runs no inline script or style, which the CSP would block', () => {
      for (const file of htmlFiles(site.distDir)) {
        const page = readPage(join(site.distDir, file));
        expect(page.all('script').filter((script) => attr(script, 'src') === undefined), file).toEqual([]);
        expect(page.all('style'), file).toEqual([]);
        expect(page.all('[style]'), file).toEqual([]);
        const handlers = page.all('*').flatMap((element) => element.attributes.filter((attribute) => /^on/i.test(attribute.key)));
        expect(handlers.map((attribute) => attribute.key), file).toEqual([]);
      }
    });

    it('marks only the article text for the search index', () => {
      for (const file of htmlFiles(site.distDir)) {
        const page = readPage(join(site.distDir, file));
        const bodies = page.all('[data-pagefind-body]');
        if (!file.startsWith('articles/')) {
          expect(bodies, file).toEqual([]);
          continue;
        }
        expect(bodies.length, file).toBe(1);
        const [body] = bodies;
        expect(body.tagName).toBe('article');
        // Title and text inside; related coverage, navigation and footer outside.
        expect(page.all('[data-pagefind-body] h1').length, file).toBe(1);
        expect(page.all('[data-pagefind-body] .prose').length, file).toBe(1);
        expect(page.all('[data-pagefind-body] nav').length + page.all('[data-pagefind-body] footer').length, file).toBe(0);
        expect(page.all('[data-pagefind-body] #h_related'), file).toEqual([]);
      }
    });

    it(`keeps every HTML page under ${PAGE_LIMIT / 1000} KB`, () => {
      const over = htmlFiles(site.distDir)
        .map((file) => ({ file, bytes: statSync(join(site.distDir, file)).size }))
        .filter(({ bytes }) => bytes > PAGE_LIMIT);
      expect(over).toEqual([]);
    });

    it('keeps every article page, HTML and CSS, under 20 KB gzipped', () => {
      for (const article of articles) {
        const file = fileForPath(site, prefixed(site, `/articles/${article.slug}/`))!;
        const page = readPage(file);
        // Each file travels compressed on its own: the HTML, then every stylesheet it links.
        const stylesheets = page
          .all('link[rel="stylesheet"]')
          .map((link) => readFileSync(fileForPath(site, new URL(attr(link, 'href')!, site.site).pathname)!));
        const bytes = [readFileSync(file), ...stylesheets].reduce((sum, content) => sum + gzipSync(content).length, 0);
        expect(bytes, article.slug).toBeLessThan(ARTICLE_PAGE_BUDGET);
      }
    });

    it('publishes RSS feeds that parse, newest first, linking to article pages', () => {
      const feeds = [
        { path: '/rss.xml', expected: articles },
        ...[...new Set(articles.flatMap((article) => article.topics))].map((topic) => ({
          path: `/topics/${topic}/rss.xml`,
          expected: articles.filter((article) => article.topics.includes(topic)),
        })),
      ];
      for (const { path, expected } of feeds) {
        const file = fileForPath(site, prefixed(site, path));
        expect(file, path).toBeDefined();
        const xml = readFileSync(file!, 'utf8');
        expect(XMLValidator.validate(xml), path).toBe(true);
        const rss = new XMLParser({ isArray: (tag) => tag === 'item' }).parse(xml).rss;
        expect(rss.channel.title, path).toMatch(/\S/);
        const items = rss.channel.item as { title: string; link: string; pubDate: string }[];
        const newest = newestFirst(expected).slice(0, 50);
        expect(items.map((item) => item.link), path).toEqual(
          newest.map((article) => new URL(prefixed(site, `/articles/${article.slug}/`), site.site).href),
        );
        for (const [index, item] of items.entries()) {
          expect(fileForPath(site, new URL(item.link).pathname), item.link).toBeDefined();
          // An article whose seed states no date has no pubDate rather than an invented one.
          if (newest[index].date) expect(Date.parse(item.pubDate), item.link).toBe(Date.parse(`${newest[index].date}T00:00:00Z`));
          else expect(item.pubDate, item.link).toBeUndefined();
        }
      }
    });

    it('has a sitemap of every page and a robots.txt pointing to it', () => {
      const index = readFileSync(fileForPath(site, prefixed(site, '/sitemap-index.xml'))!, 'utf8');
      const parser = new XMLParser({ isArray: (tag) => tag === 'sitemap' || tag === 'url' });
      const sitemaps = parser.parse(index).sitemapindex.sitemap as { loc: string }[];
      const locs = sitemaps.flatMap(({ loc }) => {
        const file = fileForPath(site, new URL(loc).pathname);
        expect(file, loc).toBeDefined();
        return (parser.parse(readFileSync(file!, 'utf8')).urlset.url as { loc: string }[]).map((url) => url.loc);
      });
      const pages = htmlFiles(site.distDir)
        .filter((file) => file !== '404.html')
        .map((file) => new URL(urlPathOf(file, site.base), site.site).href);
      expect(new Set(locs)).toEqual(new Set(pages));
      const robots = readFileSync(fileForPath(site, prefixed(site, '/robots.txt'))!, 'utf8');
      expect(robots).toContain(`Sitemap: ${new URL(prefixed(site, '/sitemap-index.xml'), site.site).href}`);
    });
  });
}

/** "/topics/" under the site's base. */
export function prefixed(site: { base: string }, path: string): string {
  return (site.base === '/' ? '' : site.base) + path;
}

function newestFirst(articles: ArticleData[]): ArticleData[] {
  return [...articles].sort((a, b) => (sortDay(a.date) !== sortDay(b.date) ? (sortDay(a.date) < sortDay(b.date) ? 1 : -1) : a.slug < b.slug ? -1 : 1));
}

/** Every entity an article names: its `entities` lists and its `mentions`. */
function namedEntities(article: ArticleData): [EntityKind, string][] {
  const named: [EntityKind, string][] = entityKinds.flatMap((kind) => article.entities[kind].map((name) => [kind, name] as [EntityKind, string]));
  for (const [name, mention] of Object.entries(article.mentions)) named.push([mention.kind, name]);
  return named;
}


/**
 * The site built from the hand-made corpus (tests/fixtures/content): the
 * general invariants at "/" and under "/digest", then what only a corpus known
 * by heart can check: which mention is linked, escapes rendered literally,
 * drafts left out, registry descriptions shown, related coverage ranked.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, FIXTURE_CONTENT, FIXTURE_ORIGIN, type FixtureSite } from './support/fixture-site.ts';
import { fileForPath, htmlFiles } from './support/dist.ts';
import { attr, readPage, textOf, type Page } from './support/html.ts';
import { describeSiteInvariants, prefixed } from './support/site-invariants.ts';

// Built once each, in order: two Astro builds at once would share the project's caches.
let root: Promise<FixtureSite> | undefined;
let digest: Promise<FixtureSite> | undefined;
const rootSite = () => (root ??= buildFixtureSite('/'));
const digestSite = () => (digest ??= rootSite().then(() => buildFixtureSite('/digest')));

describeSiteInvariants('hand-made corpus (base /)', async () => ({ ...(await rootSite()), contentDir: FIXTURE_CONTENT }));
describeSiteInvariants('hand-made corpus (base /digest)', async () => ({ ...(await digestSite()), contentDir: FIXTURE_CONTENT }));

describe('hand-made corpus, page by page', () => {
  let site: FixtureSite;
  const page = (path: string): Page => {
    const file = fileForPath(site, prefixed(site, path));
    if (!file) throw new Error(`no page at ${path}`);
    return readPage(file);
  };
  const hrefs = (nodes: ReturnType<Page['all']>) => nodes.map((node) => attr(node, 'href'));

  beforeAll(async () => {
    site = await digestSite();
  });

  it('prints no MDX directive warning while building', () => {
    expect(site.log).not.toMatch(/module level directive/i);
    expect(site.log).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
  });

  describe('article page', () => {
    let article: Page;
    beforeAll(() => {
      article = page('/articles/asadov-meets-to-lam/');
    });

    it('links each entity at its first mention only, in whatever form the text uses', () => {
      const links = article.all('.prose a');
      expect(links.map((link) => [textOf(link), attr(link, 'href')])).toEqual([
        ['BAKU', '/digest/places/baku/'],
        ['Azerbaijan', '/digest/places/azerbaijan/'],
        ['Ali Asadov', '/digest/people/ali-asadov/'],
        ['To Lam', '/digest/people/to-lam/'],
        ['Ilham Aliyev', '/digest/people/ilham-aliyev/'],
        ['Heydar Aliyev', '/digest/people/heydar-aliyev/'],
        ['Ho Chi Minh', '/digest/people/ho-chi-minh/'],
        ['Vietnam', '/digest/places/vietnam/'],
        ['Azerbaijan State Oil and Industry University', '/digest/organizations/azerbaijan-state-oil-and-industry-university/'],
        ['Hanoi', '/digest/places/ha-noi/'],
      ]);
      // The MDX itself stays plain prose: the links come from the plugin.
      expect(readFileSync(`${FIXTURE_CONTENT}/asadov-meets-to-lam.mdx`, 'utf8')).not.toContain('](');
    });

    it('prefers the longer name where two start together', () => {
      const xuan = page('/articles/vice-president-xuan-receives-leyla-aliyeva/');
      const links = xuan.all('.prose a').map((link) => [textOf(link), attr(link, 'href')]);
      expect(links).toContainEqual(['Heydar Aliyev Foundation', '/digest/organizations/heydar-aliyev-foundation/']);
      expect(links).toContainEqual(['Heydar Aliyev', '/digest/people/heydar-aliyev/']);
      expect(links.filter(([text]) => text === 'Heydar Aliyev')).toHaveLength(1);
    });

    it('shows date, linked source, dateline, topics and entities', () => {
      expect(attr(article.one('.article__meta time'), 'datetime')).toBe('2025-05-08');
      expect(textOf(article.one('.article__meta time'))).toBe('8 May 2025');
      expect(hrefs(article.all('.article__meta a'))).toEqual(['/digest/sources/trend/', 'https://en.trend.az/azerbaijan/politics/4444444.html']);
      expect(textOf(article.one('.article__meta'))).toContain('Dateline: BAKU, Azerbaijan, May 8');
      expect(hrefs(article.all('.tags a'))).toEqual([
        '/digest/topics/energy/',
        '/digest/topics/education/',
        '/digest/topics/culture/2025/05/#asadov-meets-to-lam',
        '/digest/people/ali-asadov/',
        '/digest/people/to-lam/',
        '/digest/people/ilham-aliyev/',
        '/digest/people/heydar-aliyev/',
        '/digest/people/ho-chi-minh/',
        '/digest/organizations/azerbaijan-state-oil-and-industry-university/',
        '/digest/places/baku/',
        '/digest/places/azerbaijan/',
        '/digest/places/vietnam/',
        '/digest/places/ha-noi/',
      ]);
    });

    it('ranks related coverage by what it shares, the talks on the day before first', () => {
      const related = hrefs(article.all('section[aria-labelledby="h_related"] .item__title a'));
      expect(related[0]).toBe('/digest/articles/ilham-aliyev-to-lam-expanded-meeting/');
      expect(related).not.toContain('/digest/articles/asadov-meets-to-lam/');
      // The tourism piece shares only Hà Nội and Baku; the culture piece of December shares only Hà Nội.
      expect(related.indexOf('/digest/articles/direct-flights-baku-hanoi-fares/')).toBeLessThan(
        related.includes('/digest/articles/heydar-aliyev-foundation-restores-hanoi-pagoda/')
          ? related.indexOf('/digest/articles/heydar-aliyev-foundation-restores-hanoi-pagoda/')
          : Infinity,
      );
      expect(related.length).toBe(5);
    });

    it('links the older and newer articles by date', () => {
      expect(attr(article.one('.pager a[rel="prev"]'), 'href')).toBe('/digest/articles/ilham-aliyev-to-lam-expanded-meeting/');
      expect(attr(article.one('.pager a[rel="next"]'), 'href')).toBe('/digest/articles/direct-flights-baku-hanoi-fares/');
      const newest = page('/articles/direct-flights-baku-hanoi-fares/');
      expect(newest.all('.pager a[rel="next"]')).toEqual([]);
      const oldest = page('/articles/vietnam-azerbaijan-review-energy-cooperation/');
      expect(oldest.all('.pager a[rel="prev"]')).toEqual([]);
      // An article whose seed states no date is in no date order.
      expect(page('/articles/hanoi-opera-house-reopens/').all('.pager')).toEqual([]);
    });

    it('offers a citation line with outlet, title, date and permalink', () => {
      expect(textOf(article.one('.citation__text'))).toBe(
        `Trend News Agency, “Prime Minister Ali Asadov meets General Secretary To Lam”, 8 May 2025. ${FIXTURE_ORIGIN}/digest/articles/asadov-meets-to-lam/`,
      );
      // No outlet and no original URL: the citation says so rather than inventing one.
      expect(textOf(page('/articles/vietnamese-students-baku-oil-university/').one('.citation__text'))).toMatch(/^Unknown outlet, “/);
    });

    it('renders MDX-hostile text literally', () => {
      const hostile = page('/articles/direct-flights-baku-hanoi-fares/');
      expect(textOf(hostile.one('h1'))).toBe("Direct flights between Baku and Hà Nội: fares {from} $<300 and a 'sale' *now*");
      const text = textOf(hostile.one('.prose'));
      for (const literal of ['<300 USD {one way}', '<VN-BAK>', '5 * 2 = 10', '{SALE_2025}', '`terms` # 4 [here]', 'a literal backslash: \\ and a tilde ~']) {
        expect(text).toContain(literal);
      }
    });
  });

  it('keeps drafts out of every listing, feed and index', () => {
    expect(htmlFiles(site.distDir).some((file) => file.includes('draft-health-cooperation'))).toBe(false);
    expect(fileForPath(site, '/digest/people/draft-only-person/')).toBeUndefined();
    for (const file of ['rss.xml', 'sitemap-0.xml', 'topics/health/rss.xml', 'index.html', 'archive/2025/06/index.html', 'topics/health/index.html']) {
      expect(readFileSync(`${site.distDir}/${file}`, 'utf8'), file).not.toContain('draft-health-cooperation');
    }
  });

  it('gives a registry topic with no article its page, saying so', () => {
    const health = page('/topics/health/');
    expect(textOf(health.one('h1'))).toBe('Health');
    expect(textOf(health.one('main'))).toContain('No article is about this topic yet.');
  });

  it('anchors each item of a topic page and quotes the evidence for the topic', () => {
    const energy = page('/topics/energy/');
    expect(textOf(energy.one('.lede'))).toBe('Oil, gas, power and the energy transition.');
    expect(textOf(energy.one('li#vietnamese-students-baku-oil-university > blockquote'))).toBe(
      'The students will train as petroleum engineers for the oil and gas industry.',
    );
    expect(energy.all('link[rel="alternate"]').map((link) => attr(link, 'href'))).toEqual(['/digest/rss.xml', '/digest/topics/energy/rss.xml']);
    const people = energy.all('.chips a').map(textOf);
    expect(people).toEqual(expect.arrayContaining(['Tô Lâm', 'Ilham Aliyev', 'SOCAR', 'Baku']));
  });

  it('lists the articles about a topic, then those that only mention it with the sentence that does', () => {
    const culture = page('/topics/culture/');
    const about = culture.all('section[aria-labelledby="h_articles"] li.item').map((item) => attr(item, 'id'));
    // Newest first; the two of 22 April by slug; the one whose seed states no date last.
    expect(about).toEqual(['leyla-aliyeva-visits-fine-arts-museum', 'vice-president-xuan-receives-leyla-aliyeva', 'heydar-aliyev-foundation-restores-hanoi-pagoda', 'hanoi-opera-house-reopens']);
    const mentioned = 'section[aria-labelledby="h_also_mentioned"]';
    expect(textOf(culture.one(`${mentioned} h2`))).toBe('Also mentioned in');
    expect(culture.all(`${mentioned} li.item`).map((item) => attr(item, 'id'))).toEqual(['asadov-meets-to-lam']);
    expect(textOf(culture.one(`${mentioned} li#asadov-meets-to-lam blockquote`))).toBe('A Ho Chi Minh bust was unveiled at the Azerbaijan State Oil and Industry University.');
    expect(textOf(culture.one('main p.meta'))).toContain('4 articles · 1 more article mentions it');
    // The topic's card on the home and topics pages counts it too, linked to the section that lists it.
    for (const path of ['/', '/topics/']) {
      const listing = page(path);
      expect(textOf(listing.all('li.card').find((item) => textOf(item).includes('Culture')))).toContain('4 articles · 1 more article mentions it');
      expect(hrefs(listing.all('li.card .card__count a'))).toContain('/digest/topics/culture/#h_also_mentioned');
    }
    // The mention is the lower tier only: not among the articles, not in the feed, not in the topic's count.
    const feed = readFileSync(`${site.distDir}/topics/culture/rss.xml`, 'utf8');
    expect(feed).toContain('/digest/articles/leyla-aliyeva-visits-fine-arts-museum/');
    expect(feed).not.toContain('asadov-meets-to-lam');
    // Its month's page holds it in the same tier, with its anchor: the article points there, a permanent address.
    const may = page('/topics/culture/2025/05/');
    expect(may.all(`${mentioned} li.item`).map((item) => attr(item, 'id'))).toEqual(['asadov-meets-to-lam']);
    expect(may.all('main > ol.items li.item').map((item) => attr(item, 'id'))).not.toContain('asadov-meets-to-lam');
    // A topic page without mentions has no such section.
    expect(page('/topics/tourism/').all(mentioned)).toHaveLength(0);
    const article = page('/articles/asadov-meets-to-lam/');
    expect(hrefs(article.all('.tags a')).filter((href) => href?.includes('/topics/'))).toEqual([
      '/digest/topics/energy/',
      '/digest/topics/education/',
      '/digest/topics/culture/2025/05/#asadov-meets-to-lam',
    ]);
    expect(article.all('[data-pagefind-filter="mentioned"]').map(textOf)).toEqual(['culture']);
    expect(article.all('[data-pagefind-filter="topic"]').map(textOf)).toEqual(['energy', 'education']);
  });

  it('shows an entity with its registry name, description, the forms seen and the sentence naming it', () => {
    const toLam = page('/people/to-lam/');
    expect(textOf(toLam.one('h1'))).toBe('Tô Lâm');
    expect(textOf(toLam.one('.lede'))).toBe('General Secretary of the Communist Party of Việt Nam.');
    expect(textOf(toLam.one('.facts'))).toContain('Also written Lam · To Lam');
    const quotes = toLam.all('li.item blockquote').map(textOf);
    expect(quotes).toEqual([
      "BAKU, Azerbaijan, May 8. Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary To Lam, Trend reports.",
      'On May 7, Ilham Aliyev, President of the Republic of Azerbaijan, held an expanded meeting with To Lam.',
    ]);
    const together = toLam.all('.chips li').map((chip) => textOf(chip));
    expect(together).toContain('Ilham Aliyev 2');
    expect(together).toContain('Ali Asadov 1');
    expect(together.some((chip) => chip.startsWith('Tô Lâm'))).toBe(false);
  });

  it('charts coverage on the home page as static SVG with the numbers in a table', () => {
    const home = page('/');
    const svg = home.one('figure.coverage svg');
    expect(attr(svg, 'role')).toBe('img');
    expect(attr(svg, 'aria-label')).toBe(
      'Articles per month by topic, November 2024 to June 2025: Energy 4, Education 3, Culture 3, Tourism 1.',
    );
    const rows = home.all('figure.coverage tbody tr').map((row) => textOf(row));
    // Months with any article, Energy/Education/Culture/Tourism columns.
    expect(rows).toEqual([
      'November 2024 1 0 0 0',
      'December 2024 0 0 1 0',
      'January 2025 1 1 0 0',
      'April 2025 0 1 2 0',
      'May 2025 2 1 0 0',
      'June 2025 0 0 0 1',
    ]);
    expect(home.html.match(/<rect class="chart__bar"/g)).toHaveLength(9);
  });

  it('shows topic cards with counts and latest headline, and the most mentioned people and organizations', () => {
    const home = page('/');
    const cards = home.all('.home__topics .card').map(textOf);
    expect(cards[0]).toBe('Energy 4 articles Latest: Prime Minister Ali Asadov meets General Secretary To Lam (8 May 2025)');
    expect(cards.at(-1)).toBe('Health 0 articles');
    const mentioned = home.all('section[aria-labelledby="h_mentioned"] .chips');
    expect(mentioned).toHaveLength(2);
    expect(textOf(mentioned[0]).startsWith('Heydar Aliyev 3 Leyla Aliyeva 3')).toBe(true);
    expect(textOf(mentioned[1]).startsWith('Heydar Aliyev Foundation 3')).toBe(true);
  });

  it('groups the archive by year and month, with counts', () => {
    const archive = page('/archive/');
    expect(archive.all('main h2').map(textOf)).toEqual(['2025 6', '2024 2', 'Date not stated 1']);
    expect(archive.all('main .index-list li').map(textOf)).toEqual([
      'June 2025 1',
      'May 2025 2',
      'April 2025 2',
      'January 2025 1',
      'December 2024 1',
      'November 2024 1',
    ]);
  });

  it('draws a timeline on topic and entity pages with a text equivalent', () => {
    const baku = page('/places/baku/');
    expect(textOf(baku.one('figure.timeline > figcaption'))).toMatch(
      /^Articles naming Baku, per month: 4 articles from January 2025 to June 2025; most in May 2025 \(2\)\./,
    );
    expect(baku.html.match(/<rect class="chart__bar"/g)).toHaveLength(3);
  });

  it('points robots.txt and the print stylesheet at the hosted origin', () => {
    expect(readFileSync(`${site.distDir}/robots.txt`, 'utf8')).toContain(`Sitemap: ${FIXTURE_ORIGIN}/digest/sitemap-index.xml`);
    expect(readFileSync(`${site.distDir}/print-origin.css`, 'utf8')).toBe(`:root{--site-origin:"${FIXTURE_ORIGIN}"}\n`);
  });

  describe('an article whose seed states no date', () => {
    const slug = 'hanoi-opera-house-reopens';

    it('says so on its page, with no date in its meta, citation or search record', () => {
      const article = page(`/articles/${slug}/`);
      expect(article.all('.article__meta time')).toHaveLength(0);
      expect(textOf(article.one('.article__meta'))).toContain('date not stated');
      expect(article.all('[data-pagefind-meta]').map((meta) => attr(meta, 'data-pagefind-meta')).filter((meta) => meta?.startsWith('date'))).toEqual([]);
      expect(article.all('[data-pagefind-filter="year"]')).toHaveLength(0);
      // Sorted search results drop a page without a sort key, so it sorts as the oldest.
      expect(textOf(article.one('[data-pagefind-sort="date"]'))).toBe('0000-00-00');
    });

    it('is listed last, and filed under "Date not stated" in the archive and its topic', () => {
      const culture = page('/topics/culture/');
      expect(culture.all('section[aria-labelledby="h_articles"] li.item').map((item) => attr(item, 'id')).at(-1)).toBe(slug);
      for (const path of ['/archive/undated/', '/topics/culture/undated/', '/sources/vietnamplus/undated/', '/places/ha-noi/undated/']) {
        const undated = page(path);
        expect(undated.all('li.item').map((item) => attr(item, 'id')), path).toEqual([slug]);
        expect(textOf(undated.one('h1')), path).toContain('Date not stated');
      }
      expect(hrefs(page('/archive/').all('#h_undated a'))).toEqual(['/digest/archive/undated/']);
      expect(hrefs(culture.all('a')).filter((href) => href?.endsWith('/undated/'))).toContain('/digest/topics/culture/undated/');
      // The head page's months end with it, under a heading that names it.
      const lastGroup = culture.all('nav.months .months__year').at(-1)!;
      expect(textOf(lastGroup)).toBe('Date not stated 1 article');
      // A topic it only mentions links the entry on that topic's undated page.
      expect(hrefs(page(`/articles/${slug}/`).all('.tags a')).filter((href) => href?.includes('/topics/'))).toEqual([
        '/digest/topics/culture/',
        `/digest/topics/education/undated/#${slug}`,
      ]);
      expect(page('/topics/education/undated/').all('section[aria-labelledby="h_also_mentioned"] li.item').map((item) => attr(item, 'id'))).toEqual([slug]);
    });

    it('goes into the feeds without a publication date, and into no story, pack or chart', () => {
      const feed = readFileSync(`${site.distDir}/topics/culture/rss.xml`, 'utf8');
      const item = feed.split('<item>').find((part) => part.includes(slug));
      expect(item).toBeDefined();
      expect(item).not.toContain('<pubDate>');
      const storiesAndPacks = htmlFiles(site.distDir).filter((file) => file.startsWith('stories/') || file.includes('/pack/'));
      expect(storiesAndPacks.some((file) => file.startsWith('topics/culture/'))).toBe(true);
      for (const file of storiesAndPacks) expect(readFileSync(`${site.distDir}/${file}`, 'utf8'), file).not.toContain(slug);
    });
  });

  it('needs no script to read: the only scripts are the search box’s modules', () => {
    for (const file of htmlFiles(site.distDir).filter((file) => !file.startsWith('search/'))) {
      const scripts = readPage(`${site.distDir}/${file}`).all('script');
      for (const script of scripts) expect(attr(script, 'type'), file).toBe('module');
      expect(scripts.length, file).toBeLessThanOrEqual(1);
    }
  });
});

/**
 * An article saved as a feed item (RSS 2.0 or Atom): its elements are a scraper's record's fields,
 * read as a JSON record's are. The feeds are written here, one shape each.
 */
import { describe, expect, it } from 'vitest';
import { isFeedText } from '../../src/ingest/feed-item.ts';
import { expectFerryArticle, PARAGRAPHS, stagesOf, TITLE, URL } from '../support/ferry-article.ts';

const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const asHtml = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('');

const stages = (xml: string, name = 'ferry.xml') => stagesOf(xml, name);

const rssItem = (body: string) =>
  `<item><title>${TITLE}</title><link>${URL}</link><pubDate>Thu, 08 May 2025 07:30:00 +0700</pubDate><description>A teaser.</description>${body}</item>`;

describe('a feed item', () => {
  it.each([
    ['an RSS item in its channel, the article in CDATA', `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>${rssItem(`<content:encoded><![CDATA[${asHtml}]]></content:encoded>`)}</channel></rss>`],
    ['an RSS item alone, the article escaped', rssItem(`<description>${escaped(asHtml)}</description>`)],
    [
      'an Atom entry',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title><entry><title>${TITLE}</title><link rel="self" href="https://news.example.com/feed/1"/><link rel="alternate" href="${URL}"/><published>2025-05-08T07:30:00+07:00</published><content type="html">${escaped(asHtml)}</content></entry></feed>`,
    ],
  ])('reads %s: title, date and URL from its elements, the article from its fullest text', (_, xml) => {
    expectFerryArticle(stages(xml));
  });

  it("dates an item stamped in GMT by its outlet's calendar when its link names the country", () => {
    // 20:30 GMT on 7 May is 03:30 on 8 May in Hà Nội; a .com link names no country, and GMT's day stands.
    const item = (link: string) => `<rss version="2.0"><channel><item><title>${TITLE}</title><link>${link}</link><pubDate>Wed, 07 May 2025 20:30:00 GMT</pubDate><description>${escaped(asHtml)}</description></item></channel></rss>`;
    expect(stages(item('https://vietnamnews.vn/society/ferry-service-resumes.html')).data?.date).toBe('2025-05-08');
    expect(stages(item(URL)).data?.date).toBe('2025-05-07');
  });

  it('refuses a feed of several items, saying what to do', () => {
    const feed = `<rss version="2.0"><channel><title>Example News</title>${rssItem(`<description>${escaped(asHtml)}</description>`).repeat(3)}</channel></rss>`;
    expect(stages(feed).error).toBe('a feed of 3 items: save each item as a seed of its own');
  });

  it('tells a feed from text past any run of blank space at once (a pattern with nested repeats never finished on a page opening with blank lines)', () => {
    expect(isFeedText(`${' \n'.repeat(50_000)}Ferry service resumes`)).toBe(false);
    expect(isFeedText(`<?xml version="1.0"?>\n<!-- saved -->\n\n<rss version="2.0">`)).toBe(true);
  });

  it('keeps the text path for a text that only quotes a feed', () => {
    const { data, error } = stages(`${TITLE}\n\n${PARAGRAPHS.join('\n\n')} The port's <rss> feed was updated.\n`, 'ferry.txt');
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ title: TITLE, dateline: 'Quảng Ninh' });
  });
});

/**
 * How a listing is laid out in pages (src/site/listings.ts): months newest first, a month cut into
 * parts when its entries would pass a page's budget, and a head page's share of the latest.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_BYTES, estimateEntryBytes, HEAD_ARTICLES, HEAD_LOWER_TIER, planListing, type ListingSource } from '../../src/site/listings.ts';
import type { ArticleData } from '../../src/schema/article.ts';

/** Articles newest first, `perDay` a day from `last` back, as a listing holds them. */
function articles(days: string[], words = 40): { data: ArticleData }[] {
  return days.map((date, index) => ({
    data: {
      title: `Article ${index}`,
      slug: `article-${index}`,
      date,
      summary: 'word '.repeat(words).trim(),
      topics: [],
      topicMentions: [],
      evidence: {},
      entities: { people: [], organizations: [], places: [] },
      mentions: {},
      seed: `${index}.txt`,
      seedHash: 'a'.repeat(64),
      draft: false,
    },
  }));
}

const source = (list: { data: ArticleData }[], quote = ''): ListingSource<{ data: ArticleData }> => ({
  kind: 'topic',
  key: 'topic:test',
  articles: list,
  quotes: () => (quote ? [quote] : []),
  summaries: true,
});

describe('planListing', () => {
  it('gives each month its run of the list, newest first, in one part when it fits', () => {
    const list = articles(['2025-06-02', '2025-06-01', '2025-05-31', '2025-05-02', '2025-03-15']);
    const { months, head } = planListing(source(list));
    expect(months.map(({ month, start, end }) => [month, start, end])).toEqual([
      ['2025-06', 0, 2],
      ['2025-05', 2, 4],
      ['2025-03', 4, 5],
    ]);
    expect(months[1].parts).toEqual([{ month: '2025-05', part: 1, start: 2, end: 4, from: '2025-05-02', to: '2025-05-31' }]);
    expect(head).toEqual(list);
  });

  it('cuts a month whose entries pass the budget into parts, each within it, the days each covers recorded', () => {
    const days = Array.from({ length: 300 }, (_, index) => `2025-05-${String(30 - Math.floor(index / 10)).padStart(2, '0')}`);
    const list = articles(days, 60);
    const listing = planListing(source(list, 'A sentence that earned the topic, quoted under the entry. '.repeat(3)));
    const [may] = listing.months;
    expect(may.parts.length).toBeGreaterThan(1);
    expect(may.parts[0].start).toBe(0);
    expect(may.parts.at(-1)!.end).toBe(300);
    for (const [index, part] of may.parts.entries()) {
      expect(part.part).toBe(index + 1);
      if (index > 0) expect(part.start).toBe(may.parts[index - 1].end);
      const bytes = list.slice(part.start, part.end).reduce((sum, article) => sum + estimateEntryBytes(article, listing), 0);
      expect(bytes).toBeLessThanOrEqual(ENTRY_BYTES);
      expect(part.to).toBe(list[part.start].data.date);
      expect(part.from).toBe(list[part.end - 1].data.date);
    }
  });

  it('shows at most HEAD_ARTICLES on the head page, fewer when their entries are long', () => {
    const many = articles(Array.from({ length: 200 }, () => '2025-05-01'));
    expect(planListing(source(many)).head).toEqual(many.slice(0, HEAD_ARTICLES));
    const long = planListing(source(many, 'word '.repeat(2_000)));
    expect(long.head.length).toBeGreaterThan(0);
    expect(long.head.length).toBeLessThan(HEAD_ARTICLES);
    expect(long.head).toEqual(many.slice(0, long.head.length));
  });

  it('gives the head page the latest of each tier: a topic\'s mentions do not crowd out the articles about it', () => {
    // The newest 100 only mention the topic; 100 older ones are about it.
    const list = articles(Array.from({ length: 200 }, (_, index) => `2025-05-${String(28 - Math.floor(index / 10)).padStart(2, '0')}`), 5);
    const mentions = new Set(list.slice(0, 100));
    const listing = planListing({ ...source(list), lowerTier: (article) => mentions.has(article) });
    expect(listing.head).toEqual([...list.slice(0, HEAD_LOWER_TIER), ...list.slice(100, 100 + HEAD_ARTICLES)]);
    // A month holds both tiers, in the listing's order.
    expect(listing.months.map(({ start, end }) => [start, end])).toEqual([[0, 200]]);
  });

  it('puts an entry too long for any page on a part of its own rather than losing it', () => {
    const list = articles(['2025-05-03', '2025-05-02', '2025-05-01']);
    const listing = planListing(source(list), 100);
    expect(listing.months[0].parts.map(({ start, end }) => [start, end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

/** src/site/briefing-pack.ts: a pack's order and contents, its parts, its Markdown, and period labels. */
import { describe, expect, it } from 'vitest';
import { articlesAbout, escapeMarkdown, estimatePackItemBytes, monthsOf, packItems, packMarkdown, packParts, periodLabel, type Pack, type PackItem } from '../../../src/site/briefing-pack.ts';
import { ENTRY_BYTES } from '../../../src/site/listings.ts';
import { monthPageUrl, packPartUrl, packUrl } from '../../../src/site/urls.ts';
import { loadRegistries } from '../../../src/lib/registries.ts';
import { article, seedArticles, slugsOf } from './seed-articles.ts';

const registries = loadRegistries(new URL('../../../content/', import.meta.url).pathname);
const seeds = seedArticles();

describe('briefing pack', () => {
  const items = packItems(seeds, ({ data }) => Object.values(data.mentions).map((mention) => mention.sentence).slice(0, 2), registries);

  it('lists the articles oldest first, numbered, one day by slug', () => {
    expect(items.map((item) => [item.number, item.date])).toEqual([
      [1, '2025-04-22'],
      [2, '2025-04-22'],
      [3, '2025-05-06'],
      [4, '2025-05-07'],
      [5, '2025-05-08'],
    ]);
    expect(items[0].anchor < items[1].anchor).toBe(true);
  });

  it('gives each article its title, outlet, summary, evidence and citation line', () => {
    const trend = items.at(-1)!;
    expect(trend.outlet).toBe('Trend News Agency');
    expect(trend.title).toBe("Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary");
    expect(trend.summary).toMatch(/^Azerbaijan's Prime Minister Ali Asadov has met/);
    expect(trend.citation).toBe(
      `Trend News Agency, “Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary”, 8 May 2025. https://digest.example.org/articles/azerbaijans-prime-minister-ali-asadov-has-met-with/`,
    );
    // The first mention's sentence is the summary itself: printed once, not again as evidence.
    expect(trend.evidence).not.toContain(trend.summary);
    expect(trend.evidence.length).toBeGreaterThan(0);
  });

  it('writes Markdown with the heading, contents in order, then each article with its evidence quoted and its citation', () => {
    const pack: Pack = { subject: 'Azerbaijan', period: 'April–May 2025', source: 'https://digest.example.org/places/azerbaijan/', items };
    const markdown = packMarkdown(pack);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Briefing pack: Azerbaijan, April–May 2025');
    const contents = lines.slice(lines.indexOf('## Contents') + 2, lines.indexOf('## Contents') + 7);
    expect(contents.map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(contents[4]).toBe("5. Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary (Trend News Agency, 8 May 2025)");
    const headings = lines.filter((line) => /^## \d/.test(line));
    expect(headings.map((line) => line.replace(/^## (\d+)\..*/, '$1'))).toEqual(['1', '2', '3', '4', '5']);
    for (const item of items) {
      expect(markdown).toContain(`Cite: ${item.citation}`);
      for (const sentence of item.evidence) expect(markdown).toContain(`> ${escapeMarkdown(sentence)}`);
    }
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes what Markdown would read as markup, so hostile headlines paste as text', () => {
    expect(escapeMarkdown("fares {from} $<300 and a 'sale' *now* [here]_")).toBe("fares {from} $\\<300 and a 'sale' \\*now\\* \\[here\\]\\_");
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
  });
});

describe('a pack\'s parts', () => {
  /** `count` items of a month, oldest first, three a day, each with a summary of `words` words and two evidence sentences. */
  const monthOfItems = (count: number, words = 60): PackItem[] =>
    Array.from({ length: count }, (_, index) => {
      const date = `2025-05-${String(1 + Math.floor(index / 3)).padStart(2, '0')}`;
      const slug = `article-${String(index).padStart(4, '0')}`;
      return {
        number: index + 1,
        anchor: slug,
        title: `Article ${index} on the month's business`,
        date,
        outlet: 'Vietnam News Agency / Việt Nam News',
        summary: 'word '.repeat(words).trim(),
        evidence: ['A sentence that put the article in the pack, quoted under it.', 'And a second one, longer, naming the minister and the ministry.'],
        citation: `Vietnam News Agency / Việt Nam News, “Article ${index}”, ${date}. https://digest.example.org/articles/${slug}/`,
        url: `https://digest.example.org/articles/${slug}/`,
      };
    });

  it('keep a pack within the budget on one page, at the pack\'s own address', () => {
    const items = monthOfItems(40);
    expect(items.reduce((sum, item) => sum + estimatePackItemBytes(item), 0)).toBeLessThan(ENTRY_BYTES);
    expect(packParts(items)).toEqual([{ part: 1, start: 0, end: 40, from: '2025-05-01', to: '2025-05-14' }]);
    const month = monthPageUrl('/topics/energy/', '2025-05');
    expect(packPartUrl(month, 1)).toBe(packUrl(month));
    expect(packPartUrl(month, 1)).toBe('/topics/energy/2025/05/pack/');
  });

  it('cut a pack past the budget into parts within it, oldest first, numbered on across them', () => {
    const items = monthOfItems(120, 400);
    const total = items.reduce((sum, item) => sum + estimatePackItemBytes(item), 0);
    expect(total).toBeGreaterThan(2 * ENTRY_BYTES);
    const parts = packParts(items);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts[0].start).toBe(0);
    expect(parts.at(-1)!.end).toBe(items.length);
    for (const [index, part] of parts.entries()) {
      expect(part.part).toBe(index + 1);
      if (index > 0) expect(part.start).toBe(parts[index - 1].end);
      expect(part.end).toBeGreaterThan(part.start);
      expect(items.slice(part.start, part.end).reduce((sum, item) => sum + estimatePackItemBytes(item), 0)).toBeLessThanOrEqual(ENTRY_BYTES);
      // Its days, oldest first; its items keep the pack's numbers.
      expect([part.from, part.to]).toEqual([items[part.start].date, items[part.end - 1].date]);
      expect(items[part.start].number).toBe(part.start + 1);
    }
    // Part 1 keeps the pack's address; the others follow it as a month page's parts do.
    const month = monthPageUrl('/topics/energy/', '2025-05');
    expect(parts.map(({ part }) => packPartUrl(month, part))).toEqual(['/topics/energy/2025/05/pack/', ...parts.slice(1).map(({ part }) => `/topics/energy/2025/05/pack/${part}/`)]);
  });

  it('give an item larger than the budget a part of its own', () => {
    const items = monthOfItems(3);
    items[1] = { ...items[1], summary: 'word '.repeat(40_000) };
    expect(packParts(items).map(({ start, end }) => [start, end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('cut the seeds\' packs, a few articles each, into one part', () => {
    const items = packItems(seeds, () => [], registries);
    expect(packParts(items)).toEqual([{ part: 1, start: 0, end: items.length, from: items[0].date, to: items.at(-1)!.date }]);
  });
});

describe('an entity\'s pack', () => {
  it('holds the articles naming it in their headline or lede, in any spelling', () => {
    const about = (name: string, forms: string[] = []) => slugsOf(articlesAbout({ name, forms, articles: seeds })).sort();
    // Tô Lâm: "To Lam" in president.az's and Trend's ledes, "Tô Lâm" in VNA's of 6 May; VNA's of 22 April and AZERTAC's do not name him there.
    expect(about('Tô Lâm')).toEqual([
      'azerbaijans-prime-minister-ali-asadov-has-met-with',
      'ilham-aliyev-held-expanded-meeting-with-general-secretary',
      'president-of-azerbaijan-ilham-aliyev-has-highlighted-the',
    ]);
    expect(about('Leyla Aliyeva')).toEqual(['leyla-aliyeva-met-with-ngo-phuong-ly-at', 'viet-nam-always-values-the-traditional-friendship-with']);
    expect(about('Ali Asadov')).toEqual(['azerbaijans-prime-minister-ali-asadov-has-met-with']);
    // Named further down only, in three articles.
    expect(about('Hồ Chí Minh')).toEqual([]);
  });
});

describe('periods', () => {
  it('read as a month, a day, or a span of days', () => {
    expect(periodLabel('2025-05')).toBe('May 2025');
    expect(periodLabel('2025-05-07')).toBe('7 May 2025');
    expect(periodLabel('2025-05-06', '2025-05-08')).toBe('6–8 May 2025');
    expect(periodLabel('2025-04-30', '2025-05-02')).toBe('30 April – 2 May 2025');
    expect(periodLabel('2024-12-30', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
  });

  it('split a list of articles into its months, newest first', () => {
    const list = [article({ slug: 'c', date: '2025-05-08' }), article({ slug: 'b', date: '2025-05-01' }), article({ slug: 'a', date: '2025-04-22' })];
    expect(monthsOf(list).map(({ month, articles }) => [month, slugsOf(articles)])).toEqual([
      ['2025-05', ['c', 'b']],
      ['2025-04', ['a']],
    ]);
  });
});

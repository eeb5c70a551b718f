/** src/site/stories.ts and story-features.ts: which articles report one event, on the seeds and on literal articles. */
import { describe, expect, it } from 'vitest';
import { findStoryGroups, pairScore, scorePairs, STORY_RULES, type Groupable, type GroupingStats, type StoryRules } from '../../../src/site/stories.ts';
import { headlineTerms, nameKey, nameKeys } from '../../../src/site/story-features.ts';
import { article, seedArticles, slugsOf } from './seed-articles.ts';

const groupsOf = (articles: Groupable[], rules: StoryRules = STORY_RULES, stats?: GroupingStats) => findStoryGroups(articles, rules, stats).map((group) => slugsOf(group.articles));

/** One event, told in the same words each time: any two such articles score 1. */
function visit(slug: string, date: string, place = 'Baku'): Groupable {
  return article({
    slug,
    date,
    title: `Prime Minister Ali Asadov opens the new port of ${place}`,
    summary: `Prime Minister Ali Asadov opened the new container port of ${place} on Monday.`,
    entities: { people: ['Ali Asadov'], organizations: [], places: [place] },
    mentions: {
      'Ali Asadov': { kind: 'people', forms: ['Ali Asadov'], sentence: 'Prime Minister Ali Asadov opened the port.' },
      [place]: { kind: 'places', forms: [place], sentence: `The port of ${place} opened.` },
    },
  });
}

describe('names spelled two ways', () => {
  it('have one key whatever the diacritics, spaces or case', () => {
    expect(nameKey('Tô Lâm')).toBe(nameKey('To Lam'));
    expect(nameKey('Hà Nội')).toBe(nameKey('Hanoi'));
    expect(nameKey('Việt Nam')).toBe(nameKey('Vietnam'));
    expect(nameKey('Đà Nẵng')).toBe(nameKey('Da Nang'));
    expect(nameKey('Tô Lâm')).not.toBe(nameKey('Lâm'));
  });

  it('are one term in a headline and lede, whichever spelling the text uses', () => {
    const mention = { kind: 'people' as const, forms: ['To Lam'], sentence: '' };
    const plain = article({ slug: 'a', date: '2025-05-07', title: 'To Lam arrives in Baku', summary: 'To Lam arrived.', mentions: { 'Tô Lâm': mention } });
    const marked = article({ slug: 'b', date: '2025-05-07', title: 'Tô Lâm arrives in Baku', summary: 'Tô Lâm arrived.', mentions: { 'Tô Lâm': { ...mention, forms: ['Tô Lâm'] } } });
    expect(headlineTerms(plain.data)).toContain('@tolam');
    expect(headlineTerms(marked.data)).toContain('@tolam');
    expect(headlineTerms(plain.data)).not.toContain('lam');
    // Function words say nothing of the event.
    expect(headlineTerms(plain.data)).not.toContain('in');
    expect(scorePairs([plain, marked])(0, 1).text).toBeCloseTo(1, 5);
  });

  it('are one name between articles whose entity lists spell them differently', () => {
    const a = article({ slug: 'a', date: '2025-05-07', entities: { people: ['Tô Lâm'], organizations: [], places: ['Hà Nội'] } });
    const b = article({ slug: 'b', date: '2025-05-07', entities: { people: ['To Lam'], organizations: [], places: ['Hanoi'] } });
    expect(nameKeys(a.data)).toEqual(nameKeys(b.data));
  });
});

describe('the seeds', () => {
  const seeds = seedArticles();

  it('make two stories: Leyla Aliyeva in Hà Nội (VNA, AZERTAC) and Tô Lâm in Azerbaijan (VNA, president.az, Trend), nothing else merged', () => {
    expect(groupsOf(seeds)).toEqual([
      ['leyla-aliyeva-met-with-ngo-phuong-ly-at', 'viet-nam-always-values-the-traditional-friendship-with'],
      ['president-of-azerbaijan-ilham-aliyev-has-highlighted-the', 'ilham-aliyev-held-expanded-meeting-with-general-secretary', 'azerbaijans-prime-minister-ali-asadov-has-met-with'],
    ]);
  });

  it('keep the two visits apart by date, not only by what they say', () => {
    // The Trend article scores with AZERTAC's of 22 April about as well as with its own story: the
    // 16 days between them keep them apart.
    const score = scorePairs(seeds);
    const slug = (index: number) => seeds[index].data.slug;
    const at = (prefix: string) => seeds.findIndex((_, index) => slug(index).startsWith(prefix));
    expect(score(at('azerbaijans-prime'), at('leyla-aliyeva')).score).toBeGreaterThan(STORY_RULES.threshold);
    const shifted = seeds.map((seed) => (seed.data.slug.startsWith('leyla-aliyeva') ? { data: { ...seed.data, date: '2025-05-08' } } : seed));
    expect(groupsOf(shifted).flat()).toContain('leyla-aliyeva-met-with-ngo-phuong-ly-at');
    expect(groupsOf(shifted)).not.toEqual(groupsOf(seeds));
  });

  it('trace how each article joined: the earlier article it matched and the score', () => {
    const [, toLam] = findStoryGroups(seeds);
    expect(toLam.links.map(({ article: joining, joined, score }) => [joining.data.source, joined.data.source, score >= STORY_RULES.threshold])).toEqual([
      ['president-az', 'vna', true],
      ['trend', 'president-az', true],
    ]);
  });
});

describe('rules', () => {
  it('score a pair as the documented mix of its two similarities', () => {
    expect(pairScore(1, 0)).toBeCloseTo(STORY_RULES.textWeight);
    expect(pairScore(0, 1)).toBeCloseTo(1 - STORY_RULES.textWeight);
    expect(pairScore(0.5, 0.5)).toBeCloseTo(0.5);
  });

  it('join a pair at the threshold and not below it', () => {
    const pair = [visit('port-opens', '2025-03-03'), { data: { ...visit('port-opens-again', '2025-03-03').data, title: 'Ali Asadov at the quay', summary: 'He came to Baku.' } }];
    const { score } = scorePairs(pair)(0, 1);
    expect(score).toBeGreaterThan(0);
    expect(groupsOf(pair, { ...STORY_RULES, threshold: score })).toHaveLength(1);
    expect(groupsOf(pair, { ...STORY_RULES, threshold: score + 1e-9 })).toHaveLength(0);
  });

  it(`compare articles at most ${STORY_RULES.windowDays} days apart`, () => {
    expect(groupsOf([visit('a', '2025-03-03'), visit('b', '2025-03-06')])).toEqual([['a', 'b']]);
    expect(groupsOf([visit('a', '2025-03-03'), visit('b', '2025-03-07')])).toEqual([]);
  });

  it(`end a story ${STORY_RULES.spanDays} days after its first article, however the chain goes on`, () => {
    const chain = ['01', '03', '05', '07', '09', '11'].map((day) => visit(`day-${day}`, `2025-03-${day}`));
    expect(groupsOf(chain)).toEqual([
      ['day-01', 'day-03', 'day-05', 'day-07'],
      ['day-09', 'day-11'],
    ]);
  });

  it('never merge two stories: an article matching both joins the one it matches best', () => {
    const port = [visit('port-1', '2025-03-03'), visit('port-2', '2025-03-03')];
    const talks = (slug: string) =>
      article({
        slug,
        date: '2025-03-03',
        title: 'Jeyhun Bayramov holds talks with his Vietnamese counterpart',
        summary: 'Foreign Minister Jeyhun Bayramov discussed trade and visas with Bùi Thanh Sơn in Baku.',
        entities: { people: ['Jeyhun Bayramov', 'Bùi Thanh Sơn'], organizations: [], places: ['Baku'] },
      });
    // Names the port's minister and the talks' place: nearer the port story.
    const both = visit('port-and-talks', '2025-03-04');
    both.data.entities.people.push('Jeyhun Bayramov');
    const articles = [...port, talks('talks-1'), talks('talks-2'), both];
    // It would join either story alone; single links between every such pair would make one story of all five.
    expect(scorePairs(articles)(4, 2).score).toBeGreaterThanOrEqual(STORY_RULES.threshold);
    expect(groupsOf(articles)).toEqual([
      ['port-1', 'port-2', 'port-and-talks'],
      ['talks-1', 'talks-2'],
    ]);
  });
});

describe('cost', () => {
  it('compares an article only with the articles of its window that share a name', () => {
    // 3,000 articles, ten a day for 300 days, each naming a country every article names and a
    // person of its own, shared with one other article of the same day.
    const articles = Array.from({ length: 3000 }, (_, index) =>
      article({
        slug: `article-${index}`,
        date: new Date(Date.UTC(2024, 0, 1) + Math.floor(index / 10) * 86_400_000).toISOString().slice(0, 10),
        entities: { people: [`Person ${Math.floor(index / 2)}`], organizations: [], places: ['Azerbaijan'] },
      }),
    );
    const stats = { comparisons: 0 };
    findStoryGroups(articles, STORY_RULES, stats);
    // Each article meets at most the 40 articles of its four-day window: linear, not 4.5 million pairs.
    expect(stats.comparisons).toBeLessThanOrEqual(3000 * 40);
    expect(stats.comparisons).toBeGreaterThan(3000);
  });

  it(`lets no name block more than ${STORY_RULES.blockLimit} articles of one window`, () => {
    const crowded = Array.from({ length: STORY_RULES.blockLimit + 2 }, (_, index) =>
      article({ slug: `crowded-${index}`, date: '2025-03-03', entities: { people: [], organizations: [], places: ['Azerbaijan'] } }),
    );
    const stats = { comparisons: 0 };
    findStoryGroups(crowded, STORY_RULES, stats);
    // Compared while the window held at most the limit, never after.
    expect(stats.comparisons).toBe(((STORY_RULES.blockLimit + 1) * STORY_RULES.blockLimit) / 2);
  });
});

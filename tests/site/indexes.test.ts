/** src/site/indexes.ts on literal articles: the lookups every page reads. */
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleInput } from '../../src/schema/article.ts';
import { buildIndexes, entitiesNamedBy, newestFirst, type Indexable } from '../../src/site/indexes.ts';

let seed = 0;
function article(input: Partial<ArticleInput> & { slug: string; date: string | undefined }): Indexable {
  seed++;
  return {
    data: articleSchema.parse({
      title: input.slug.replace(/-/g, ' '),
      summary: 'A summary.',
      seed: `${input.slug}.txt`,
      seedHash: seed.toString(16).padStart(64, '0'),
      ...input,
    }),
  };
}

const people = (...names: string[]) => ({ people: names, organizations: [], places: [] });
const slugs = (list: readonly Indexable[]) => list.map((item) => item.data.slug);

const talks = article({
  slug: 'talks',
  date: '2025-05-07',
  source: 'azertac',
  topics: ['energy'],
  entities: { people: ['Ilham Aliyev', 'Tô Lâm'], organizations: ['SOCAR'], places: ['Baku'] },
  mentions: {
    'Tô Lâm': { kind: 'people', forms: ['To Lam'], sentence: 'Ilham Aliyev met To Lam.' },
    'Ilham Aliyev': { kind: 'people', forms: ['Ilham Aliyev', 'President Aliyev'], sentence: 'Ilham Aliyev met To Lam.' },
  },
});
const premier = article({
  slug: 'premier',
  date: '2025-05-08',
  source: 'trend',
  topics: ['energy', 'education'],
  // Spelled without diacritics here: the same person, the same page.
  entities: { people: ['To Lam', 'Ali Asadov'], organizations: [], places: ['Baku'] },
  mentions: { 'To Lam': { kind: 'people', forms: ['To Lam', 'Lam'], sentence: 'Ali Asadov met To Lam.' } },
});
const museum = article({
  slug: 'museum',
  date: '2025-04-22',
  source: 'azertac',
  topics: ['culture'],
  entities: { people: ['Leyla Aliyeva'], organizations: [], places: ['Hà Nội'] },
});
const flights = article({ slug: 'flights', date: '2025-06-15', topics: ['tourism'], entities: { people: [], organizations: [], places: ['Baku', 'Hà Nội'] } });
const sameDay = article({ slug: 'another-museum', date: '2025-04-22', topics: ['culture'] });

const index = buildIndexes([museum, talks, flights, premier, sameDay], [
  { name: 'Tô Lâm', kind: 'people', aliases: ['To Lam'], description: 'General Secretary.' },
]);

describe('buildIndexes', () => {
  it('orders articles newest first, same-day articles by slug', () => {
    expect(slugs(index.articles)).toEqual(['flights', 'premier', 'talks', 'another-museum', 'museum']);
    expect([museum, sameDay].sort(newestFirst).map((item) => item.data.slug)).toEqual(['another-museum', 'museum']);
  });

  it('finds articles by slug, topic, source and month', () => {
    expect(index.article('talks')).toBe(talks);
    expect(index.article('missing')).toBeUndefined();
    expect(slugs(index.topic('energy'))).toEqual(['premier', 'talks']);
    expect(slugs(index.topic('culture'))).toEqual(['another-museum', 'museum']);
    expect(index.topic('unknown')).toEqual([]);
    expect(index.topicIds().sort()).toEqual(['culture', 'education', 'energy', 'tourism']);
    expect(slugs(index.source('azertac'))).toEqual(['talks', 'museum']);
    expect(index.sourceIds().sort()).toEqual(['azertac', 'trend']);
    expect(slugs(index.month('2025-05'))).toEqual(['premier', 'talks']);
  });

  it('groups months under years, newest first, with counts', () => {
    const years = index.years();
    expect(years.map(({ year, count }) => [year, count])).toEqual([['2025', 5]]);
    expect(years[0].months.map(({ month, articles }) => [month, articles.length])).toEqual([
      ['2025-06', 1],
      ['2025-05', 2],
      ['2025-04', 2],
    ]);
  });

  it('merges spellings of one entity into one page, named as the registry names it', () => {
    const toLam = index.entity('people/to-lam')!;
    expect(toLam.name).toBe('Tô Lâm');
    expect(toLam.description).toBe('General Secretary.');
    expect(slugs(toLam.articles)).toEqual(['premier', 'talks']);
    expect(toLam.forms).toEqual(['Lam', 'To Lam']);
  });

  it('names an unregistered entity by its most used spelling', () => {
    const built = buildIndexes([
      article({ slug: 'a', date: '2025-01-01', entities: people('Hồ Chí Minh') }),
      article({ slug: 'b', date: '2025-01-02', entities: people('Ho Chi Minh') }),
      article({ slug: 'c', date: '2025-01-03', entities: people('Ho Chi Minh') }),
    ]);
    expect(built.entity('people/ho-chi-minh')!.name).toBe('Ho Chi Minh');
    expect(built.entity('people/ho-chi-minh')!.forms).toEqual(['Hồ Chí Minh']);
  });

  it('counts an entity named only in `mentions` as named', () => {
    const only = article({
      slug: 'only',
      date: '2025-01-01',
      mentions: { SOCAR: { kind: 'organizations', forms: ['SOCAR'], sentence: 'SOCAR said.' } },
    });
    expect(entitiesNamedBy(only.data).map((ref) => ref.key)).toEqual(['organizations/socar']);
    expect(slugs(buildIndexes([only]).entity('organizations/socar')!.articles)).toEqual(['only']);
  });

  it('lists entities alphabetically, by kind when asked', () => {
    expect(index.entities('places').map((entity) => entity.name)).toEqual(['Baku', 'Hà Nội']);
    expect(index.entities().length).toBe(7);
  });

  it('gives the sentence naming an entity in one article', () => {
    expect(index.sentenceFor('people/to-lam', premier)).toBe('Ali Asadov met To Lam.');
    expect(index.sentenceFor('people/to-lam', talks)).toBe('Ilham Aliyev met To Lam.');
    expect(index.sentenceFor('places/baku', talks)).toBeUndefined();
  });

  it('links an article to its older and newer neighbours', () => {
    expect(index.adjacent(premier)).toEqual({ newer: flights, older: talks });
    expect(index.adjacent(flights).newer).toBeUndefined();
    expect(index.adjacent(museum).older).toBeUndefined();
  });

  it('counts co-occurring entities, most shared first', () => {
    const withBaku = index.coOccurring('places/baku').map(({ item, count }) => [item.name, count]);
    expect(withBaku).toEqual([
      ['Tô Lâm', 2],
      ['Ali Asadov', 1],
      ['Hà Nội', 1],
      ['Ilham Aliyev', 1],
      ['SOCAR', 1],
    ]);
    expect(index.coOccurring('places/baku', 2)).toHaveLength(2);
  });

  it('ranks the entities of one kind most present in a list of articles', () => {
    expect(index.topEntities(index.topic('energy'), 'people').map(({ item, count }) => [item.name, count])).toEqual([
      ['Tô Lâm', 2],
      ['Ali Asadov', 1],
      ['Ilham Aliyev', 1],
    ]);
    expect(index.mostMentioned('places').map(({ item, count }) => [item.name, count])).toEqual([
      ['Baku', 3],
      ['Hà Nội', 2],
    ]);
  });
});

describe('related coverage', () => {
  it('ranks by shared entities and topics, never the article itself, nothing unrelated', () => {
    const related = index.related(premier).map(({ article: other }) => other.data.slug);
    expect(related).toEqual(['talks', 'flights']);
    expect(index.related(sameDay).map(({ article: other }) => other.data.slug)).toEqual(['museum']);
  });

  it('weighs a rare shared entity above a common one', () => {
    const common = (slug: string, date: string, extra: string[] = []) =>
      article({ slug, date, entities: { people: extra, organizations: [], places: ['Azerbaijan'] } });
    const list = [
      common('subject', '2025-03-01', ['Ali Asadov']),
      common('rare-match', '2024-01-01', ['Ali Asadov']),
      ...Array.from({ length: 20 }, (_, i) => common(`common-${i}`, `2025-02-${String(i + 1).padStart(2, '0')}`)),
    ];
    const built = buildIndexes(list);
    const [best] = built.related(built.article('subject')!);
    expect(best.article.data.slug).toBe('rare-match');
  });

  it('looks at only the nearest articles on a crowded posting list, so the cost stays linear', () => {
    // 400 articles share one topic and nothing else: without a cap each would score all 399 others.
    const list = Array.from({ length: 400 }, (_, i) =>
      article({ slug: `a-${String(i).padStart(3, '0')}`, date: `2025-01-01`, topics: ['energy'] }),
    );
    const built = buildIndexes(list);
    const subject = built.articles[200];
    const related = built.related(subject, 1000);
    expect(related.length).toBe(100);
    for (const { article: other } of related) {
      expect(Math.abs(built.articles.indexOf(other as (typeof list)[number]) - 200)).toBeLessThanOrEqual(50);
    }
    // Ties go to the nearest in time.
    expect(slugs(built.related(subject, 2).map(({ article: other }) => other))).toEqual([
      built.articles[199].data.slug,
      built.articles[201].data.slug,
    ]);
  });

  it('handles an article the index does not hold', () => {
    expect(index.related(article({ slug: 'stranger', date: '2025-01-01' }))).toEqual([]);
    expect(index.adjacent(article({ slug: 'stranger', date: '2025-01-01' }))).toEqual({});
  });
});

describe('articles whose seed states no date', () => {
  const dated = [talks, premier];
  const undatedNews = article({ slug: 'undated-news', date: undefined, topics: ['energy'], entities: people('Tô Lâm') });
  const undatedBrief = article({ slug: 'undated-brief', date: undefined, topics: ['energy'] });
  const index = buildIndexes([undatedNews, ...dated, undatedBrief]);

  it('lists them after every dated article, by slug, and files them under no month or year', () => {
    expect(slugs([undatedNews, talks, undatedBrief, premier].sort(newestFirst))).toEqual(['premier', 'talks', 'undated-brief', 'undated-news']);
    expect(slugs(index.topic('energy'))).toEqual(['premier', 'talks', 'undated-brief', 'undated-news']);
    expect(slugs(index.undated())).toEqual(['undated-brief', 'undated-news']);
    expect(index.years().flatMap((year) => year.months.map((month) => month.month))).toEqual(['2025-05']);
  });

  it('gives them no older or newer neighbour, and none to the oldest dated article', () => {
    expect(index.adjacent(undatedNews)).toEqual({});
    expect(index.adjacent(talks)).toEqual({ newer: premier, older: undefined });
  });
});

import { describe, expect, test } from 'vitest';
import { searchRecord, spellingDictionary, spellingVariants } from '../../../src/build/search-record.ts';
import { articleSchema, type ArticleInput } from '../../../src/schema/article.ts';
import type { Registries } from '../../../src/lib/registries.ts';

describe('spellingVariants', () => {
  test('adds the spelling without diacritics, with đ as d, and short syllables joined', () => {
    expect(spellingVariants(['Hà Nội'])).toEqual(['Hà Nội', 'hanoi']);
    expect(spellingVariants(['Đà Nẵng'])).toEqual(['Đà Nẵng', 'Da Nang', 'danang']);
    expect(spellingVariants(['Việt Nam'])).toEqual(['Việt Nam', 'vietnam']);
  });

  test('keeps one spelling per word Pagefind would see as the same', () => {
    // Pagefind folds case and tone marks itself, so "To Lam" adds nothing to "Tô Lâm" but the joined form.
    expect(spellingVariants(['Tô Lâm', 'To Lam', 'TO LAM'])).toEqual(['Tô Lâm', 'tolam']);
  });

  test('does not join long words or long names', () => {
    expect(spellingVariants(['Ilham Aliyev'])).toEqual(['Ilham Aliyev']);
    expect(spellingVariants(['Võ Thị Ánh Xuân'])).toEqual(['Võ Thị Ánh Xuân']);
    expect(spellingVariants(['Heydar Aliyev Foundation'])).toEqual(['Heydar Aliyev Foundation']);
  });

  test('normalizes spacing and Unicode form', () => {
    expect(spellingVariants(['Ha\u0300  Nô\u0323i '])).toEqual(['Hà Nội', 'hanoi']);
  });
});

const registries: Registries = {
  sources: [{ id: 'azertac', name: 'AZERTAC', domains: [], patterns: ['AZERTAC'] }],
  topics: [{ id: 'energy', label: 'Energy', description: 'Oil and gas.', terms: { oil: 1 } }],
  entities: [],
};

// The digest's entities as src/site/indexes.ts lists them: name, then registry aliases and forms seen in articles.
const dictionary = spellingDictionary([
  { name: 'Hà Nội', forms: ['HÀ NỘI', 'Hanoi'] },
  { name: 'Việt Nam', forms: ['Vietnam'] },
  { name: 'Tô Lâm', forms: ['To Lam'] },
  { name: 'Hanoi College of Commerce and Tourism', forms: [] },
]);

function article(input: Partial<ArticleInput>) {
  return articleSchema.parse({
    title: 'Leaders meet in Hanoi',
    slug: 'leaders-meet-in-hanoi',
    date: '2025-05-07',
    source: 'azertac',
    summary: 'Leaders met.',
    seed: 'a.txt',
    seedHash: 'a'.repeat(64),
    ...input,
  });
}

describe('searchRecord', () => {
  test('gives filters by id (topics, source), by name (entities) and by year', () => {
    const record = searchRecord(
      article({ topics: ['energy'], entities: { people: ['Tô Lâm'], organizations: ['SOCAR'], places: ['Hà Nội'] } }),
      registries,
    );
    expect(record).toMatchObject({ title: 'Leaders meet in Hanoi', date: '2025-05-07', source: 'AZERTAC' });
    expect(record.filters).toEqual([
      ['topic', 'energy'],
      ['source', 'azertac'],
      ['person', 'Tô Lâm'],
      ['organization', 'SOCAR'],
      ['place', 'Hà Nội'],
      ['year', '2025'],
    ]);
  });

  test('indexes the spellings of each entity the text lacks', () => {
    // The article writes "Hanoi" only; readers may type "Hà Nội" or "Ha Noi".
    const record = searchRecord(
      article({
        entities: { people: [], organizations: [], places: ['Hà Nội'] },
        mentions: { 'Hà Nội': { kind: 'places', forms: ['Hanoi'], sentence: 'Leaders met in Hanoi.' } },
      }),
      registries,
      dictionary,
    );
    expect(record.spellings).toBe('Hà Nội');
  });

  test('learns spellings from the rest of the digest, however the article spaces or accents the name', () => {
    // This article knows only "Vietnam"; the digest knows it as "Việt Nam" too.
    const record = searchRecord(
      article({
        title: 'Trade talks',
        entities: { people: [], organizations: [], places: ['Vietnam'] },
        mentions: { Vietnam: { kind: 'places', forms: ['Vietnam'], sentence: 'Vietnam and Azerbaijan.' } },
      }),
      registries,
      dictionary,
    );
    expect(record.spellings).toBe('Việt Nam');
  });

  test('adds the spellings of entities named inside the title or inside other names', () => {
    const record = searchRecord(
      article({
        title: 'General Secretary To Lam visits Baku',
        entities: { people: [], organizations: ['Hanoi College of Commerce and Tourism'], places: [] },
        mentions: {
          'Hanoi College of Commerce and Tourism': { kind: 'organizations', forms: ['Hanoi College of Commerce and Tourism'], sentence: '…' },
        },
      }),
      registries,
      dictionary,
    );
    expect(record.spellings.split(' ')).toEqual(expect.arrayContaining(['Hà', 'Nội', 'Tô', 'Lâm']));
    expect(record.spellings).not.toMatch(/Việt/);
  });

  test('has no spellings and no source when there is nothing to add', () => {
    const record = searchRecord(article({ source: undefined, title: 'No names here' }), registries, dictionary);
    expect(record.spellings).toBe('');
    expect(record.source).toBeUndefined();
    expect(record.filters).toEqual([['year', '2025']]);
  });
});

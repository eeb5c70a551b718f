/**
 * What Pagefind learns about one article besides its text: the metadata a
 * result shows, the filters and sort key, and the other spellings of the
 * entities it names. src/components/SearchMeta.astro prints it into the page.
 *
 * Pagefind (1.5+) already folds diacritics on both sides ("Tô Lâm" finds
 * "To Lam"), but not "đ" (no Unicode decomposition) and not names written
 * joined or apart ("Hanoi" / "Hà Nội", "Vietnam" / "Việt Nam"). Indexing every
 * spelling of each entity with the article covers those. The spellings come
 * from the whole digest (a `SpellingDictionary`: every entity's name, registry
 * aliases and the forms articles use), so an article that only ever writes
 * "Hanoi" still learns "Hà Nội" from the others.
 */
import type { ArticleData } from '../schema/article.ts';
import type { Registries } from '../lib/registries.ts';
import { foldDiacritics } from '../lib/slugify.ts';
import { findSource } from '../site/registry.ts';
import type { FilterKey } from '../scripts/search-filters.ts';

export const UNDATED_SORT_KEY = '0000-00-00';

export interface SearchRecord {
  title: string;
  /** ISO day, displayed by the search page; absent for an undated article. */
  date?: string;
  /**
   * The key results are sorted by, newest first: the ISO day, or UNDATED_SORT_KEY. Pagefind leaves
   * a page without one out of sorted results, so an undated article has the oldest key there is
   * (and so sits in the oldest search shard, src/build/search-shards.ts).
   */
  sortKey: string;
  source?: string;
  filters: [FilterKey, string][];
  /** Spellings of the article's entities that its text may lack, space-separated. */
  spellings: string;
}

/** Loose key of any spelling (see looseKey) → every spelling of that entity. */
export type SpellingDictionary = Map<string, string[]>;

const dictionaries = new WeakMap<object, SpellingDictionary>();

/**
 * The dictionary for a digest's entities, each with its name and other forms
 * (src/site/indexes.ts `entities()`). Built once per list: every article page asks.
 */
export function spellingDictionary(entities: readonly { name: string; forms: readonly string[] }[]): SpellingDictionary {
  const cached = dictionaries.get(entities);
  if (cached) return cached;
  const dictionary: SpellingDictionary = new Map();
  dictionaries.set(entities, dictionary);
  for (const { name, forms } of entities) {
    const spellings = [name, ...forms];
    for (const spelling of spellings) {
      const key = looseKey(spelling);
      if (key) dictionary.set(key, [...new Set([...(dictionary.get(key) ?? []), ...spellings])]);
    }
  }
  return dictionary;
}

/**
 * Each article's record, with the registries and dictionary it was made from: its cache key and
 * its page both ask, the page last (it lets go of it, `forgetSearchRecord`, so that a large digest
 * does not hold every record while its pages render).
 */
const records = new WeakMap<ArticleData, { registries: Registries; dictionary: SpellingDictionary; record: SearchRecord }>();

export function searchRecord(data: ArticleData, registries: Registries, dictionary: SpellingDictionary = new Map()): SearchRecord {
  const known = records.get(data);
  if (known?.registries === registries && known.dictionary === dictionary) return known.record;
  const record = makeSearchRecord(data, registries, dictionary);
  records.set(data, { registries, dictionary, record });
  return record;
}

export function forgetSearchRecord(data: ArticleData): void {
  records.delete(data);
}

function makeSearchRecord(data: ArticleData, registries: Registries, dictionary: SpellingDictionary): SearchRecord {
  const source = data.source ? findSource(registries, data.source).name : undefined;
  // Topics and sources are filtered by id (the search page shows their labels), so /search/?topic=energy always works.
  const filters: [FilterKey, string][] = [
    ...data.topics.map((id): [FilterKey, string] => ['topic', id]),
    ...data.topicMentions.filter((id) => !data.topics.includes(id)).map((id): [FilterKey, string] => ['mentioned', id]),
    ...(data.source ? [['source', data.source] as [FilterKey, string]] : []),
    ...data.entities.people.map((name): [FilterKey, string] => ['person', name]),
    ...data.entities.organizations.map((name): [FilterKey, string] => ['organization', name]),
    ...data.entities.places.map((name): [FilterKey, string] => ['place', name]),
    ...(data.date ? [['year', data.date.slice(0, 4)] as [FilterKey, string]] : []),
  ];
  // The forms an article uses are in its text already; only the other spellings need indexing.
  const written = new Set(Object.values(data.mentions).flatMap((mention) => mention.forms).map(searchKey));
  const spellings = spellingVariants(entityNames(data, dictionary)).filter((spelling) => !written.has(searchKey(spelling)));
  return { title: data.title, date: data.date, sortKey: data.date ?? UNDATED_SORT_KEY, source, filters, spellings: spellings.join(' ') };
}

/**
 * Every name the article's entities go by, and those of entities named inside
 * its title or inside other names ("Hanoi" in "Hanoi College of Commerce").
 */
function entityNames(data: ArticleData, dictionary: SpellingDictionary): string[] {
  const names = [
    ...data.entities.people,
    ...data.entities.organizations,
    ...data.entities.places,
    ...Object.entries(data.mentions).flatMap(([name, mention]) => [name, ...mention.forms]),
  ];
  // Each name once, in order of first appearance: the dictionary gives an entity's every spelling
  // for each of its names found, and spellingVariants would only skip the repeats.
  const all = new Set(names);
  for (const text of [data.title, ...names]) for (const name of namesWithin(text)) for (const spelling of dictionary.get(name) ?? []) all.add(spelling);
  return [...all];
}

/**
 * Results per name or text: the same few thousand names recur across every article of a digest,
 * and the build computes every article's record (for its page and for its cache key,
 * src/site/cache-keys.ts), so each is worked out once per build.
 */
const memo = {
  namesWithin: new Map<string, string[]>(),
  variants: new Map<string, [key: string, spelling: string][]>(),
  searchKey: new Map<string, string>(),
};

function cached<T>(map: Map<string, T>, input: string, compute: (input: string) => T): T {
  let value = map.get(input);
  if (value === undefined) map.set(input, (value = compute(input)));
  return value;
}

/** Loose keys of every run of up to four words starting with a capital: the places a name can be. */
function namesWithin(text: string): string[] {
  return cached(memo.namesWithin, text, findNamesWithin);
}

function findNamesWithin(text: string): string[] {
  const words = text.split(/\s+/).map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''));
  const keys = words.map(looseKey);
  const runs: string[] = [];
  words.forEach((word, start) => {
    if (!/^\p{Lu}/u.test(word)) return;
    for (let end = start + 1; end <= Math.min(words.length, start + 4); end++) runs.push(keys.slice(start, end).join(''));
  });
  return runs;
}

/**
 * The distinct ways a reader may type these names, each once: as written,
 * without diacritics (including đ → d), and joined when the name is a run of
 * short syllables, as Vietnamese names often are in English ("Ha Noi" →
 * "hanoi", "Viet Nam" → "vietnam", "Sai Gon" → "saigon").
 */
export function spellingVariants(names: string[]): string[] {
  const variants = new Map<string, string>();
  for (const name of names) {
    for (const [key, spelling] of cached(memo.variants, name, variantsOf)) if (!variants.has(key)) variants.set(key, spelling);
  }
  return [...variants.values()];
}

/** One name's spellings, in order, each with its search key. */
function variantsOf(name: string): [key: string, spelling: string][] {
  const variants: [string, string][] = [];
  const add = (spelling: string) => {
    const key = searchKey(spelling);
    if (key) variants.push([key, spelling]);
  };
  const spelling = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  add(spelling);
  const folded = foldDiacritics(spelling);
  add(folded);
  const syllables = folded.split(' ');
  if (syllables.length >= 2 && syllables.length <= 3 && syllables.every((syllable) => /^\p{L}{1,5}$/u.test(syllable))) {
    add(syllables.join('').toLowerCase());
  }
  return variants;
}

/** Matches a name to a registry entry however it is spelled or spaced: "Hanoi", "Ha Noi" and "Hà Nội" meet. */
function looseKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/** A name as Pagefind compares words: lower case, diacritics stripped (but, like Pagefind, "đ" kept). */
function searchKey(name: string): string {
  return cached(memo.searchKey, name, foldForSearch);
}

function foldForSearch(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

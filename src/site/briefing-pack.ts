/**
 * Briefing packs: a topic's, an entity's or a story's articles of one period,
 * oldest first, each with its title, date, outlet, summary, the sentences that
 * put it in the pack and its citation line, after a list of contents; as a page
 * to print (src/components/BriefingPack.astro) and as Markdown to paste into a
 * document (packMarkdown).
 *
 * Periods are months, built in advance (README, Briefing packs): a topic or
 * entity has a pack for each month of its month pages holding at least
 * PACK_MIN_ARTICLES articles (a month of one article has its article page); a
 * story, a few days long, has one pack. An entity's pack holds the articles
 * about it, those naming it in their headline or lede: a briefing on a minister
 * wants the news of the minister, not every article naming him in passing (his
 * page lists those), and the packs of the names every article gives would
 * otherwise copy the whole archive a dozen times (README, Briefing packs).
 *
 * A pack whose items would not fit in one page of ENTRY_BYTES is cut into parts,
 * as a listing's month is (./listings.ts cutByBytes): part 1 at the pack's own
 * address (`…/2025/05/pack/`), the next ones after it (`…/2025/05/pack/2/`), its
 * items numbered on across them. The Markdown stays one file (packMarkdown).
 */
import type { Registries } from '../lib/registries.ts';
import type { ArticleData } from '../schema/article.ts';
import { citationLine, outletName } from './citation.ts';
import { formatDay, formatMonth } from './format.ts';
import type { MonthGroup } from './indexes.ts';
import { oldestFirst } from './stories.ts';
import { leadNameKeys, nameKey } from './story-features.ts';
import { cutByBytes, ENTRY_BYTES, htmlBytes, QUOTE_MARKUP_BYTES } from './listings.ts';
import { absoluteUrl, articleUrl } from './urls.ts';

export interface PackItem {
  /** 1, 2, … in the pack's order. */
  number: number;
  /** The item's id in the pack page: the article's slug. */
  anchor: string;
  title: string;
  /** Absent for an undated article (a story's or month's pack holds none, but a caller may pass one). */
  date?: string;
  outlet: string;
  summary: string;
  /** The sentences that put the article in the pack: a topic's evidence, the sentence naming an entity. */
  evidence: string[];
  citation: string;
  /** The article's page in the digest, absolute. */
  url: string;
}

/** What a pack says of itself above its items. */
export interface PackHead {
  /** "Topic: Energy", "Person: Tô Lâm", "Story: …" */
  subject: string;
  /** "May 2025", "6–8 May 2025" */
  period: string;
  /** The digest page the pack is drawn from, absolute. */
  source: string;
}

export interface Pack extends PackHead {
  items: PackItem[];
}

/** One page of a pack: a run of its items, oldest first. */
export interface PackPart {
  /** 1 for the pack's own page, 2… for the pages after it. */
  part: number;
  /** Where the part's items are in the pack's list: [start, end). */
  start: number;
  end: number;
  /** Its oldest and newest days, YYYY-MM-DD. */
  from: string;
  to: string;
}

/**
 * Markup around an item's text in a pack page: its row in the contents (link, outlet, date) and its
 * section (heading with number and link, outlet and date, summary, quotes, citation).
 */
const PACK_ITEM_MARKUP_BYTES = 480;

/** A pack's items in pages of at most `entryBytes` each (one item at least), oldest first. */
export function packParts(items: readonly PackItem[], entryBytes = ENTRY_BYTES): PackPart[] {
  return cutByBytes(0, items.length, (index) => estimatePackItemBytes(items[index]), entryBytes).map((run, index) => ({
    part: index + 1,
    ...run,
    from: items[run.start]?.date ?? '',
    to: items[run.end - 1]?.date ?? '',
  }));
}

/** An item's weight in a pack page: its text where the contents and its section show it, with room for escaping, and its markup. */
export function estimatePackItemBytes(item: PackItem): number {
  const { anchor, title, outlet, summary, evidence, citation, url } = item;
  return htmlBytes(PACK_ITEM_MARKUP_BYTES + QUOTE_MARKUP_BYTES * evidence.length, [anchor, anchor, anchor, anchor, title, title, outlet, outlet, url, summary, citation, ...evidence]);
}

/**
 * The pack's articles, oldest first, each with the sentences `evidenceOf` gives for it, numbered
 * from `firstNumber` (a part of a pack numbers its items on from the parts before it).
 */
export function packItems<A extends { data: ArticleData }>(
  articles: readonly A[],
  evidenceOf: (article: A) => readonly string[],
  registries: Registries,
  firstNumber = 1,
): PackItem[] {
  return [...articles].sort(oldestFirst).map((article, index) => {
    const { data } = article;
    const outlet = outletName(data, registries);
    return {
      number: firstNumber + index,
      anchor: data.slug,
      title: data.title,
      date: data.date,
      outlet,
      summary: data.summary,
      // The summary is printed just above: a sentence that repeats it is left out.
      evidence: [...new Set(evidenceOf(article))].filter((sentence) => sentence.trim() !== '' && sentence.trim() !== data.summary.trim()),
      citation: citationLine(data, outlet),
      url: absoluteUrl(articleUrl(data.slug)),
    };
  });
}

/** "May 2025" for a month; "6–8 May 2025", "30 April – 2 May 2025" or one day for a story's span. */
export function periodLabel(first: string, last: string = first): string {
  if (first.length === 7) return formatMonth(first);
  if (first === last) return formatDay(first);
  const [from, to] = [formatDay(first), formatDay(last)];
  if (first.slice(0, 7) === last.slice(0, 7)) return `${from.split(' ')[0]}–${to}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${from.split(' ').slice(0, 2).join(' ')} – ${to}`;
  return `${from} – ${to}`;
}

/** Fewest articles a month needs for a topic's or entity's pack: one article is its own page, citation and all. */
export const PACK_MIN_ARTICLES = 2;

/** The months of a topic's or entity's articles (newest first) that get a pack, newest first. */
export function packMonths<A extends { data: ArticleData }>(articles: readonly A[]): MonthGroup<A>[] {
  return monthsOf(articles).filter((group) => group.articles.length >= PACK_MIN_ARTICLES);
}

interface EntityWithArticles<A> {
  name: string;
  forms: readonly string[];
  /** Newest first. */
  articles: readonly A[];
}

const aboutMemo = new WeakMap<EntityWithArticles<unknown>, unknown[]>();

/**
 * An entity's articles (newest first) that name it in their headline or lede, in whichever of its
 * spellings. Worked out once per entity: its page, its month pages and its packs all ask.
 */
export function articlesAbout<A extends { data: ArticleData }>(entity: EntityWithArticles<A>): A[] {
  let about = aboutMemo.get(entity) as A[] | undefined;
  if (!about) {
    const keys = new Set([entity.name, ...entity.forms].map(nameKey));
    about = entity.articles.filter((article) => namesAny(leadNameKeys(article.data), keys));
    aboutMemo.set(entity, about);
  }
  return about;
}

function namesAny(names: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  for (const name of names) if (keys.has(name)) return true;
  return false;
}

/** A list of articles, newest first, as its months, newest first (the months of its month pages). */
export function monthsOf<A extends { data: ArticleData }>(articles: readonly A[]): MonthGroup<A>[] {
  const months: MonthGroup<A>[] = [];
  for (const article of articles) {
    // An undated article is in no month, so in no month's pack; its listings' undated page has it.
    if (article.data.date === undefined) continue;
    const month = article.data.date.slice(0, 7);
    let last = months.at(-1);
    if (last?.month !== month) months.push((last = { month, articles: [] }));
    last.articles.push(article);
  }
  return months.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
}

/**
 * Text as Markdown shows it: characters Markdown would read as markup are escaped, so a headline
 * with an asterisk, a bracket or "<script>" reads the same once pasted, and runs nothing.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The pack as a Markdown document: a heading, the contents, then each article. */
export function packMarkdown(pack: Pack): string {
  const lines = [
    `# Briefing pack: ${escapeMarkdown(pack.subject)}, ${escapeMarkdown(pack.period)}`,
    '',
    `${pack.items.length === 1 ? '1 article' : `${pack.items.length} articles`}, oldest first. From ${pack.source}`,
    '',
    '## Contents',
    '',
    ...pack.items.map((item) => `${item.number}. ${escapeMarkdown(item.title)} (${escapeMarkdown(item.outlet)}, ${formatDay(item.date)})`),
  ];
  for (const item of pack.items) {
    lines.push('', `## ${item.number}. ${escapeMarkdown(item.title)}`, '', `${escapeMarkdown(item.outlet)}, ${formatDay(item.date)}`, '', escapeMarkdown(item.summary));
    for (const sentence of item.evidence) lines.push('', `> ${escapeMarkdown(sentence)}`);
    lines.push('', `Cite: ${escapeMarkdown(item.citation)}`);
  }
  return `${lines.join('\n')}\n`;
}

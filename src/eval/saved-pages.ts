/**
 * A check of both paths on saved pages whose headline, date and article another extractor's maintainers
 * settled: Mozilla Readability's test pages (`test/test-pages/<name>/source.html`, `expected-metadata.json`
 * with `title` and `publishedTime`, and `expected.html`, the article as Readability extracts it), ~130 pages
 * from news sites, blogs and references that nobody here wrote for (README, "Evaluation on real pages").
 * Their title is Readability's, from the page's metadata and `<title>`, so it may carry the site's name
 * ("… | eHow") where the page's heading does not: a headline is right as the title or as the text shows it
 * without that name, and the check counts apart the pages whose text shows it at all. The body is scored
 * as the article-extraction-benchmark scores it (body-score.ts) against the text of `expected.html`: that
 * is Readability's reading, not a person's, so on the HTML path (which runs Readability) it measures little
 * but the stages after it; on the text path it asks whether the text alone finds the article Readability
 * finds with the markup in hand. goose3's test pages are read too (goosePages): their headline and day are
 * what each page's own metadata states, and they have no expected article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchShingles, scoreBodies, type BodyScore, type ShingleCounts } from './body-score.ts';
import { sameHeadline, showsHeadline } from './headline-match.ts';
import type { IngestOutcome, IngestPath } from './run-ingest.ts';
import { goldFromMetadata } from './metadata-gold.ts';
import type { PageMeta } from './page-text.ts';

export interface SavedPage {
  name: string;
  html: Buffer;
  title: string;
  /** The publication day the metadata gives (YYYY-MM-DD), if any. */
  day?: string;
  /** `expected.html`: the article as Readability extracts it, if the folder has it. */
  expectedHtml?: Buffer;
}

/**
 * The saved pages of a folder, in either layout it may have: Readability's (`<name>/source.html`, read by
 * readabilityPages) or goose3's (`test_<name>.html` files, read by goosePages).
 */
export function listSavedPages(dir: string): SavedPage[] {
  const goose = readdirSync(dir).filter((name) => GOOSE_PAGE.test(name));
  return goose.length > 0 ? goosePages(dir, goose) : readabilityPages(dir);
}

/**
 * goose3's test pages (`tests/data/content/test_<name>.html`, Apache-2.0): some forty news pages of 2010–2014
 * (CNN, the Guardian, Fox News, BusinessWeek, Time, El País, Le Figaro …). Their expected output gives the
 * start of the article's text only, and a title on a few; the title and day are the page's own, as its
 * metadata states them, once it is rendered (withPageMetadata). On the HTML path, which reads that metadata,
 * the headline says little; on the text path it asks whether the text alone finds what the page calls itself.
 */
function goosePages(dir: string, names: string[]): SavedPage[] {
  return names.sort().map((file) => ({ name: GOOSE_PAGE.exec(file)![1], html: readFileSync(join(dir, file)), title: '' }));
}

const GOOSE_PAGE = /^test_(.+)\.html$/;

/**
 * Pages without an expected title take the page's own headline and day from its metadata (goldFromMetadata,
 * the eval's gold); a page whose metadata gives no headline is left out.
 */
export function withPageMetadata(pages: SavedPage[], metas: PageMeta[]): SavedPage[] {
  return pages.flatMap((page, index) => {
    if (page.title) return [page];
    const gold = goldFromMetadata(metas[index], 'fakehost');
    const title = gold.headlines[0]?.value;
    return title ? [{ ...page, title, day: gold.date?.value }] : [];
  });
}

/**
 * The pages of a folder laid out as Readability's test pages, those with a title in their expected
 * metadata; a page Readability does not take for an article (`readerable: false`) is left out.
 */
function readabilityPages(dir: string): SavedPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const [source, metadata, article] = [join(dir, name, 'source.html'), join(dir, name, 'expected-metadata.json'), join(dir, name, 'expected.html')];
      if (!existsSync(source) || !existsSync(metadata)) return [];
      const expected = JSON.parse(readFileSync(metadata, 'utf8')) as { title?: unknown; publishedTime?: unknown; readerable?: unknown };
      if (typeof expected.title !== 'string' || expected.title.trim() === '' || expected.readerable === false) return [];
      const day = typeof expected.publishedTime === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(expected.publishedTime)?.[0] : undefined;
      const expectedHtml = existsSync(article) ? readFileSync(article) : undefined;
      return [{ name, html: readFileSync(source), title: expected.title, day, expectedHtml }];
    });
}

export interface SavedPageOutcome {
  name: string;
  path: IngestPath;
  rejected?: string;
  headline?: string;
  headlineRight: boolean;
  /** The page's rendered text shows the expected title as a run of whole words, perhaps without its site's name (titleAsShown). */
  titleShown: boolean;
  date?: string;
  /** The expected day, when the metadata gives one. */
  day?: string;
  /** The body's shingles against the expected article's text, when there is one. */
  body?: ShingleCounts;
}

/**
 * The title as the page's text may show it: whole, or without the site's name that `<title>` adds at
 * its end or its start ("How to Build a Terrarium | eHow", "Yahoo News - …"), which a heading lacks.
 */
export function titleAsShown(title: string, text: string): string | undefined {
  const parts = title.split(SITE_NAME_SEPARATOR);
  const trimmed = parts.length > 1 ? [parts.slice(0, -1).join(' - '), parts.slice(1).join(' - ')] : [];
  // What is left must be most of the title: "Code" of "Get your Frontend JavaScript Code Covered | Code" is no headline.
  const candidates = [title, ...trimmed.filter((candidate) => candidate.length >= MOST_OF_TITLE * title.length)];
  return candidates.find((candidate) => showsHeadline(text, candidate));
}

/** What sets a site's name off in a `<title>`: a bar or a dash between spaces, a double colon, an underscore ("…_探索者_光明网"). */
const SITE_NAME_SEPARATOR = /\s+[|–—-]\s+|\s*::\s*|\s*_\s*/u;
const MOST_OF_TITLE = 0.5;

/**
 * One page's outcome on one path; `text` is the page as a scraper saves it (innerText), `expectedText`
 * the expected article's (a rejected page's body is empty: recall 0, no precision).
 */
export function scoreSavedPage(page: SavedPage, path: IngestPath, outcome: IngestOutcome, text: string, expectedText?: string): SavedPageOutcome {
  const shown = titleAsShown(page.title, text);
  const body = expectedText === undefined ? undefined : matchShingles(expectedText, outcome.ok ? outcome.body : '');
  const scored = { name: page.name, path, titleShown: shown !== undefined, day: page.day, body };
  if (!outcome.ok) return { ...scored, rejected: outcome.reason, headlineRight: false };
  const headlineRight = sameHeadline(outcome.title, page.title) || (shown !== undefined && sameHeadline(outcome.title, shown));
  return { ...scored, headline: outcome.title, headlineRight, date: outcome.date };
}

export interface SavedPagesSummary {
  pages: number;
  rejected: number;
  headlinesRight: number;
  titlesShown: number;
  /** Right among the pages whose text shows the title. */
  headlinesRightOfShown: number;
  dayGiven: number;
  datesRight: number;
  /** Dated, but not the expected day. */
  datesWrong: number;
  /** The metadata gives a day; the page was published undated or rejected. */
  datesMissing: number;
  /** Over the pages with an expected article. */
  body?: BodyScore;
}

export function summarizeSavedPages(outcomes: readonly SavedPageOutcome[]): SavedPagesSummary {
  const count = (test: (outcome: SavedPageOutcome) => unknown) => outcomes.filter(test).length;
  return {
    pages: outcomes.length,
    rejected: count((outcome) => outcome.rejected),
    headlinesRight: count((outcome) => outcome.headlineRight),
    titlesShown: count((outcome) => outcome.titleShown),
    headlinesRightOfShown: count((outcome) => outcome.titleShown && outcome.headlineRight),
    dayGiven: count((outcome) => outcome.day),
    datesRight: count((outcome) => outcome.day && outcome.date === outcome.day),
    datesWrong: count((outcome) => outcome.day && outcome.date && outcome.date !== outcome.day),
    datesMissing: count((outcome) => outcome.day && !outcome.date),
    body: scoreBodies(outcomes.flatMap((outcome) => (outcome.body ? [outcome.body] : []))),
  };
}

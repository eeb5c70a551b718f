/**
 * A check of both paths on saved pages whose headline and date another extractor's maintainers settled:
 * Mozilla Readability's test pages (`test/test-pages/<name>/source.html`, and `expected-metadata.json`
 * with `title` and `publishedTime`), ~130 pages from news sites, blogs and references that nobody here
 * wrote for (README, "Evaluation on real pages"). Their title is Readability's, from the page's metadata
 * and `<title>`, so it may carry the site's name ("… | eHow") where the page's heading does not: a text
 * that never shows the title cannot be right, and the check counts the pages whose text shows it apart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameHeadline, showsHeadline } from './headline-match.ts';
import type { IngestOutcome, IngestPath } from './run-ingest.ts';

export interface SavedPage {
  name: string;
  html: Buffer;
  title: string;
  /** The publication day the metadata gives (YYYY-MM-DD), if any. */
  day?: string;
}

/**
 * The pages of a folder laid out as Readability's test pages, those with a title in their expected
 * metadata; a page Readability does not take for an article (`readerable: false`) is left out.
 */
export function listSavedPages(dir: string): SavedPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const [source, metadata] = [join(dir, name, 'source.html'), join(dir, name, 'expected-metadata.json')];
      if (!existsSync(source) || !existsSync(metadata)) return [];
      const expected = JSON.parse(readFileSync(metadata, 'utf8')) as { title?: unknown; publishedTime?: unknown; readerable?: unknown };
      if (typeof expected.title !== 'string' || expected.title.trim() === '' || expected.readerable === false) return [];
      const day = typeof expected.publishedTime === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(expected.publishedTime)?.[0] : undefined;
      return [{ name, html: readFileSync(source), title: expected.title, day }];
    });
}

export interface SavedPageOutcome {
  name: string;
  path: IngestPath;
  rejected?: string;
  headline?: string;
  headlineRight: boolean;
  /** The page's rendered text shows the expected title as a run of whole words. */
  titleShown: boolean;
  date?: string;
  /** The expected day, when the metadata gives one. */
  day?: string;
}

/** One page's outcome on one path; `text` is the page as a scraper saves it (innerText). */
export function scoreSavedPage(page: SavedPage, path: IngestPath, outcome: IngestOutcome, text: string): SavedPageOutcome {
  const scored = { name: page.name, path, titleShown: showsHeadline(text, page.title), day: page.day };
  if (!outcome.ok) return { ...scored, rejected: outcome.reason, headlineRight: false };
  return { ...scored, headline: outcome.title, headlineRight: sameHeadline(outcome.title, page.title), date: outcome.date };
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
  };
}

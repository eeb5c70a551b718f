/**
 * A check of both paths on trafilatura's evaluation set (`tests/evaldata.json` and the pages under
 * `tests/eval/` and `tests/cache/` of https://github.com/adbar/trafilatura, Apache-2.0): ~990 saved
 * pages, news sites and blogs in a dozen languages, each with up to six passages of its article that
 * an extraction must keep ("with") and up to six of the page around it that it must leave out
 * ("without"), chosen by that project's maintainers. Scored as their eval_common.py scores it: a
 * passage counts when its whitespace-normalized text is in the whitespace-normalized body; precision
 * is the kept "with" passages over all kept passages, recall the kept "with" passages over all "with"
 * passages. Both the passages and the body pass through the ingest's own character normalization first
 * (NFC, no-break spaces as spaces), so a passage is not missed for a character the ingest rewrote.
 * Pages are split into dev and test by site as the eval's are (split.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../ingest/text/normalize.ts';
import { siteOf, splitOf, type Split } from './split.ts';

export interface SnippetPage {
  /** The entry's key: the page's address, or a name ("hard::blog.python.org.html"). */
  url: string;
  /** Where the page is served from when rendered: its address, or a made-up host for a name. */
  renderUrl: string;
  /** The saved page's path. */
  path: string;
  site: string;
  split: Split;
  with: string[];
  without: string[];
}

/**
 * The pages of a folder laid out as trafilatura's `tests/` (evaldata.json, eval/, cache/), in the
 * order of their addresses; an entry whose page is missing is left out.
 */
export function listSnippetPages(dir: string): SnippetPage[] {
  const entries = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  return Object.keys(entries)
    .sort()
    .flatMap((url) => {
      const entry = entries[url];
      const path = ['cache', 'eval'].map((folder) => join(dir, folder, entry.file)).find((candidate) => existsSync(candidate));
      if (!path) return [];
      const site = siteOrHost(url);
      const renderUrl = /^https?:\/\//i.test(url) ? url : `http://fakehost/${encodeURIComponent(entry.file)}`;
      return [{ url, renderUrl, path, site, split: splitOf(site), with: entry.with, without: entry.without }];
    });
}

/** The page's site; an entry named rather than addressed ("hard::blog.python.org.html") is its own site. */
function siteOrHost(url: string): string {
  return /^https?:\/\//i.test(url) ? siteOf(url) : url;
}

export interface SnippetCounts {
  /** "with" passages kept, "without" passages kept, "with" passages missed, "without" passages left out. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Whitespace collapsed, and characters as the ingest normalizes a seed's. */
function comparable(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** One page's counts for a body (undefined: the seed was rejected, and nothing was kept). */
export function countSnippets(page: Pick<SnippetPage, 'with' | 'without'>, body: string | undefined): SnippetCounts {
  const text = body === undefined ? '' : comparable(body);
  const kept = (passage: string) => text !== '' && text.includes(comparable(passage));
  const tp = page.with.filter(kept).length;
  const fp = page.without.filter(kept).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

export interface SnippetScore extends SnippetCounts {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Counts summed over the pages, and the figures trafilatura's evaluation reports from them. */
export function scoreSnippets(pages: readonly SnippetCounts[]): SnippetScore {
  const sum = pages.reduce((total, page) => ({ tp: total.tp + page.tp, fp: total.fp + page.fp, fn: total.fn + page.fn, tn: total.tn + page.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = sum.tp + sum.fp > 0 ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn > 0 ? sum.tp / (sum.tp + sum.fn) : 0;
  const all = sum.tp + sum.fp + sum.fn + sum.tn;
  return {
    ...sum,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: all > 0 ? (sum.tp + sum.tn) / all : 0,
  };
}

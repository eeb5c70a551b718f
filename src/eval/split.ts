/**
 * Dev and test, split by site so that no outlet is in both: a page's site is
 * the registrable domain of its URL (www.nytimes.com and
 * cooking.nytimes.com are both nytimes.com), and a site is in dev when the
 * first byte of sha256(site) is even, in test when it is odd. The rule is
 * deterministic, needs no list, and keeps a site where it is when pages
 * are added; it puts about half the sites in each.
 */
import { sha256 } from '../ingest/read.ts';

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * Second-level labels under which a country's registrations sit ("bbc.co.uk",
 * "smh.com.au", "hurriyet.com.tr"): the site is then three labels long.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'mil']);

export function siteOf(url: string): string {
  const labels = new URL(url).hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const [second, top] = labels.slice(-2);
  const size = top.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-size).join('.');
}

export function splitOf(site: string): Split {
  return Number.parseInt(sha256(site).slice(0, 2), 16) % 2 === 0 ? 'dev' : 'test';
}

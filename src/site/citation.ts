/**
 * The citation line an analyst pastes into a briefing: outlet, title, date and
 * the digest's permalink. The article page (src/components/Citation.astro) and
 * the briefing packs (./briefing-pack.ts) print the same line.
 */
import type { ArticleData } from '../schema/article.ts';
import type { Registries } from '../lib/registries.ts';
import { formatDay } from './format.ts';
import { findSource } from './registry.ts';
import { absoluteUrl, articleUrl } from './urls.ts';

/** The outlet's name; an outlet the registry does not know is named by its address's host. */
export function outletName(data: ArticleData, registries: Registries): string {
  if (data.source) return findSource(registries, data.source).name;
  if (data.url) {
    try {
      return new URL(data.url).hostname;
    } catch {
      // A malformed address names no outlet.
    }
  }
  return 'Unknown outlet';
}

/** "VNA, “Title”, 7 May 2025. https://…/articles/<slug>/" */
export function citationLine(data: ArticleData, outlet: string): string {
  return `${outlet}, “${data.title}”, ${formatDay(data.date)}. ${absoluteUrl(articleUrl(data.slug))}`;
}

/** Renders search results: title linking to the article, date, source, and the excerpt with matches in <mark>. */
import { formatDay } from '../site/format.ts';
import type { PagefindFragment } from './pagefind-client.ts';
import { excerptParts } from './search-excerpt.ts';
import { h } from './dom.ts';

export function resultItem(fragment: PagefindFragment): HTMLLIElement {
  const { title, date, source } = fragment.meta;
  const isoDate = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  return h(
    'li',
    { class: 'search-result' },
    h('h3', { class: 'search-result-title' }, h('a', { href: sameSitePath(fragment.url) }, title || fragment.url)),
    h(
      'p',
      { class: 'search-result-meta' },
      // An article whose seed states no date says so, as its page does (FormattedDate.astro).
      isoDate ? h('time', { datetime: isoDate }, formatDay(isoDate)) : h('span', { class: 'no-date' }, formatDay(undefined)),
      source && ' · ',
      source && h('span', { class: 'search-result-source' }, source),
    ),
    h(
      'p',
      { class: 'search-result-excerpt' },
      ...excerptParts(fragment.excerpt, fragment.content).map((part) => (part.marked ? h('mark', {}, part.text) : part.text)),
    ),
  );
}

/** Result URLs come from the index; anything but a path on this site is refused rather than linked. */
function sameSitePath(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '#';
}

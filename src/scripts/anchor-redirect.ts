/**
 * Follows an anchor this page does not hold to the page that holds it.
 *
 * A listing's head page (`/topics/energy/`) holds its latest articles and links every month page;
 * a month too long for one page is cut into parts that link each other. Each such link carries the
 * days it covers (`data-from`, `data-to`). When the address names an article (`#<slug>`) that is
 * not on this page, the article's date is looked up in the site's date map
 * (src/site/article-dates.ts) and the reader is sent to the page covering that day, anchor kept:
 * links pasted before month pages existed keep working. Without JavaScript, the links are there
 * to follow by hand.
 */
import { articleDateShard } from '../site/article-dates.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function follow(): Promise<void> {
  const nav = document.querySelector<HTMLElement>('[data-article-dates]');
  const slug = decodeURIComponent(location.hash.slice(1));
  if (!nav || !SLUG.test(slug) || document.getElementById(slug)) return;
  const response = await fetch(`${nav.dataset.articleDates}${articleDateShard(slug)}.json`);
  if (!response.ok) return;
  const date = ((await response.json()) as Record<string, string>)[slug];
  if (!date) return;
  const covering = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-from][data-to]')].filter(
    (link) => link.dataset.from! <= date && date <= link.dataset.to!,
  );
  // A day may run over two parts of a month: from one of them, try the next.
  const here = covering.findIndex((link) => link.pathname === location.pathname);
  const target = covering[here + 1];
  if (target) location.replace(`${target.pathname}#${encodeURIComponent(slug)}`);
}

void follow();
addEventListener('hashchange', () => void follow());

/**
 * Prefetches the parts of a search that do not depend on the query: Pagefind's
 * code, its worker and its WebAssembly (named for the page language, which
 * src/build/pagefind.ts forces on the whole index), all in the first index
 * shard's folder.
 */
import { readShardList } from './pagefind-client.ts';

export function prefetchSearch(bundleUrl: string): void {
  const language = document.documentElement.lang || 'unknown';
  void readShardList(bundleUrl)
    .then(([first]) => {
      if (first === undefined) return;
      for (const file of ['pagefind.js', 'pagefind-worker.js', `wasm.${language}.pagefind`]) prefetch(`${bundleUrl}${first}/${file}`);
    })
    .catch(() => undefined);
}

function prefetch(href: string): void {
  if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  document.head.append(link);
}

/** Prefetches Pagefind's code (the index itself depends on the query, so it waits for the search page). */
const BUNDLE_FILES = ['pagefind.js', 'pagefind-worker.js'];

export function prefetchSearch(bundleUrl: string): void {
  for (const file of BUNDLE_FILES) {
    const href = `${bundleUrl}${file}`;
    if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  }
}

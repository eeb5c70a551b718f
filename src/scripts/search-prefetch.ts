/**
 * Prefetches the parts of a search that do not depend on the query or the
 * index: Pagefind's code, its worker and its WebAssembly (named for the page
 * language, which src/build/pagefind.ts forces on the whole index).
 */
export function prefetchSearch(bundleUrl: string): void {
  const language = document.documentElement.lang || 'unknown';
  for (const file of ['pagefind.js', 'pagefind-worker.js', `wasm.${language}.pagefind`]) {
    const href = `${bundleUrl}${file}`;
    if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  }
}

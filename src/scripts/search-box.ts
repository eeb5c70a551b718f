/**
 * The header search box is a plain form to /search/ and needs no script. This
 * one only warms the cache: when a reader starts to search (focus or typing),
 * it fetches the search bundle in the background, so results come fast on the
 * search page. Reading pages never load any of it before that.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-box]')) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const warm = () => void import('./search-prefetch.ts').then(({ prefetchSearch }) => prefetchSearch(form.dataset.bundle!));
  input?.addEventListener('focus', warm, { once: true });
  input?.addEventListener('input', warm, { once: true });
}

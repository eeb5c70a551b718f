/**
 * The /search/ page: a small client over Pagefind's JS API. The URL is the
 * state (src/scripts/search-state.ts): opening a search URL runs it, every
 * change writes it, and back/forward replay it.
 *
 * History: a new query, a filter or a sort order is a new entry; refining the
 * query being typed ("o" → "oil") replaces the current one, so back goes to
 * the previous search, not the previous keystroke.
 */
import { loadPagefind, type FilterCounts, type PagefindResult, type SearchIndex } from './pagefind-client.ts';
import { FilterPanel } from './search-filter-panel.ts';
import type { FilterKey, FilterLabels } from './search-filters.ts';
import { hasFilters, readState, writeState, type SearchState } from './search-state.ts';
import { resultItem } from './search-results.ts';
import { countLabel } from '../site/format.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const EMPTY: SearchState = { query: '', filters: {}, sort: 'relevance' };

interface Search {
  pagefind: SearchIndex;
  panel: FilterPanel;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = results.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const pageTitle = document.title;

  let search: Search | undefined;
  let sequence = 0;
  let shown: SearchState = readState(location.search);
  let remaining: PagefindResult[] = [];

  async function run(state: SearchState): Promise<void> {
    const current = ++sequence;
    shown = state;
    results.dataset.state = 'loading';
    results.setAttribute('aria-busy', 'true');
    document.title = state.query ? `${state.query} – ${pageTitle}` : pageTitle;
    try {
      const { pagefind, panel } = await ready;
      const unresolved = panel.unresolved(state);
      if (unresolved.length) panel.build(await counts(EMPTY, unresolved));
      const wanted = panel.wanted(state);
      if (current !== sequence) return;
      if (!state.query && !hasFilters(state)) {
        remaining = [];
        list.replaceChildren();
        more.hidden = true;
        const totals = wanted.length ? await counts(state, wanted) : {};
        if (current !== sequence) return;
        panel.build(totals);
        panel.update(state, totals);
        finish(state, 'Type a word or a name, or choose a filter.');
        return;
      }
      const response = await pagefind.search(state.query || null, {
        filters: panel.pagefindFilter(state, wanted),
        // Without words to rank by, newest first is the only useful order.
        sort: state.sort === 'date' || !state.query ? { date: 'desc' } : undefined,
      });
      if (current !== sequence) return;
      remaining = [...response.results];
      list.replaceChildren();
      await showMore(current);
      if (current !== sequence) return;
      panel.build(response.filters);
      panel.update(state, response.filters);
      finish(state, describe(state, response.results.length));
    } catch (error) {
      if (current !== sequence) return;
      console.error('Search failed:', error);
      results.removeAttribute('aria-busy');
      results.dataset.state = 'error';
      status.textContent = search
        ? 'Search failed. Please try again.'
        : 'Search could not be loaded. Browse the topics or the archive instead.';
    }
  }

  /**
   * How many results each value of the wanted filter groups leaves under a
   * state's filters. Naming a group fetches its values; Pagefind lists them all,
   * counted or not, which is what builds a group's boxes.
   */
  async function counts(state: SearchState, wanted: FilterKey[]): Promise<FilterCounts> {
    const { pagefind, panel } = await ready;
    return (await pagefind.search(state.query || null, { filters: panel.pagefindFilter(state, wanted) })).filters;
  }

  /** A group opened by the reader: its values and counts for the results shown, without redrawing them. */
  async function countGroup(): Promise<void> {
    const current = sequence;
    const state = shown;
    const fresh = await counts(state, search!.panel.wanted(state));
    if (current !== sequence) return;
    search!.panel.build(fresh);
    search!.panel.update(state, fresh);
  }

  /** Appends the next page of results; resolves to the new items. */
  async function showMore(current: number): Promise<HTMLLIElement[]> {
    const batch = remaining.splice(0, PAGE_SIZE);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (current !== sequence) return [];
    const items = fragments.map(resultItem);
    list.append(...items);
    more.hidden = remaining.length === 0;
    return items;
  }

  function finish(state: SearchState, message: string): void {
    status.textContent = message;
    results.removeAttribute('aria-busy');
    results.dataset.for = writeState(state);
    results.dataset.state = 'ready';
  }

  /** The form as a state; filters not built yet keep the URL's. */
  function formState(): SearchState {
    const urlState = readState(location.search);
    const filters = search ? search.panel.selected(urlState) : urlState.filters;
    return { query: input.value.trim(), filters, sort: sort.value === 'date' ? 'date' : 'relevance' };
  }

  function showState(state: SearchState): void {
    input.value = state.query;
    sort.value = state.sort === 'date' ? 'date' : '';
  }

  /** Writes a state to the URL (see the history note at the top) and runs it. */
  function go(next: SearchState, typing: boolean): void {
    const current = readState(location.search);
    const target = writeState(next);
    if (target !== writeState(current) && !(typing && !next.query)) {
      const refining =
        typing &&
        current.query !== '' &&
        writeState({ ...current, query: '' }) === writeState({ ...next, query: '' }) &&
        (next.query.startsWith(current.query) || current.query.startsWith(next.query));
      const replace = refining || writeState(current) === '';
      history[replace ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${target}`);
    }
    void run(next);
  }

  const ready = (async (): Promise<Search> => {
    const pagefind = await loadPagefind(root.dataset.bundle!);
    const panel = new FilterPanel(filterBox, JSON.parse(root.dataset.labels ?? '{}') as FilterLabels, () => void countGroup());
    filterBox.hidden = false;
    // Beside the results on wide screens; folded away above them on phones.
    filterBox.open = matchMedia('(min-width: 56rem)').matches;
    search = { pagefind, panel };
    return search;
  })();

  // Listen before Pagefind has loaded, so nothing a fast reader types is lost.
  showState(readState(location.search));
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(formState(), true), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    go(formState(), false);
  });
  sort.addEventListener('change', () => go(formState(), false));
  filterBox.addEventListener('change', () => go(formState(), false));
  filterBox.querySelector('[data-search-clear]')!.addEventListener('click', () => {
    search?.panel.clear();
    go(formState(), false);
    input.focus();
  });
  more.addEventListener('click', async () => {
    const [first] = await showMore(sequence);
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    const state = readState(location.search);
    showState(state);
    void run(state);
  });

  void run(readState(location.search));
}

function describe(state: SearchState, count: number): string {
  const what = state.query ? `for “${state.query}”` : 'for these filters';
  const filtered = state.query && hasFilters(state) ? ' with these filters' : '';
  return count === 0
    ? `No articles ${what}${filtered}. Try fewer words or another spelling.`
    : `${countLabel(count, 'article')} ${what}${filtered}.`;
}

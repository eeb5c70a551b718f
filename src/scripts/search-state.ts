/**
 * A search as the URL carries it, so a search can be pasted into a briefing
 * and opens the same results: /search/?q=oil&topic=energy&person=to-lam&sort=date.
 * Filter values travel as slugs ("Tô Lâm" → "to-lam"): readable, and stable
 * however the name is spelled in the index.
 */
import { slugify } from '../lib/slugify.ts';
import { FILTER_KEYS, type FilterKey } from './search-filters.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  /** Selected values per filter, as slugs, sorted. */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))].sort();
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state: "?q=oil&topic=energy", or "" for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** The URL form of a filter value. Names slugify cannot spell in ASCII (Cyrillic, Chinese…) keep their letters. */
export function filterSlug(value: string): string {
  return slugify(value, 50) || value.normalize('NFC').toLowerCase().replace(/\s+/g, '-');
}

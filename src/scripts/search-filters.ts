/**
 * The filters search offers, shared by the page markup that feeds Pagefind
 * (src/components/SearchMeta.astro) and the search page that reads them back.
 * The key is both the Pagefind filter name and the URL parameter:
 * /search/?q=oil&topic=energy&person=to-lam. `topic` finds the articles about
 * a topic, `mentioned` those that only mention it (a topic page's "Also
 * mentioned in"): a briefing looking for everything on energy ticks both.
 */
export const FILTER_KEYS = ['topic', 'mentioned', 'source', 'person', 'organization', 'place', 'year'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** Headings of the filter groups on the search page. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  topic: 'Topics',
  mentioned: 'Topics mentioned in passing',
  source: 'Sources',
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  year: 'Year',
};

/** Names for filters whose values are registry ids (topics, sources), id → name: { topic: { energy: 'Energy' }, source: { vna: 'Vietnam News Agency' } }. */
export type FilterLabels = Partial<Record<FilterKey, Record<string, string>>>;

/**
 * The filter groups of the search page: one folded group per filter, each
 * value with the number of results it would leave.
 *
 * Pagefind keeps each filter's values in a chunk of its own, and at 10,000
 * articles the people, organizations and places chunks weigh more than the
 * rest of a search together. So a group's values are fetched only when the
 * reader opens it (or a link arrives with that filter set); until then the
 * search page costs nothing for it.
 *
 * The boxes of a group are built once, in a fixed order (most results first,
 * years newest first); later searches only update counts and visibility, so
 * a box never moves or is replaced under a reader's keyboard focus.
 */
import { FILTER_KEYS, FILTER_LABELS, type FilterKey, type FilterLabels } from './search-filters.ts';
import type { FilterCounts, PagefindFilter } from './pagefind-client.ts';
import { filterSlug, type SearchState } from './search-state.ts';
import { h } from './dom.ts';

/** Values shown per group before "Show all". */
const COLLAPSED_SIZE = 8;

interface FilterOption {
  slug: string;
  /** Index values with this slug (usually one; "Hà Nội" and "Ha Noi" would share one box). */
  values: string[];
  item: HTMLLIElement;
  checkbox: HTMLInputElement;
  count: HTMLSpanElement;
}

interface FilterGroup {
  key: FilterKey;
  details: HTMLDetailsElement;
  list: HTMLUListElement;
  toggle: HTMLButtonElement;
  /** Undefined until the group's values have been fetched. */
  options?: FilterOption[];
  expanded: boolean;
}

export class FilterPanel {
  private readonly groups: FilterGroup[];

  /**
   * `labels` names the values that are ids (topics, sources); other values are shown as they are.
   * `onOpen` runs when the reader opens a group whose values are not fetched yet.
   */
  constructor(
    private readonly container: HTMLElement,
    private readonly labels: FilterLabels,
    onOpen: (key: FilterKey) => void,
  ) {
    this.groups = FILTER_KEYS.map((key) => {
      const id = `filter-${key}`;
      const list = h('ul', { id, role: 'list' });
      const toggle = h('button', { type: 'button', class: 'search-filter-toggle', 'aria-controls': id, hidden: true });
      const details = h(
        'details',
        { class: 'search-filter', 'data-filter': key },
        h('summary', {}, FILTER_LABELS[key]),
        h('fieldset', {}, h('legend', { class: 'visually-hidden' }, FILTER_LABELS[key]), list, toggle),
      );
      const group: FilterGroup = { key, details, list, toggle, expanded: false };
      details.addEventListener('toggle', () => {
        if (details.open && !group.options) onOpen(key);
      });
      toggle.addEventListener('click', () => {
        group.expanded = !group.expanded;
        this.layout(group);
      });
      return group;
    });
    container.append(...this.groups.map((group) => group.details));
  }

  /** Filters whose values the next search must fetch or count: the open groups and those in use. */
  wanted(state: SearchState): FilterKey[] {
    return this.groups.filter((group) => group.details.open || state.filters[group.key]?.length).map((group) => group.key);
  }

  /**
   * Filters set in the state whose URL slugs cannot be turned into index values
   * until the values are fetched ("to-lam" → "Tô Lâm"). Ids (topics, sources)
   * are their own slugs.
   */
  unresolved(state: SearchState): FilterKey[] {
    return FILTER_KEYS.filter((key) => state.filters[key]?.length && !this.labels[key] && !this.group(key).options);
  }

  /** Builds the boxes of groups from a search that fetched their values (Pagefind lists every value, counted or not). */
  build(counts: FilterCounts): void {
    for (const group of this.groups) {
      const values = counts[group.key];
      if (group.options || !values) continue;
      group.options = buildOptions(group.key, values, this.labels[group.key]);
      group.list.replaceChildren(...group.options.map((option) => option.item));
      if (!group.options.length) group.list.append(h('li', {}, 'None in this digest'));
    }
  }

  /** The slugs checked, per filter; groups not built yet keep the state's. */
  selected(state: SearchState): SearchState['filters'] {
    const selected: SearchState['filters'] = {};
    for (const group of this.groups) {
      const slugs = group.options
        ? group.options.filter((option) => option.checkbox.checked).map((option) => option.slug)
        : (state.filters[group.key] ?? []);
      if (slugs.length) selected[group.key] = [...slugs].sort();
    }
    return selected;
  }

  /** Unticks every box. */
  clear(): void {
    for (const group of this.groups) for (const option of group.options ?? []) option.checkbox.checked = false;
  }

  /**
   * The Pagefind filter for a state: every selected value must match, and
   * each wanted group is named with no values, which makes Pagefind fetch
   * and count it without narrowing anything. A slug no value has (a stale
   * link) matches nothing rather than being dropped.
   */
  pagefindFilter(state: SearchState, wanted: FilterKey[]): PagefindFilter {
    const conditions: PagefindFilter[] = wanted.map((key) => ({ [key]: { any: [] } }));
    for (const key of FILTER_KEYS) {
      for (const slug of state.filters[key] ?? []) {
        const values = this.group(key).options?.find((option) => option.slug === slug)?.values ?? [slug];
        conditions.push({ [key]: { any: values } });
      }
    }
    return { all: conditions };
  }

  /** Checks the boxes of a state, opens the groups in use, and shows the counts a search returned. */
  update(state: SearchState, counts: FilterCounts): void {
    const active = Object.values(state.filters).reduce((sum, slugs) => sum + slugs.length, 0);
    this.container.querySelector<HTMLElement>('[data-search-active-filters]')!.textContent = active ? `(${active} active)` : '';
    this.container.querySelector<HTMLElement>('[data-search-clear]')!.hidden = active === 0;
    for (const group of this.groups) {
      const selected = new Set(state.filters[group.key] ?? []);
      if (selected.size) group.details.open = true;
      if (!group.options || !counts[group.key]) continue;
      for (const option of group.options) {
        option.checkbox.checked = selected.has(option.slug);
        const count = option.values.reduce((sum, value) => sum + (counts[group.key]?.[value] ?? 0), 0);
        option.count.textContent = `(${count.toLocaleString('en-GB')})`;
        option.item.dataset.count = String(count);
      }
      this.layout(group);
    }
  }

  private group(key: FilterKey): FilterGroup {
    return this.groups.find((group) => group.key === key)!;
  }

  /** Hides values that would leave no result (unless checked) and, when collapsed, all but the first few. */
  private layout(group: FilterGroup): void {
    const options = group.options ?? [];
    const available = options.filter((option) => option.checkbox.checked || option.item.dataset.count !== '0');
    let shown = 0;
    for (const option of options) {
      const visible = available.includes(option) && (group.expanded || shown < COLLAPSED_SIZE || option.checkbox.checked);
      option.item.hidden = !visible;
      if (visible) shown++;
    }
    const name = FILTER_LABELS[group.key].toLowerCase();
    group.toggle.hidden = available.length <= COLLAPSED_SIZE;
    group.toggle.setAttribute('aria-expanded', String(group.expanded));
    group.toggle.textContent = group.expanded ? `Show fewer ${name}` : `Show all ${available.length} ${name}`;
  }
}

function buildOptions(key: FilterKey, counts: Record<string, number>, labels?: Record<string, string>): FilterOption[] {
  const bySlug = new Map<string, { values: string[]; count: number }>();
  // Most results first, so the commonest spelling labels a box shared by several.
  for (const [value, count] of Object.entries(counts).sort(([, a], [, b]) => b - a)) {
    const slug = labels ? value : filterSlug(value);
    const entry = bySlug.get(slug) ?? { values: [], count: 0 };
    entry.values.push(value);
    entry.count += count;
    bySlug.set(slug, entry);
  }
  const label = (values: string[]) => labels?.[values[0]] ?? values[0];
  return [...bySlug.entries()]
    .sort(([, a], [, b]) =>
      key === 'year' ? b.values[0].localeCompare(a.values[0]) : b.count - a.count || label(a.values).localeCompare(label(b.values), 'en'),
    )
    .map(([slug, { values }]) => {
      const checkbox = h('input', { type: 'checkbox', name: key, value: slug });
      const count = h('span', { class: 'search-filter-count' });
      const item = h('li', {}, h('label', {}, checkbox, h('span', {}, `${label(values)} `, count)));
      return { slug, values, item, checkbox, count };
    });
}

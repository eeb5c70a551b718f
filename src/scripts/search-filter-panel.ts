/**
 * The filter checkboxes of the search page: one group per filter, each value
 * with the number of results it would leave. The boxes are built once, in a
 * fixed order (most common first, years newest first), and later searches only
 * update counts and visibility: a box never moves or is replaced under a
 * reader's keyboard focus.
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
  options: FilterOption[];
  toggle: HTMLButtonElement;
  expanded: boolean;
}

export class FilterPanel {
  private readonly groups: FilterGroup[];

  /** `labels` names the values that are ids (topics, sources); other values are shown as they are. */
  constructor(container: HTMLElement, totals: FilterCounts, labels: FilterLabels) {
    this.groups = FILTER_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) =>
      buildGroup(key, totals[key], labels[key]),
    );
    container.append(
      ...this.groups.map((group) => {
        const id = `filter-${group.key}`;
        return h(
          'fieldset',
          { class: 'search-filter', 'data-filter': group.key },
          h('legend', {}, FILTER_LABELS[group.key]),
          h('ul', { id, role: 'list' }, ...group.options.map((option) => option.item)),
          group.toggle,
        );
      }),
    );
    for (const group of this.groups) {
      group.toggle.setAttribute('aria-controls', `filter-${group.key}`);
      group.toggle.addEventListener('click', () => {
        group.expanded = !group.expanded;
        this.layout(group);
      });
    }
  }

  /** The slugs checked, per filter. */
  selected(): SearchState['filters'] {
    const selected: SearchState['filters'] = {};
    for (const group of this.groups) {
      const slugs = group.options.filter((option) => option.checkbox.checked).map((option) => option.slug);
      if (slugs.length) selected[group.key] = slugs.sort();
    }
    return selected;
  }

  /**
   * The Pagefind filter for a state: every selected value must match. A slug
   * no value has (a stale link) matches nothing rather than being dropped.
   */
  pagefindFilter(state: SearchState): PagefindFilter {
    const conditions: PagefindFilter[] = [];
    for (const key of FILTER_KEYS) {
      const options = this.groups.find((group) => group.key === key)?.options ?? [];
      for (const slug of state.filters[key] ?? []) {
        const values = options.find((option) => option.slug === slug)?.values ?? [slug];
        conditions.push({ [key]: { any: values } });
      }
    }
    return { all: conditions };
  }

  /** Checks the boxes of a state and shows the counts of a search (or the index totals). */
  update(state: SearchState, counts: FilterCounts): void {
    for (const group of this.groups) {
      const selected = new Set(state.filters[group.key] ?? []);
      for (const option of group.options) {
        option.checkbox.checked = selected.has(option.slug);
        const count = option.values.reduce((sum, value) => sum + (counts[group.key]?.[value] ?? 0), 0);
        option.count.textContent = `(${count.toLocaleString('en-GB')})`;
        option.item.dataset.count = String(count);
      }
      this.layout(group);
    }
  }

  /** Hides values that would leave no result (unless checked) and, when collapsed, all but the first few. */
  private layout(group: FilterGroup): void {
    const available = group.options.filter((option) => option.checkbox.checked || option.item.dataset.count !== '0');
    let shown = 0;
    for (const option of group.options) {
      const visible = available.includes(option) && (group.expanded || shown < COLLAPSED_SIZE || option.checkbox.checked);
      option.item.hidden = !visible;
      if (visible) shown++;
    }
    group.toggle.hidden = available.length <= COLLAPSED_SIZE;
    group.toggle.setAttribute('aria-expanded', String(group.expanded));
    group.toggle.textContent = group.expanded
      ? `Show fewer ${FILTER_LABELS[group.key].toLowerCase()}`
      : `Show all ${available.length} ${FILTER_LABELS[group.key].toLowerCase()}`;
  }
}

function buildGroup(key: FilterKey, totals: Record<string, number>, labels?: Record<string, string>): FilterGroup {
  const bySlug = new Map<string, { values: string[]; total: number }>();
  // Most common spelling first, so it becomes the label of its box.
  for (const [value, total] of Object.entries(totals).sort(([, a], [, b]) => b - a)) {
    const slug = labels ? value : filterSlug(value);
    const entry = bySlug.get(slug) ?? { values: [], total: 0 };
    entry.values.push(value);
    entry.total += total;
    bySlug.set(slug, entry);
  }
  const label = (values: string[]) => labels?.[values[0]] ?? values[0];
  const entries = [...bySlug.entries()].sort(([, a], [, b]) =>
    key === 'year' ? b.values[0].localeCompare(a.values[0]) : b.total - a.total || label(a.values).localeCompare(label(b.values), 'en'),
  );
  return {
    key,
    expanded: false,
    toggle: h('button', { type: 'button', class: 'search-filter-toggle' }),
    options: entries.map(([slug, { values }]) => buildOption(key, slug, values, label(values))),
  };
}

function buildOption(key: FilterKey, slug: string, values: string[], label: string): FilterOption {
  const checkbox = h('input', { type: 'checkbox', name: key, value: slug });
  const count = h('span', { class: 'search-filter-count' });
  const item = h('li', {}, h('label', {}, checkbox, ` ${label} `, count));
  return { slug, values, item, checkbox, count };
}

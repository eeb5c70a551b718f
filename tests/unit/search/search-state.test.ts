import { describe, expect, test } from 'vitest';
import { filterSlug, hasFilters, readState, writeState } from '../../../src/scripts/search-state.ts';

describe('search state in the URL', () => {
  test('reads query, filters and sort order', () => {
    expect(readState('?q=oil+gas&topic=energy&person=to-lam&person=ilham-aliyev&sort=date')).toEqual({
      query: 'oil gas',
      filters: { topic: ['energy'], person: ['ilham-aliyev', 'to-lam'] },
      sort: 'date',
    });
  });

  test('ignores unknown parameters, empty values and unknown sort orders', () => {
    expect(readState('?q=%20&topic=&colour=red&sort=random')).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });

  test('writes a stable query string that reads back the same', () => {
    const state = { query: 'Tô Lâm', filters: { year: ['2025'], topic: ['energy', 'culture'] }, sort: 'date' as const };
    const search = writeState(state);
    expect(search).toBe('?q=T%C3%B4+L%C3%A2m&topic=culture&topic=energy&year=2025&sort=date');
    expect(readState(search)).toEqual({ ...state, filters: { topic: ['culture', 'energy'], year: ['2025'] } });
  });

  test('writes nothing for an empty search', () => {
    expect(writeState({ query: '  ', filters: {}, sort: 'relevance' })).toBe('');
    expect(hasFilters(readState(''))).toBe(false);
    expect(hasFilters(readState('?place=ha-noi'))).toBe(true);
  });

  test('slugs filter values for the URL, keeping letters slugify cannot spell', () => {
    expect(filterSlug('Tô Lâm')).toBe('to-lam');
    expect(filterSlug('Đà Nẵng')).toBe('da-nang');
    expect(filterSlug('Москва Сити')).toBe('москва-сити');
  });
});

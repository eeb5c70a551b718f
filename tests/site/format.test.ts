/** src/site/format.ts: dates and text as readers see them. */
import { describe, expect, it } from 'vitest';
import { countLabel, dayToDate, formatDay, formatMonth, formatShortMonth, mentioningLabel, shorten } from '../../src/site/format.ts';
import { UNDATED } from '../../src/site/calendar.ts';

describe('dates', () => {
  it('formats calendar days without shifting them by the machine’s time zone', () => {
    expect(formatDay('2025-05-08')).toBe('8 May 2025');
    expect(formatDay('2024-12-31')).toBe('31 December 2024');
    expect(dayToDate('2025-01-01').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(formatMonth('2025-06')).toBe('June 2025');
    expect(formatShortMonth('2025-09')).toBe('Sept');
  });

  it('names what an article whose seed states no date has instead of a day and a month', () => {
    expect(formatDay(undefined)).toBe('date not stated');
    expect(formatMonth(UNDATED)).toBe('Date not stated');
  });
});

describe('mentioningLabel', () => {
  it('counts a topic\'s lower tier, "more" only beside articles about it, the verb agreeing', () => {
    expect(mentioningLabel(4, 1)).toBe('4 more articles mention it');
    expect(mentioningLabel(1, 4)).toBe('1 more article mentions it');
    expect(mentioningLabel(3, 0)).toBe('3 articles mention it');
  });
});

describe('countLabel', () => {
  it('agrees the noun with the number', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(12345, 'person', 'people')).toBe('12,345 people');
  });
});

describe('shorten', () => {
  it('leaves short text alone and cuts long text at a word, marking the cut', () => {
    expect(shorten('Energy talks in Baku', 40)).toBe('Energy talks in Baku');
    const cut = shorten('HÀ NỘI — More than 1.1 million students will sit the national high school graduation exam', 40);
    expect(cut).toBe('HÀ NỘI — More than 1.1 million students…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('cuts inside a word only when the first word alone is too long', () => {
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

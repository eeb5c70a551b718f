import { describe, expect, it } from 'vitest';
import { findAnyDate, findFullDate, isDateLine, toIsoDate } from '../../src/ingest/extract/date.ts';

const iso = (text: string) => {
  const found = findFullDate(text);
  if (!found) return undefined;
  const result = toIsoDate(found);
  return 'iso' in result ? result.iso : result.error;
};

describe('dates as pages write them', () => {
  it.each([
    ['2025-05-08', '2025-05-08'],
    ['May 8, 2025', '2025-05-08'],
    ['8 May 2025', '2025-05-08'],
    ['07 May 2025, 17:15', '2025-05-07'],
    ['08.05.2025', '2025-05-08'],
    ['Thursday, May 8, 2025 10:15 GMT+7', '2025-05-08'],
    ['LONDON 1996-08-30', '1996-08-30'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['Aug 30 1996', '1996-08-30'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('calls 2025-02-30 impossible instead of rolling it into March', () => {
    expect(iso('2025-02-30')).toBe('impossible date 2025-02-30');
  });

  it('finds a month and day without a year, and leaves the year unknown', () => {
    const found = findAnyDate('BAKU, Azerbaijan, May 8');
    expect(found).toMatchObject({ month: 5, day: 8 });
    expect(found?.year).toBeUndefined();
    expect(toIsoDate(found!)).toEqual({ error: 'the date has no year' });
  });

  it('tells a date line from a sentence that holds a date', () => {
    expect(isDateLine('07 May 2025, 17:15')).toBe(true);
    expect(isDateLine('Thursday, May 8, 2025 10:15 GMT+7')).toBe(true);
    expect(isDateLine('Published: 8 May 2025')).toBe(true);
    expect(isDateLine('The talks ended on 8 May 2025 without a deal.')).toBe(false);
    expect(isDateLine('DOCUMENTS Letters 12 June 2025')).toBe(false);
  });
});

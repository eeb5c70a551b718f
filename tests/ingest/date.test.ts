import { describe, expect, it } from 'vitest';
import { findAnyDate, findFullDate, isDateLine, isDateLineInFull, toIsoDate, yearInText } from '../../src/ingest/extract/date.ts';

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

  it('finds the year a wire dateline leaves out in the article: a full date first, else a month with its year', () => {
    expect(yearInText(['Tourists came in January-May 2025, by 2030 twice as many.'])).toBe(2025);
    expect(yearInText(['Talks began in May 2024.', 'They ended on June 3, 2025.'])).toBe(2025);
    expect(yearInText(['Arrivals should double by 2030.'])).toBeUndefined();
    expect(yearInText(['The forum was held on May 7-8, 2025 in Baku.'])).toBe(2025);
  });

  it('reads ISO timestamps and dotted year-first dates, and a line with two dates', () => {
    expect(findFullDate('2025-05-06T09:15:00+07:00')).toMatchObject({ year: 2025, month: 5, day: 6 });
    expect(findFullDate('2025.06.17')).toMatchObject({ year: 2025, month: 6, day: 17 });
    expect(isDateLine('2025-05-06T09:15:00+07:00')).toBe(true);
    expect(isDateLine('2025.06.17')).toBe(true);
    expect(isDateLine('21 May 2025 09:15PM (Updated: 21 May 2025 10:02PM)')).toBe(true);
    expect(isDateLine('Tue, June 3, 2025 at 8:00 AM GMT+8')).toBe(true);
    expect(isDateLine('19/05/2025 09:05 (GMT+07:00)')).toBe(true);
    expect(isDateLine('Updated : 06/06/2025 14:32 GMT + 7')).toBe(true);
    expect(isDateLine('2025-05-06 was the day the talks ended')).toBe(false);
  });

  it('takes a page\'s age after its date ("Updated 2 hours ago") as part of its date line', () => {
    expect(isDateLine('March 3, 2025 6:12 AM GMT+7 Updated 2 hours ago')).toBe(true);
    expect(isDateLine('Updated an hour ago, 8 May 2025')).toBe(true);
    expect(isDateLine('8 May 2025: talks ended 2 hours ago')).toBe(false);
  });
});

describe('the quick "no" before the full date-line check', () => {
  // Lines glued from what a date line may hold, now and then with what it may not, with and
  // without separators, including runs that lose a part and then the rest ("amGMT", "GMTpublished").
  const dates = ['8 May 2025', 'May 8, 2025', '2025-05-08', '08.05.2025', '2025/5/8', 'Sept. 3, 2024', '3rd June 2024', 'Sepember 9, 2020'];
  const around = [
    'Thursday', 'Thu', 'Tues', 'Wednesday', 'Saturday', 'satday', '10:15', '9:05:30', '10:15 am', '7:30pm', '10:15 a.m.', '9:05 p.m.',
    'am', 'p.m.', 'AM', 'GMT+7', 'UTC-05:00', 'ICT', 'EST', 'ABCD', 'Published:', 'updated', 'Last updated', 'posted', 'Date:',
    '10:15 amGMT', '10:15 pmUTC', 'GMTpublished', 'UTCam', 'st', 'th', '12', ',', '|', '/', '–', '—', '-', '+', '.', ':', '',
    '2 hours ago', 'an hour ago', '5 mins ago', 'ago', 'hours', '3 days',
  ];
  const noise = ['the', 'Letters', 'DOCUMENTS', 'ABCDE', 'Hà Nội', 'Mayday', 'amendment', '(AP)', '’', '"', 'p', 'x'];
  const glue = [' ', '', ', ', ' | ', ' - ', '/', '  ', '\t'];
  // mulberry32: a small seeded generator, so every run tests the same lines.
  let state = 2025;
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  const pick = (list: string[]) => list[random(list.length)];

  it('never changes the answer of the full check', () => {
    let dateLines = 0;
    for (let i = 0; i < 30_000; i++) {
      const parts = [pick(dates), ...Array.from({ length: random(4) }, () => (random(6) === 0 ? pick(noise) : pick(around)))];
      if (random(2)) parts.reverse();
      const line = parts.reduce((text, part) => text + pick(glue) + part);
      const full = isDateLineInFull(line);
      if (full) dateLines++;
      expect(isDateLine(line), line).toBe(full);
    }
    // Enough of them are date lines for the comparison to mean something.
    expect(dateLines).toBeGreaterThan(5_000);
  });
});

describe('slashed and dotted dates', () => {
  it.each([
    ['8/5/2025', '2025-05-08'],
    ['5/28/2025', '2025-05-28'],
    ['2025/05/08', '2025-05-08'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('takes date lines with a dotted or "h" time and a zone in parentheses', () => {
    expect(isDateLine('Fri 23 May 2025 07.00 BST')).toBe(true);
    expect(isDateLine('Thursday, 8/5/2025, 09:30 (GMT+7)')).toBe(true);
    expect(isDateLine('08/05/2025 09h30')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { statesDate } from '../../../src/eval/date-forms.ts';

describe('a text states a date when it writes it in a common form with its year', () => {
  it.each([
    'Published 2019-11-18 at noon',
    '2019/11/18',
    '2019.11.18',
    'By Mike Wall 2019-11-18T20:51:19Z',
    '18/11/2019',
    '18.11.2019 21:17',
    '21:17 18.11.2019Get short URL',
    '18-11-2019',
    'Publikováno 18. 11. 2019 14:05',
    'Frissítve: 2019. 11. 18. 14:05',
    '11/18/2019',
    '11.18.2019 09:00 AM',
    'November 18, 2019',
    'NOVEMBER 18, 2019 / 1:16 AM',
    'Nov. 18, 2019',
    'Nov 18 2019, 10:18am ist',
    'on Monday, November 18th, 2019 at 11:08 a.m.',
    '18 November 2019',
    '18 Nov. 2019',
    '18th of November, 2019',
    'publiziert am 18. November 2019',
    '2019年11月18日',
    '2019년 11월 18일',
  ])('%s', (text) => {
    expect(statesDate(text, '2019-11-18')).toBe(true);
  });

  it('reads a year run into its time by innerText (the page shows "NOV 18 2019 4:29 AM")', () => {
    expect(statesDate('PUBLISHED MON, NOV 18 20194:29 AM EST', '2019-11-18')).toBe(true);
    expect(statesDate('Nov. 18, 201911:08 a.m.', '2019-11-18')).toBe(true);
  });

  it('drops leading zeros either way', () => {
    expect(statesDate('Metsäteollisuus2.9.2020 klo 12.45', '2020-09-02')).toBe(true);
    expect(statesDate('Sept. 2, 2020', '2020-09-02')).toBe(true);
    expect(statesDate('09/02/2020', '2020-09-02')).toBe(true);
    expect(statesDate('Posted 2020-9-2', '2020-09-02')).toBe(true);
  });

  it.each([
    ['a date without its year', 'LONDON, Nov 18 (Reuters) -'],
    ['a two-digit year', 'On 11/18/19 at 4:00 PM EST'],
    ['a year run into another number', 'Nov 18, 20195 comments'],
    ['another day', 'November 19, 2019'],
    ['another year', 'November 18, 2018'],
    ['digits around the date', '118/11/2019 and 18/11/20190'],
    ['a month name inside a word', 'Denov 18, 2019'],
    ['a month in another language', '18 listopada 2019'],
    ['a relative date', '1 day ago'],
  ])('not %s: %s', (_, text) => {
    expect(statesDate(text, '2019-11-18')).toBe(false);
  });

  it('reads the one numeric form both ways when day and month could swap', () => {
    expect(statesDate('11/12/2019', '2019-11-12')).toBe(true);
    expect(statesDate('11/12/2019', '2019-12-11')).toBe(true);
  });
});

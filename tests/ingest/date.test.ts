import { describe, expect, it } from 'vitest';
import { cleanSeed } from '../../src/ingest/clean.ts';
import { chooseDate } from '../../src/ingest/extract/date-choice.ts';
import { readFixture } from './article-text.ts';
import { dateMentions, findAnyDate, findFullDate, isDateLine, isDateLineInFull, MAX_DATE_LINE_LENGTH, toIsoDate } from '../../src/ingest/extract/date.ts';

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
    // Three or four capitals are a time's zone only beside a time; else a wire dateline's place.
    expect(isDateLine('May 8, 2025 10:15 EDT')).toBe(true);
    expect(isDateLine('BONN 1996-08-30')).toBe(false);
    expect(isDateLine('NEW YORK 1996-08-30')).toBe(false);
    // So are America's two-letter zones and Sky's "UK".
    expect(isDateLine('Nov. 19, 2019 8:21 am ET')).toBe(true);
    expect(isDateLine('Updated 8:21 AM PT, Nov 19, 2019')).toBe(true);
    expect(isDateLine('Wednesday 20 November 2019 11:42, UK')).toBe(true);
    expect(isDateLine('UK 2019-11-20')).toBe(false);
    expect(isDateLine('First Published: Tuesday, November 19, 2019 10:15 AM')).toBe(true);
    expect(isDateLine('First Minister met on 8 May 2025')).toBe(false);
  });

  it('reads a date line as long as the longest seen on real pages, and no line past MAX_DATE_LINE_LENGTH', () => {
    const longest = 'PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.';
    expect(isDateLine(longest)).toBe(true);
    expect(MAX_DATE_LINE_LENGTH).toBeGreaterThanOrEqual(longest.length * 1.5);
    // A run of dates (a timetable's column run together) is no page's date line, and is not searched date by date.
    const run = Array.from({ length: 20 }, (_, day) => `${String(day + 1).padStart(2, '0')}/05/2025`).join(' ');
    expect(run.length).toBeGreaterThan(MAX_DATE_LINE_LENGTH);
    expect(isDateLineInFull(run)).toBe(false);
    expect(isDateLineInFull(run.slice(0, 65))).toBe(true);
  });

  it('finds every date written in full, both readings of an ambiguous numeric one, in other languages too', () => {
    const mentions = (text: string) => dateMentions(text).map(({ iso, form, ambiguous }) => [iso, form, ambiguous]);
    expect(mentions('Nov. 19, 2019 8:03 am ET')).toEqual([['2019-11-19', 'named', false]]);
    expect(mentions('Updated 2019-11-20T10:00:00Z, first published 19/11/2019')).toEqual([
      ['2019-11-20', 'year-first', false],
      ['2019-11-19', 'day-first', false],
    ]);
    // 05/06/2019 is 5 June in Hanoi and May 6 in New York: the date choice weighs the page's other dates.
    expect(mentions('05/06/2019')).toEqual([
      ['2019-06-05', 'day-first', true],
      ['2019-05-06', 'month-first', true],
    ]);
    expect(mentions('Publicado el 27 de marzo de 2020')).toEqual([['2020-03-27', 'named', false]]);
    expect(mentions('Mis à jour le 7 mars 2020')).toEqual([['2020-03-07', 'named', false]]);
    expect(mentions('Thứ Ba, 22 tháng 4 năm 2025')).toEqual([['2025-04-22', 'named', false]]);
    expect(mentions('2020年07月12日 | 情報')).toEqual([['2020-07-12', 'year-first', false]]);
    expect(mentions('입력 2020년 7월 12일 오후')).toEqual([['2020-07-12', 'year-first', false]]);
    // A date inside a web address is a path's: a teaser's link a converter kept ("…](https://…/2019/11/20/…)").
    expect(mentions('thought.](https://www.example.org/recode/2019/11/20/20964487/automation)')).toEqual([]);
    expect(mentions('Updated Nov 13, 2019 www.example.org/2019/11/08/story')).toEqual([['2019-11-13', 'named', false]]);
    expect(mentions('on the 4th of July, 2020')).toEqual([['2020-07-04', 'named', false]]);
    expect(mentions('2025-02-30 and 31/04/2025')).toEqual([]);
    // innerText glues inline elements to the date; a digit next to it still keeps it from being one.
    expect(mentions('Yahoo News Australia28 October 2020')).toEqual([['2020-10-28', 'named', false]]);
    expect(mentions('Mon., March 23, 2020timer5 min. read')).toEqual([['2020-03-23', 'named', false]]);
    expect(mentions('miércoles, octubre 7, 2020')).toEqual([['2020-10-07', 'named', false]]);
    // …and a year glued to its time's hour is still the year: "20194:29 AM" is 2019, then 4:29 AM.
    expect(mentions('NOV 20 20194:29 AM')).toEqual([['2019-11-20', 'named', false]]);
    expect(mentions('NOV 15, 201910:05 PM')).toEqual([['2019-11-15', 'named', false]]);
    expect(mentions('Nov 15, 20195 comments')).toEqual([]);
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

  it('reads a date in full in every language the month list knows, glued to its neighbours too', () => {
    expect(iso('Publié le jeudi 24 Décembre 2020 à 07h47')).toBe('2020-12-24');
    expect(iso('Veröffentlicht am 24. Dezember 2020')).toBe('2020-12-24');
    expect(iso('Publicado el 27 de marzo de 2020')).toBe('2020-03-27');
    expect(iso('Thứ Ba, 22 tháng 4 năm 2025')).toBe('2025-04-22');
    expect(iso('2020年07月12日')).toBe('2020-07-12');
    expect(iso('19 sierpnia 2020, 5:16')).toBe('2020-08-19');
    expect(iso('Среда, 19 августа 2020 г.')).toBe('2020-08-19');
    expect(iso('19. elokuuta 2020 klo 10.15')).toBe('2020-08-19');
    // "listopad" is November in Polish and Czech, October in Croatian: no date rather than a wrong one.
    expect(iso('19 listopada 2020')).toBeUndefined();
    expect(iso('19. listopadu 2020')).toBe('2020-11-19');
    // Arabic month names, and digits in any script, at the same place in the text.
    expect(iso('الأربعاء، 07 أكتوبر 2020 - 12:09 م')).toBe('2020-10-07');
    expect(iso('الثلاثاء ٢٤ / ١٢ / ٢٠٢٠'.replace(/ \/ /g, '/'))).toBe('2020-12-24');
    expect(findFullDate('نشر في ٢٤/١٢/٢٠٢٠')).toMatchObject({ index: 7, end: 17 });
    expect(iso('Yahoo News Australia28 October 2020')).toBe('2020-10-28');
    // The same grammar as dateMentions: a numeric date is read day-first unless its second number is over 12.
    expect(iso('05/06/2019')).toBe('2019-06-05');
    expect(iso('12.25.2020')).toBe('2020-12-25');
  });

  it('tells a date line in another language from a sentence that holds a date', () => {
    expect(isDateLine('Publié le jeudi 24 Décembre 2020 à 07h47')).toBe(true);
    expect(isDateLine('Veröffentlicht am Donnerstag, 24. Dezember 2020, 07:47 Uhr')).toBe(true);
    expect(isDateLine('Thứ Ba, 22/4/2025, 10:15 (GMT+7)')).toBe(true);
    expect(isDateLine('Kamis, 24 Desember 2020 07:47 WIB')).toBe(true);
    expect(isDateLine('miércoles, octubre 7, 2020')).toBe(true);
    expect(isDateLine('Среда, 19 августа 2020 г., 05:16')).toBe(true);
    expect(isDateLine('الأربعاء، 07 أكتوبر 2020 - 12:09 م')).toBe(true);
    expect(isDateLine('القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م')).toBe(false);
    expect(isDateLine('Le président a parlé le 24 décembre 2020')).toBe(false);
    expect(isDateLine('Charleroi 24 décembre 2020')).toBe(false);
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
  const dates = ['8 May 2025', 'May 8, 2025', '2025-05-08', '08.05.2025', '2025/5/8', 'Sept. 3, 2024', '3rd June 2024', 'Sepember 9, 2020', '24 décembre 2020', '24. Dezember 2020', '27 de marzo de 2020', '22 tháng 4 năm 2025', '2020年07月12日'];
  const around = [
    'Thursday', 'Thu', 'Tues', 'Wednesday', 'Saturday', 'satday', '10:15', '9:05:30', '10:15 am', '7:30pm', '10:15 a.m.', '9:05 p.m.',
    'am', 'p.m.', 'AM', 'GMT+7', 'UTC-05:00', 'ICT', 'EST', 'ABCD', 'Published:', 'updated', 'Last updated', 'posted', 'Date:',
    '10:15 amGMT', '10:15 pmUTC', 'GMTpublished', 'UTCam', 'st', 'th', '12', ',', '|', '/', '–', '—', '-', '+', '.', ':', '',
    '2 hours ago', 'an hour ago', '5 mins ago', 'ago', 'hours', '3 days',
    'Publié le', 'jeudi', 'à 07h47', 'Veröffentlicht am', 'Donnerstag', 'Uhr', 'Thứ Ba', 'Cập nhật', 'sexta-feira', 'pukul', 'WIB',
  ];
  const noise = ['the', 'Letters', 'DOCUMENTS', 'ABCDE', 'Hà Nội', 'Mayday', 'amendment', '(AP)', '’', '"', 'p', 'x', 'Charleroi', 'président', 'thứba', 'é'];
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
    // A space after each dot, as Czech, Slovak and German pages write a date; a dot after each part, year first, as Hungarian pages do.
    ['Publikováno 12. 11. 2019 14:05', '2019-11-12'],
    ['Frissítve: 2019. 11. 12. 14:05', '2019-11-12'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('gives a spaced dotted date both readings where either number may be the month, and none to a list of numbers', () => {
    const mentions = (text: string) => dateMentions(text).map(({ iso }) => iso);
    expect(mentions('1. 2. 2019')).toEqual(['2019-02-01', '2019-01-02']);
    expect(mentions('Kapitola 3. 4. 12. 2019')).toEqual(['2019-12-04', '2019-04-12']);
    expect(mentions('Scores 3. 4. 5. 6.')).toEqual([]);
  });

  it('takes date lines with a dotted or "h" time and a zone in parentheses', () => {
    expect(isDateLine('Fri 23 May 2025 07.00 BST')).toBe(true);
    expect(isDateLine('Thursday, 8/5/2025, 09:30 (GMT+7)')).toBe(true);
    expect(isDateLine('08/05/2025 09h30')).toBe(true);
  });
});

describe('the publication date among the dates a page shows', () => {
  const verdictsOf = (text: string) => cleanSeed(text.split('\n')).verdicts;

  it('takes the date line under the headline over a date the article talks about', () => {
    const verdicts = verdictsOf('Loans forgiven for 35,000 borrowers\nMay 8, 2025\n\nThe relief covers borrowers who enrolled between Jan. 1, 2005, and Sept. 6, 2016, the department said on Tuesday in Washington.');
    expect(chooseDate(verdicts)?.iso).toBe('2025-05-08');
  });

  it("gives no date from inside the article's sentences, however alone the date is on the page", () => {
    // As in BBC News's texts of 2004–2005, which state no date of their own: the one they name is a birthday or an event's.
    const obituary = 'Novelist Anna Berg dies at 91\n\nThe novelist Anna Berg, whose books sold millions of copies across Europe, has died at her home in Sweden.\n\nBorn in a small town near Uppsala on 3 June 1933, Berg was the daughter of a teacher and left school at 15.';
    expect(chooseDate(verdictsOf(obituary))).toBeUndefined();
    const memoir = 'A lesson from the past\n\nPeace is never won once and for all, and the talks should be about how we keep it for the next generation.\n\nI was born on 12 October, 1941. The danger then was a war that had already reached our own street.';
    expect(chooseDate(verdictsOf(memoir))).toBeUndefined();
  });

  it('gives no date from a date that opens a sentence of the article, set off by a comma', () => {
    const raid = 'Kiểm tra kho hàng trên đường Nguyễn Trãi\n\nSáng 12/3/2024, lực lượng chức năng đã kiểm tra một kho hàng trên đường Nguyễn Trãi và phát hiện hàng nghìn sản phẩm không rõ nguồn gốc.\n\nChủ kho chưa xuất trình được hóa đơn, chứng từ hợp lệ cho số hàng này.';
    expect(chooseDate(verdictsOf(raid))).toBeUndefined();
    const vote = [
      'Council ends the ferry',
      'On 12 May 2025, the council voted to close the ferry service after forty years of daily crossings between the islands.',
      'The operator had asked for a larger subsidy to cover fuel costs that doubled over the winter, and the council said it could not find the money.',
      'Residents of the smaller island said they would appeal, and several of them have started a petition asking the government to step in.',
    ].join('\n\n');
    expect(chooseDate(verdictsOf(vote))).toBeUndefined();
  });

  it('gives no date from a date the sentence goes on past, nor from one inside a short sentence of the article', () => {
    const story = (lede: string) => ['Hải quan thu giữ hàng lậu', lede, 'Lực lượng chức năng tiếp tục kiểm tra các kho hàng dọc tuyến biên giới phía Bắc trong những tuần tới.'].join('\n\n');
    // The sentence goes on after the date in lower case; a figure opens the clause after its comma; a remark in brackets stands between.
    expect(chooseDate(verdictsOf(story('Tính từ 16/6/2018 đến 15/7/2019, toàn ngành hải quan phát hiện và bắt giữ hơn mười nghìn vụ buôn lậu hàng hóa qua biên giới.')))).toBeUndefined();
    expect(chooseDate(verdictsOf(story('Đến sáng 16/9/2018, 3 người trong gia đình anh V. có dấu hiệu ngộ độc nên được đưa đi cấp cứu tại bệnh viện tỉnh.')))).toBeUndefined();
    expect(chooseDate(verdictsOf(story('Đêm 27/1/2014 (27 Tết năm Giáp Ngọ), phòng Cảnh sát hình sự Công an tỉnh bắt giữ một nhóm đối tượng trộm cắp tài sản.')))).toBeUndefined();
    // Short sentences of the article: Vietnamese counts a word a syllable.
    expect(chooseDate(verdictsOf(story('Nghị định có hiệu lực từ ngày 05/05/2017.')))).toBeUndefined();
    expect(chooseDate(verdictsOf(story('Đến ngày 21/9/2017, Mẫn ra cơ quan đầu thú.')))).toBeUndefined();
    // The end of a sentence cut at a wire's width, opening in lower case.
    const wire = ['ACME TOOL CORP YEAR NET', '', 'PEORIA, Ill., March 2 -', 'Shr 41 cts vs 33 cts', 'Net 2,204,000 vs 1,780,000', 'Note: Results include the bolt maker it', 'acquired Sept. 1, 1986.', 'Reuter'];
    expect(chooseDate(cleanSeed(wire).verdicts)).toBeUndefined();
  });

  it('still reads a short date line the segmenter kept with the article', () => {
    const verdicts = verdictsOf('Hải quan thu giữ hàng lậu\n\nThứ Ba, 22/4/2025, 10:15 (GMT+7)\n\nLực lượng chức năng đã kiểm tra một kho hàng trên đường Nguyễn Trãi và phát hiện hàng nghìn sản phẩm không rõ nguồn gốc.');
    expect(chooseDate(verdicts)?.iso).toBe('2025-04-22');
  });

  it("still reads a dateline's date at the head of the article's first sentence", () => {
    const release = 'Acme opens plant in Ohio\n\nNEW YORK, Nov. 19, 2019 /PRNewswire/ -- Acme Corp. today announced the opening of a plant in Ohio that will employ 400 people by the end of next year.\n\nThe plant will make parts for wind turbines.';
    expect(chooseDate(verdictsOf(release))?.iso).toBe('2019-11-19');
  });

  it('gives no date when the only dates are ones the article talks about', () => {
    // An AP story saved without its date line: 2005 and 2016 are when students enrolled, not when it ran.
    expect(chooseDate(verdictsOf(readFixture('ap-student-loans.txt').join('\n\n')))).toBeUndefined();
  });
});

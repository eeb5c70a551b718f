/**
 * Dates as news pages write them, to ISO YYYY-MM-DD. Seen in the wild:
 * "2025-05-08", "2025-05-08T09:15:00+07:00", "2025.05.08", "May 8, 2025", "8 May 2025", "07 May 2025, 17:15", "08.05.2025",
 * "Thursday, May 8, 2025 10:15 GMT+7", "2020年07月12日", "Aug 30 1996", and in datelines a bare
 * "May 8" whose year must come from elsewhere (never from today).
 */

import { AGE_UNIT_PATTERN, ANY_MONTH_PATTERN, ANY_WEEKDAY_PATTERN, DATE_LINE_WORD_PATTERN, DATE_LINE_WORDS, ENGLISH_MONTH_PATTERN, MONTHS, OTHER_WEEKDAYS, WEEKDAY_PATTERN } from '../rules/words.ts';

const MONTH_NAMES = ENGLISH_MONTH_PATTERN;
const MONTH = `(${MONTH_NAMES})\\.?`;
const DAY_SUFFIXES = 'st|nd|rd|th';
const DAY = `(\\d{1,2})(?:${DAY_SUFFIXES})?`;
const YEAR = '((?:19|20)\\d{2})';

/** A date found in text; `year` is missing when the text gave only a month and day. */
export interface FoundDate {
  year?: number;
  month: number;
  day: number;
  /** Where in the searched text the date starts and ends. */
  index: number;
  end: number;
}

/** How a date was written: the order of its parts decides how a numeric date is read. */
export type DateForm = 'year-first' | 'named' | 'day-first' | 'month-first';

interface DateReading {
  year: number;
  month: number;
  day: number;
  form: DateForm;
}

// innerText glues inline elements to their neighbours ("Yahoo News Australia28 October 2020", "March 23,
// 2020timer5 min. read", "દિવ્ય ભાસ્કરMar 28, 2020", a year and its time "NOV 15, 20195:45 AM"): only a digit
// next to a number (but for a time's hour after the year), or a Latin letter next to a month's name, keeps a
// date from being one.
const NO_DIGIT_BEFORE = '(?<!\\d)';
const NO_DIGIT_AFTER = '(?!\\d(?!\\d?:\\d{2}))';
const NO_LATIN_BEFORE = '(?<![A-Za-z])';

/**
 * A text's digits in Latin form: Arabic-Indic "١ / ١٢ / ٢٠٢٠", Persian, Devanagari, Bengali and
 * full-width digits are each one UTF-16 unit, as their Latin digit is, so a date's place in the
 * text stays where it was.
 */
export function latinDigits(text: string): string {
  return OTHER_DIGITS.test(text) ? text.replace(OTHER_DIGITS_ALL, (digit) => String(digitValue(digit))) : text;
}

/** Four digits in a row, in any of those scripts: a text that may hold a year (a quick test before the date patterns). */
export function hasFourDigits(text: string): boolean {
  // Latin digits first, other scripts' only in a text that has some: the class of every script's digits
  // alone took 2.5 times as long (0.65 against 0.26 µs a line of the bench, BBC and VietNews seeds).
  return LATIN_FOUR_DIGITS.test(text) || (OTHER_DIGITS.test(text) && FOUR_DIGITS.test(text));
}

const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
const OTHER_DIGITS = /[٠-٩۰-۹०-९০-৯０-９]/;
// A class of ranges: the regular-expression engine tests it faster than \p{Nd}.
const FOUR_DIGITS = /[0-9٠-٩۰-۹०-९০-৯０-９]{4}/;
const LATIN_FOUR_DIGITS = /[0-9]{4}/;
const OTHER_DIGITS_ALL = new RegExp(OTHER_DIGITS.source, 'g');

function digitValue(digit: string): number {
  const code = digit.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((first) => code >= first && code <= first + 9)!;
  return code - zero;
}

/**
 * The ways pages write a date in full, in every language the ingest knows: one grammar for the
 * date a line holds (findFullDate) and for every date a page shows (dateMentions). Each form gives
 * its readings: one, or two for a numeric date either of whose numbers may be the month, day-first
 * first (the order outside the US).
 */
const FULL_DATE_FORMS: Array<{ regex: RegExp; readings: (m: RegExpExecArray) => DateReading[] }> = [
  // "2025-05-06", "2025-05-06T09:15:00+07:00", "2025.06.17", "2025/5/8".
  { regex: new RegExp(`${NO_DIGIT_BEFORE}${YEAR}([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d-])`, 'g'), readings: (m) => [{ year: +m[1], month: +m[3], day: +m[4], form: 'year-first' }] },
  // "Nov. 18, 2019", "Aug 30 1996", "miércoles, octubre 7, 2020": a month in any language the ingest knows, then the day.
  {
    regex: new RegExp(`${NO_LATIN_BEFORE}(${ANY_MONTH_PATTERN})\\.?,? ${DAY},? ${YEAR}${NO_DIGIT_AFTER}`, 'giu'),
    readings: (m) => [{ year: +m[3], month: monthNumber(m[1]), day: +m[2], form: 'named' }],
  },
  // "18 November 2019", "the 4th of July, 2020", "27 de marzo de 2020", "7 mars 2020", "27. März 2020".
  {
    regex: new RegExp(`${NO_DIGIT_BEFORE}${DAY}(?:\\.|º|er)? (?:of |de )?(${ANY_MONTH_PATTERN})\\.?,? (?:de |del )?${YEAR}${NO_DIGIT_AFTER}`, 'giu'),
    readings: (m) => [{ year: +m[3], month: monthNumber(m[2]), day: +m[1], form: 'named' }],
  },
  // Chinese, Japanese and Korean: "2020年07月12日", "2020년 7월 12일".
  { regex: new RegExp(`${NO_DIGIT_BEFORE}${YEAR} ?[年년] ?(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]`, 'gu'), readings: (m) => [{ year: +m[1], month: +m[2], day: +m[3], form: 'year-first' }] },
  // Vietnamese: "22 tháng 4 năm 2025", "22 tháng 4, 2025".
  { regex: new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2}) tháng (\\d{1,2})(?:,| năm) ${YEAR}${NO_DIGIT_AFTER}`, 'giu'), readings: (m) => [{ year: +m[3], month: +m[2], day: +m[1], form: 'named' }] },
  // 18/11/2019, 11/18/2019, 18.11.2019, 18-11-2019: which number is the month shows only when one
  // exceeds 12 ("8/5/2025, 09:30 (GMT+7)" on a Vietnamese site is 8 May); otherwise both readings are
  // mentions, and the date choice weighs them with the page's other dates.
  { regex: new RegExp(`(?<![\\d./-])(\\d{1,2})([-./])(\\d{1,2})\\2${YEAR}${NO_DIGIT_AFTER}`, 'g'), readings: (m) => numericReadings(+m[1], +m[3], +m[4]) },
  // The same with a space after each dot, as Czech, Slovak and German pages write it: "12. 11. 2019".
  { regex: new RegExp(`(?<![\\d./-])(\\d{1,2})\\. (\\d{1,2})\\. ${YEAR}${NO_DIGIT_AFTER}`, 'g'), readings: (m) => numericReadings(+m[1], +m[2], +m[3]) },
  // Year first with a dot and a space after each part, as Hungarian pages write it: "2019. 11. 12.".
  { regex: new RegExp(`${NO_DIGIT_BEFORE}${YEAR}\\. (\\d{1,2})\\. (\\d{1,2})\\.(?!\\d)`, 'g'), readings: (m) => [{ year: +m[1], month: +m[2], day: +m[3], form: 'year-first' }] },
];

/** A numeric date's readings: the day first unless that cannot be (the order outside the US), both where either can. */
function numericReadings(first: number, second: number, year: number): DateReading[] {
  const dayFirst = { year, month: second, day: first, form: 'day-first' as const };
  const monthFirst = { year, month: first, day: second, form: 'month-first' as const };
  if (first > 12) return [dayFirst];
  if (second > 12) return [monthFirst];
  return first === second ? [dayFirst] : [dayFirst, monthFirst];
}

const PARTIAL_PATTERNS: Array<{ regex: RegExp; read: (m: RegExpExecArray) => Omit<FoundDate, 'index' | 'end'> }> = [
  { regex: new RegExp(`\\b${MONTH} ${DAY}\\b`, 'gi'), read: (m) => ({ month: monthNumber(m[1]), day: +m[2] }) },
  { regex: new RegExp(`\\b${DAY} ${MONTH}`, 'gi'), read: (m) => ({ month: monthNumber(m[2]), day: +m[1] }) },
];

function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** The text holds a date written in full somewhere (its year's four digits looked for first: most lines have none). */
export function holdsFullDate(text: string): boolean {
  return hasFourDigits(text) && findFullDate(text) !== undefined;
}

/**
 * The first date written in full (with a year) in the text, in its first reading, or undefined. It
 * may be no real day ("2025-02-30"): toIsoDate says so.
 */
export function findFullDate(text: string): FoundDate | undefined {
  const found = earliestMatch(latinDigits(text), FULL_DATE_FORMS);
  if (!found) return undefined;
  const { year, month, day } = found.form.readings(found.match)[0];
  return { year, month, day, index: found.match.index, end: found.match.index + found.match[0].length };
}

/** The first date in the text, with or without a year. */
export function findAnyDate(text: string): FoundDate | undefined {
  const full = findFullDate(text);
  if (full) return full;
  const found = earliestMatch(latinDigits(text), PARTIAL_PATTERNS);
  return found && { ...found.form.read(found.match), index: found.match.index, end: found.match.index + found.match[0].length };
}

/** Of these forms, the one matching earliest in the text, with its match. */
function earliestMatch<Form extends { regex: RegExp }>(text: string, forms: readonly Form[]): { form: Form; match: RegExpExecArray } | undefined {
  let best: { form: Form; match: RegExpExecArray } | undefined;
  for (const form of forms) {
    form.regex.lastIndex = 0;
    const match = form.regex.exec(text);
    if (match && (!best || match.index < best.match.index)) best = { form, match };
  }
  return best;
}

/** A date written in full somewhere in a text, read as ISO. */
export interface DateMention {
  iso: string;
  index: number;
  end: number;
  form: DateForm;
  /** A numeric date both of whose readings are real days (05/06/2019): this is one reading of two. */
  ambiguous: boolean;
}

/** Every date written in full in the text, each reading of an ambiguous numeric date included. */
export function dateMentions(text: string): DateMention[] {
  text = latinDigits(text);
  const mentions: DateMention[] = [];
  // Each reading once per place (two forms may read the same date there); a set, as a line may hold thousands.
  const known = new Set<string>();
  const addresses = webAddressSpans(text);
  for (const { regex, readings } of FULL_DATE_FORMS) {
    regex.lastIndex = 0;
    // The addresses, in order, passed by as the form's matches go along the text.
    let address = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      while (address < addresses.length && addresses[address][1] <= match.index) address++;
      if (address < addresses.length && addresses[address][0] <= match.index) continue;
      const read = readings(match);
      for (const reading of read) {
        const result = toIsoDate(reading);
        if (!('iso' in result) || known.has(`${match.index} ${result.iso}`)) continue;
        known.add(`${match.index} ${result.iso}`);
        mentions.push({ iso: result.iso, index: match.index, end: match.index + match[0].length, form: reading.form, ambiguous: read.length > 1 });
      }
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/**
 * Where the text holds web addresses: a date inside one ("https://www.vox.com/recode/2019/11/20/…", a teaser's link
 * that a converter kept) is a path's, never a date the page states.
 */
function webAddressSpans(text: string): Array<[number, number]> {
  if (!text.includes('//') && !text.includes('www.')) return [];
  return Array.from(text.matchAll(WEB_ADDRESS_TOKEN), (match) => [match.index, match.index + match[0].length]);
}

const WEB_ADDRESS_TOKEN = /(?:https?:)?\/\/[^\s)\]]+|\bwww\.[^\s)\]]+/gi;

/** ISO form of a found date, or a reason it is not a date. */
export function toIsoDate(date: { year?: number; month: number; day: number }): { iso: string } | { error: string } {
  const { year, month, day } = date;
  if (year === undefined) return { error: 'the date has no year' };
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { error: `impossible date ${iso}` };
  return { iso };
}

// What a date line may hold around its date, in any language the ingest knows: whole words, which
// no letter touches ("Publié le jeudi 24 décembre 2020 à 07h47").
const wholeWords = (pattern: string, after = '') => new RegExp(String.raw`(?<!\p{L})(?:${pattern})${after}(?!\p{L})`, 'giu');
const WEEKDAY = wholeWords(ANY_WEEKDAY_PATTERN, String.raw`\.?`);
// 17:15, 07.00 (British papers), 09h30 (French and Vietnamese sites).
const TIME = /\b\d{1,2}[:.h]\d{2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?/gi;
/**
 * Zones of two capitals, which pages write after a time: America's "6:46 pm ET", "8:21 AM PT", and Sky's
 * "11:42, UK". Like three or four capitals, a zone only on a line with a time.
 */
const TWO_LETTER_ZONES = ['ET', 'PT', 'CT', 'MT', 'UK'];
/** A zone's letters: three or four capitals, or a two-letter zone. */
const ZONE_LETTERS = `[A-Z]{3,4}|${TWO_LETTER_ZONES.join('|')}`;
const ZONE = new RegExp(String.raw`\b(GMT|UTC|ICT)\s*([+-]\s?\d{1,2}(:?\d{2})?)?|\b(?:${ZONE_LETTERS})\b`, 'g');
const NAMED_ZONE = /\b(GMT|UTC|ICT)\s*([+-]\s?\d{1,2}(:?\d{2})?)?/g;
const HAS_TIME = /\b\d{1,2}[:.h]\d{2}/;
// The time of an ISO timestamp: "T09:15:00+07:00", "T02:15:00Z".
const ISO_TIME = /\bT\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const PUBLISHING = wholeWords(DATE_LINE_WORD_PATTERN, ':?');
// "Updated 2 hours ago": how old the page was when it was scraped.
const AGE_UNITS = AGE_UNIT_PATTERN;
const AGE = new RegExp(String.raw`\b(\d{1,2}|an?)\s+(${AGE_UNITS})\s+ago\b`, 'gi');
// The Arabic comma too: "الأربعاء، 07 أكتوبر 2020".
const SEPARATORS = /[\s,،.|:/()–—-]+/g;

/** True when the whole line is a date, perhaps with a weekday, a time and a zone: a page's date line. */
export function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE_LENGTH) return false;
  line = latinDigits(line);
  return mayBeDateLine(line) && isDateLineInFull(line);
}

/**
 * A date line is short: its date, a weekday, a time or two, a zone and a publishing word. The longest of the
 * eval's 74,000 page lines that is one has 83 characters ("PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED:
 * November 9, 2023 at 12:21 a.m."). Longer lines are not searched: each date found is taken out and the line
 * searched again, so a line that is a long run of dates (a table's column, a calendar run together) cost time
 * growing with the square of its length, minutes for 20 KB; and the clean stage asks again of a paragraph
 * each time it joins a wrapped line to it.
 */
export const MAX_DATE_LINE_LENGTH = 160;

/** isDateLine without its quick "no" (exported for the test that holds the two to the same answers). */
export function isDateLineInFull(line: string): boolean {
  if (line.length > MAX_DATE_LINE_LENGTH) return false;
  let found = findFullDate(line);
  if (!found) return false;
  // Every date goes: "21 May 2025 09:15PM (Updated: 21 May 2025 10:02PM)".
  let withoutDates = line;
  for (; found; found = findFullDate(withoutDates)) withoutDates = `${withoutDates.slice(0, found.index)} ${withoutDates.slice(found.end)}`;
  const rest = withoutDates
    .replace(ISO_TIME, '')
    .replace(WEEKDAY, '')
    .replace(AGE, '')
    // The zone before the time: "GMT+07:00" is one zone, not a zone and the time 07:00. Three or
    // four capitals ("EDT", "ICT") are a zone only on a line with a time: without one they are a
    // word, a wire dateline's place ("BONN 1996-08-30", "NEW YORK 1996-08-30"), not a date line.
    .replace(HAS_TIME.test(withoutDates) ? ZONE : NAMED_ZONE, '')
    .replace(TIME, '')
    .replace(PUBLISHING, '')
    .replace(SEPARATORS, '');
  return rest === '';
}

/**
 * A quick "no" for isDateLine, without searching the line for dates (the clean
 * stage asks about every paragraph, and a paragraph took five searches). It
 * answers no only when something in the line is beyond all the removals above:
 * a character none of them removes, or a run of letters none of them can
 * remove whole. A run goes whole when it is a month name or a day's suffix (in
 * the date), a weekday, a time's am or pm, a publishing word, or three or four
 * capitals or a two-letter zone (TWO_LETTER_ZONES); in part, and then perhaps whole, when it starts with am,
 * pm or a zone's name ("amGMT" loses "am", then "GMT").
 */
function mayBeDateLine(line: string): boolean {
  if (BEYOND_REMOVALS.test(line)) return false;
  for (const [run] of line.matchAll(LETTER_RUNS)) if (!mayGoWhole(run) && !run.split(SCRIPT_CHANGE).every(mayGoWhole)) return false;
  return true;
}

function mayGoWhole(run: string): boolean {
  return REMOVABLE_WORDS.has(run.toLowerCase()) || REMOVABLE_RUN.test(run) || REMOVABLE_START.test(run) || ZONE_ABBREVIATION.test(run);
}

/**
 * Where a run of letters turns from ASCII to other letters or back: the zone, time and age
 * patterns end their words at ASCII's word boundary, so "ESTà" loses "EST", then "à".
 */
const SCRIPT_CHANGE = /(?<=[A-Za-z])(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])(?=[A-Za-z])/;

const BEYOND_REMOVALS = /[^\p{L}\p{M}0-9\s,،.|:/()–—+-]/u;
// A CJK date's characters are runs of their own: "2020年07月12日Thu" loses its date, then its weekday.
const LETTER_RUNS = /[年月日년월일]|[^\P{L}年月日년월일]+/gu;
/** Every run of letters the removals above may take whole: a date's words, a weekday's, a date line's, a time's and an age's. */
const REMOVABLE_WORDS: ReadonlySet<string> = new Set(
  [...MONTHS.keys(), ...OTHER_WEEKDAYS, ...DATE_LINE_WORDS, 'er', 'º', 'of', 'de', 'del', 'tháng', 'năm', '年', '月', '日', '년', '월', '일', 'am', 'pm', 'a', 'an', 'm', 'p', 'h', 't', 'z', 'ago']
    .flatMap((words) => words.match(LETTER_RUNS) ?? []),
);
const REMOVABLE_RUN = new RegExp(`^(?:${DAY_SUFFIXES}|${WEEKDAY_PATTERN}|${AGE_UNITS})$`, 'i');
const REMOVABLE_START = /^(?:am|pm|gmt|utc|ict)/i;
const ZONE_ABBREVIATION = new RegExp(`^(?:${ZONE_LETTERS})$`);

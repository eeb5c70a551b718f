/**
 * Dates as readers see them. Article dates are calendar days (YYYY-MM-DD)
 * with no time zone, so they are formatted in UTC: never shifted a day by
 * the build machine's zone.
 */
import { UNDATED } from './calendar.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const formattedDays = new Map<string, string>();

/** "2025-05-07" → a Date at midnight UTC. */
export function dayToDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** What an undated article shows for its date. */
export const NO_DATE = 'date not stated';

/** "2025-05-07" → "7 May 2025"; no date (the seed states none) → "date not stated". */
export function formatDay(day: string | undefined): string {
  if (day === undefined) return NO_DATE;
  // Formatted once per build: list pages print the same few hundred days thousands of times.
  let formatted = formattedDays.get(day);
  if (formatted === undefined) formattedDays.set(day, (formatted = dayFormat.format(dayToDate(day))));
  return formatted;
}

const dayOfMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** The days from `from` to `to` of one month: "1–10 May", "10 May". */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return dayOfMonthFormat.format(dayToDate(from));
  return `${Number(from.slice(8, 10))}–${dayOfMonthFormat.format(dayToDate(to))}`;
}

/** "2025-05" → "May 2025"; the undated articles' month → "Date not stated", as the archive and each listing's months name it. */
export function formatMonth(month: string): string {
  if (month === UNDATED) return 'Date not stated';
  return monthFormat.format(dayToDate(`${month}-01`));
}

/** "2025-05" → "May". */
export function formatShortMonth(month: string): string {
  return shortMonthFormat.format(dayToDate(`${month}-01`));
}

/** "1 article", "3 articles". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** A topic's lower tier counted beside its articles: "4 more articles mention it", "1 article mentions it" where none is about it. */
export function mentioningLabel(mentioning: number, about: number): string {
  return `${countLabel(mentioning, about > 0 ? 'more article' : 'article')} ${mentioning === 1 ? 'mentions' : 'mention'} it`;
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Where the cut falls right before a space, the last word is whole.
  const space = clean[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

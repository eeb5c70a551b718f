/**
 * The day a UTC timestamp falls on where its outlet publishes. A page's metadata often states the
 * moment of publication by its server's clock, in UTC ("2020-05-02T02:54:29.000Z"), while the outlet
 * and its readers date the article by their own calendar: Friday, May 1, 10:54 PM in New York.
 *
 * The outlet's zone is its country's, by the domain of the page's address (country-zones.ts). Where
 * the domain names no country (.com), where the country's zones fall on different days at that
 * moment, or where the timestamp is not in UTC (an offset of its own is the outlet's clock already),
 * the timestamp's own day stands. A zone a page's scripts name was tried and left out (README,
 * "Evaluation on real pages", stop 43): Yahoo's Australian edition names Sydney's for an article the
 * page dates by UTC's calendar.
 */
import { COUNTRY_ZONES } from './country-zones.ts';

export interface OutletZone {
  /** The zones the outlet may publish in; its day is known when they agree. */
  zones: readonly string[];
  /** What says so, for `--explain`: "the page's address is .it". */
  evidence: string;
}

/** The outlet's zones by the first of its addresses on a country's domain. */
export function outletZone(addresses: readonly string[]): OutletZone | undefined {
  for (const address of addresses) {
    const domain = countryDomain(address);
    if (domain) return { zones: COUNTRY_ZONES[domain], evidence: `the page's address is .${domain}` };
  }
  return undefined;
}

/** The day (YYYY-MM-DD) a UTC timestamp falls on in the outlet's zones, if they agree and it is UTC. */
export function localDay(timestamp: string, outlet: OutletZone): string | undefined {
  const instant = utcInstant(timestamp);
  if (instant === undefined) return undefined;
  const days = new Set(outlet.zones.map((zone) => dayIn(instant, zone)));
  return days.size === 1 ? [...days][0] : undefined;
}

const UTC_MARK = /\d(?:\s*(?:Z|[+-]00:?00|UTC|GMT|UT))\s*$/i;

/** "2020-12-05T23:15:0Z", "2020-01-13T13:37:49+0000", "2019-11-19 02:24:00 UTC": the parts Date.parse is not sure to read. */
const ISO_UTC = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$/i;

/** The moment a UTC timestamp names, in milliseconds, or undefined for one with a time of day in another zone, or none. */
function utcInstant(timestamp: string): number | undefined {
  if (!UTC_MARK.test(timestamp)) return undefined;
  const iso = ISO_UTC.exec(timestamp);
  if (iso) {
    const [year, month, day, hour, minute, second = '0'] = iso.slice(1).map((part) => part ?? '0');
    return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  }
  // RFC 2822, as feeds write it: "Tue, 19 Nov 2019 02:24:00 GMT".
  if (!/\d:\d\d/.test(timestamp)) return undefined;
  const parsed = Date.parse(timestamp);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The country domain of an address: "it" for www.ansa.it, "com.co" for www.eltiempo.com.co; none for .com or .co. */
function countryDomain(address: string): string | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  if (labels.length >= 3 && Object.hasOwn(COUNTRY_ZONES, lastTwo)) return lastTwo;
  const last = labels.at(-1)!;
  return Object.hasOwn(COUNTRY_ZONES, last) ? last : undefined;
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** A zone's calendar, made once: every zone of COUNTRY_ZONES exists in Node's time zone data (a test checks). */
function calendarOf(zone: string): Intl.DateTimeFormat {
  let calendar = calendars.get(zone);
  if (!calendar) {
    calendar = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    calendars.set(zone, calendar);
  }
  return calendar;
}

function dayIn(instant: number, zone: string): string {
  const parts = calendarOf(zone).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

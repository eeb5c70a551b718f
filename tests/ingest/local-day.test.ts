/**
 * A UTC timestamp's day on its outlet's calendar (src/ingest/extract/local-day.ts), the outlet's
 * zone told by its address's country domain (country-zones.ts).
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_ZONES } from '../../src/ingest/extract/country-zones.ts';
import { localDay, outletZone } from '../../src/ingest/extract/local-day.ts';

const zoneOf = (address: string) => outletZone([address]);
const dayAt = (timestamp: string, address: string) => {
  const zone = zoneOf(address);
  return zone && localDay(timestamp, zone);
};

describe("a UTC timestamp's day where its outlet publishes", () => {
  it('names only zones Node knows, one or two per country', () => {
    for (const [domain, zones] of Object.entries(COUNTRY_ZONES)) {
      expect(zones.length, domain).toBeGreaterThanOrEqual(1);
      expect(zones.length, domain).toBeLessThanOrEqual(2);
      for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${domain}: ${zone}`).not.toThrow();
    }
  });

  it('moves an evening in the Americas back a day and a morning in Asia forward, daylight saving included', () => {
    // 01:54 UTC on 2 May is 18:54 on 1 May in Vancouver (UTC-7 in May) and 23:24 in St. John's (UTC-2:30).
    expect(dayAt('2020-05-02T01:54:29.000Z', 'https://www.cbc.ca/news/1.5551234')).toBe('2020-05-01');
    // 20:00 UTC is 03:00 the next day in Hà Nội; 16:00 UTC is 23:00 the same day.
    expect(dayAt('2025-05-06T20:00:00Z', 'https://vietnamnews.vn/society/1.html')).toBe('2025-05-07');
    expect(dayAt('2025-05-06T16:00:00Z', 'https://vietnamnews.vn/society/1.html')).toBe('2025-05-06');
    // 23:15 UTC on 5 December is 00:15 on the 6th in Rome (UTC+1 in winter); 23:15 on 5 July is 01:15 on the 6th (UTC+2).
    expect(dayAt('2020-12-05T23:15:0Z', 'https://www.lagazzettadelmezzogiorno.it/news/1.html')).toBe('2020-12-06');
    expect(dayAt('2020-07-05T21:30:00+00:00', 'https://www.ansa.it/1.html')).toBe('2020-07-05');
    expect(dayAt('2020-07-05T22:30:00+00:00', 'https://www.ansa.it/1.html')).toBe('2020-07-06');
  });

  it('reads the forms pages and feeds write UTC in', () => {
    for (const timestamp of ['2025-05-06T20:00:00Z', '2025-05-06T20:00:00.123Z', '2025-05-06T20:00:00+00:00', '2025-05-06T20:00:00+0000', '2025-05-06 20:00:00 UTC', 'Tue, 06 May 2025 20:00:00 GMT', 'Tue, 06 May 2025 20:00:00 +0000']) {
      expect(dayAt(timestamp, 'https://tuoitre.vn/1.htm'), timestamp).toBe('2025-05-07');
    }
  });

  it('leaves a timestamp alone that is not in UTC, or has no time of day', () => {
    // An offset of its own is the outlet's clock already; a day alone names no moment.
    expect(dayAt('2025-05-06T20:00:00-04:00', 'https://tuoitre.vn/1.htm')).toBeUndefined();
    expect(dayAt('2025-05-06 20:00:00', 'https://tuoitre.vn/1.htm')).toBeUndefined();
    expect(dayAt('2025-05-06', 'https://tuoitre.vn/1.htm')).toBeUndefined();
    expect(dayAt('Tue, 06 May 2025 20:00:00 +0700', 'https://tuoitre.vn/1.htm')).toBeUndefined();
  });

  it('knows no zone for a generic domain or a country domain sold for other uses, but does for its second level', () => {
    expect(zoneOf('https://abc7ny.com/traffic/1/')).toBeUndefined();
    expect(zoneOf('https://example.org/1')).toBeUndefined();
    expect(zoneOf('https://startup.co/1')).toBeUndefined();
    expect(zoneOf('https://news.example.io/1')).toBeUndefined();
    expect(zoneOf('not an address')).toBeUndefined();
    expect(zoneOf('https://www.eltiempo.com.co/1')).toEqual({ zones: ['America/Bogota'], evidence: "the page's address is .com.co" });
    expect(zoneOf('https://www.bbc.co.uk/news/1')).toEqual({ zones: ['Europe/London'], evidence: "the page's address is .uk" });
  });

  it("keeps the timestamp's day where the country's zones fall on different days", () => {
    // 02:00 UTC is 19:00 the day before in Vancouver, 23:30 the day before in St. John's: both the 5th.
    expect(dayAt('2025-05-06T02:00:00Z', 'https://www.cbc.ca/1')).toBe('2025-05-05');
    // 03:00 UTC is 20:00 on the 5th in Vancouver but 00:30 on the 6th in St. John's.
    expect(dayAt('2025-05-06T03:00:00Z', 'https://www.cbc.ca/1')).toBeUndefined();
  });
});

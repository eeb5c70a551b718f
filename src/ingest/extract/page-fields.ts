/**
 * A saved page's metadata → the article fields it settles: title, date, source
 * and URL, each the first candidate that passes the same checks as the text's
 * (a date must be a real one, and not after today). Each field leaves a note on
 * the seed's file saying where it came from, or that the text must give it.
 *
 * A page that names its outlet (a site name, a publisher, an address) is that
 * outlet's, known to sources.yaml or not: an unknown one stays unknown rather
 * than being credited to an agency its text quotes ("…, Reuters reported").
 */
import type { PageMetadata, PageValue } from '../html/metadata.ts';
import type { SeedFile } from '../types.ts';
import { findFullDate, toIsoDate } from './date.ts';
import { localDay, outletZone, type OutletZone } from './local-day.ts';
import type { PageSourceMatcher } from './page-source.ts';
import { explain } from './origins.ts';
import { warn } from '../warn.ts';

export interface PageFields {
  title?: string;
  date?: string;
  source?: string;
  /** The page names its outlet, whether or not sources.yaml knows it: the text does not choose the source. */
  namesOutlet: boolean;
  url?: string;
}

export function fieldsFromPage(metadata: PageMetadata, matchPageSource: PageSourceMatcher, file: SeedFile, today = new Date()): PageFields {
  const fields: PageFields = { namesOutlet: metadata.outletNames.length > 0 || metadata.urls.length > 0 };
  const title = metadata.headlines[0];
  if (title) fields.title = noted(file, 'title', title);
  const zone = outletZone(metadata.urls.map(({ value }) => value));
  const date = firstDate(metadata.dates, zone, file, today);
  if (date) {
    noted(file, 'date', date.found);
    fields.date = date.iso;
  }
  const url = metadata.urls[0];
  if (url) fields.url = noted(file, 'url', url);
  const source = matchPageSource(metadata);
  if (source) {
    explain(file, 'source', `${source.source.id}, from the page's ${source.evidence.rule}: ${source.evidence.value}`);
    fields.source = source.source.id;
  } else if (fields.namesOutlet) {
    const name = metadata.outletNames[0]?.value ?? new URL(metadata.urls[0].value).hostname;
    warn(file, `unknown outlet "${name}": add it to sources.yaml to credit it`);
  }
  for (const field of ['title', 'date', 'source', 'url'] as const) {
    if (fields[field] === undefined && (field !== 'source' || !fields.namesOutlet)) explain(file, field, "not in the page's metadata: read from the text");
  }
  return fields;
}

function noted(file: SeedFile, field: string, found: PageValue): string {
  explain(file, field, `the page's ${found.rule}: ${found.value}`);
  return found.value;
}

/** A day ahead of UTC: a page east of Greenwich may be dated tomorrow by UTC's calendar. */
const ZONE_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The first metadata date that is a real day, not after today, as YYYY-MM-DD: a UTC timestamp's day
 * on its outlet's calendar where the outlet's zone is known (local-day.ts).
 */
function firstDate(dates: PageValue[], zone: OutletZone | undefined, file: SeedFile, today: Date): { iso: string; found: PageValue } | undefined {
  const latest = new Date(today.getTime() + ZONE_AHEAD_MS).toISOString().slice(0, 10);
  for (const found of dates) {
    const date = findFullDate(found.value);
    if (!date) continue;
    const result = toIsoDate(date);
    if ('error' in result) warn(file, `the page's ${found.rule} gives an ${result.error}: not taken`);
    else if (result.iso > latest) warn(file, `the page's ${found.rule} gives a date after today, ${result.iso}: not taken`);
    else {
      const local = zone && localDay(found.value, zone);
      if (!local || local === result.iso) return { iso: result.iso, found };
      return { iso: local, found: { value: found.value, rule: `${found.rule}, on its outlet's calendar (${zone.zones.join(' to ')}: ${zone.evidence})` } };
    }
  }
  return undefined;
}

/**
 * The place a dateline names: "HÀ NỘI" → "Hà Nội", "BAKU, Azerbaijan, May 8" →
 * "Baku", "Hanoi, April 22, AZERTAC" → "Hanoi", "WASHINGTON (AP)" → "Washington".
 */
import { findAnyDate } from './date.ts';
import { isAllCaps, titleCase } from '../text/letter-case.ts';

export function placeFromDateline(dateline: string): string | undefined {
  const date = findAnyDate(dateline);
  const beforeDate = date ? dateline.slice(0, date.index) : dateline;
  const place = beforeDate.split(/[,(]/)[0].trim();
  if (!place || !/\p{L}/u.test(place)) return undefined;
  return isAllCaps(place) ? titleCase(place) : place;
}

/**
 * The place a dateline names: "HÀ NỘI" → "Hà Nội", "BAKU, Azerbaijan, May 8" →
 * "Baku", "Hanoi, April 22, AZERTAC" → "Hanoi", "WASHINGTON (AP)" → "Washington".
 * None for an outlet's tag in a dateline's place ("VGP –", "NDO -", "VOV.VN -"): a short run
 * of plain capitals that neither the dictionary nor `isRegisteredPlace` (the
 * entity registry) knows as a place, standing alone. And the region or country
 * it is in, where the dateline gives one ("MILWAUKEE, Wisconsin" → "Wisconsin").
 */
import { findAnyDate } from './date.ts';
import { isKnownPlace, keyOf } from './entity-words.ts';
import { isAllCaps, titleCase } from '../text/letter-case.ts';

const TAG_LIKE = /^[A-Z]{2,5}(?:\.[A-Z]{2,3})?$/; // "VGP", "NDO", "VOV.VN"

export function placeFromDateline(dateline: string, isRegisteredPlace: (name: string) => boolean = () => false): string | undefined {
  const date = findAnyDate(dateline);
  const beforeDate = date ? dateline.slice(0, date.index) : dateline;
  // "WASHINGTON (AP)", "Baku. 14 March.", "[Baku/APA]"
  const place = beforeDate.replace(/^\[/, '').split(/[,(/]/)[0].trim().replace(/\.$/, '');
  if (!place || !/\p{L}/u.test(place)) return undefined;
  // An outlet's tag stands alone where a dateline goes; a wire dateline's place has its date's year
  // or its country with it ("BONN 1996-08-30", "NICE, France 1996-08-30").
  const placeShape = date?.year !== undefined || regionFromDateline(dateline) !== undefined;
  if (TAG_LIKE.test(place) && !placeShape && !isKnownPlace(keyOf(place)) && !isRegisteredPlace(place)) return undefined;
  return isAllCaps(place) ? titleCase(place) : place;
}

/** A region or country: a capitalized name of up to four words, abbreviated or not ("Wisconsin", "N.H.", "United Arab Emirates"). */
const REGION = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|of|and))*$/u;
const REGION_WORDS = 4;

/**
 * The region or country after a dateline's place, before its date: "MILWAUKEE, Wisconsin 1996-08-29"
 * → "Wisconsin", "BAKU, Azerbaijan, May 8" → "Azerbaijan", "ROCHESTER, N.H." → "N.H."; none in
 * "Hanoi, April 22, AZERTAC" or "NEW YORK, Aug 30 (Reuters)", where the date follows the place.
 */
export function regionFromDateline(dateline: string): string | undefined {
  const date = findAnyDate(dateline);
  const beforeDate = date ? dateline.slice(0, date.index) : dateline;
  const parts = beforeDate.replace(/^\[/, '').split(/[(/]/)[0].split(',');
  if (parts.length < 2) return undefined;
  const region = parts[1].trim();
  if (!REGION.test(region) || region.split(' ').length > REGION_WORDS) return undefined;
  return isAllCaps(region) && region.replace(/\./g, '').length > 3 ? titleCase(region) : region;
}

/**
 * The place a dateline names: "HÀ NỘI" → "Hà Nội", "BAKU, Azerbaijan, May 8" →
 * "Baku", "Hanoi, April 22, AZERTAC" → "Hanoi", "WASHINGTON (AP)" → "Washington".
 * None for an outlet's tag in a dateline's place ("VGP –", "NDO -", "VOV.VN -"): a short run
 * of plain capitals that neither the dictionary nor `isRegisteredPlace` (the
 * entity registry) knows as a place.
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
  if (TAG_LIKE.test(place) && !isKnownPlace(keyOf(place)) && !isRegisteredPlace(place)) return undefined;
  return isAllCaps(place) ? titleCase(place) : place;
}

/** The getStaticPaths entries of a listing's month pages: one per part of each month. */
import type { ListingMonth, MonthPart } from './listings.ts';
import type { SiteListing } from './site-listings.ts';

export function monthPaths<P extends Record<string, string>>(
  listing: SiteListing,
  params: P,
  key: (listing: SiteListing, month: ListingMonth, part: MonthPart) => string,
) {
  return listing.months.flatMap((month) =>
    month.parts.map((part) => ({
      params: { ...params, year: month.month.slice(0, 4), month: month.month.slice(5, 7), part: part.part > 1 ? String(part.part) : undefined },
      props: { listing, month, part },
      cacheKey: key(listing, month, part),
    })),
  );
}

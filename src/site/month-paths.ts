/**
 * The getStaticPaths entries of a listing's month pages: one per part of each month, the undated
 * articles' "month" included. Each route is `<head>/[...period].astro`, `period` being
 * "2025/05", "2025/05/2" or "undated" (urls.ts, periodPath).
 */
import type { ListingMonth, MonthPart } from './listings.ts';
import type { SiteListing } from './site-listings.ts';
import { periodPath } from './urls.ts';

/** What each month page's route receives. */
export interface MonthPageProps {
  listing: SiteListing;
  month: ListingMonth;
  part: MonthPart;
}

export function monthPaths<P extends Record<string, string>>(
  listing: SiteListing,
  params: P,
  key: (listing: SiteListing, month: ListingMonth, part: MonthPart) => string,
) {
  return listing.months.flatMap((month) =>
    month.parts.map((part) => ({
      params: { ...params, period: periodPath(month.month, part.part) },
      props: { listing, month, part } satisfies MonthPageProps,
      cacheKey: key(listing, month, part),
    })),
  );
}

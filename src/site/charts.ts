/**
 * Geometry for the static SVG charts (home coverage chart, topic and entity
 * timelines). Pure numbers in, rectangles and labels out: the components only
 * draw them, and the arithmetic is testable without rendering.
 */
import { formatShortMonth } from './format.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Bar extends Box {
  month: string;
  count: number;
}

export interface Tick {
  /** Centre of the tick's month band, in the same units as the bars. */
  x: number;
  label: string;
}

/** Every month from `first` to `last` inclusive, as "YYYY-MM". */
export function monthSpan(first: string, last: string): string[] {
  if (first > last) [first, last] = [last, first];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** How many of `days` ("YYYY-MM-DD") fall in each of `months`. */
export function countByMonth(days: Iterable<string>, months: readonly string[]): number[] {
  const slot = new Map(months.map((month, index) => [month, index]));
  const counts = months.map(() => 0);
  for (const day of days) {
    const index = slot.get(day.slice(0, 7));
    if (index !== undefined) counts[index]++;
  }
  return counts;
}

/**
 * One bar per month across `box`, scaled so `max` fills its height; empty months
 * get no bar. Bars are at most `maxWidth` wide so a one-month series is not a slab.
 */
export function layoutBars(months: readonly string[], counts: readonly number[], box: Box, max: number, maxWidth = 40): Bar[] {
  const band = box.width / Math.max(1, months.length);
  const width = Math.max(1, Math.min(maxWidth, round(band * 0.8)));
  const bars: Bar[] = [];
  months.forEach((month, index) => {
    const count = counts[index] ?? 0;
    if (count === 0) return;
    // A month with one article stays visible next to a month with hundreds.
    const height = Math.max(2, round((count / Math.max(1, max)) * box.height));
    bars.push({
      month,
      count,
      x: round(box.x + index * band + (band - width) / 2),
      y: round(box.y + box.height - height),
      width,
      height,
    });
  });
  return bars;
}

/**
 * Axis labels for a run of months. A short run labels every month ("May",
 * with the year on the first month and on each January); a long run labels
 * the start of each year ("2025"), thinned to at most `maxTicks`.
 */
export function monthTicks(months: readonly string[], box: Box, maxTicks = 8): Tick[] {
  const band = box.width / Math.max(1, months.length);
  const tick = (index: number, label: string) => ({ x: round(box.x + index * band + band / 2), label });
  if (months.length <= maxTicks) {
    return months.map((month, index) =>
      tick(index, index === 0 || month.endsWith('-01') ? `${formatShortMonth(month)} ${month.slice(0, 4)}` : formatShortMonth(month)),
    );
  }
  let starts = months.flatMap((month, index) => (month.endsWith('-01') ? [index] : []));
  // Label the first month too unless a January follows closely enough to collide with it.
  if (starts.length === 0 || starts[0] > 2) starts = [0, ...starts];
  const step = Math.ceil(starts.length / maxTicks);
  return starts.filter((_, order) => order % step === 0).map((index) => tick(index, months[index].slice(0, 4)));
}

/** The busiest month of a series, for the text equivalent of a chart. */
export function peakMonth(months: readonly string[], counts: readonly number[]): { month: string; count: number } | undefined {
  let best: { month: string; count: number } | undefined;
  months.forEach((month, index) => {
    if (counts[index] > (best?.count ?? 0)) best = { month, count: counts[index] };
  });
  return best;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** src/site/charts.ts: the arithmetic behind the static SVG charts. */
import { describe, expect, it } from 'vitest';
import { countByMonth, layoutBars, monthSpan, monthTicks, peakMonth } from '../../src/site/charts.ts';

describe('monthSpan', () => {
  it('lists every month between two, across a year end, in order', () => {
    expect(monthSpan('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthSpan('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthSpan('2025-02', '2024-12')).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(monthSpan('2015-01', '2024-12')).toHaveLength(120);
  });
});

describe('countByMonth', () => {
  it('counts days per month and ignores days outside the span', () => {
    expect(countByMonth(['2025-01-03', '2025-01-31', '2025-03-01', '2026-01-01'], ['2025-01', '2025-02', '2025-03'])).toEqual([2, 0, 1]);
  });
});

describe('layoutBars', () => {
  const box = { x: 100, y: 10, width: 300, height: 50 };

  it('scales bars to the maximum, sits them on the baseline and skips empty months', () => {
    const bars = layoutBars(['2025-01', '2025-02', '2025-03'], [4, 0, 2], box, 4);
    expect(bars.map((bar) => bar.month)).toEqual(['2025-01', '2025-03']);
    const [tall, half] = bars;
    expect(tall.height).toBe(50);
    expect(half.height).toBe(25);
    for (const bar of bars) expect(bar.y + bar.height).toBe(60);
    // Each month owns a 100-unit band; the bar is centred in it.
    expect(tall.x + tall.width / 2).toBe(150);
    expect(half.x + half.width / 2).toBe(350);
  });

  it('keeps a one-article month visible beside a busy one, and a lone bar narrow', () => {
    const [small] = layoutBars(['2025-01', '2025-02'], [1, 500], box, 500);
    expect(small.height).toBeGreaterThanOrEqual(2);
    const [lone] = layoutBars(['2025-01'], [3], box, 3);
    expect(lone.width).toBe(40);
  });
});

describe('monthTicks', () => {
  const box = { x: 0, y: 0, width: 120, height: 10 };

  it('labels every month of a short span, with the year where it starts or changes', () => {
    expect(monthTicks(['2024-11', '2024-12', '2025-01'], box).map((tick) => tick.label)).toEqual(['Nov 2024', 'Dec', 'Jan 2025']);
  });

  it('labels year starts on a long span, no more than asked', () => {
    const months = monthSpan('2016-06', '2025-05');
    const ticks = monthTicks(months, box, 5);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
    expect(ticks[0].label).toBe('2016');
  });
});

describe('peakMonth', () => {
  it('finds the busiest month, the first on a tie', () => {
    expect(peakMonth(['2025-01', '2025-02', '2025-03'], [1, 3, 3])).toEqual({ month: '2025-02', count: 3 });
    expect(peakMonth([], [])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { PageGold } from '../../../src/eval/gold.ts';
import type { IngestOutcome } from '../../../src/eval/run-ingest.ts';
import { scorePage } from '../../../src/eval/score-page.ts';

const gold = (dateline: string | null): PageGold => ({
  headlineFrom: 'none',
  headlineVisible: false,
  dateFrom: 'none',
  dateVisible: false,
  english: true,
  lang: 'en',
  dateline,
  acceptableSources: [],
  photoCredits: [],
  labelled: false,
});

const outcome = (dateline?: string): IngestOutcome => ({ ok: true, title: 'Esper visits Hanoi', dateline, body: '', warnings: [], textHash: '' });

describe('the dateline verdict', () => {
  it('judges the place, however it is spelled: the ingest writes a registered place by its name', () => {
    expect(scorePage(gold('HANOI'), outcome('Hà Nội'), '', []).dateline).toBe('right');
    expect(scorePage(gold('NEW DELHI'), outcome('New Delhi'), '', []).dateline).toBe('right');
    expect(scorePage(gold('WASHINGTON'), outcome('Washington (AP)'), '', []).dateline).toBe('right');
  });

  it('tells another place, a missed one and a made-up one', () => {
    expect(scorePage(gold('HANOI'), outcome('Hải Phòng'), '', []).dateline).toBe('wrong');
    expect(scorePage(gold('HANOI'), outcome(undefined), '', []).dateline).toBe('missed');
    expect(scorePage(gold(null), outcome('Posted on'), '', []).dateline).toBe('spurious');
    expect(scorePage(gold(null), outcome(undefined), '', []).dateline).toBe('none-right');
  });
});

import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/run.ts';
import { formatReport } from '../../src/ingest/report.ts';

function report(overrides: Partial<IngestReport>): IngestReport {
  return { ingested: [], unchanged: [], kept: [], rejected: [], duplicates: [], removed: [], warnings: [], resourceFolders: [], ...overrides };
}

describe('formatReport', () => {
  it('names a few seeds per repeated warning and counts the rest on one line', () => {
    const warnings = Array.from({ length: 8 }, (_, i) => ({ seed: `s${i}.txt`, message: 'no known outlet credited' }));
    warnings.splice(3, 0, { seed: 'odd.txt', message: 'no dateline' });
    const lines = formatReport(report({ warnings }), { seedsPerWarning: 2 }).split('\n');
    expect(lines).toEqual([
      'warning   s0.txt: no known outlet credited',
      'warning   s1.txt: no known outlet credited',
      'warning   6 more seeds: no known outlet credited (npm run ingest -- --json lists them)',
      'warning   odd.txt: no dateline',
      'ingest: 0 ingested, 0 unchanged, 0 kept because edited, 0 rejected, 0 duplicates, 0 removed',
    ]);
  });

  it('lists every rejected seed, however many', () => {
    const rejected = Array.from({ length: 7 }, (_, i) => ({ seed: `bad${i}.txt`, reason: 'no date found' }));
    const lines = formatReport(report({ rejected }), { seedsPerWarning: 2 }).split('\n');
    expect(lines.filter((line) => line.startsWith('rejected'))).toHaveLength(7);
  });
});

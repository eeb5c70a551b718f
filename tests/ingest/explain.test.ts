/**
 * `npm run ingest -- --explain SEED`: every line of the page with its verdict and the rule or score behind it,
 * and where each field came from, for a person to check against the page.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { explainSeed } from '../../src/ingest/explain.ts';
import { createExtractors } from '../../src/ingest/index.ts';
import { loadRegistries } from '../../src/lib/registries.ts';

const extractors = createExtractors(loadRegistries('content'));

describe('explain', () => {
  it('gives each line of a seed its verdict and rule, and each field its origin', () => {
    const report = explainSeed('seeds/003_f628f0eab526a9a1.txt', extractors);
    const lines = report.split('\n');
    // The seed's title line, its date line, its repeat, the article, and the other page's teaser below it.
    expect(lines.find((line) => /^ ?1 set aside title .*headline:score/.test(line))).toBeDefined();
    expect(lines.find((line) => /^ ?2 set aside date .*header:date/.test(line))).toBeDefined();
    expect(lines.find((line) => /^ ?3 set aside furniture .*header:headline-repeated/.test(line))).toBeDefined();
    expect(lines.filter((line) => / kept +article /.test(line))).toHaveLength(12);
    expect(lines.find((line) => /gallery-photogallery/.test(line))).toMatch(/set aside furniture/);
    expect(report).toContain('date: line 2, "07 May 2025, 17:15"');
    expect(report).toContain('source: president-az, credited in the lines under the article');
    expect(report).toContain("title: the page's line 1");
  });

  it('says why a seed was rejected', () => {
    expect(explainSeed('tests/fixtures/hostile/impossible-date.txt', extractors)).toMatch(/rejected: impossible date 2025-02-30/);
  });

  it('says why a seed has no date', () => {
    const report = explainSeed('tests/fixtures/hostile/no-date.txt', extractors);
    expect(report).toMatch(/: ingested\n/);
    expect(report).toContain('  date      (none: published undated)');
    expect(report).toContain("no date found in the text or front matter: published undated (set date in the seed's front matter)");
  });

  it('runs from the command line without writing anything', () => {
    const output = execFileSync('node', ['scripts/ingest.ts', '--explain', '001_607f1ea7021869f3.txt', '--out', '/nonexistent/never-written'], { encoding: 'utf8' });
    expect(output).toContain('seeds/001_607f1ea7021869f3.txt: ingested');
    expect(output).toMatch(/dateline: "Hanoi, April 22, AZERTAC" \(a line of its own, line 1\)/);
  });
});

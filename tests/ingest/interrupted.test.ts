/**
 * An ingest killed mid-run (SIGKILL: no handler runs) must leave no
 * half-written page, and the next run must finish the job.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { tempDir } from '../support/temp.ts';

describe('an ingest killed mid-run', () => {
  it('leaves only whole pages, and the next run completes them', async () => {
    const seeds = tempDir();
    writeSyntheticCorpus('seeds', seeds, 1500);
    const out = tempDir();
    const child = spawn(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { stdio: 'ignore' });
    // Kill it once it has started writing pages.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).filter((name) => name.endsWith('.mdx')).length >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('exit', resolve));

    const written = readdirSync(out).filter((name) => name.endsWith('.mdx'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(1500);
    for (const name of written) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(() => articleSchema.parse(matter(text, {}).data), name).not.toThrow();
      expect(text.endsWith('\n'), name).toBe(true);
    }

    const report = await runIngest({ seedsDir: seeds, articlesDir: out, registriesDir: 'content' });
    expect(report.rejected).toEqual([]);
    expect(report.kept).toEqual([]);
    expect(readdirSync(out).filter((name) => name.endsWith('.mdx'))).toHaveLength(1500);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

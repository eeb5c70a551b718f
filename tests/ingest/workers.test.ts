/**
 * Runs of 400 seeds or more are prepared on worker threads, in batches, and
 * published in seed order. The pages must not depend on that: they are the
 * pages one thread writes. And a worker that cannot start fails the run with
 * its reason.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { copySeeds, tempDir } from '../support/temp.ts';

const ingest = (seedsDir: string, articlesDir: string, registriesDir = 'content') => runIngest({ seedsDir, articlesDir, registriesDir });

describe('ingest on worker threads', () => {
  it('writes the pages one thread writes', async () => {
    const seeds = tempDir();
    writeSyntheticCorpus('seeds', seeds, 450);
    const onWorkers = tempDir();
    const report = await ingest(seeds, onWorkers);
    expect(report.ingested.length + report.duplicates.length).toBe(450);

    // The first 399 seeds alone stay on one thread; later seeds change nothing about earlier ones.
    const names = readdirSync(seeds).sort();
    const firstSeeds = copySeeds(seeds, names.slice(0, 399));
    const onOneThread = tempDir();
    await ingest(firstSeeds, onOneThread);
    const pages = readdirSync(onOneThread).filter((name) => name.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(300);
    for (const name of pages) expect(readFileSync(join(onWorkers, name), 'utf8'), name).toBe(readFileSync(join(onOneThread, name), 'utf8'));
  });

  it('fails with the reason when a worker cannot start', async () => {
    const seeds = tempDir();
    writeSyntheticCorpus('seeds', seeds, 420);
    const registries = tempDir();
    for (const name of ['sources.yaml', 'topics.yaml']) cpSync(join('content', name), join(registries, name));
    writeFileSync(join(registries, 'entities.yaml'), 'entities: 5\n');
    await expect(ingest(seeds, tempDir(), registries)).rejects.toThrow(/entities\.yaml: entities/);
  });
});

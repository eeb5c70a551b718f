/**
 * What `npm run build` (scripts/build.ts) promises beyond the pages: a short
 * log, a clear failure on invalid frontmatter, and byte-identical output for
 * the same input.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { filesOf } from '../support/files.ts';
import { tempDir } from '../support/temp.ts';
import { withBuildLock } from '../support/build-lock.ts';

const run = promisify(execFile);
const sites = inject('sites');

function build(env: Record<string, string>) {
  return withBuildLock(() =>
    run(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CI: 'true', DIGEST_CACHE: tempDir(), ...env }, maxBuffer: 64 * 1024 * 1024 }),
  );
}

describe('the build log', () => {
  it('is a line per problem seed and one summary, not a wall of output', () => {
    const log = sites.corpus.log.trimEnd().split('\n');
    const problems = log.filter((line) => /^(rejected|duplicate|kept|warning) /.test(line));
    expect(problems).toContain('rejected  empty.txt: empty file');
    expect(problems).toContain('duplicate duplicate-a.txt: same article as duplicate b (copy).txt; published once, as duplicate b (copy).txt');
    expect(log.length).toBe(problems.length + 2);
    expect(log.at(-2)).toMatch(/^ingest: \d+ ingested, 0 unchanged, 0 kept because edited, \d+ rejected, 1 duplicates, 0 removed$/);
    expect(log.at(-1)).toMatch(/^build: \d+ pages, \d+ indexed for search, [\d.]+ MB in .+ \(ingest [\d.]+s, astro [\d.]+s, pagefind [\d.]+s\)$/);
  });
});

describe('invalid frontmatter', () => {
  it('fails the build with a message naming the file and the field', async () => {
    const content = tempDir();
    cpSync(sites.seeds.contentDir, content, { recursive: true });
    const page = readdirSync(content).find((name) => name.endsWith('.mdx'))!;
    writeFileSync(join(content, page), readFileSync(join(content, page), 'utf8').replace(/^date: .*$/m, 'date: "2025-13-01"'));
    const failure = await build({ DIGEST_SEEDS: sites.seeds.seedsDir, DIGEST_CONTENT: content, DIGEST_OUT: tempDir() }).catch((error) => error);
    expect(failure.code).toBe(1);
    const output = `${failure.stdout}\n${failure.stderr}`;
    expect(output).toContain(page);
    expect(output).toMatch(/date/);
    // Ingest saw the edit and kept it rather than silently repairing it.
    expect(failure.stdout).toMatch(/kept .* edited by hand/);
  });
});

describe('reproducible builds', () => {
  it('builds a byte-identical content folder and dist from the same seeds', async () => {
    const content = tempDir();
    const dist = tempDir();
    await build({ DIGEST_SEEDS: sites.seeds.seedsDir, DIGEST_CONTENT: content, DIGEST_OUT: dist });
    expect(filesOf(content)).toEqual(filesOf(sites.seeds.contentDir));
    for (const file of filesOf(content)) {
      expect(readFileSync(join(content, file), 'utf8'), file).toBe(readFileSync(join(sites.seeds.contentDir, file), 'utf8'));
    }
    expect(filesOf(dist)).toEqual(filesOf(sites.seeds.distDir));
    for (const file of filesOf(dist)) {
      expect(readFileSync(join(dist, file)).equals(readFileSync(join(sites.seeds.distDir, file))), file).toBe(true);
    }
  });
});

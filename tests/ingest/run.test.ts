import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run.ts';
import { formatReport } from '../../src/ingest/report.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { copySeeds, tempDir } from '../support/temp.ts';

const run = promisify(execFile);
const ingest = (seedsDir: string, articlesDir: string, force = false) => runIngest({ seedsDir, articlesDir, registriesDir: 'content', force });
const pages = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
const frontmatter = (path: string) => articleSchema.parse(matter(readFileSync(path, 'utf8'), {}).data);
const bySeed = (dir: string) => Object.fromEntries(pages(dir).map((name) => {
  const data = frontmatter(join(dir, name));
  return [data.seed, data];
}));

describe('ingest of the five seeds', () => {
  it('writes one valid page per seed with date, source and dateline', async () => {
    const out = tempDir();
    const report = await ingest('seeds', out);
    expect(report.ingested).toHaveLength(5);
    expect(report.rejected).toEqual([]);
    const articles = bySeed(out);
    const facts = Object.fromEntries(Object.entries(articles).map(([seed, a]) => [seed.slice(0, 3), [a.date, a.source, a.dateline]]));
    expect(facts).toEqual({
      '000': ['2025-04-22', 'vna', 'Hà Nội'],
      '001': ['2025-04-22', 'azertac', 'Hà Nội'],
      '002': ['2025-05-06', 'vna', 'Moscow'],
      '003': ['2025-05-07', 'president-az', undefined],
      '004': ['2025-05-08', 'trend', 'Baku'],
    });
    expect(articles['003_f628f0eab526a9a1.txt'].title).toBe(
      'Ilham Aliyev held expanded meeting with General Secretary of Central Committee of Communist Party of Vietnam',
    );
  });

  it('keeps 003 free of the page furniture that followed the article', async () => {
    const out = tempDir();
    await ingest('seeds', out);
    const page = readFileSync(join(out, pages(out).find((name) => name.startsWith('ilham-aliyev'))!), 'utf8');
    expect(page).not.toMatch(/gallery|DOCUMENTS|Distinguished participants|Turkic|12 June 2025/);
    expect(page.trimEnd()).toMatch(/gratefully accepted\.$/);
  });
});

describe('incremental and safe', () => {
  it('skips unchanged seeds and rewrites nothing', async () => {
    const out = tempDir();
    await ingest('seeds', out);
    const before = Object.fromEntries(pages(out).map((name) => [name, statSync(join(out, name)).mtimeMs]));
    const second = await ingest('seeds', out);
    expect(second.unchanged).toHaveLength(5);
    expect(second.ingested).toEqual([]);
    expect(Object.fromEntries(pages(out).map((name) => [name, statSync(join(out, name)).mtimeMs]))).toEqual(before);
  });

  it('reads only changed seeds on the next run, and sees an edit that kept the size and put the old time back', async () => {
    const seeds = copySeeds('seeds');
    const out = tempDir();
    await ingest(seeds, out);
    // The record trusts only files older than itself: let the clock move past the seeds' writes.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await ingest(seeds, out);
    const record = JSON.parse(readFileSync(join(out, '.ingest-file-hashes.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(record.files).filter((path) => path.startsWith(seeds))).toHaveLength(5);
    const name = readdirSync(seeds).sort()[4];
    const path = join(seeds, name);
    const text = readFileSync(path, 'utf8');
    const { atime, mtime } = statSync(path);
    writeFileSync(path, text.replace('Azerbaijan', 'Azerbaidan'));
    utimesSync(path, atime, mtime);
    const third = await ingest(seeds, out);
    expect(third.ingested).toEqual([name]);
    expect(third.unchanged).toHaveLength(4);
    expect(readFileSync(join(out, pages(out).find((page) => readFileSync(join(out, page), 'utf8').includes(name))!), 'utf8')).toContain('Azerbaidan');
  });

  it('never overwrites a page edited by hand, and regenerates it with force', async () => {
    const seeds = copySeeds('seeds', ['004_7f849e531bd3e15a.txt']);
    const out = tempDir();
    await ingest(seeds, out);
    const [page] = pages(out);
    const edited = readFileSync(join(out, page), 'utf8').replace('Asadov has met', 'Asadov met');
    writeFileSync(join(out, page), edited);
    writeFileSync(join(seeds, '004_7f849e531bd3e15a.txt'), readFileSync(join(seeds, '004_7f849e531bd3e15a.txt'), 'utf8') + '\nOne more paragraph.\n');
    const report = await ingest(seeds, out);
    expect(report.kept).toEqual(['004_7f849e531bd3e15a.txt']);
    expect(readFileSync(join(out, page), 'utf8')).toBe(edited);
    const forced = await ingest(seeds, out, true);
    expect(forced.ingested).toEqual(['004_7f849e531bd3e15a.txt']);
    expect(readFileSync(join(out, page), 'utf8')).toContain('One more paragraph.');
  });

  it('keeps a published slug when the title changes, and reserves it after the seed is deleted', async () => {
    const seeds = copySeeds('seeds', ['003_f628f0eab526a9a1.txt', '004_7f849e531bd3e15a.txt']);
    const out = tempDir();
    await ingest(seeds, out);
    const slugOf = (seed: string) => Object.values(bySeed(out)).find((a) => a.seed === seed)?.slug;
    const slug = slugOf('003_f628f0eab526a9a1.txt');
    const seedPath = join(seeds, '003_f628f0eab526a9a1.txt');
    const original = readFileSync(seedPath, 'utf8');
    writeFileSync(seedPath, original.replaceAll('held expanded meeting', 'met'));
    await ingest(seeds, out);
    expect(bySeed(out)['003_f628f0eab526a9a1.txt'].title).toMatch(/^Ilham Aliyev met with/);
    expect(slugOf('003_f628f0eab526a9a1.txt')).toBe(slug);

    rmSync(seedPath);
    const removal = await ingest(seeds, out);
    expect(removal.removed).toEqual(['003_f628f0eab526a9a1.txt']);
    expect(existsSync(join(out, `${slug}.mdx`))).toBe(false);
    writeFileSync(seedPath, original);
    await ingest(seeds, out);
    expect(slugOf('003_f628f0eab526a9a1.txt')).toBe(slug);
  });

  it('recovers slugs from the pages themselves when the manifest is lost', async () => {
    const out = tempDir();
    await ingest('seeds', out);
    const before = pages(out);
    rmSync(join(out, '.ingest-manifest.json'));
    const report = await ingest('seeds', out);
    expect(pages(out)).toEqual(before);
    expect(report.unchanged).toHaveLength(5);
  });

  it('lets two ingests run at once without corrupting the output', async () => {
    const out = tempDir();
    const cli = (extra: string[] = []) => run(process.execPath, ['scripts/ingest.ts', '--out', out, '--json', ...extra]);
    const [first, second] = await Promise.all([cli(), cli()]);
    const reports = [JSON.parse(first.stdout), JSON.parse(second.stdout)];
    expect(reports.map((r) => r.ingested.length + r.unchanged.length)).toEqual([5, 5]);
    expect(reports.map((r) => r.ingested.length).sort()).toEqual([0, 5]);
    expect(pages(out)).toHaveLength(5);
    for (const name of pages(out)) expect(() => frontmatter(join(out, name))).not.toThrow();
  });
});

describe('a page saved "Webpage, Complete"', () => {
  it('is one seed: the folder of its images, styles and frames beside it is skipped, and said so in one line', async () => {
    const seeds = copySeeds('seeds', ['000_a832c90a7898f8b0.txt']);
    const page = '<!DOCTYPE html><html><head><title>Ferry service resumes</title></head><body><article>' +
      '<p>Ferries sailed again on Thursday, three days after the storm closed the port, the provincial transport department said on its website.</p>' +
      '<p>About 2,000 tourists had waited on the island for the sea to calm, and the first boats carried them back to the mainland by noon.</p></article></body></html>';
    writeFileSync(join(seeds, 'ferry.html'), page);
    mkdirSync(join(seeds, 'ferry_files'));
    writeFileSync(join(seeds, 'ferry_files', 'style.css'), 'body { font-family: serif; }\n');
    writeFileSync(join(seeds, 'ferry_files', 'frame.html'), page);
    writeFileSync(join(seeds, 'ferry_files', 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    // A folder of that name with no page beside it holds seeds like any other.
    mkdirSync(join(seeds, 'other_files'));
    writeFileSync(join(seeds, 'other_files', 'empty.txt'), '');
    const out = tempDir();
    const report = await ingest(seeds, out);
    expect(report.resourceFolders).toEqual([{ folder: 'ferry_files/', page: 'ferry.html', files: 3 }]);
    expect(report.ingested.sort()).toEqual(['000_a832c90a7898f8b0.txt', 'ferry.html']);
    expect(report.rejected).toEqual([{ seed: 'other_files/empty.txt', reason: 'empty file' }]);
    expect(report.duplicates).toEqual([]);
    expect(formatReport(report)).toContain('skipped   ferry_files/: 3 files of the saved page ferry.html (its images, styles and frames), not seeds');
  });
});

describe('the ingest command', () => {
  it('exits 2 on a usage error', async () => {
    await expect(run(process.execPath, ['scripts/ingest.ts', '--bogus'])).rejects.toMatchObject({ code: 2 });
  });

  it('exits 1 and names each rejected seed, still writing the others', async () => {
    const seeds = copySeeds('seeds', ['000_a832c90a7898f8b0.txt']);
    writeFileSync(join(seeds, 'empty.txt'), '');
    const out = tempDir();
    const failure = await run(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out]).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('rejected  empty.txt: empty file');
    expect(failure.stdout).toMatch(/ingest: 1 ingested, 0 unchanged, 0 kept because edited, 1 rejected/);
    expect(pages(out)).toHaveLength(1);
  });
});

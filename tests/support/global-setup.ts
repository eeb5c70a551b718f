/** Builds the test sites (tests/support/sites.ts) once before the tests run. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { sha256 } from '../../src/ingest/read.ts';
import { writeSyntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { SITE_DEFINITIONS, type BuiltSite, type SiteName } from './sites.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.digest/test-sites');
const INPUTS = ['src', 'scripts', 'content/sources.yaml', 'content/topics.yaml', 'content/entities.yaml', 'astro.config.mjs', 'package-lock.json'];

export default async function setup(project: TestProject): Promise<void> {
  const sites = {} as Record<SiteName, BuiltSite>;
  // One at a time: two Astro builds in one project share its caches.
  for (const definition of SITE_DEFINITIONS) sites[definition.name] = await buildSite(definition);
  project.provide('sites', sites);
}

async function buildSite(definition: (typeof SITE_DEFINITIONS)[number]): Promise<BuiltSite> {
  const dir = join(WORK, definition.name);
  const site: BuiltSite = {
    name: definition.name,
    seedsDir: join(dir, 'seeds'),
    contentDir: join(dir, 'content'),
    distDir: join(dir, 'dist'),
    base: definition.base,
    log: '',
  };
  const synthetic = 'synthetic' in definition ? definition.synthetic : undefined;
  const settings = `${definition.base} ${definition.searchShardArticles} ${definition.renderThreadFrom} ${JSON.stringify(synthetic ?? null)}`;
  const key = fingerprint([...INPUTS, 'seeds', ...definition.seedDirs], settings);
  const stamp = join(dir, 'fingerprint.json');
  if (existsSync(stamp)) {
    const previous = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; log: string };
    if (previous.key === key && existsSync(site.distDir)) return { ...site, log: previous.log };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(site.seedsDir, { recursive: true });
  for (const seeds of definition.seedDirs) cpSync(join(ROOT, seeds), site.seedsDir, { recursive: true, filter: isSeed });
  if (synthetic) writeSyntheticCorpus(join(ROOT, 'seeds'), site.seedsDir, synthetic.articles, { days: synthetic.days });
  const { stdout } = await run(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', DIGEST_SEEDS: site.seedsDir, DIGEST_CONTENT: site.contentDir, DIGEST_OUT: site.distDir, DIGEST_CACHE: join(dir, 'cache'), DIGEST_BASE: definition.base, DIGEST_SEARCH_SHARD_ARTICLES: String(definition.searchShardArticles), DIGEST_RENDER_THREAD_FROM: String(definition.renderThreadFrom) },
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(stamp, JSON.stringify({ key, log: stdout }));
  return { ...site, log: stdout };
}

/** Fixture folders keep notes beside their articles (expected entities as JSON): those are not seeds. */
function isSeed(path: string): boolean {
  return !path.endsWith('.json');
}

/** A hash of every file the site is built from, so an unchanged site is not rebuilt. */
function fingerprint(paths: string[], settings: string): string {
  const parts: string[] = [settings];
  for (const path of paths) {
    const full = join(ROOT, path);
    if (!existsSync(full)) continue;
    for (const file of listFiles(full)) parts.push(file, sha256(readFileSync(file)));
  }
  return sha256(parts.join('\0'));
}

function listFiles(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [path];
  }
}

/**
 * The build's caches never show: after each kind of change (a new seed, a
 * changed or deleted seed, a changed topics.yaml or entities.yaml, a dist/
 * touched by hand) the next build shows the change, and the site it leaves is
 * byte for byte the site a build from scratch makes from the same inputs.
 *
 * One site is carried through the changes in order, each rebuild reusing the
 * caches (content store, Astro's incremental manifest, the build stamp) and
 * dist/ of the one before; each is compared with a fresh build in new folders.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseYaml, stringifyYaml } from '../../src/lib/yaml.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { entitySlug } from '../../src/site/urls.ts';
import { withBuildLock } from '../support/build-lock.ts';
import { filesOf, mtimes } from '../support/files.ts';
import { tempDir } from '../support/temp.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const TIMEOUT = 300_000;

interface Site {
  seeds: string;
  registries: string;
  content: string;
  dist: string;
  cache: string;
}

function newSite(seeds: string, registries: string): Site {
  return { seeds, registries, content: tempDir(), dist: join(tempDir(), 'dist'), cache: tempDir() };
}

async function build(site: Site): Promise<string> {
  const env = {
    ...process.env,
    CI: 'true',
    DIGEST_SEEDS: site.seeds,
    DIGEST_REGISTRIES: site.registries,
    DIGEST_CONTENT: site.content,
    DIGEST_OUT: site.dist,
    DIGEST_CACHE: site.cache,
    // Two articles per search shard: the six articles make three shards, so a rebuild can keep some.
    DIGEST_SEARCH_SHARD_ARTICLES: '2',
  };
  const { stdout } = await withBuildLock(() => run(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }));
  return stdout;
}

/** The site's dist/ must equal what a build in fresh folders makes from the same seeds and registries. */
async function expectSameAsFreshBuild(site: Site): Promise<void> {
  const fresh = newSite(site.seeds, site.registries);
  // The story registry is the build's memory of the story ids it gave (src/site/story-ids.ts), kept and
  // committed beside the articles: a build from scratch of the same site starts from it.
  const registry = join(site.content, '.story-registry.json');
  if (existsSync(registry)) cpSync(registry, join(fresh.content, '.story-registry.json'));
  await build(fresh);
  expect(filesOf(site.dist)).toEqual(filesOf(fresh.dist));
  const differing = filesOf(fresh.dist).filter((file) => !readFileSync(join(site.dist, file)).equals(readFileSync(join(fresh.dist, file))));
  expect(differing).toEqual([]);
}

/** The frontmatter fields these tests follow, read from the page ingest wrote. */
function articleInfo(site: Site, slug: string) {
  const text = readFileSync(join(site.content, `${slug}.mdx`), 'utf8');
  const data = parseYaml(text.split(/^---$/m)[1]) as { date: string; topics: string[]; entities: Record<string, string[]> };
  const [kind, names] = Object.entries(data.entities).find(([, list]) => list.length > 0)!;
  return { date: data.date, topic: data.topics[0], entityPath: `${kind}/${entitySlug(names[0])}` };
}

function slugsIn(site: Site): Set<string> {
  return new Set(readdirSync(site.content).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)));
}

function page(site: Site, path: string): string {
  return readFileSync(join(site.dist, path, 'index.html'), 'utf8');
}

/** Each search shard (pagefind/shards.json) with the URLs of the pages it indexes, read from its fragments. */
function shardUrls(site: Site): Map<string, string[]> {
  const { shards } = JSON.parse(readFileSync(join(site.dist, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
  return new Map(
    shards.map((shard) => {
      const folder = join(site.dist, 'pagefind', shard, 'fragment');
      const urls = readdirSync(folder).map((name) => {
        const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
        return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
      });
      return [shard, urls];
    }),
  );
}

/** URLs of the pages in the search index, across its shards. */
function searchUrls(site: Site): string[] {
  return [...shardUrls(site).values()].flat();
}

/** Each search shard with the paths of the article pages it indexes, sorted. */
function shardPages(site: Site): Map<string, string[]> {
  return new Map([...shardUrls(site)].map(([shard, urls]) => [shard, urls.map((url) => `${url.slice(1)}index.html`).sort()]));
}

/** What the search index was before a rebuild: its shards, the bytes of their pages, its files' times. */
function searchSnapshot(site: Site) {
  const shards = shardPages(site);
  const pages = new Map([...shards.values()].flat().map((path) => [path, readFileSync(join(site.dist, path))]));
  return { shards, pages, times: mtimes(join(site.dist, 'pagefind')) };
}

/**
 * After a rebuild, a shard whose pages are byte for byte those it indexed before was left as it
 * was. (One whose pages changed only outside what Pagefind reads may be kept too; the comparison
 * with a build from scratch checks that whatever was kept is right.) Returns how many shards
 * were kept and how many written anew.
 */
function expectUnchangedShardsKept(site: Site, before: ReturnType<typeof searchSnapshot>): { kept: number; indexed: number } {
  const now = mtimes(join(site.dist, 'pagefind'));
  const counts = { kept: 0, indexed: 0 };
  for (const [shard, paths] of shardPages(site)) {
    const files = Object.keys(now).filter((file) => file.startsWith(`${shard}/`));
    expect(files.length).toBeGreaterThan(0);
    const kept = files.every((file) => now[file] === before.times[file]);
    counts[kept ? 'kept' : 'indexed']++;
    const pagesSame = before.shards.get(shard)?.join() === paths.join() && paths.every((path) => before.pages.get(path)?.equals(readFileSync(join(site.dist, path))));
    if (pagesSame) expect(kept, `${shard}: its pages did not change, yet it was indexed again`).toBe(true);
  }
  return counts;
}

/** A rebuild in place, and what it did to the search shards (see expectUnchangedShardsKept). */
async function rebuildInPlace(site: Site): Promise<{ kept: number; indexed: number }> {
  const searchBefore = searchSnapshot(site);
  expect(await build(site)).toMatch(/updated in place/);
  return expectUnchangedShardsKept(site, searchBefore);
}

/** A build with nothing changed since the last one stops after ingest and touches nothing in dist/. */
async function expectStopsAfterIngest(site: Site): Promise<void> {
  const before = mtimes(site.dist);
  expect(await build(site)).toMatch(/unchanged since the last build/);
  expect(mtimes(site.dist)).toEqual(before);
}

describe('incremental builds', () => {
  const seeds = tempDir('digest-seeds-');
  const registries = tempDir('digest-registries-');
  let site: Site;

  beforeAll(async () => {
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    for (const name of ['topics.yaml', 'entities.yaml', 'sources.yaml']) cpSync(join(ROOT, 'content', name), join(registries, name));
    site = newSite(seeds, registries);
    expect(await build(site)).toMatch(/built from scratch/);
  }, TIMEOUT);

  it(
    'stop after ingest when nothing changed, touching nothing in dist/',
    () => expectStopsAfterIngest(site),
    TIMEOUT,
  );

  it(
    'show a new seed on its own page, its topic, entity, archive and home pages, and in search',
    async () => {
      const before = slugsIn(site);
      cpSync(join(ROOT, 'tests/fixtures/articles/vn-danang-tourism.txt'), join(seeds, 'vn-danang-tourism.txt'));
      const shards = await rebuildInPlace(site);
      expect(shards.indexed).toBeGreaterThan(0);
      const [slug] = [...slugsIn(site)].filter((name) => !before.has(name));
      expect(slug).toBeDefined();
      const { date, topic, entityPath } = articleInfo(site, slug);
      const link = `href="/articles/${slug}/"`;
      expect(existsSync(join(site.dist, 'articles', slug, 'index.html'))).toBe(true);
      expect(page(site, '')).toContain(link);
      expect(page(site, `topics/${topic}`)).toContain(link);
      expect(page(site, entityPath)).toContain(link);
      expect(page(site, `archive/${date.slice(0, 4)}/${date.slice(5, 7)}`)).toContain(link);
      expect(searchUrls(site)).toContain(`/articles/${slug}/`);
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );

  it(
    'show a changed seed',
    async () => {
      const [name] = readdirSync(seeds).sort();
      const slugs = slugsIn(site);
      appendFileSync(join(seeds, name), '\nA zither quartet closed the ceremony with a folk song from the region.\n');
      const shards = await rebuildInPlace(site);
      expect(shards.indexed).toBeGreaterThan(0);
      const changed = [...slugs].filter((slug) => page(site, `articles/${slug}`).includes('zither quartet'));
      expect(changed).toHaveLength(1);
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );

  it(
    'drop a deleted seed from every page and from search',
    async () => {
      const before = slugsIn(site);
      rmSync(join(seeds, 'vn-danang-tourism.txt'));
      await rebuildInPlace(site);
      const [gone] = [...before].filter((slug) => !slugsIn(site).has(slug));
      expect(gone).toBeDefined();
      expect(existsSync(join(site.dist, 'articles', gone))).toBe(false);
      const linking = filesOf(site.dist).filter((file) => /\.(html|xml)$/.test(file) && readFileSync(join(site.dist, file), 'utf8').includes(`/articles/${gone}/`));
      expect(linking).toEqual([]);
      expect(searchUrls(site)).not.toContain(`/articles/${gone}/`);
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );

  it(
    'show a changed topics.yaml',
    async () => {
      const file = join(registries, 'topics.yaml');
      const topics = parseYaml(readFileSync(file, 'utf8')) as { topics: { id: string; label: string }[] };
      const topic = topics.topics.find(({ id }) => existsSync(join(site.dist, 'topics', id, 'index.html')))!;
      topic.label = 'Renamed Topic Label';
      writeFileSync(file, stringifyYaml(topics));
      await rebuildInPlace(site);
      expect(page(site, `topics/${topic.id}`)).toContain('<h1>Renamed Topic Label</h1>');
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );

  it(
    'show a changed entities.yaml',
    async () => {
      const file = join(registries, 'entities.yaml');
      const entities = parseYaml(readFileSync(file, 'utf8')) as { entities: { name: string; kind: string; description?: string }[] };
      const entity = entities.entities.find(({ name, kind }) => existsSync(join(site.dist, kind, entitySlug(name), 'index.html')))!;
      entity.description = 'A description the registry just gained.';
      writeFileSync(file, stringifyYaml(entities));
      const shards = await rebuildInPlace(site);
      // A description shows on the entity's page only: no article page changed, so neither shard
      // (the five seeds: April's two articles, May's three) was indexed again.
      expect(shards).toEqual({ kept: 2, indexed: 0 });
      expect(page(site, `${entity.kind}/${entitySlug(entity.name)}`)).toContain('A description the registry just gained.');
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );

  it(
    'render a page an editor gave a component through MDX, as a fresh build of the same pages does',
    async () => {
      const [name] = readdirSync(site.content).filter((file) => file.endsWith('.mdx')).sort();
      const file = join(site.content, name);
      writeFileSync(join(site.content, 'Note.astro'), '<aside class="editor-note"><slot /></aside>\n');
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---\n', 4) + 5;
      writeFileSync(file, `${text.slice(0, end)}import Note from './Note.astro';\n\n<Note>Added by the desk.</Note>\n\n${text.slice(end)}`);
      await rebuildInPlace(site);
      const slug = name.slice(0, -'.mdx'.length);
      expect(page(site, `articles/${slug}`)).toContain('<aside class="editor-note">Added by the desk.</aside>');
      // A fresh build of the same pages: the edited page is the ingest's to keep, not to write again.
      const fresh = { ...newSite(site.seeds, site.registries), content: tempDir() };
      cpSync(site.content, fresh.content, { recursive: true });
      await build(fresh);
      const differing = filesOf(fresh.dist).filter((path) => !readFileSync(join(site.dist, path)).equals(readFileSync(join(fresh.dist, path))));
      expect(filesOf(site.dist)).toEqual(filesOf(fresh.dist));
      expect(differing).toEqual([]);
      // The editor's page back as the ingest wrote it: the tests after this one compare with builds from the seeds.
      writeFileSync(file, text);
      rmSync(join(site.content, 'Note.astro'));
      await rebuildInPlace(site);
    },
    TIMEOUT,
  );

  it(
    'stop after ingest when nothing changed since a build in place, touching nothing in dist/',
    () => expectStopsAfterIngest(site),
    TIMEOUT,
  );

  it(
    'repair a dist/ changed by hand',
    async () => {
      const [first] = filesOf(site.dist).filter((file) => file.startsWith('articles/'));
      const original = readFileSync(join(site.dist, first));
      writeFileSync(join(site.dist, first), 'edited by hand');
      expect(await build(site)).toMatch(/built from scratch/);
      expect(readFileSync(join(site.dist, first)).equals(original)).toBe(true);
      await expectSameAsFreshBuild(site);
    },
    TIMEOUT,
  );
});

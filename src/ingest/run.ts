/**
 * Ingests a folder of seeds into a folder of MDX articles: incrementally
 * (unchanged seeds are skipped), safely (atomic writes, one ingest at a
 * time, hand-edited pages never overwritten without --force) and without
 * losing anything (every rejected or duplicate seed is named in the report).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { PreparedSeed } from './index.ts';
import { pageWithSlug } from './page.ts';
import { createPreparer } from './prepare-all.ts';
import { HASH_RECORD_NAME, readManifest, writeManifest, type Manifest, type ManifestEntry } from './manifest.ts';
import { fileHashes } from '../lib/file-hashes.ts';
import { pipelineKey } from './pipeline-key.ts';
import { listSeedFolder, readSeed, sha256, type ResourceFolder } from './read.ts';
import { chooseSlug } from './slugs.ts';
import { acquireLock, createWriteQueue } from './write.ts';

export interface IngestOptions {
  seedsDir: string;
  articlesDir: string;
  registriesDir: string;
  /** Regenerate pages an editor changed by hand. */
  force?: boolean;
  /**
   * Remember the seeds' and pages' hashes by their stat in this file (git-ignored beside the
   * manifest by default), so that a run reads only what changed (src/lib/file-hashes.ts).
   * False: read and hash every seed and page, every run.
   */
  hashRecord?: string | false;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReport {
  ingested: string[];
  unchanged: string[];
  /** Seeds whose page an editor changed: the page was kept as it is. */
  kept: string[];
  rejected: Array<{ seed: string; reason: string }>;
  duplicates: Array<{ seed: string; of: string }>;
  /** Pages taken down because their seed was deleted. */
  removed: string[];
  warnings: Array<{ seed: string; message: string }>;
  /** Saved pages' resource folders ("story_files/" beside "story.html"), whose files are no seeds. */
  resourceFolders: ResourceFolder[];
}

/** Seeds read between two looks at the workers' answers: a few batches' worth. */
const READ_BETWEEN_ANSWERS = 128;

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const { seedsDir, articlesDir, registriesDir } = options;
  if (!existsSync(seedsDir)) throw new Error(`seeds folder not found: ${seedsDir}`);
  mkdirSync(articlesDir, { recursive: true });
  const release = await acquireLock(articlesDir);
  try {
    const manifest = readManifest(articlesDir);
    // The folder's pages, listed once: asking the disk about each page while writes are in
    // flight in the same folder waits on them (existsSync cost 0.26 ms a page in a 10,000-seed run).
    const listing = readdirSync(articlesDir);
    const pages = new Set(listing.filter((name) => name.endsWith('.mdx')));
    // Temporary files are left only by an ingest that was killed mid-write: this run holds the lock, so none is live.
    for (const name of listing) if (name.endsWith('.tmp')) rmSync(join(articlesDir, name));
    adoptUnlistedPages(articlesDir, pages, manifest);
    const key = pipelineKey(registriesDir);
    const { seeds: names, resourceFolders } = listSeedFolder(seedsDir);
    const report: IngestReport = { ingested: [], unchanged: [], kept: [], rejected: [], duplicates: [], removed: [], warnings: [], resourceFolders };
    const takenSlugs = new Set(Object.values(manifest.seeds).map((entry) => entry.slug));
    const textOwners = new Map<string, string>();
    const hashes = fileHashes(options.hashRecord === false ? undefined : (options.hashRecord ?? join(articlesDir, HASH_RECORD_NAME)));

    // Unchanged seeds are recognized by hash alone; the others are handed to the preparer as they
    // are read, so its workers prepare while the rest are still being read and hashed.
    const preparer = createPreparer(registriesDir);
    const writes = createWriteQueue();
    try {
      const slots: Array<{ name: string; hash: string; prepared?: Promise<PreparedSeed> }> = [];
      for (const name of names) {
        const path = join(seedsDir, name);
        // A seed the record knows, with its page as written, is not even read.
        const known = hashes.known(path);
        if (known !== undefined && isUnchanged(name, known)) {
          slots.push({ name, hash: known });
          continue;
        }
        const stats = statSync(path);
        const seed = readSeed(seedsDir, name);
        hashes.record(path, stats, seed.hash);
        slots.push({ name, hash: seed.hash, prepared: isUnchanged(name, seed.hash) ? undefined : preparer.prepare(seed) });
        // Let the workers' answers in now and then, so they get more seeds while the rest are read.
        if (slots.length % READ_BETWEEN_ANSWERS === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await preparer.finish();

      // Published in seed order, so duplicates and slug collisions resolve the same way every time.
      let done = 0;
      for (const slot of slots) {
        const { name, hash, prepared } = slot;
        // Let go of each result once published: 10,000 pages held to the end cost the run's thread its GC time.
        slot.prepared = undefined;
        if (prepared) publish(hash, await prepared);
        else {
          const entry = manifest.seeds[name];
          textOwners.set(entry.textHash, textOwners.get(entry.textHash) ?? name);
          report.unchanged.push(name);
        }
        options.onProgress?.(++done, slots.length);
      }
      await writes.drain();
    } finally {
      await Promise.all([preparer.close(), writes.close()]);
    }
    takeDownRemovedSeeds(new Set(names));
    writeManifest(articlesDir, manifest);
    hashes.save();
    return report;

    function isUnchanged(name: string, seedHash: string): boolean {
      const entry = manifest.seeds[name];
      return Boolean(entry && !entry.removed && !entry.duplicateOf && entry.seedHash === seedHash && entry.pipeline === key && pageIsAsWritten(entry));
    }

    function publish(seedHash: string, result: PreparedSeed): void {
      const { name } = result;
      for (const message of result.warnings) report.warnings.push({ seed: name, message });
      if (!result.ok) {
        report.rejected.push({ seed: name, reason: result.reason });
        return;
      }
      const entry = manifest.seeds[name];
      const owner = textOwners.get(result.textHash);
      if (owner !== undefined) {
        report.duplicates.push({ seed: name, of: owner });
        manifest.seeds[name] = { ...(entry ?? emptyEntry()), seedHash, textHash: result.textHash, pipeline: key, duplicateOf: owner, removed: undefined };
        return;
      }
      textOwners.set(result.textHash, name);
      const slug = entry?.slug || chooseSlug(result.title, seedHash, takenSlugs, result.requestedSlug);
      takenSlugs.add(slug);
      const mdx = pageWithSlug(result.page, slug);
      const path = pagePath(slug);
      const existing = pages.has(`${slug}.mdx`) ? readFileSync(path, 'utf8') : undefined;
      const next: ManifestEntry = { slug, seedHash, textHash: result.textHash, outputHash: '', pipeline: key };
      if (existing === mdx) {
        next.outputHash = sha256(mdx);
        report.unchanged.push(name);
      } else if (existing !== undefined && sha256(existing) !== entry?.outputHash && !options.force) {
        report.kept.push(name);
        manifest.seeds[name] = { ...next, outputHash: entry?.outputHash ?? '' };
        return;
      } else {
        // The writer hashes the page as it writes it; the manifest is saved after every write is done.
        writes.write(path, mdx, (hash) => (next.outputHash = hash));
        pages.add(`${slug}.mdx`);
        report.ingested.push(name);
      }
      manifest.seeds[name] = next;
    }

    function takeDownRemovedSeeds(present: Set<string>): void {
      for (const [name, entry] of Object.entries(manifest.seeds)) {
        if (present.has(name) || entry.removed) continue;
        entry.removed = true;
        if (entry.duplicateOf) continue;
        if (!pages.has(`${entry.slug}.mdx`)) continue;
        const path = pagePath(entry.slug);
        if (pageHashesTo(path, entry.outputHash) || options.force) {
          rmSync(path);
          pages.delete(`${entry.slug}.mdx`);
          report.removed.push(name);
        } else {
          report.kept.push(name);
        }
      }
    }

    function pageIsAsWritten(entry: ManifestEntry): boolean {
      return pages.has(`${entry.slug}.mdx`) && pageHashesTo(pagePath(entry.slug), entry.outputHash);
    }

    /**
     * Whether a page's text hashes to what ingest recorded. Its bytes' hash (remembered by stat, or
     * read) answers for an unchanged page, the usual case, without decoding and re-encoding its text
     * (a third of an unchanged rebuild); otherwise the text decoded, as written back, decides.
     */
    function pageHashesTo(path: string, hash: string): boolean {
      return hashes.hash(path) === hash || sha256(readFileSync(path, 'utf8')) === hash;
    }

    function pagePath(slug: string): string {
      return join(articlesDir, `${slug}.mdx`);
    }
  } finally {
    release();
  }
}

/**
 * Pages the manifest does not list (it was lost, or a run was killed before
 * saving it) still own their slug: read it from their frontmatter so no
 * permalink moves.
 */
function adoptUnlistedPages(articlesDir: string, pages: Set<string>, manifest: Manifest): void {
  const listed = new Set(Object.values(manifest.seeds).map((entry) => `${entry.slug}.mdx`));
  for (const name of pages) {
    if (listed.has(name)) continue;
    const data = readMatter()(readFileSync(join(articlesDir, name), 'utf8'), {}).data as { seed?: unknown; slug?: unknown };
    if (typeof data.seed !== 'string' || manifest.seeds[data.seed]) continue;
    manifest.seeds[data.seed] = { ...emptyEntry(), slug: typeof data.slug === 'string' ? data.slug : name.slice(0, -4) };
  }
}

/** gray-matter, loaded the first time a page needs reading: most runs find none unlisted. */
let matter: typeof import('gray-matter') | undefined;
function readMatter(): typeof import('gray-matter') {
  return (matter ??= createRequire(import.meta.url)('gray-matter') as typeof import('gray-matter'));
}

function emptyEntry(): ManifestEntry {
  return { slug: '', seedHash: '', textHash: '', outputHash: '', pipeline: '' };
}

/** Seeds folder → raw seeds: every regular, non-hidden file, in a stable order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSeed } from './types.ts';
import { sha256 } from '../lib/file-hashes.ts';

export { sha256 };

/** A folder of a page saved "Webpage, Complete": the page's images, styles and frames, beside the page. */
export interface ResourceFolder {
  folder: string;
  page: string;
  files: number;
}

export function listSeeds(dir: string): string[] {
  return listSeedFolder(dir).seeds;
}

/**
 * The seeds, and the resource folders of saved pages left out of them: a browser saving a page
 * "Webpage, Complete" writes `story.html` and, beside it, `story_files/` with its images, styles
 * and frames, which are no articles.
 */
export function listSeedFolder(dir: string): { seeds: string[]; resourceFolders: ResourceFolder[] } {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, '').length + 1))
    .sort();
  const pages = new Map(files.flatMap((name) => (SAVED_PAGE.test(name) ? [[name.replace(SAVED_PAGE, RESOURCES_SUFFIX), name]] : [])));
  const resourceFolders = new Map<string, ResourceFolder>();
  const seeds = files.filter((name) => {
    const folder = pages.size > 0 ? savedPageFolder(name, pages) : undefined;
    if (folder === undefined) return true;
    const known = resourceFolders.get(folder) ?? { folder: `${folder}/`, page: pages.get(folder)!, files: 0 };
    known.files++;
    resourceFolders.set(folder, known);
    return false;
  });
  return { seeds, resourceFolders: [...resourceFolders.values()] };
}

/** The folder of the name's path that is a saved page's resource folder, if one is. */
function savedPageFolder(name: string, pages: Map<string, string>): string | undefined {
  for (let slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
    if (pages.has(name.slice(0, slash))) return name.slice(0, slash);
  }
  return undefined;
}

const SAVED_PAGE = /\.html?$/i;
const RESOURCES_SUFFIX = '_files';

export function readSeed(dir: string, name: string): RawSeed {
  const bytes = readFileSync(join(dir, name));
  return { name, bytes, hash: sha256(bytes) };
}


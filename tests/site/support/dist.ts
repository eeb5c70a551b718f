/** Walking a built site: its pages, where a URL lands, and which internal links lead nowhere. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { attr, pageOf } from './html.ts';

export interface SiteLocation {
  distDir: string;
  /** "/" or "/digest" */
  base: string;
  /** The hosted origin (SITE.site), whose absolute URLs count as internal. */
  site: string;
}

export function htmlFiles(distDir: string): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** "articles/x/index.html" → "/digest/articles/x/"; "404.html" → "/digest/404.html". */
export function urlPathOf(file: string, base: string): string {
  const prefix = base === '/' ? '' : base;
  if (file === 'index.html') return `${prefix}/`;
  return file.endsWith('/index.html') ? `${prefix}/${file.slice(0, -'index.html'.length)}` : `${prefix}/${file}`;
}

/**
 * The file a URL path serves, or undefined when none does. Pages are
 * directories (build.format 'directory', trailingSlash 'always'): "/x/" serves
 * x/index.html and "/x" serves nothing, as on a strict static host.
 */
export function fileForPath(location: SiteLocation, pathname: string): string | undefined {
  const prefix = location.base === '/' ? '' : location.base;
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  let path = decodeURIComponent(pathname.slice(prefix.length + 1));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(location.distDir, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/** Attributes that make a browser fetch or navigate, by element. */
const LINKING = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
] as const;

/**
 * Every internal link in every page that leads nowhere: to a missing file,
 * outside the base path, without its trailing slash, or to a #fragment the
 * target page lacks. Absolute URLs on the hosted origin (canonical, og:url)
 * are internal too.
 */
export function findBrokenLinks(location: SiteLocation): BrokenLink[] {
  const origin = new URL(location.site).origin;
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const page = pageOf(readFileSync(file, 'utf8'));
      found = new Set(page.all('[id]').map((node) => attr(node, 'id')!));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(location.distDir)) {
    const pagePath = urlPathOf(file, location.base);
    const page = pageOf(readFileSync(join(location.distDir, file), 'utf8'));
    const urls = LINKING.flatMap(([selector, name]) => page.all(selector).map((node) => attr(node, name)!));
    for (const property of ['og:url']) {
      for (const node of page.all(`meta[property="${property}"]`)) urls.push(attr(node, 'content')!);
    }
    for (const raw of urls) {
      const url = new URL(raw, new URL(pagePath, origin));
      if (url.origin !== origin) continue;
      const target = fileForPath(location, url.pathname);
      if (!target) {
        broken.push({ page: pagePath, url: raw, reason: 'no such page' });
      } else if (url.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page: pagePath, url: raw, reason: 'no such #fragment' });
      }
    }
  }
  return broken;
}

export function relativeTo(distDir: string, file: string): string {
  return relative(distDir, file).split(sep).join('/');
}

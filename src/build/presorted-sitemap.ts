/**
 * @astrojs/sitemap, handed its pages already in the order it sorts them in.
 *
 * The integration sorts every URL with `localeCompare(b, 'en', { numeric: true })`, which builds a
 * collator per comparison: ~130,000 comparisons and 0.5 s of every build at 10,000 articles. Sorted
 * beforehand with one Intl.Collator of the same locale and options, its sort (a TimSort) makes one
 * pass. Its own sort still decides the order, so the sitemap's bytes are the same either way.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

type SitemapOptions = Parameters<typeof sitemap>[0];
type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

const collator = new Intl.Collator('en', { numeric: true });

export function presortedSitemap(options?: SitemapOptions): AstroIntegration {
  const integration = sitemap(options);
  const buildDone = integration.hooks['astro:build:done'];
  if (!buildDone) return integration;
  const presorted: BuildDone = (params) =>
    buildDone({ ...params, pages: [...params.pages].sort((a, b) => collator.compare(a.pathname, b.pathname)) });
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': presorted } };
}

import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config.ts';
import { getIndexes } from '../site/articles.ts';
import { feedItems } from '../site/feeds.ts';
import { getRegistries } from '../site/registry.ts';
import { absoluteUrl, homeUrl } from '../site/urls.ts';

export async function GET(context: APIContext) {
  const index = await getIndexes();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site ?? absoluteUrl(homeUrl()),
    items: feedItems(index.articles, getRegistries()),
    customData: `<language>${SITE.lang}</language>`,
  });
}

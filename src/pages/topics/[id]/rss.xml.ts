import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../../../config.ts';
import { getIndexes } from '../../../site/articles.ts';
import { feedItems } from '../../../site/feeds.ts';
import { getRegistries, listTopics, type TopicInfo } from '../../../site/registry.ts';
import { absoluteUrl, topicUrl } from '../../../site/urls.ts';
import { topicFeedKey } from '../../../site/cache-keys.ts';

export async function getStaticPaths() {
  const index = await getIndexes();
  return listTopics(getRegistries(), index.topicIds()).map((topic) => ({
    params: { id: topic.id },
    props: { topic },
    cacheKey: topicFeedKey(index, topic),
  }));
}

export async function GET(context: APIContext) {
  const { topic } = context.props as { topic: TopicInfo };
  const index = await getIndexes();
  return rss({
    title: `${SITE.title}: ${topic.label}`,
    description: topic.description ?? `Articles on ${topic.label}.`,
    site: absoluteUrl(topicUrl(topic.id)),
    items: feedItems(index.topic(topic.id), getRegistries()),
    customData: `<language>${SITE.lang}</language>`,
  });
}

/** The site's article dates in ARTICLE_DATE_SHARDS files (src/site/article-dates.ts), for the anchor script. */
import type { APIContext } from 'astro';
import { getIndexes } from '../../site/articles.ts';
import { articleDatesKey } from '../../site/cache-keys.ts';
import { articleDateShard } from '../../site/article-dates.ts';
import { listedDay } from '../../site/calendar.ts';

export async function getStaticPaths() {
  const index = await getIndexes();
  const shards = new Map<string, Record<string, string>>();
  for (const { data } of index.articles) {
    const shard = articleDateShard(data.slug);
    let dates = shards.get(shard);
    if (!dates) shards.set(shard, (dates = {}));
    dates[data.slug] = listedDay(data.date);
  }
  return [...shards].map(([shard, dates]) => ({ params: { shard }, props: { dates }, cacheKey: articleDatesKey(dates) }));
}

export function GET({ props }: APIContext<{ dates: Record<string, string> }>) {
  return new Response(JSON.stringify(props.dates), { headers: { 'Content-Type': 'application/json' } });
}

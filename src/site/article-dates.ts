/**
 * The day of every article, for the script that follows an old anchor (src/scripts/anchor-redirect.ts).
 *
 * Links pasted before listings had month pages point at a head page (`/topics/energy/#<slug>`),
 * which now holds only the latest articles. To send such a link on to the month page holding
 * the article, the script needs the article's date: it fetches one small JSON file, chosen by a
 * hash of the slug, of the ARTICLE_DATE_SHARDS the site's articles are spread over
 * (`/article-dates/<shard>.json`: { slug: "YYYY-MM-DD" }, "undated" for an article whose seed states no
 * date, matching its listings' undated page's links). One map serves every listing, as an
 * article's date is the same wherever it is listed: at 100,000 articles a file is ~25 KB.
 *
 * Imported by the build (src/pages/article-dates/[shard].json.ts) and by the browser script.
 */
export const ARTICLE_DATE_SHARDS = 256;

/** The file an article's date is in: FNV-1a over the slug's UTF-16 units, as two hex digits. */
export function articleDateShard(slug: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < slug.length; index++) {
    hash ^= slug.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % ARTICLE_DATE_SHARDS).toString(16).padStart(2, '0');
}

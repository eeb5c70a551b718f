/**
 * An article's body as its page shows it: the HTML the content loader rendered for a plain page
 * (src/lib/article-html.ts), or, for a page an editor gave components, Astro's `render(entry)`
 * through @astrojs/mdx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { render } from 'astro:content';
import { articleHtmlFolder, readArticleHtml } from '../lib/article-html.ts';
import { isPlainMdx, splitPage } from '../lib/plain-mdx-loader.ts';
import type { Article } from './articles.ts';

type Rendered = Awaited<ReturnType<typeof render>>;

export type ArticleBody = { html: string; Content?: undefined } | { html?: undefined; Content: Rendered['Content'] };

const folder = articleHtmlFolder();

export async function articleBody(entry: Article): Promise<ArticleBody> {
  if (entry.digest !== undefined && existsSync(`${folder}/${entry.digest}.html`)) return { html: readArticleHtml(entry.digest, entry.id, folder) };
  // No rendered body: only a page with components may lack one. A plain one means the loader's output is gone.
  const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
  if (isPlainMdx(splitPage(text, entry.filePath ?? entry.id).body)) readArticleHtml(entry.digest, entry.id, folder);
  return { Content: (await render(entry)).Content };
}

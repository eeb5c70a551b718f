/** The articles a site was built from, read straight from their MDX frontmatter: the tests' ground truth. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../../src/lib/yaml.ts';
import { articleSchema, type ArticleData } from '../../../src/schema/article.ts';

export function readArticles(contentDir: string): ArticleData[] {
  return readdirSync(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(contentDir, file), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!frontmatter) throw new Error(`${file}: no frontmatter`);
      return articleSchema.parse(parseYaml(frontmatter[1]));
    });
}

export function published(articles: ArticleData[]): ArticleData[] {
  return articles.filter((article) => !article.draft);
}

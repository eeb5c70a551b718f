/**
 * An MDX page rendered before its slug is chosen, as the text before and after
 * the slug's line. The run chooses slugs in seed order, after the seeds were
 * prepared on worker threads: handing it text rather than the article's data
 * saves copying a deep object between threads and rendering YAML on the run's
 * thread, which also writes the files.
 */
import type { ArticleData } from '../schema/article.ts';
import { toYamlBlock } from './text/yaml-block.ts';

export interface PageParts {
  /** "---", the frontmatter fields before the slug. */
  head: string;
  /** The frontmatter fields after the slug, "---", the body. */
  tail: string;
}

/** Validated frontmatter (its slug is ignored) and an escaped body → the page around its slug. */
export function renderPage(data: ArticleData, body: string): PageParts {
  const entries = Object.entries(data);
  const at = entries.findIndex(([key]) => key === 'slug');
  return {
    head: `---\n${toYamlBlock(Object.fromEntries(entries.slice(0, at)))}`,
    tail: `${toYamlBlock(Object.fromEntries(entries.slice(at + 1)))}---\n\n${body}`,
  };
}

/** The MDX file: the page with its slug in place. */
export function pageWithSlug(page: PageParts, slug: string): string {
  return `${page.head}${toYamlBlock({ slug })}${page.tail}`;
}

/**
 * Article → MDX text. The frontmatter is validated against the same schema the
 * content collection uses; the body is escaped so that whatever a seed holds
 * ({, <, import, export, backticks, entities) renders as literal text and
 * nothing in it is ever evaluated.
 */
import { articleSchema, type ArticleData, type ArticleInput } from '../schema/article.ts';
import type { SeedFile } from './types.ts';
import { pageWithSlug, renderPage } from './page.ts';

export function serializeArticle(input: ArticleInput, paragraphs: string[], file: SeedFile): string {
  return composeMdx(validateArticle(input, file), renderBody(paragraphs));
}

/** Validated frontmatter and an escaped body → the MDX file. */
export function composeMdx(data: ArticleData, body: string): string {
  return pageWithSlug(renderPage(data, body), data.slug);
}

export function renderBody(paragraphs: string[]): string {
  return `${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}

export function validateArticle(input: ArticleInput, file: SeedFile): ArticleData {
  const result = articleSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    return file.fail(`frontmatter field "${issue.path.join('.')}" ${issue.message}`);
  }
  return result.data;
}

// Markdown, GFM and MDX syntax characters that act anywhere in a line. A backslash
// before ASCII punctuation is always literal in CommonMark, so over-escaping is safe.
const SYNTAX = /[\\`*_{}[\]<>|~&]/g;
// These act only at the start of a paragraph: headings, lists, rules, setext underlines.
const LINE_START_SYNTAX = /^[#+=-]/;

/** One paragraph of plain text → MDX that renders exactly that text. */
export function escapeMdx(paragraph: string): string {
  return paragraph
    .replace(SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, '\\$&')
    // A paragraph opening with "1." or "1)" would become a list.
    .replace(/^(\d+)([.)])/, '$1\\$2')
    // MDX reads a paragraph opening with import/export as JavaScript; a character reference keeps it text.
    .replace(/^(i)(mport\b)|^(e)(xport\b)/, (_, i, mport, e, xport) => (i ? `&#105;${mport}` : `&#101;${xport}`));
}

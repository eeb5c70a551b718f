/**
 * Text → front matter overrides and lines. A seed may open with YAML front
 * matter: any field an editor sets there (title, date, source, ...) wins over
 * what extraction would find, so a seed can be corrected without touching its text.
 * A saved web page (html/detect.ts) is handed on whole as `html`, for the HTML path.
 */
import matter from 'gray-matter';
import { parseYaml } from '../lib/yaml.ts';
import { z } from 'astro/zod';
import { articleSchema } from '../schema/article.ts';
import type { ParsedSeed, SeedFile } from './types.ts';
import { collapseSpaces } from './text/spaces.ts';
import { isHtmlSeed } from './html/detect.ts';
import { parseJsonRecord } from './json-record.ts';
import { parseFeedItem } from './feed-item.ts';
import { splitAtIconNames } from './text/icon-names.ts';
import { readerMetadata } from './text/converter-markup.ts';
import { warn } from './warn.ts';

/** The frontmatter fields an editor may set in a seed; all optional, validated by the article schema. */
const fields = articleSchema.shape;
export const overridesSchema = z
  .object({
    title: fields.title,
    slug: fields.slug,
    date: fields.date,
    source: fields.source,
    url: fields.url,
    dateline: fields.dateline,
    summary: fields.summary,
    // Unwrapped: a default would make every seed override these with an empty value.
    topics: fields.topics.unwrap(),
    entities: fields.entities.unwrap(),
    draft: fields.draft.unwrap(),
  })
  .partial();

const overrideKeys = new Set(Object.keys(overridesSchema.shape));

export function parseSeed(text: string, file: SeedFile): ParsedSeed {
  const { overrides, body } = splitFrontMatter(text, file);
  if (isHtmlSeed(file.path ?? '', body)) return { overrides, lines: [], html: body };
  const record = parseJsonRecord(body) ?? parseFeedItem(body, file);
  if (record) return { overrides, lines: [], record };
  const lines = body.split('\n').flatMap((line) => splitAtIconNames(collapseSpaces(line).trim()));
  const metadata = readerMetadata(lines);
  return metadata ? { overrides, lines, metadata } : { overrides, lines };
}

function splitFrontMatter(text: string, file: SeedFile): { overrides: Overrides; body: string } {
  if (!FRONT_MATTER.test(text)) return { overrides: {}, body: text };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // The project's YAML reader (src/lib/yaml.ts) keeps 2025-02-30 a string for the schema to judge, where
    // gray-matter's default would roll it over into a March date. Passing options also
    // keeps gray-matter from caching every seed's text in memory.
    parsed = matter(text, { engines: { yaml: (source: string) => parseYaml(source) ?? {} } });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return file.fail(`front matter is not valid YAML: ${reason}`);
  }
  const data: Record<string, unknown> = parsed.data ?? {};
  for (const key of Object.keys(data)) {
    if (!overrideKeys.has(key)) warn(file, `front matter field "${key}" is not known: ignored`);
  }
  const known = Object.fromEntries(Object.entries(data).filter(([key]) => overrideKeys.has(key)));
  const result = overridesSchema.safeParse(known);
  if (!result.success) {
    const issue = result.error.issues[0];
    file.fail(`front matter field "${issue.path.join('.')}" ${issue.message}`);
  }
  return { overrides: stripUndefined(result.data as Record<string, unknown>) as Overrides, body: parsed.content };
}

/**
 * Front matter: "---" opening the seed, then a field ("title: …"), a YAML comment, or the closing "---" of an empty
 * block. A page whose text opens with a rule has none: html2text writes a page's first <hr> as "---" over its menus
 * ("  * [English](https://…)"), and reading that as YAML rejected the page, or lost its text up to the next rule.
 */
const FRONT_MATTER = /^---[ \t]*\n(?:[ \t]*\n)*(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\n)|#|---)/;

function stripUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export type Overrides = z.infer<typeof overridesSchema>;

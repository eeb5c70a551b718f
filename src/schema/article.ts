/**
 * The one schema for article frontmatter. The Astro content collection
 * (src/content.config.ts) and the ingest's output validation
 * (src/ingest/serialize.ts) both import it, so they cannot drift apart.
 */
import { z } from 'astro/zod';

// YAML reads an unquoted 2025-05-08 as a timestamp; a hand-edited page may well have one.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real calendar date'),
);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

const webAddress = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const names = z.array(z.string().min(1)).default([]);

export const entityKinds = ['people', 'organizations', 'places'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** How an entity appears in one article: the spellings used and the first sentence naming it. */
export const mentionSchema = z.object({
  kind: z.enum(entityKinds),
  forms: z.array(z.string().min(1)).min(1),
  sentence: z.string(),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  slug,
  /**
   * The day the article was published, as the seed states it. Absent when the seed states none:
   * the article is published undated ("date not stated") rather than lost, and never given a guess.
   */
  date: isoDate.optional(),
  /** Id of an outlet in content/sources.yaml; absent when the outlet is unknown. */
  source: slug.optional(),
  /** The article's address: a link on its page, so http(s) only ("javascript:", "data:" and relative links are rejected). */
  url: webAddress.optional(),
  dateline: z.string().min(1).optional(),
  summary: z.string().min(1),
  /** Topic ids (content/topics.yaml) the article is about: listed on the topic page and in its feed. */
  topics: z.array(slug).default([]),
  /**
   * Topic ids the article only mentions (a sentence, a list item): listed under
   * "Also mentioned in" on the topic page, never in its feed. Not `mentions`,
   * which holds the entities the article names. Never repeats an id of `topics`.
   */
  topicMentions: z.array(slug).default([]),
  /** Per topic of either list, the sentences that earned it, strongest first. */
  evidence: z.record(z.string(), z.array(z.string())).default({}),
  entities: z
    .object({ people: names, organizations: names, places: names })
    .default({ people: [], organizations: [], places: [] }),
  /** Keyed by canonical entity name. */
  mentions: z.record(z.string(), mentionSchema).default({}),
  /** The seed's file name, relative to the seeds folder. */
  seed: z.string().min(1),
  /** sha256 of the seed's bytes: detects unchanged seeds and duplicates. */
  seedHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Set by an editor to keep a page out of the site without deleting it. */
  draft: z.boolean().default(false),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;

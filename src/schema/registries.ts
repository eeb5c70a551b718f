/**
 * Schemas for the registries editors curate in content/*.yaml: outlets,
 * topics and entities. Adding a topic or an alias is an edit there, not here.
 */
import { z } from 'astro/zod';
import { entityKinds } from './article.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const domain = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a domain name, e.g. reuters.com');

export const sourceSchema = z.object({
  id,
  name: z.string().min(1),
  homepage: z.url().optional(),
  /** The outlet's web domains: a saved page whose canonical address is on one (or a subdomain) is credited to it. */
  domains: z.array(domain).default([]),
  /** Regular expressions (case-sensitive unless they say otherwise) whose match in a seed credits this outlet. */
  patterns: z.array(z.string().min(1)).min(1),
});

export const topicSchema = z.object({
  id,
  label: z.string().min(1),
  description: z.string().min(1),
  /** Term → weight. A term is a word or phrase, matched case-insensitively on word boundaries. */
  terms: z.record(z.string().min(1), z.number().positive()),
  /** Phrases that hold a term in another sense ("palm oil" for energy's "oil"): they win over the term inside them and count nothing. */
  otherSenses: z.array(z.string().min(1)).optional(),
});

export const entitySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(entityKinds),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
});

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema) });
export const topicsFileSchema = z.object({ topics: z.array(topicSchema) });
export const entitiesFileSchema = z.object({ entities: z.array(entitySchema) });

export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type RegistryEntity = z.infer<typeof entitySchema>;

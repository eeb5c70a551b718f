/**
 * Runs a page through the project's own ingest, exactly as a build prepares a
 * seed (`prepareSeed` with the extractors made from the editors' registries),
 * and reads back what the page would say: title, date, source, dateline and
 * body.
 */
import { parse } from 'yaml';
import { createExtractors, prepareSeed, type PreparedSeed } from '../ingest/index.ts';
import type { Extractors } from '../ingest/extract/index.ts';
import { sha256 } from '../ingest/read.ts';
import { pageWithSlug } from '../ingest/page.ts';
import { loadRegistries, type Registries } from '../lib/registries.ts';

export const INGEST_PATHS = ['text', 'html'] as const;
export type IngestPath = (typeof INGEST_PATHS)[number];

export type IngestOutcome =
  | { ok: true; title: string; date: string; source?: string; dateline?: string; body: string; warnings: string[]; textHash: string }
  | { ok: false; reason: string; warnings: string[] };

export interface Ingest {
  registries: Registries;
  run(name: string, bytes: Uint8Array): IngestOutcome;
}

export function createIngest(registriesDir: string): Ingest {
  const registries = loadRegistries(registriesDir);
  const extractors: Extractors = createExtractors(registries);
  return {
    registries,
    run: (name, bytes) => outcomeOf(prepareSeed({ name, bytes, hash: sha256(bytes) }, extractors)),
  };
}

function outcomeOf(prepared: PreparedSeed): IngestOutcome {
  if (!prepared.ok) return { ok: false, reason: prepared.reason, warnings: prepared.warnings };
  const mdx = pageWithSlug(prepared.page, 'page');
  const end = mdx.indexOf('\n---\n', 4);
  const data = parse(mdx.slice(4, end)) as { title: string; date: string; source?: string; dateline?: string };
  return {
    ok: true,
    title: data.title,
    date: String(data.date),
    source: data.source,
    dateline: data.dateline,
    body: unescapeMdx(mdx.slice(end + 5)),
    warnings: prepared.warnings,
    textHash: prepared.textHash,
  };
}

/** The page's body as plain text again: the inverse of the serializer's escapeMdx, paragraph by paragraph. */
export function unescapeMdx(body: string): string {
  return body
    .trim()
    .split('\n\n')
    .map((paragraph) => paragraph.replace(/^&#105;(?=mport\b)/, 'i').replace(/^&#101;(?=xport\b)/, 'e').replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .join('\n\n');
}

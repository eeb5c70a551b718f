/**
 * Where each field of an article came from ("date": "line 2, …", "title": "the page's JSON-LD headline"), kept
 * on the seed's file for `npm run ingest -- --explain`: plain data rather than a vfile message, which captures a
 * stack trace and cost the ingest ~3% of its time.
 */
import type { SeedFile } from '../types.ts';

export function explain(file: SeedFile, field: string, reason: string): void {
  (file.data.origins ??= {})[field] = reason;
}

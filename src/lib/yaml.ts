/**
 * The project's one YAML reader and writer: js-yaml, the library Astro itself reads YAML with,
 * on YAML 1.2's core schema, so "2025-05-08" and "2025-02-30" stay the strings the schemas
 * judge (the default schema would make them Dates, rolling the second over into March) and
 * "no" stays a word.
 */
import { CORE_SCHEMA, dump, load } from 'js-yaml';

/** The document's value (undefined for an empty one); throws on invalid YAML, naming `filename` when given. */
export function parseYaml(text: string, filename?: string): unknown {
  return load(text, { schema: CORE_SCHEMA, filename });
}

/** YAML for a plain value, one line per scalar however long. */
export function stringifyYaml(value: unknown): string {
  return dump(value, { schema: CORE_SCHEMA, lineWidth: -1 });
}

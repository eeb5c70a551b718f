/**
 * Reads the editors' registries (content/sources.yaml, topics.yaml,
 * entities.yaml) and validates them. Ingest and the site both load them here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './yaml.ts';
import type { z } from 'astro/zod';
import {
  entitiesFileSchema,
  sourcesFileSchema,
  topicsFileSchema,
  type RegistryEntity,
  type Source,
  type Topic,
} from '../schema/registries.ts';

export interface Registries {
  sources: Source[];
  topics: Topic[];
  entities: RegistryEntity[];
}

export function loadRegistries(dir: string): Registries {
  return {
    sources: readRegistry(join(dir, 'sources.yaml'), sourcesFileSchema).sources,
    topics: readRegistry(join(dir, 'topics.yaml'), topicsFileSchema).topics,
    entities: readRegistry(join(dir, 'entities.yaml'), entitiesFileSchema).entities,
  };
}

function readRegistry<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const result = schema.safeParse(parseYaml(readFileSync(path, 'utf8'), path));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: ${issue.path.join('.') || '(root)'} ${issue.message}`);
  }
  return result.data;
}

/**
 * content/entities.yaml compiled for lookups: every name and alias by its
 * folded key and by its compact key (no spaces), so "Tô Lâm", "To Lam",
 * "Hà Nội", "Ha Noi", "Hanoi", "Viet Nam" and "Vietnam" all find their entry
 * whatever the diacritics, spacing or Unicode normal form of the text.
 */
import type { RegistryEntity } from '../../schema/registries.ts';
import { compactKey, keyOf } from './entity-words.ts';

export interface CompiledRegistry {
  /** The entry a name or alias stands for, by folded key or compact key. */
  lookup(name: string): RegistryEntity | undefined;
  /** Most words in any name or alias: the longest span worth trying. */
  maxWords: number;
  /** Places the registry names, by compact key, for demonym and place checks. */
  isPlace(key: string): boolean;
}

export function compileRegistry(registry: RegistryEntity[]): CompiledRegistry {
  const byKey = new Map<string, RegistryEntity>();
  const byCompactKey = new Map<string, RegistryEntity>();
  // Acronyms match only when written in capitals: "NAM" is the Non-Aligned Movement, "Quảng Nam" is not.
  const acronyms = new Map<string, RegistryEntity>();
  let maxWords = 1;
  for (const entity of registry) {
    for (const name of [entity.name, ...entity.aliases]) {
      // The first entry to claim a spelling keeps it: the registry's order settles clashes.
      if (isAcronym(name)) {
        if (!acronyms.has(compactKey(name))) acronyms.set(compactKey(name), entity);
        continue;
      }
      if (!byKey.has(keyOf(name))) byKey.set(keyOf(name), entity);
      if (!byCompactKey.has(compactKey(name))) byCompactKey.set(compactKey(name), entity);
      maxWords = Math.max(maxWords, name.split(/\s+/).length);
    }
  }
  const places = new Set([...byCompactKey].filter(([, entity]) => entity.kind === 'places').map(([key]) => key));
  return {
    lookup: (name) => (isAcronym(name) ? acronyms.get(compactKey(name)) : undefined) ?? byKey.get(keyOf(name)) ?? byCompactKey.get(compactKey(name)),
    maxWords,
    isPlace: (key) => places.has(key.replace(/[\s-–]+/g, '')),
  };
}

/** "UN", "U.S.", "CPV": capitals (and dots) only. */
function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,8}$/u.test(name);
}

/**
 * content/entities.yaml compiled for lookups. Every name and alias is keyed
 * by its compact key (folded, no spaces or punctuation), so "Tô Lâm", "To Lam",
 * "Hà Nội", "Ha Noi", "Hanoi", "Viet Nam" and "Vietnam" all find their entry
 * whatever the diacritics, spacing or Unicode normal form of the text. Runs of
 * words are matched by growing the compact key word by word, which costs a
 * string concatenation and a set lookup per word. Within a run of words, a
 * spelling written with diacritics must be the entry's own: "Huệ" (of the
 * street "Nguyễn Huệ") is not "Huế", though both fold to "Hue".
 */
import type { RegistryEntity } from '../../schema/registries.ts';
import { compactKey, isKnownPlace } from './entity-words.ts';

/** What the registry needs to know about a word of the text. */
export interface RegistryWord {
  text: string;
  key: string;
  capital: boolean;
}

export interface CompiledRegistry {
  /** The entry a whole name stands for. */
  lookup(name: string): RegistryEntity | undefined;
  /** The longest entry that words[from..] spell, ending before `to`. */
  longestMatch(words: readonly RegistryWord[], from: number, to: number): { to: number; entity: RegistryEntity } | undefined;
  /** Whether the registry lists this (folded) name as a place. */
  isPlace(key: string): boolean;
  /** Whether the registry or the dictionary knows this (folded) name as a place; remembered per name. */
  isAnyPlace(key: string): boolean;
}

export function compileRegistry(registry: RegistryEntity[]): CompiledRegistry {
  const names = new Map<string, RegistryEntity>();
  // Acronyms match only when written in capitals: "NAM" is the Non-Aligned Movement, "Quảng Nam" is not.
  const acronyms = new Map<string, RegistryEntity>();
  // What each compact key is, in one map, so a word that starts no registered name (most do not) costs
  // one lookup, and the acronym expression is asked only where an acronym has that key.
  const known = new Map<string, number>();
  const mark = (key: string, bit: number) => known.set(key, (known.get(key) ?? 0) | bit);
  const accentedSpellings = new Set<string>();
  for (const entity of registry) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = compactKey(name);
      accentedSpellings.add(accentedKey(name));
      const acronym = isAcronym(name);
      const table = acronym ? acronyms : names;
      // The first entry to claim a spelling keeps it: the registry's order settles clashes.
      if (!table.has(key)) table.set(key, entity);
      mark(key, acronym ? ACRONYM : NAME);
      for (let length = 1; length < key.length; length++) mark(key.slice(0, length), PREFIX);
    }
  }
  const places = new Map<string, boolean>();
  const isPlace = (key: string) => lookup(key)?.kind === 'places';
  const lookup = (name: string) => (isAcronym(name) ? acronyms.get(compactKey(name)) : undefined) ?? names.get(compactKey(name));

  /** Written without diacritics, or with those of one of the registry's spellings. */
  const spelledAsListed = (words: readonly RegistryWord[], from: number, to: number) => {
    let text = '';
    for (let i = from; i < to; i++) text += words[i].text;
    return PLAIN_TEXT.test(text) || accentedSpellings.has(accentedKey(text));
  };

  return {
    lookup,
    longestMatch(words, from, to) {
      let best: { to: number; entity: RegistryEntity } | undefined;
      let key = '';
      for (let end = from; end < to; end++) {
        const word = words[end].key;
        key += PLAIN_WORD.test(word) ? word : word.replace(/[^\p{L}\p{N}']+/gu, '');
        const bits = known.get(key) ?? 0;
        const prefix = (bits & PREFIX) !== 0;
        if (bits === 0) break;
        const entity = (end === from && bits & ACRONYM && isAcronym(words[end].text) ? acronyms.get(key) : undefined) ?? (bits & NAME ? names.get(key) : undefined);
        if (entity && words[end].capital && spelledAsListed(words, from, end + 1)) best = { to: end + 1, entity };
        if (!prefix) break;
      }
      return best;
    },
    isPlace,
    isAnyPlace(key) {
      let answer = places.get(key);
      if (answer === undefined) {
        answer = isKnownPlace(key) || isPlace(key);
        if (places.size > 50_000) places.clear();
        places.set(key, answer);
      }
      return answer;
    },
  };
}

/** Bits of a compact key in `known`: it begins a longer key, it is a name's, an acronym's. */
const PREFIX = 1;
const NAME = 2;
const ACRONYM = 4;

const PLAIN_WORD = /^[a-z0-9]+$/;
const PLAIN_TEXT = /^[\p{ASCII}‘’]*$/u;

/** A spelling compared as written, diacritics included: "Hà Nội" and "hà nội" alike, "Huệ" and "Huế" not. */
function accentedKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "UN", "U.S.", "CPV": capitals (and dots) only. */
function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,8}$/u.test(name);
}

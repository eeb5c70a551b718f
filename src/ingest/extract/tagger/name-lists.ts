/**
 * Public lists of names the tagger reads as a feature (entity-lists.txt:
 * "KIND<TAB>name" lines; see its header for where they come from and their
 * licence). Read once per thread.
 */
import { readFileSync } from 'node:fs';
import { kindBit } from './gazetteer.ts';

export const NAME_LISTS_PATH = new URL('./entity-lists.txt', import.meta.url);

let listed: [string, number][] | undefined;

/** Each listed name with its kind's bit. */
export function listedNames(): [string, number][] {
  if (!listed) {
    listed = [];
    for (const line of readFileSync(NAME_LISTS_PATH, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      listed.push([line.slice(tab + 1), kindBit(line.slice(0, tab))]);
    }
  }
  return listed;
}

/**
 * What compromise's lexicon says of one word, as bits the tagger reads:
 * a first name, a surname, a place, an organization, a demonym, a title, a
 * date word, an ordinary word. Remembered per word.
 */
import { keyOf } from '../entity-words.ts';
import { loadLexicon, type Lexicon } from '../lexicon.ts';

export const WORD_CLASSES = ['first-name', 'last-name', 'person', 'place', 'organization', 'demonym', 'title', 'calendar', 'ordinary', 'proper'] as const;

const TAG_CLASSES: Record<string, number> = {
  FirstName: 0, MaleName: 0, FemaleName: 0,
  LastName: 1,
  Person: 2,
  Place: 3, City: 3, Country: 3, Region: 3,
  Organization: 4, SportsTeam: 4,
  Demonym: 5,
  Honorific: 6, Actor: 6,
  Month: 7, WeekDay: 7, Date: 7,
  ProperNoun: 9,
};
const NAME_CLASSES = 0b1000111111;

let lexicon: Lexicon | undefined;
const classes = new Map<string, number>();

/** The lexicon's classes of a folded key, as bits (WORD_CLASSES order). */
export function wordClasses(key: string): number {
  let bits = classes.get(key);
  if (bits === undefined) {
    lexicon ??= loadLexicon();
    bits = 0;
    const tags = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
    if (tags !== undefined) {
      for (const tag of typeof tags === 'string' ? [tags] : tags) {
        const index = TAG_CLASSES[tag];
        if (index !== undefined) bits |= 1 << index;
      }
      // In the dictionary, and not as a name of any kind: an ordinary word.
      if ((bits & NAME_CLASSES & ~(1 << 6) & ~(1 << 7)) === 0) bits |= 1 << 8;
    }
    if (classes.size > 200_000) classes.clear();
    classes.set(key, bits);
  }
  return bits;
}

/** The lexicon's names of more than one word ("new york", "united nations"), with the kind each is filed under. */
export function lexiconPhrases(): [string, string][] {
  lexicon ??= loadLexicon();
  const phrases: [string, string][] = [];
  for (const [key, tags] of Object.entries(lexicon)) {
    if (!key.includes(' ')) continue;
    const list = typeof tags === 'string' ? [tags] : (tags ?? []);
    const kind = list.some((tag) => TAG_CLASSES[tag] === 4) ? 'ORG' : list.some((tag) => TAG_CLASSES[tag] === 3) ? 'LOC' : list.some((tag) => TAG_CLASSES[tag] !== undefined && TAG_CLASSES[tag] <= 2) ? 'PER' : undefined;
    if (kind) phrases.push([key, kind]);
  }
  return phrases;
}

export { keyOf };

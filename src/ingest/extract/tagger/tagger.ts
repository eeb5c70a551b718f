/**
 * Tags a document's tokens with BIO names: features per token (features.ts),
 * scores per token and tag (model.ts), the best sequence per sentence
 * (viterbi.ts).
 */
import { LIST_SOURCES, wordFacts, wordsFeatures, type WordFacts } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { ScoringStage, type ModelData } from './model.ts';
import { listedNames } from './name-lists.ts';
import { TAG_COUNT } from './tags.ts';
import { viterbi } from './viterbi.ts';
import { lexiconPhrases } from './word-classes.ts';

const BITS: Record<string, number> = { PER: 1, ORG: 2, LOC: 4 };

/**
 * The lists of names a tagger reads, in one table (features.ts's LIST_SOURCES): `names` (learned
 * from training data), compromise's names of several words, and the public lists.
 */
export function nameLists(names: Iterable<[string, number]>): Gazetteer {
  const lists = new Gazetteer(3);
  for (const [phrase, kinds] of names) lists.add(phrase, kinds, LIST_SOURCES.training);
  for (const [phrase, kind] of lexiconPhrases()) lists.add(phrase, BITS[kind], LIST_SOURCES.lexicon);
  for (const [phrase, kinds] of listedNames()) lists.add(phrase, kinds, LIST_SOURCES.listed);
  return lists;
}

export class EntityTagger {
  private readonly stage: ScoringStage;
  private readonly lists: Gazetteer;
  /** Emission scores, reused from sentence to sentence. */
  private scores = new Float64Array(256 * TAG_COUNT);

  constructor(model: ModelData) {
    this.stage = new ScoringStage(model.stages[0]);
    this.lists = nameLists(model.names);
  }

  /** Whether a list the tagger reads (training names, compromise's, the public lists) knows these folded words as a name. */
  knowsName(keys: readonly string[]): boolean {
    return this.lists.kindsOf(keys, LIST_SOURCES.training) !== 0 || this.lists.kindsOf(keys, LIST_SOURCES.lexicon) !== 0 || this.listedKinds(keys) !== 0;
  }

  /** The kinds (bits) the public lists file these folded words under. */
  listedKinds(keys: readonly string[]): number {
    return this.lists.kindsOf(keys, LIST_SOURCES.listed);
  }

  /** The tags of each sentence's tokens (ids into TAGS). */
  tag(sentences: readonly (readonly string[])[]): Uint8Array[] {
    return this.tagWords(sentences.map((words) => words.map(wordFacts)));
  }

  /** tag() for tokens whose words are already looked up (wordFacts). */
  tagWords(sentences: WordFacts[][]): Uint8Array[] {
    // Each sentence's tags are a view of one array per document (one buffer to allocate and free, not one a sentence).
    let tokenCount = 0;
    for (const words of sentences) tokenCount += words.length;
    const allTags = new Uint8Array(tokenCount);
    let tokensBefore = 0;
    return wordsFeatures(sentences, this.lists).map((sentence) => {
      const { plain } = sentence;
      const length = plain.length;
      const tags = allTags.subarray(tokensBefore, tokensBefore + length);
      tokensBefore += length;
      if (this.scores.length < length * TAG_COUNT) this.scores = new Float64Array(length * TAG_COUNT * 2);
      this.stage.emissions(sentence, this.scores);
      // Decoded stretch by stretch between plain tokens, which are outside every name (O): the same best path, for less.
      for (let from = 0; from < length; ) {
        if (plain[from]) {
          from++;
          continue;
        }
        let to = from;
        while (to < length && !plain[to]) to++;
        viterbi(this.scores, to - from, TAG_COUNT, this.stage.transitions, tags, from > 0, to < length, from);
        from = to;
      }
      return tags;
    });
  }
}

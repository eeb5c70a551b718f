/**
 * The tagger as the ingest runs it (the model file decoded, its names listed)
 * scored on CoNLL documents, entity by entity as conlleval scores them.
 */
import { EntityTagger } from '../ingest/extract/tagger/tagger.ts';
import type { ModelData } from '../ingest/extract/tagger/model.ts';
import { TAGS } from '../ingest/extract/tagger/tags.ts';
import { emptyScores, scoreSentence, type Document, type KindScores } from './conll.ts';

export function scoreTagger(model: ModelData, documents: Document[]): KindScores {
  const tagger = new EntityTagger(model);
  const scores = emptyScores();
  for (const document of documents) {
    const tags = tagger.tag(document.sentences.map((sentence) => sentence.words));
    document.sentences.forEach((sentence, s) => scoreSentence(sentence.tags, Array.from(tags[s], (tag) => TAGS[tag]), scores));
  }
  return scores;
}

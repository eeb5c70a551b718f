/**
 * The entity tagger's pieces on literal inputs: the tokenizer's CoNLL
 * conventions, the features, the lists of names, Viterbi decoding, the
 * perceptron, the model file's round trip, conlleval's scoring; and the
 * shipped model against the development scores it was trained to, so a model
 * left stale by a change to the features fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFeatures, FEATURE_VERSION, LIST_SOURCES, tokenFeatures, type SentenceFeatures } from '../../src/ingest/extract/tagger/features.ts';
import { Gazetteer, wordHash } from '../../src/ingest/extract/tagger/gazetteer.ts';
import { keyOf } from '../../src/ingest/extract/entity-words.ts';
import { decodeModel, encodeModel, quantize, ScoringStage } from '../../src/ingest/extract/tagger/model.ts';
import { MODEL_SUMMARY_PATH, shippedModel } from '../../src/ingest/extract/tagger/shipped-model.ts';
import { tagId, tagSpans, TAG_COUNT, TAGS } from '../../src/ingest/extract/tagger/tags.ts';
import { tokenizeSentence } from '../../src/ingest/extract/tagger/tokenize.ts';
import { viterbi } from '../../src/ingest/extract/tagger/viterbi.ts';
import { emptyScores, iob1ToBio, parseConll, rates, readConll, scoreSentence, spansOf } from '../../src/tagger-training/conll.ts';
import { detokenize } from '../../src/tagger-training/conll-text.ts';
import { scoreTagger } from '../../src/tagger-training/evaluate-tagger.ts';
import { AveragedPerceptron, predict, shuffled, type Example } from '../../src/tagger-training/perceptron.ts';
import { roundedScores } from '../../src/tagger-training/report.ts';
import { DEV_SAMPLE_DOCUMENTS } from '../../src/tagger-training/settings.ts';

const words = (sentence: string) => tokenizeSentence(sentence).map((token) => token.text);

describe('tokenizeSentence, as Reuters text was split for CoNLL', () => {
  it.each([
    ["Germany's exports rose 3.5% to 1,000 tonnes.", ['Germany', "'s", 'exports', 'rose', '3.5', '%', 'to', '1,000', 'tonnes', '.']],
    ['Officials in the U.S. and Mr. Smith of AT&T Inc. agreed.', ['Officials', 'in', 'the', 'U.S.', 'and', 'Mr.', 'Smith', 'of', 'AT&T', 'Inc.', 'agreed', '.']],
    ['“We don’t know,” said O’Brien.', ['"', 'We', 'do', "n't", 'know', ',', '"', 'said', 'O’Brien', '.']],
    ["The Vietnam News Agency (VNA)'s reporter — an all-rounder", ['The', 'Vietnam', 'News', 'Agency', '(', 'VNA', ')', "'s", 'reporter', '--', 'an', 'all-rounder']],
    ['Azerbaijan–Việt Nam ties; workers’ pay', ['Azerbaijan', '-', 'Việt', 'Nam', 'ties', ';', 'workers', "'", 'pay']],
  ])('%s', (sentence, expected) => {
    expect(words(sentence)).toEqual(expected);
  });

  it('keeps where each token stands in the sentence', () => {
    const sentence = 'Tô Lâm’s visit';
    expect(tokenizeSentence(sentence).map((token) => sentence.slice(token.start, token.end))).toEqual(['Tô', 'Lâm', '’s', 'visit']);
  });
});

describe('the lists of names', () => {
  const list = new Gazetteer();
  list.add('New York', 4);
  list.add('New York Times', 2);
  list.add('Hà Nội', 4);

  it('match the longest listed name, folding case and diacritics', () => {
    const sentence = tokenizeSentence('The New York Times reached Ha Noi and NEW YORK');
    const hashes = Uint32Array.from(sentence, (token) => wordHash(keyOf(token.text)));
    const { kinds, lengths } = list.match(hashes, new Uint8Array(hashes.length).fill(1));
    expect([...lengths[0]]).toEqual([0, 3, 0, 0, 0, 2, 0, 0, 2, 0]);
    expect([...kinds[0]]).toEqual([0, 2, 0, 0, 0, 4, 0, 0, 4, 0]);
    expect(list.kindsOf(['ha', 'noi'])).toBe(4);
    expect(list.kindsOf(['new'])).toBe(0);
  });

  it('keep sources apart in one table', () => {
    const lists = new Gazetteer(2);
    lists.add('Kleinwort Benson', 2, 1);
    lists.add('Kleinwort', 1, 0);
    const hashes = Uint32Array.from(['Kleinwort', 'Benson'], (text) => wordHash(keyOf(text)));
    const { kinds, lengths } = lists.match(hashes, Uint8Array.from([1, 1]));
    expect([...lengths[0]]).toEqual([1, 0]);
    expect([...lengths[1]]).toEqual([2, 0]);
    expect([kinds[0][0], kinds[1][0]]).toEqual([1, 2]);
  });
});

describe('documentFeatures', () => {
  const featuresOf = (sentences: string[][], lists = new Gazetteer(3)) => documentFeatures(sentences, lists);
  const featuresAt = (sentence: SentenceFeatures, t: number) => [...tokenFeatures(sentence, t)];

  it('gives no features to a token two words or more from any capital, and others to the rest', () => {
    const [sentence] = featuresOf([words('prices rose sharply in the week after Smith left .')]);
    expect([...sentence.plain]).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(featuresAt(sentence, 0)).toEqual([]);
    expect(featuresAt(sentence, 7).length).toBeGreaterThan(20);
  });

  it('gives a word in the same context the same features, and in another context others', () => {
    const [a, b, c] = featuresOf([words('Officials met Smith today .'), words('Officials met Smith today .'), words('Officials met Smith in Rome .')]);
    expect(featuresAt(a, 2)).toEqual(featuresAt(b, 2));
    expect(featuresAt(a, 2)).not.toEqual(featuresAt(c, 2));
  });

  it('reads how the rest of the document writes a word in a headline in capitals', () => {
    const [alone] = featuresOf([words('LEICESTERSHIRE WIN')]);
    const [withText] = featuresOf([words('LEICESTERSHIRE WIN'), words('Yesterday Leicestershire beat Somerset .')]);
    expect(featuresAt(withText, 0)).not.toEqual(featuresAt(alone, 0));
  });

  it('reads a list that names the word, and where in the name it stands', () => {
    const lists = new Gazetteer(3);
    lists.add('Kleinwort Benson', 2, LIST_SOURCES.listed);
    const [plain] = featuresOf([words('Analysts at Kleinwort Benson said .')]);
    const [listed] = featuresOf([words('Analysts at Kleinwort Benson said .')], lists);
    // The list's kinds at "Kleinwort" (first word of the name) and at "Benson" (last): two features each.
    expect(featuresAt(listed, 2).length).toBe(featuresAt(plain, 2).length + 2);
    expect(featuresAt(listed, 3).length).toBe(featuresAt(plain, 3).length + 2);
    expect(featuresAt(listed, 2).slice(-2)).not.toEqual(featuresAt(listed, 3).slice(-2));
    expect(featuresAt(listed, 0)).toEqual(featuresAt(plain, 0));
  });
});

describe('viterbi', () => {
  const O = tagId('O');
  const BPER = tagId('B-PER');
  const IPER = tagId('I-PER');
  const IORG = tagId('I-ORG');
  const flat = { pairs: new Float64Array(TAG_COUNT * TAG_COUNT), start: new Float64Array(TAG_COUNT) };

  function emissions(rows: Record<number, number>[]): Float64Array {
    const scores = new Float64Array(rows.length * TAG_COUNT);
    rows.forEach((row, t) => {
      for (const [tag, score] of Object.entries(row)) scores[t * TAG_COUNT + Number(tag)] = score;
    });
    return scores;
  }

  it('takes the best path', () => {
    const tags = viterbi(emissions([{ [BPER]: 2 }, { [IPER]: 2 }, { [O]: 1 }]), 3, TAG_COUNT, flat, new Uint8Array(3));
    expect([...tags].map((tag) => TAGS[tag])).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('never continues a name of another kind, nor opens one with I-', () => {
    const tags = viterbi(emissions([{ [IORG]: 5, [O]: 1 }, { [IORG]: 5, [BPER]: 1 }]), 2, TAG_COUNT, flat, new Uint8Array(2));
    expect(tagSpans(tags).every((span) => TAGS[tags[span.from]].startsWith('B-'))).toBe(true);
  });

  it('decodes a stretch between tokens outside every name as the whole sentence would', () => {
    const pairs = Float64Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, i) => ((i * 7) % 5) - 2);
    const start = Float64Array.from({ length: TAG_COUNT }, (_, i) => (i % 3) - 1);
    const rows = [{ [O]: 0.5, [BPER]: 1 }, { [IPER]: 2, [O]: 1 }, { [BPER]: 0.2, [O]: 0.1 }];
    const whole = emissions([{ [O]: 0 }, ...rows, { [O]: 0 }]);
    for (const t of [0, 4]) whole.fill(-Infinity, t * TAG_COUNT + 1, (t + 1) * TAG_COUNT);
    const full = viterbi(whole, 5, TAG_COUNT, { pairs, start }, new Uint8Array(5));
    const stretch = viterbi(emissions(rows), 3, TAG_COUNT, { pairs, start }, new Uint8Array(3), true, true);
    expect([...stretch]).toEqual([...full.subarray(1, 4)]);
  });

  it('weighs transitions against emissions', () => {
    const pairs = new Float64Array(TAG_COUNT * TAG_COUNT);
    pairs[BPER * TAG_COUNT + IPER] = 3;
    const tags = viterbi(emissions([{ [BPER]: 2 }, { [O]: 1, [IPER]: 0 }]), 2, TAG_COUNT, { pairs, start: flat.start }, new Uint8Array(2));
    expect([...tags]).toEqual([BPER, IPER]);
  });
});

describe('the averaged perceptron', () => {
  it('learns a toy tagging, the same way every time', () => {
    // Feature 0: "capitalized", feature 1: "ordinary word"; names are capitalized.
    const example = (capitals: boolean[]): Example => ({
      rows: Int32Array.from(capitals.map((capital) => (capital ? 0 : 1))),
      offsets: Uint32Array.from({ length: capitals.length + 1 }, (_, i) => i),
      gold: Uint8Array.from(capitals, (capital, i) => (capital ? (capitals[i - 1] ? tagId('I-PER') : tagId('B-PER')) : tagId('O'))),
    });
    const examples = [example([true, true, false]), example([false, true, false]), example([false, false, true])];
    const train = () => {
      const perceptron = new AveragedPerceptron(2);
      for (let epoch = 1; epoch <= 5; epoch++) perceptron.epoch(examples, shuffled(examples.length, epoch));
      return perceptron.averaged();
    };
    const weights = train();
    for (const item of examples) expect([...predict(item, weights)]).toEqual([...item.gold]);
    expect(train()).toEqual(weights);
  });
});

describe('the model file', () => {
  it('reads back what was written, weights rounded to 8 bits, empty rows left out', () => {
    const hashes = Uint32Array.from([30, 10, 20]);
    const weights = new Float64Array(3 * TAG_COUNT);
    weights[0] = 2.54; // row 0, tag O
    weights[1 * TAG_COUNT + 1] = -1.3; // row 1, B-PER
    weights[2 * TAG_COUNT + 2] = 0.001; // row 2 rounds to nothing
    const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => i / 10);
    const stage = quantize(hashes, weights, transitions);
    expect([...stage.features]).toEqual([10, 30]);
    expect(stage.weights[1 * TAG_COUNT]).toBe(127);
    expect(stage.weights[1]).toBe(-65);
    const model = { featureVersion: FEATURE_VERSION, stages: [stage], names: [['New York', 4]] as [string, number][], info: { note: 'test' } };
    const read = decodeModel(encodeModel(model));
    expect(read.featureVersion).toBe(FEATURE_VERSION);
    expect([...read.stages[0].features]).toEqual([10, 30]);
    expect([...read.stages[0].weights]).toEqual([...stage.weights]);
    expect([...read.stages[0].transitions]).toEqual([...Float32Array.from(transitions)]);
    expect(read.stages[0].scale).toBeCloseTo(2.54 / 127);
    expect(read.names).toEqual([['New York', 4]]);
    expect(read.info).toEqual({ note: 'test' });
    const scoring = new ScoringStage(read.stages[0]);
    const [sentence] = documentFeatures([['Smith']], new Gazetteer(3));
    const scored = { ...sentence, context: Uint32Array.from([30, 99]), offsets: Uint32Array.from([0, 2]), words: [{ ...sentence.words[0], own: new Uint32Array(0) }] };
    const out = scoring.emissions(scored, new Float64Array(TAG_COUNT));
    expect(out[0]).toBeCloseTo(2.54);
  });

  it('refuses a file that is not one', () => {
    expect(() => decodeModel(new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/train:entities/);
  });
});

describe('conlleval scoring', () => {
  it('reads IOB1 and scores exact spans and kinds', () => {
    const [document] = parseConll('-DOCSTART- -X- -X- O\r\n\r\nPeter NNP I-NP I-PER\r\nBlackburn NNP I-NP I-PER\r\nvisited VBD I-VP O\r\nEU NNP I-NP I-ORG\r\nUN NNP I-NP B-ORG\r\n');
    const { words: tokens, tags } = document.sentences[0];
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'B-ORG']);
    expect(iob1ToBio(['I-LOC', 'I-LOC', 'B-LOC'])).toEqual(['B-LOC', 'I-LOC', 'B-LOC']);
    expect(spansOf(tags)).toEqual([{ from: 0, to: 2, kind: 'PER' }, { from: 3, to: 4, kind: 'ORG' }, { from: 4, to: 5, kind: 'ORG' }]);
    const scores = emptyScores();
    scoreSentence(tags, ['B-PER', 'O', 'O', 'B-ORG', 'I-ORG'], scores);
    expect(scores.PER).toEqual({ correct: 0, found: 1, expected: 1 });
    expect(scores.ORG).toEqual({ correct: 0, found: 1, expected: 2 });
    expect(detokenize(tokens).text).toBe('Peter Blackburn visited EU UN');
    expect(rates({ correct: 1, found: 2, expected: 4 }).f1).toBeCloseTo(1 / 3);
  });
});

describe('the shipped model', () => {
  const summary = JSON.parse(readFileSync(MODEL_SUMMARY_PATH, 'utf8'));

  it('was trained on the features this code computes', () => {
    expect(shippedModel().featureVersion).toBe(FEATURE_VERSION);
  });

  it('scores on the first documents of eng.testa what it scored when trained', () => {
    const dev = readConll(new URL('../../../shared/datasets/conll2003/eng.testa', import.meta.url).pathname).slice(0, DEV_SAMPLE_DOCUMENTS);
    const scores = roundedScores(scoreTagger(shippedModel(), dev), ['PER', 'ORG', 'LOC', 'MISC']);
    for (const kind of ['PER', 'ORG', 'LOC', 'all']) expect(scores[kind].f1, kind).toBeCloseTo(summary.devSample.scores[kind].f1, 3);
    expect(summary.dev.all.f1).toBeGreaterThanOrEqual(0.9);
  });
});

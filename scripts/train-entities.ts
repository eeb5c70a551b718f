/**
 * npm run train:entities -- [--data DIR]
 * Trains the entity tagger on CoNLL-2003 eng.train, choosing epochs on
 * eng.testa, and writes src/ingest/extract/tagger/entity-model.bin with its
 * summary entity-model.json. Never reads eng.testb, the held-out test.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConll } from '../src/tagger-training/conll.ts';
import { roundedScores, scoreRows, SCORE_HEADER } from '../src/tagger-training/report.ts';
import { trainTagger } from '../src/tagger-training/train.ts';
import { DEV_SAMPLE_DOCUMENTS, TRAINING } from '../src/tagger-training/settings.ts';
import { scoreTagger } from '../src/tagger-training/evaluate-tagger.ts';
import { decodeModel, encodeModel } from '../src/ingest/extract/tagger/model.ts';
import { MODEL_PATH, MODEL_SUMMARY_PATH } from '../src/ingest/extract/tagger/shipped-model.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/datasets/conll2003' } } });
const trainPath = join(values.data, 'eng.train');
const devPath = join(values.data, 'eng.testa');
const started = process.cpuUsage();
const train = readConll(trainPath);
const dev = readConll(devPath);

const trained = trainTagger({ train, dev, ...TRAINING, log: (line) => console.log(line) });
const bytes = encodeModel(trained.model);
// Scored as the ingest will run it: the file read back, weights rounded to 8 bits.
const shipped = decodeModel(bytes);
const devScores = scoreTagger(shipped, dev);
const sampleScores = scoreTagger(shipped, dev.slice(0, DEV_SAMPLE_DOCUMENTS));
const kinds = ['PER', 'ORG', 'LOC', 'MISC'];
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);

writeFileSync(MODEL_PATH, bytes);
const summary = {
  trainedOn: { file: 'eng.train', sha256: digest(trainPath), documents: train.length },
  epochsChosenOn: { file: 'eng.testa', sha256: digest(devPath), documents: dev.length },
  settings: TRAINING,
  epochs: trained.epochs,
  features: trained.model.stages[0].features.length,
  names: trained.model.names.length,
  modelBytes: bytes.length,
  dev: roundedScores(devScores, kinds),
  devSample: { documents: DEV_SAMPLE_DOCUMENTS, scores: roundedScores(sampleScores, kinds) },
};
writeFileSync(MODEL_SUMMARY_PATH, `${JSON.stringify(summary, null, 2)}\n`);
const used = process.cpuUsage(started);
console.log(`\n${MODEL_PATH.pathname}: ${(bytes.length / 1e6).toFixed(2)} MB, ${((used.user + used.system) / 1e6).toFixed(0)} CPU-s`);
console.log(`eng.testa, as shipped:\n${[...SCORE_HEADER, ...scoreRows(devScores, kinds)].join('\n')}`);

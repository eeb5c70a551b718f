/**
 * npm run train:topics: fits the topic model on the fit part of the labelled set
 * and writes src/ingest/extract/topic-model.json (see src/topic-training/).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../src/lib/registries.ts';
import { labelledSetOrExit } from '../src/topic-training/dataset.ts';
import { trainTopicModel } from '../src/topic-training/train.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const model = trainTopicModel(labelledSetOrExit(root, 'train:topics'), loadRegistries(root + 'content/').topics);
const out = fileURLToPath(new URL('../src/ingest/extract/topic-model.json', import.meta.url));
writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
console.log(`train:topics: wrote ${out}`);

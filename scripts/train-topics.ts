/**
 * npm run train:topics: fits the topic model on the fit part of the labelled set
 * and writes src/ingest/extract/topic-model.json (see src/topic-training/).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../src/lib/registries.ts';
import { datasetsPresent, defaultPaths, loadLabelledSet } from '../src/topic-training/dataset.ts';
import { trainTopicModel } from '../src/topic-training/train.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const paths = defaultPaths(root);
if (!datasetsPresent(paths)) {
  console.error(`train:topics: the public datasets are not at ${paths.datasets} (set DIGEST_DATASETS)`);
  process.exit(2);
}
const model = trainTopicModel(loadLabelledSet(paths), loadRegistries(root + 'content/').topics);
const out = fileURLToPath(new URL('../src/ingest/extract/topic-model.json', import.meta.url));
writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
console.log(`train:topics: wrote ${out}`);
console.log(JSON.stringify(model));

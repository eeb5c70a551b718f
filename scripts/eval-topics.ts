/**
 * npm run eval:topics [-- --wrong]: per-topic precision and recall of the topic
 * scorer on the fit and held parts of the labelled set; --wrong lists the
 * articles it got wrong for `about`.
 */
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../src/lib/registries.ts';
import { datasetsPresent, defaultPaths, loadLabelledSet } from '../src/topic-training/dataset.ts';
import { evaluate, formatTable } from '../src/topic-training/evaluate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const paths = defaultPaths(root);
if (!datasetsPresent(paths)) {
  console.error(`eval:topics: the public datasets are not at ${paths.datasets} (set DIGEST_DATASETS)`);
  process.exit(2);
}
const rows = evaluate(loadLabelledSet(paths), loadRegistries(root + 'content/').topics);
console.log(formatTable(rows));
if (process.argv.includes('--wrong')) {
  for (const row of rows) {
    for (const id of row.aboutWrong.spurious) console.log(`${row.part} ${row.topic} about, not labelled so: ${id}`);
    for (const id of row.aboutWrong.missed) console.log(`${row.part} ${row.topic} labelled about, missed: ${id}`);
  }
}

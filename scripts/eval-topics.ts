/**
 * npm run eval:topics [-- --wrong]: per-topic precision and recall of the topic
 * scorer on the fit and held parts of the labelled set; --wrong lists the
 * articles it got wrong for `about`.
 */
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../src/lib/registries.ts';
import { labelledSetOrExit } from '../src/topic-training/dataset.ts';
import { evaluate, formatTable } from '../src/topic-training/evaluate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = evaluate(labelledSetOrExit(root, 'eval:topics'), loadRegistries(root + 'content/').topics);
console.log(formatTable(rows));
if (process.argv.includes('--wrong')) {
  for (const row of rows) {
    for (const id of row.aboutWrong.spurious) console.log(`${row.part} ${row.topic} about, not labelled so: ${id}`);
    for (const id of row.aboutWrong.missed) console.log(`${row.part} ${row.topic} labelled about, missed: ${id}`);
  }
}

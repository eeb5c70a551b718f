/**
 * npm run build:entity-lists -- --from DIR
 * Writes src/ingest/extract/tagger/entity-lists.txt from GATE ANNIE's gazetteer files in DIR
 * (a clone of GateNLP/gateplugin-ANNIE at the commit named in src/tagger-training/public-lists.ts,
 * folder src/main/resources/resources/gazetteer). Run npm run train:entities afterwards.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NAME_LISTS_PATH } from '../src/ingest/extract/tagger/name-lists.ts';
import { summarizeAnnieLists } from '../src/tagger-training/public-lists.ts';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: npm run build:entity-lists -- --from <gateplugin-ANNIE>/src/main/resources/resources/gazetteer');
  process.exit(2);
}
const text = summarizeAnnieLists(values.from);
writeFileSync(NAME_LISTS_PATH, text);
console.log(`${NAME_LISTS_PATH.pathname}: ${text.split('\n').filter((line) => line && !line.startsWith('#')).length} names`);

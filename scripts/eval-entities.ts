/**
 * npm run eval:entities -- [--data DIR] [--mistakes] [--without RULE,RULE]
 * Scores the entity finder, per kind (people, organizations, places; MISC is
 * learned but not kept):
 *   1. the shipped tagger alone on CoNLL-2003 eng.testa, entity by entity,
 *      exact span and kind, as conlleval computes it;
 *   2. the finder (tagger, registry, rules, merging) on the same documents'
 *      text, per article: the distinct names of each kind as written; and the
 *      whole ingest (clean stage included) on them made into wire seeds;
 *   3. the finder on the repo's own annotated articles
 *      (tests/fixtures/articles/gold.json and held-out/gold.json).
 * --without leaves rules of entity-rules.ts out, to measure what each adds.
 * Never reads eng.testb, the held-out test.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEntityFinder } from '../src/ingest/extract/entities.ts';
import { RULES } from '../src/ingest/extract/entity-rules.ts';
import { createExtractors } from '../src/ingest/extract/index.ts';
import { shippedModel } from '../src/ingest/extract/tagger/shipped-model.ts';
import { loadRegistries } from '../src/lib/registries.ts';
import { scoreFinderOnDocuments, scoreIngestOnDocuments } from '../src/tagger-training/article-score.ts';
import { emptyScores, readConll, type KindScores } from '../src/tagger-training/conll.ts';
import { scoreTagger } from '../src/tagger-training/evaluate-tagger.ts';
import { scoreRows, SCORE_HEADER } from '../src/tagger-training/report.ts';
import { FIXTURES_DIR, HELD_OUT_DIR, gold, heldOutGold, scoreGold } from '../tests/ingest/entity-quality.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/datasets/conll2003' }, mistakes: { type: 'boolean', default: false }, without: { type: 'string', default: '' } },
});
const without = new Set(values.without.split(',').filter(Boolean));
for (const id of without) if (!RULES.some((rule) => rule.id === id)) throw new Error(`no rule "${id}" (rules: ${RULES.map((rule) => rule.id).join(', ')})`);
const rules = RULES.filter((rule) => !without.has(rule.id));
const dev = readConll(join(values.data, 'eng.testa'));
const registries = loadRegistries(new URL('../content/', import.meta.url).pathname);
const table = (title: string, scores: KindScores, kinds: string[]) => console.log(`\n${title}\n${[...SCORE_HEADER, ...scoreRows(scores, kinds)].join('\n')}`);

table(`The tagger on eng.testa (${dev.length} documents), entity by entity`, scoreTagger(shippedModel(), dev), ['PER', 'ORG', 'LOC', 'MISC']);

const find = createEntityFinder(registries.entities, rules);
const mistakes = { missed: [] as string[], spurious: [] as string[] };
table(`The finder on eng.testa's ${dev.length} documents, distinct names per article`, scoreFinderOnDocuments(dev, find, mistakes), ['PER', 'ORG', 'LOC']);
if (values.mistakes) console.log(`missed: ${mistakes.missed.join(' | ')}\nspurious: ${mistakes.spurious.join(' | ')}`);
if (without.size === 0) table(`The whole ingest on eng.testa made into ${dev.length} wire seeds, distinct names per article`, scoreIngestOnDocuments(dev, createExtractors(registries)), ['PER', 'ORG', 'LOC']);

const KIND_NAMES = { people: 'PER', organizations: 'ORG', places: 'LOC' } as const;
for (const [label, set, dir] of [['gold.json', gold, FIXTURES_DIR], ['held-out/gold.json', heldOutGold, HELD_OUT_DIR]] as const) {
  const results = scoreGold(set, dir, (article) => find(article.paragraphs, { dateline: article.dateline }));
  const scores = emptyScores(['PER', 'ORG', 'LOC']);
  for (const { score } of results) {
    for (const [kind, name] of Object.entries(KIND_NAMES)) {
      const counts = score.byKind[kind as keyof typeof KIND_NAMES];
      scores[name].correct += counts.truePositives;
      scores[name].found += counts.found;
      scores[name].expected += counts.expected;
    }
  }
  table(`The finder on tests/fixtures/articles/${label} (${results.length} articles)`, scores, ['PER', 'ORG', 'LOC']);
  if (values.mistakes) for (const { name, score } of results) console.log(`${name}: spurious ${score.spurious.join(', ')}; missed ${score.missed.join(', ')}`);
}

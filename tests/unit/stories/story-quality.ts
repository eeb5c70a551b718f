/**
 * Precision and recall of the story grouping's same-story decisions on real
 * coverage: ECB+ (./ecb-plus.ts), read from a fetched mirror of
 * tommasoc80/EventStoryLine (`fetch` it, then pass its git directory).
 *
 *   node tests/unit/stories/story-quality.ts --mirror /work/.mirror/tommasoc80+EventStoryLine/repo [--tune]
 *
 * Every article is given the same date: ECB+ has no publication dates for half
 * its articles, and the two events of a topic happened years apart, which the
 * date window alone would tell apart. The figures are therefore those of the
 * hard case, articles of one week, where only the names and the words decide.
 *
 * Two measures, each over the tuning topics (1–35) and the reported topics
 * (36–45, never tuned on):
 *  - pair decisions: every pair of articles, "same story" when they share a name
 *    that blocks (STORY_RULES.blockLimit) and score at least the threshold;
 *  - stories: the groups findStoryGroups makes, scored by pairs (two articles in
 *    one group that report one event are a true positive).
 * `--tune` searches the text weight, the place weight and the threshold on the tuning
 * topics and prints the best by F1 of the stories in one week; the chosen values go into
 * STORY_RULES by hand (README, Stories, says why those).
 */
import { parseArgs } from 'node:util';
import { findStoryGroups, pairScore, scorePairs, STORY_RULES, type StoryRules } from '../../../src/site/stories.ts';
import { nameKeys } from '../../../src/site/story-features.ts';
import { labels, readEcbPlus, type LabelledArticle } from './ecb-plus.ts';

const { values } = parseArgs({ options: { mirror: { type: 'string' }, tune: { type: 'boolean', default: false } } });
const mirror = values.mirror ?? process.env.ECB_PLUS_MIRROR;
if (!mirror) {
  console.error('usage: node tests/unit/stories/story-quality.ts --mirror <git directory of tommasoc80/EventStoryLine> [--tune]');
  process.exit(2);
}

const rejected: string[] = [];
const all = readEcbPlus(mirror, '2020-01-01', (document, reason) => rejected.push(`${document}: ${reason}`));
console.log(`${all.length} articles read, ${rejected.length} rejected by the ingest${rejected.length ? `: ${rejected.slice(0, 5).join('; ')}` : ''}`);
const splits = {
  tune: all.filter((article) => labels.split.tune.includes(article.topic)),
  report: all.filter((article) => labels.split.report.includes(article.topic)),
};

interface Counts {
  truePositives: number;
  predicted: number;
  expected: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
function figures({ truePositives, predicted, expected }: Counts) {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expected);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const show = (counts: Counts) => {
  const { precision, recall, f1 } = figures(counts);
  return `precision ${percent(precision)}, recall ${percent(recall)}, F1 ${percent(f1)} (${counts.truePositives} of ${counts.predicted} found, ${counts.expected} expected)`;
};

/**
 * How the articles are dated. "one week": all on one day, so a topic's two events (same kind,
 * often the same people) are compared. "events apart": each half of ECB+ on its own, so they are
 * not; ECB's events (Google News, 2008–2009) and ECB+'s (found in 2013, most of 2009–2013) lie
 * weeks to years apart, beyond the date window a digest applies.
 */
type Setting = 'one week' | 'events apart';
const SETTINGS: Setting[] = ['one week', 'events apart'];

/** The half of ECB+ an article belongs to: its topic's first event ("ecb") or second ("ecbplus"). */
const half = (article: LabelledArticle) => article.event.split('/')[1];
const compared = (setting: Setting, a: LabelledArticle, b: LabelledArticle) => setting === 'one week' || half(a) === half(b);

/** Each pair's similarities, and whether it shares a blocking name; computed once per split. */
function pairTable(articles: LabelledArticle[]) {
  const score = scorePairs(articles);
  const keys = articles.map(({ data }) => new Set(nameKeys(data)));
  const frequency = new Map<string, number>();
  for (const set of keys) for (const key of set) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const pairs: { a: LabelledArticle; b: LabelledArticle; blocked: boolean; text: number; names: number }[] = [];
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      const blocked = [...keys[a]].some((key) => keys[b].has(key) && frequency.get(key)! <= STORY_RULES.blockLimit);
      pairs.push({ a: articles[a], b: articles[b], blocked, ...score(a, b) });
    }
  }
  return pairs;
}

/** Every pair is a decision: "same story" when it shares a blocking name and scores at least the threshold. */
function pairDecisions(pairs: ReturnType<typeof pairTable>, rules: StoryRules, setting: Setting): Counts {
  const counts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  for (const pair of pairs) {
    if (!compared(setting, pair.a, pair.b)) continue;
    const same = pair.a.event === pair.b.event;
    const decided = pair.blocked && pairScore(pair.text, pair.names, rules) >= rules.threshold;
    if (same) counts.expected++;
    if (decided) counts.predicted++;
    if (decided && same) counts.truePositives++;
  }
  return counts;
}

/** The stories findStoryGroups makes, scored by pairs. */
function storyPairs(articles: LabelledArticle[], rules: StoryRules, setting: Setting): Counts {
  const story = new Map<LabelledArticle, number>();
  const runs = setting === 'one week' ? [articles] : ['ecb', 'ecbplus'].map((name) => articles.filter((article) => half(article) === name));
  let number = 0;
  for (const run of runs) for (const group of findStoryGroups(run, rules)) group.articles.forEach((article) => story.set(article, number), number++);
  const counts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      if (!compared(setting, articles[a], articles[b])) continue;
      const same = articles[a].event === articles[b].event;
      const grouped = story.has(articles[a]) && story.get(articles[a]) === story.get(articles[b]);
      if (same) counts.expected++;
      if (grouped) counts.predicted++;
      if (grouped && same) counts.truePositives++;
    }
  }
  return counts;
}

if (values.tune) {
  const results: { rules: StoryRules; figures: Record<Setting, ReturnType<typeof figures>> }[] = [];
  for (const placeWeight of [0.25, 0.5, 1]) {
    for (let weight = 0; weight <= 1.0001; weight += 0.1) {
      for (let threshold = 0.1; threshold <= 0.4001; threshold += 0.025) {
        const rules = { ...STORY_RULES, placeWeight, textWeight: Math.round(weight * 10) / 10, threshold: Math.round(threshold * 1000) / 1000 };
        results.push({ rules, figures: { 'one week': figures(storyPairs(splits.tune, rules, 'one week')), 'events apart': figures(storyPairs(splits.tune, rules, 'events apart')) } });
      }
    }
  }
  console.log('tuning topics, stories scored by pairs, best F1 in one week first (precision / recall):');
  for (const { rules, figures: by } of results.sort((a, b) => b.figures['one week'].f1 - a.figures['one week'].f1).slice(0, 12)) {
    const line = SETTINGS.map((setting) => `${setting} ${percent(by[setting].precision)} / ${percent(by[setting].recall)} (F1 ${percent(by[setting].f1)})`);
    console.log(`  text weight ${rules.textWeight}, place weight ${rules.placeWeight}, threshold ${rules.threshold}: ${line.join('; ')}`);
  }
}

console.log(`STORY_RULES: text weight ${STORY_RULES.textWeight}, place weight ${STORY_RULES.placeWeight}, threshold ${STORY_RULES.threshold}, block limit ${STORY_RULES.blockLimit}`);
for (const [name, articles] of Object.entries(splits)) {
  const events = new Set(articles.map((article) => article.event)).size;
  const pairs = pairTable(articles);
  console.log(`${name} topics: ${articles.length} articles, ${events} events`);
  for (const setting of SETTINGS) {
    console.log(`  ${setting}: pair decisions ${show(pairDecisions(pairs, STORY_RULES, setting))}`);
    console.log(`  ${setting}: stories        ${show(storyPairs(articles, STORY_RULES, setting))}`);
  }
}

/**
 * ECB+ (Cybulska & Vossen, LREC 2014; CC BY 3.0) read in place from a fetched
 * mirror, as articles the story grouping can take. ECB+ holds 982 news articles
 * found through Google in 43 topics; each topic holds two events of one kind
 * (Tara Reid's and Lindsay Lohan's checking into rehab; two earthquakes), and
 * each event is reported by several outlets. Two articles report one story when
 * they report the same event: the labels in ecb-plus-labels.json, taken from the
 * corpus's file names (`<topic>_<n>ecb.xml` is the topic's first event,
 * `<topic>_<n>ecbplus.xml` its second).
 *
 * The texts come tokenized, one token an element; they are put back together
 * (spaces before punctuation dropped) and run through the ingest as a seed, so
 * the names, headline and lede are those the site would have. The `ecbplus`
 * articles open with their address, headline and date; the `ecb` ones are bare
 * text, given a headline made from the lede as any seed without one is. No
 * article text is kept in this project: only the labels and this reader.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { createExtractors, prepareSeed } from '../../../src/ingest/index.ts';
import { pageWithSlug } from '../../../src/ingest/page.ts';
import { sha256 } from '../../../src/ingest/read.ts';
import { loadRegistries } from '../../../src/lib/registries.ts';
import { articleSchema, type ArticleData } from '../../../src/schema/article.ts';
import { slugify } from '../../../src/lib/slugify.ts';

export interface Labels {
  source: { repository: string; commit: string; folder: string; licence: string };
  split: { tune: number[]; report: number[] };
  /** Document name ("1_10ecbplus") → its event ("1/ecbplus"). */
  events: Record<string, string>;
}

export interface LabelledArticle {
  /** "1_10ecbplus" */
  document: string;
  topic: number;
  event: string;
  data: ArticleData;
}

export const labels = JSON.parse(readFileSync(new URL('./ecb-plus-labels.json', import.meta.url), 'utf8')) as Labels;

/** Every labelled document in the mirror (a git directory) as the ingest reads it; `date` stands for every article's date. */
export function readEcbPlus(mirror: string, date: string, onRejected: (document: string, reason: string) => void = () => {}): LabelledArticle[] {
  const extractors = createExtractors(loadRegistries(new URL('../../../content/', import.meta.url).pathname));
  const files = git(mirror, ['ls-tree', '-r', labels.source.commit, '--', `${labels.source.folder}/`])
    .split('\n')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t.*\/(\d+_\d+ecb(?:plus)?)\.xml$/.exec(line))
    .filter((match) => match !== null)
    .map(([, blob, document]) => ({ blob, document }));
  const texts = readBlobs(
    mirror,
    files.map((file) => file.blob),
  );
  const articles: LabelledArticle[] = [];
  files.forEach(({ document }, index) => {
    const event = labels.events[document];
    if (!event) return;
    const seed = seedText(texts[index], document.endsWith('plus'), date);
    const bytes = new TextEncoder().encode(seed.text);
    const prepared = prepareSeed({ name: `${document}.txt`, bytes, hash: sha256(bytes) }, extractors);
    if (!prepared.ok) return onRejected(document, prepared.reason);
    const slug = slugify(document.replace('_', ' '));
    const parsed = articleSchema.parse(matter(pageWithSlug(prepared.page, slug)).data);
    articles.push({ document, topic: Number(document.split('_')[0]), event, data: { ...parsed, source: seed.outlet } });
  });
  return articles;
}

/** One ECB+ document as the text of a seed: front matter with the date, then its headline and paragraphs. */
function seedText(xml: string, opensWithAddress: boolean, date: string): { text: string; outlet?: string } {
  const sentences = tokenizedSentences(xml);
  let outlet: string | undefined;
  if (opensWithAddress) {
    const address = sentences.shift()?.replace(/\s+/g, '') ?? '';
    outlet = /^https?:\/\/(?:www\.)?([^/]+)/.exec(address)?.[1]?.replace(/\./g, '-');
    // The line under the headline is its date ("May 03 , 2013", "On Tue , 16 / 08 / 2011 - 13 : 42"): not article text.
    if (sentences.length > 2 && /\b(1[89]|20)\d\d\b/.test(sentences[1]) && sentences[1].split(' ').length <= 12) sentences.splice(1, 1);
  }
  const text = sentences.map(detokenize);
  return { text: `---\ndate: ${date}\n---\n${text.join('\n\n')}\n`, outlet };
}

/** The document's tokens, one string a sentence, tokens separated by spaces. */
function tokenizedSentences(xml: string): string[] {
  const sentences = new Map<number, string[]>();
  for (const [, sentence, token] of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const list = sentences.get(Number(sentence)) ?? [];
    list.push(decodeXml(token));
    sentences.set(Number(sentence), list);
  }
  return [...sentences.entries()].sort(([a], [b]) => a - b).map(([, tokens]) => tokens.join(' '));
}

/** "Reid 's rep said , `` We ... '' ." → "Reid's rep said, “We ...”." */
function detokenize(sentence: string): string {
  return sentence
    .replace(/`` ?/g, '“')
    .replace(/ ?''/g, '”')
    .replace(/ (n't|'s|'re|'ll|'ve|'d|'m)\b/gi, '$1')
    .replace(/ ([.,;:!?%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/(\w) - (\w)/g, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
}

function git(mirror: string, args: string[], input?: string): string {
  return execFileSync('git', ['--git-dir', mirror, ...args], { input, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
}

/** The blobs' texts, in order, read in one `git cat-file --batch`. */
function readBlobs(mirror: string, blobs: string[]): string[] {
  const output = execFileSync('git', ['--git-dir', mirror, 'cat-file', '--batch'], { input: blobs.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024 });
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < blobs.length; i++) {
    const headerEnd = output.indexOf(10, at);
    const size = Number(output.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
    texts.push(output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return texts;
}

/**
 * The labelled set of the topic scorer: tests/fixtures/topic-labels/labels.yaml
 * joined to each article's text, read where it lives (seeds/, tests/fixtures/,
 * and the public datasets in ../shared/datasets, never copied into the
 * project), and split into a part to fit on and a held part to report on.
 *
 * Texts are the paragraphs the scorer would see: seeds and fixture pages go
 * through the ingest's own decode, parse and clean stages; fixture MDX pages
 * give their body; a benchmark page gives its gold articleBody (a paragraph a
 * line); a CoNLL-2003 document gives its sentences, detokenized, without the
 * headline and dateline lines the ingest would set aside. Each also gives its
 * headline, as the ingest passes the title: the seed's title line, the page's
 * frontmatter title, the benchmark page's og:title (or <title>), the CoNLL
 * document's first line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { join } from 'node:path';
import { VFile } from 'vfile';
import matter from 'gray-matter';
import { parseYaml } from '../lib/yaml.ts';
import { cleanSeed } from '../ingest/clean.ts';
import { decodeSeed } from '../ingest/decode.ts';
import { parseSeed } from '../ingest/parse.ts';
import { readHtmlPage } from '../ingest/html/read-page.ts';
import { cleanPage } from '../ingest/html/clean-page.ts';

export const LABEL_TOPICS = ['energy', 'education', 'culture', 'tourism'] as const;
export type LabelTopic = (typeof LABEL_TOPICS)[number];
export type Tier = 'about' | 'mentions' | 'no';
export type Part = 'fit' | 'held';

export interface LabelledArticle {
  id: string;
  site: string;
  gist: string;
  labels: Record<LabelTopic, Tier>;
  reasons: Partial<Record<LabelTopic, string>>;
  part: Part;
  paragraphs: string[];
  headline?: string;
}

export interface DatasetPaths {
  /** The project's root (seeds/, tests/fixtures/). */
  root: string;
  /** ../shared/datasets from the root, unless DIGEST_DATASETS says otherwise. */
  datasets: string;
}

export function defaultPaths(root: string): DatasetPaths {
  return { root, datasets: process.env.DIGEST_DATASETS ?? join(root, '..', 'shared', 'datasets') };
}

/**
 * The split, decided by the outlet alone, before any scoring: the seeds and the
 * project's fixtures are fit on (their outlets are the digest's own), every
 * Reuters text is held (all of CoNLL-2003, and reuters.com in the benchmark),
 * every Media Cloud page (htmldate's set, labelled after the first model was
 * fit, so never tuned on), and a benchmark site is held when the first hex
 * digit of sha256(site) is 0–7.
 */
export function partOf(site: string, id = ''): Part {
  if (site === 'seeds' || site === 'fixtures') return 'fit';
  if (site === 'reuters' || site === 'reuters.com' || id.startsWith('htmldate/')) return 'held';
  return Number.parseInt(sha256(site)[0], 16) < 8 ? 'held' : 'fit';
}

interface RawLabel {
  id: string;
  site: string;
  gist: string;
  [topic: string]: string;
}

const LABEL = /^(about|mentions|no): (.+)$/;

export function loadLabelledSet(paths: DatasetPaths): LabelledArticle[] {
  const file = join(paths.root, 'tests', 'fixtures', 'topic-labels', 'labels.yaml');
  const raw = (parseYaml(readFileSync(file, 'utf8'), file) as { articles: RawLabel[] }).articles;
  const texts = new TextReader(paths);
  return raw.map((entry) => {
    const labels = {} as Record<LabelTopic, Tier>;
    const reasons: Partial<Record<LabelTopic, string>> = {};
    for (const topic of LABEL_TOPICS) {
      const value = entry[topic];
      if (value === undefined) {
        labels[topic] = 'no';
        continue;
      }
      const match = LABEL.exec(value);
      if (!match) throw new Error(`${file}: ${entry.id}: ${topic} must be "about: …", "mentions: …" or "no: …"`);
      labels[topic] = match[1] as Tier;
      reasons[topic] = match[2];
    }
    return { id: entry.id, site: entry.site, gist: entry.gist, labels, reasons, part: partOf(entry.site, entry.id), ...texts.read(entry.id) };
  });
}

/** The labelled set for a command line: one clear line and exit code 2 when the datasets are missing. */
export function labelledSetOrExit(root: string, command: string): LabelledArticle[] {
  const paths = defaultPaths(root);
  if (!datasetsPresent(paths)) {
    console.error(`${command}: the public datasets are not at ${paths.datasets} (set DIGEST_DATASETS)`);
    process.exit(2);
  }
  return loadLabelledSet(paths);
}

/** Whether the public datasets are where the labelled set expects them. */
export function datasetsPresent(paths: DatasetPaths): boolean {
  return existsSync(join(paths.datasets, 'article-extraction-benchmark', 'ground-truth.json')) && existsSync(join(paths.datasets, 'conll2003', 'eng.train'));
}

class TextReader {
  private benchmark?: Map<string, { key: string; body: string }>;
  private conll = new Map<string, string[][][]>();
  private readonly paths: DatasetPaths;

  constructor(paths: DatasetPaths) {
    this.paths = paths;
  }

  read(id: string): ArticleText {
    const slash = id.indexOf('/');
    const [kind, rest] = [id.slice(0, slash), id.slice(slash + 1)];
    if (kind === 'seed') return cleanedText(join(this.paths.root, 'seeds', rest));
    if (kind === 'fixture') {
      const path = join(this.paths.root, 'tests', 'fixtures', rest);
      return rest.endsWith('.mdx') ? mdxText(path) : cleanedText(path);
    }
    if (kind === 'aeb') return this.benchmarkText(rest);
    if (kind === 'conll') return this.conllText(rest);
    if (kind === 'htmldate') return this.htmldateText(rest);
    throw new Error(`topic labels: unknown id ${id}`);
  }

  private benchmarkText(prefix: string): ArticleText {
    const dir = join(this.paths.datasets, 'article-extraction-benchmark');
    this.benchmark ??= new Map(
      Object.entries(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>).map(([key, page]) => [
        key.slice(0, 16),
        { key, body: page.articleBody },
      ]),
    );
    const page = this.benchmark.get(prefix);
    if (page === undefined) throw new Error(`topic labels: no benchmark page ${prefix}`);
    const html = gunzipSync(readFileSync(join(dir, 'html', `${page.key}.html.gz`))).toString('utf8');
    return { paragraphs: page.body.split('\n').map((line) => line.trim()).filter(Boolean), headline: pageTitle(html) };
  }

  /** A Media Cloud page as a scraper saves it, through the ingest's own HTML path (Readability, then the page clean). */
  private htmldateText(file: string): ArticleText {
    if (!/^\d+$/.test(file)) throw new Error(`topic labels: no htmldate page ${file}`);
    const path = join(this.paths.datasets, 'htmldate-mediacloud-2020', 'pages', `${file}.html.gz`);
    return cleanedText(`${file}.html`, gunzipSync(readFileSync(path)));
  }

  private conllText(ref: string): ArticleText {
    const [name, number] = ref.split('#');
    if (name === 'eng.testb') throw new Error('topic labels: CoNLL eng.testb is the held-out test and is never read');
    let documents = this.conll.get(name);
    if (!documents) this.conll.set(name, (documents = conllDocuments(readFileSync(join(this.paths.datasets, 'conll2003', name), 'utf8'))));
    const sentences = documents[Number(number)];
    if (!sentences) throw new Error(`topic labels: no CoNLL document ${ref}`);
    // The first line is the headline; a dateline ("OSLO 1996-08-22") may follow, and a byline before it.
    const lines = sentences.map(detokenize);
    const dateline = lines.findIndex((line) => /\b\d{4}-\d{2}-\d{2}$/.test(line));
    return { paragraphs: lines.slice(dateline >= 0 && dateline <= 2 ? dateline + 1 : 1), headline: lines[0] };
  }
}

export interface ArticleText {
  paragraphs: string[];
  headline?: string;
}

/** What the ingest's own stages make of a seed or a saved page: the paragraphs and title line the topic scorer sees. */
export function cleanedText(path: string, bytes: Uint8Array = readFileSync(path)): ArticleText {
  const file = new VFile({ path });
  const { lines, html } = parseSeed(decodeSeed(bytes, file), file);
  const page = html === undefined ? undefined : readHtmlPage(html, file);
  const cleaned = page ? cleanPage(page.paragraphs, page.metadata.titles) : cleanSeed(lines);
  return { paragraphs: cleaned.paragraphs, headline: cleaned.titleLine ?? page?.metadata.titles[0] };
}

/** The body of a fixture page: its paragraphs with MDX's backslash escapes undone. */
function mdxText(path: string): ArticleText {
  const page = matter(readFileSync(path, 'utf8'));
  const paragraphs = page.content
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').replace(/\\(.)/g, '$1').trim())
    .filter(Boolean);
  return { paragraphs, headline: typeof page.data.title === 'string' ? page.data.title : undefined };
}

/** A page's headline from its metadata: og:title, else <title>. */
function pageTitle(html: string): string | undefined {
  const og = /<meta\b[^>]*\bproperty=["']og:title["'][^>]*>/i.exec(html)?.[0];
  const content = og && /\bcontent=(["'])(.*?)\1/is.exec(og)?.[2];
  const title = content || /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return title ? decodeHTML(title).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/** CoNLL-2003 text → documents → sentences → tokens; -DOCSTART- lines separate documents. */
export function conllDocuments(text: string): string[][][] {
  const documents: string[][][] = [];
  let sentences: string[][] = [];
  let tokens: string[] = [];
  const endSentence = () => {
    if (tokens.length > 0) sentences.push(tokens);
    tokens = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      if (sentences.length > 0) documents.push(sentences);
      sentences = [];
    } else if (line.trim() === '') endSentence();
    else tokens.push(line.split(' ')[0]);
  }
  endSentence();
  if (sentences.length > 0) documents.push(sentences);
  return documents;
}

/** Tokens → a sentence as printed: no space before closing punctuation or after opening brackets. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?%)\]])/g, '$1')
    .replace(/([([$]) /g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d)\b/g, '$1')
    .replace(/" (.*?) "/g, '"$1"');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

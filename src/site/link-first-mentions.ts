/**
 * A hast plugin for Astro's Markdown processor (Sätteri, Astro 7's default: it
 * runs its own hast plugins rather than rehype's, with the same tree shapes).
 * It links each entity's FIRST mention in an article body to the entity's page,
 * so the MDX the ingest writes stays plain prose.
 *
 * What to link comes from the article's own frontmatter, `mentions`: per
 * canonical name, the kind and the spellings (`forms`) the article uses.
 * Astro hands the frontmatter to plugins as `ctx.data.astro.frontmatter`.
 */
import type { HastNode, HastPluginDefinition, HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import type { EntityKind } from '../schema/article.ts';

export interface LinkFirstMentionsOptions {
  /** The page of an entity, from its kind and canonical name. */
  entityUrl: (kind: EntityKind, name: string) => string;
  /** Class on each link, for a quieter style than ordinary links. */
  className?: string;
}

interface Target {
  name: string;
  href: string;
}

type Text = Extract<HastNode, { type: 'text' }>;

/** ’ and ': a form's curly apostrophe also matches a straight one (formPattern). */
const RIGHT_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

/** Text inside these is left alone: a link cannot nest, code is literal, a heading is not the body. */
const SKIP_INSIDE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

export function linkFirstMentions(options: LinkFirstMentionsOptions): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so the "already linked" set is per article.
  return (context: PluginFactoryContext) => {
    const astro = context.data.astro as { frontmatter?: { mentions?: unknown } } | undefined;
    const matcher = mentionMatcher(astro?.frontmatter?.mentions, options.entityUrl);
    if (!matcher) return null;
    const linked = new Set<string>();
    const skipped = new WeakMap<object, boolean>();
    const plugin: HastPluginDefinition = {
      name: 'digest:link-first-mentions',
      text(node, ctx) {
        const value = node.value.normalize('NFC');
        const mentions = firstMentions(value, matcher, linked);
        // Where the node sits is asked only when it would be linked: most text mentions nothing new.
        if (mentions.length === 0 || isInside(node, ctx, skipped)) return;
        for (const mention of mentions) linked.add(mention.target.href);
        ctx.replaceNode(node, linkedPieces(value, mentions, options.className));
      },
    };
    return plugin;
  };
}

export interface MentionMatcher {
  /** By the code point a form starts with: the forms that start with it, longest first, as sticky patterns. */
  byFirstCodePoint: Map<number, RegExp[]>;
  /** Finds the next character a form starts with: a class of byFirstCodePoint's keys. */
  starts: RegExp;
  byForm: Map<string, Target>;
}

/** Letters and digits: one on either side of a form means it is part of a longer word ("Lam" in "Lamb"). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** WORD_CHARACTER's answer by code point, worked out once per build for each one met. */
const isWordCodePoint = new Map<number, boolean>();
/** Patterns finding where forms may start, by the characters they start with. */
const startPatterns = new Map<string, RegExp>();
/** Forms as compared (normalizeForm), by form as written: the same names recur in thousands of articles. */
const normalForms = new Map<string, string>();
/** Sticky patterns by (normalized) form, kept across articles: the same names recur in thousands of them. */
const stickyPatterns = new Map<string, RegExp>();

/**
 * What to look for in an article: every form of every entity, longest first, so
 * "Heydar Aliyev Foundation" wins over "Heydar Aliyev" where both start. A form
 * two entities share is dropped: linking it to either could be wrong.
 *
 * It finds what `(?<![\p{L}\p{N}])(?:form|form|…)(?![\p{L}\p{N}])` finds, but
 * without compiling that expression: V8 would compile a fresh one for every
 * article (the alternatives differ), ~1.4 ms each, most of what linking cost a
 * 10,000-article build. Each form's own pattern is compiled once per build.
 */
export function mentionMatcher(mentions: unknown, entityUrl: LinkFirstMentionsOptions['entityUrl']): MentionMatcher | undefined {
  if (!mentions || typeof mentions !== 'object') return undefined;
  const byForm = new Map<string, Target>();
  const ambiguous = new Set<string>();
  for (const [name, mention] of Object.entries(mentions as Record<string, { kind?: EntityKind; forms?: unknown }>)) {
    if (!mention?.kind || !Array.isArray(mention.forms)) continue;
    const href = entityUrl(mention.kind, name);
    for (const raw of [name, ...mention.forms]) {
      if (typeof raw !== 'string' || !raw.trim()) continue;
      const form = normalizeForm(raw);
      const known = byForm.get(form);
      if (known && known.href !== href) ambiguous.add(form);
      else byForm.set(form, { name, href });
    }
  }
  for (const form of ambiguous) byForm.delete(form);
  if (byForm.size === 0) return undefined;
  const byFirstCodePoint = new Map<number, RegExp[]>();
  for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    let pattern = stickyPatterns.get(form);
    if (!pattern) stickyPatterns.set(form, (pattern = new RegExp(formPattern(form), 'uy')));
    const first = form.codePointAt(0)!;
    // A form's ’ also matches a straight apostrophe in the text (formPattern).
    for (const codePoint of first === RIGHT_QUOTE ? [RIGHT_QUOTE, APOSTROPHE] : [first]) {
      const list = byFirstCodePoint.get(codePoint);
      if (list) list.push(pattern);
      else byFirstCodePoint.set(codePoint, [pattern]);
    }
  }
  // Articles naming the same entities share one pattern: few distinct classes, each compiled once.
  const firsts = [...byFirstCodePoint.keys()]
    .sort((a, b) => a - b)
    .map((codePoint) => String.fromCodePoint(codePoint).replace(/[\\\]\[^-]/, '\\$&'))
    .join('');
  let starts = startPatterns.get(firsts);
  if (!starts) startPatterns.set(firsts, (starts = new RegExp(`[${firsts}]`, 'gu')));
  return { byFirstCodePoint, starts, byForm };
}

interface Mention {
  index: number;
  text: string;
  target: Target;
}

/** The first mention in `value` of each entity not in `linked`, in order. */
function firstMentions(value: string, matcher: MentionMatcher, linked: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (const { index, text } of wholeWordMatches(value, matcher)) {
    const target = matcher.byForm.get(normalizeForm(text));
    if (!target || linked.has(target.href) || seen.has(target.href)) continue;
    seen.add(target.href);
    mentions.push({ index, text, target });
  }
  return mentions;
}

/** `value` as text nodes with each of `mentions` made a link. */
function linkedPieces(value: string, mentions: Mention[], className?: string): HastNode[] {
  const pieces: HastNode[] = [];
  let last = 0;
  for (const { index, text: found, target } of mentions) {
    if (index > last) pieces.push(text(value.slice(last, index)));
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: className ? { href: target.href, className: [className] } : { href: target.href },
      children: [text(found)],
    });
    last = index + found.length;
  }
  if (last < value.length) pieces.push(text(value.slice(last)));
  return pieces;
}

/**
 * Left to right, what the expression in mentionMatcher's comment would match: at each
 * position not following a letter or digit, the first form (longest first) that matches
 * there and is not followed by one; the search goes on after a match. The positions tried are
 * those of characters a form starts with, found by `starts` (at 10,000 articles, stepping
 * through every character in JavaScript cost ~3 s of a build).
 */
function* wholeWordMatches(value: string, { byFirstCodePoint, starts }: MentionMatcher): Generator<{ index: number; text: string }> {
  // One pattern serves many articles: each search starts it afresh, and runs to its end before the next.
  starts.lastIndex = 0;
  for (let start = starts.exec(value); start; start = starts.exec(value)) {
    const index = start.index;
    if (isWordCharacter(value.codePointAt(previousCodePoint(value, index)))) continue;
    const text = formAt(value, index, byFirstCodePoint.get(value.codePointAt(index)!)!);
    if (!text) continue;
    yield { index, text };
    starts.lastIndex = index + text.length;
  }
}

function formAt(value: string, index: number, patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = index;
    const match = pattern.exec(value);
    if (match && !isWordCharacter(value.codePointAt(index + match[0].length))) return match[0];
  }
  return undefined;
}

/** Where the code point before `index` starts (a surrogate pair is one code point); -1 at the start. */
function previousCodePoint(value: string, index: number): number {
  if (index === 0) return -1;
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
  return index >= 2 && isLow(value.charCodeAt(index - 1)) && isHigh(value.charCodeAt(index - 2)) ? index - 2 : index - 1;
}

function isWordCharacter(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  let isWord = isWordCodePoint.get(codePoint);
  if (isWord === undefined) isWordCodePoint.set(codePoint, (isWord = WORD_CHARACTER.test(String.fromCodePoint(codePoint))));
  return isWord;
}

/**
 * Smart punctuation turns the body's ' into ’ while the frontmatter keeps what
 * the ingest wrote, and line wrapping can split a name: forms compare with
 * curly apostrophes, single spaces and NFC.
 */
function normalizeForm(form: string): string {
  let normal = normalForms.get(form);
  if (normal === undefined) normalForms.set(form, (normal = form.normalize('NFC').replace(/'/g, '’').replace(/\s+/g, ' ').trim()));
  return normal;
}

function formPattern(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/’/g, "['’]")
    .replace(/ /g, '\\s+');
}

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * Whether a node lies inside an element of SKIP_INSIDE. Worked out once per parent and kept in
 * `skipped` (Sätteri hands out the same object for a parent throughout a pass): the text nodes
 * of one paragraph share the answer.
 */
function isInside(node: Readonly<HastNode>, ctx: HastVisitorContext, skipped: WeakMap<object, boolean>): boolean {
  const parent = ctx.parent(node);
  if (!parent) return false;
  let inside = skipped.get(parent);
  if (inside === undefined) {
    inside = (parent.type === 'element' && SKIP_INSIDE.has(parent.tagName)) || isInside(parent, ctx, skipped);
    skipped.set(parent, inside);
  }
  return inside;
}

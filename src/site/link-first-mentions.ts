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

/** Text inside these is left alone: a link cannot nest, code is literal, a heading is not the body. */
const SKIP_INSIDE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

export function linkFirstMentions(options: LinkFirstMentionsOptions): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so the "already linked" set is per article.
  return (context: PluginFactoryContext) => {
    const astro = context.data.astro as { frontmatter?: { mentions?: unknown } } | undefined;
    const matcher = mentionMatcher(astro?.frontmatter?.mentions, options.entityUrl);
    if (!matcher) return null;
    const linked = new Set<string>();
    const plugin: HastPluginDefinition = {
      name: 'digest:link-first-mentions',
      text(node, ctx) {
        if (isInside(node, ctx)) return;
        const pieces = linkText(node.value.normalize('NFC'), matcher, linked, options.className);
        if (pieces) ctx.replaceNode(node, pieces);
      },
    };
    return plugin;
  };
}

export interface MentionMatcher {
  /** By the character a form starts with: the forms that start with it, longest first, as sticky patterns. */
  byFirstCharacter: Map<string, RegExp[]>;
  byForm: Map<string, Target>;
}

/** Letters and digits: one on either side of a form means it is part of a longer word ("Lam" in "Lamb"). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Sticky patterns by form, kept across articles: the same names recur in thousands of them. */
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
  const byFirstCharacter = new Map<string, RegExp[]>();
  for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    const source = formPattern(form);
    let pattern = stickyPatterns.get(source);
    if (!pattern) stickyPatterns.set(source, (pattern = new RegExp(source, 'uy')));
    const first = String.fromCodePoint(form.codePointAt(0)!);
    // A form's ’ also matches a straight apostrophe in the text (formPattern).
    for (const character of first === '’' ? ['’', "'"] : [first]) {
      const list = byFirstCharacter.get(character);
      if (list) list.push(pattern);
      else byFirstCharacter.set(character, [pattern]);
    }
  }
  return { byFirstCharacter, byForm };
}

/**
 * Splits a text into text and link nodes at the first mention of each entity
 * not yet in `linked` (which it updates); undefined when nothing is linked.
 */
export function linkText(value: string, matcher: MentionMatcher, linked: Set<string>, className?: string): HastNode[] | undefined {
  const pieces: HastNode[] = [];
  let last = 0;
  for (const { index, text: found } of wholeWordMatches(value, matcher)) {
    const target = matcher.byForm.get(normalizeForm(found));
    if (!target || linked.has(target.href)) continue;
    linked.add(target.href);
    if (index > last) pieces.push(text(value.slice(last, index)));
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: className ? { href: target.href, className: [className] } : { href: target.href },
      children: [text(found)],
    });
    last = index + found.length;
  }
  if (pieces.length === 0) return undefined;
  if (last < value.length) pieces.push(text(value.slice(last)));
  return pieces;
}

/**
 * Left to right, what the expression in mentionMatcher's comment would match: at each
 * position not following a letter or digit, the first form (longest first) that matches
 * there and is not followed by one; the search goes on after a match.
 */
function* wholeWordMatches(value: string, { byFirstCharacter }: MentionMatcher): Generator<{ index: number; text: string }> {
  let index = 0;
  while (index < value.length) {
    const codePoint = value.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const candidates = byFirstCharacter.get(value.slice(index, index + width));
    const text = candidates && !isWordCharacter(value.codePointAt(previousCodePoint(value, index))) ? formAt(value, index, candidates) : undefined;
    if (text === undefined) {
      index += width;
      continue;
    }
    yield { index, text };
    index += text.length;
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
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/**
 * Smart punctuation turns the body's ' into ’ while the frontmatter keeps what
 * the ingest wrote, and line wrapping can split a name: forms compare with
 * curly apostrophes, single spaces and NFC.
 */
function normalizeForm(form: string): string {
  return form.normalize('NFC').replace(/'/g, '’').replace(/\s+/g, ' ').trim();
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

function isInside(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && SKIP_INSIDE.has(parent.tagName)) return true;
  }
  return false;
}

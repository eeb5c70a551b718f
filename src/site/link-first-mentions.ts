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
  pattern: RegExp;
  byForm: Map<string, Target>;
}

/**
 * One regular expression for every form of every entity, longest first, so
 * "Heydar Aliyev Foundation" wins over "Heydar Aliyev" where both start. A form
 * two entities share is dropped: linking it to either could be wrong.
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
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(formPattern);
  // Letters and digits on either side mean the form is part of a longer word ("Lam" in "Lamb").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, byForm };
}

/**
 * Splits a text into text and link nodes at the first mention of each entity
 * not yet in `linked` (which it updates); undefined when nothing is linked.
 */
export function linkText(value: string, matcher: MentionMatcher, linked: Set<string>, className?: string): HastNode[] | undefined {
  const pieces: HastNode[] = [];
  let last = 0;
  for (const match of value.matchAll(matcher.pattern)) {
    const target = matcher.byForm.get(normalizeForm(match[0]));
    if (!target || linked.has(target.href)) continue;
    linked.add(target.href);
    if (match.index > last) pieces.push(text(value.slice(last, match.index)));
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: className ? { href: target.href, className: [className] } : { href: target.href },
      children: [text(match[0])],
    });
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  if (last < value.length) pieces.push(text(value.slice(last)));
  return pieces;
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

/**
 * The tagger's labels: BIO over four kinds of name (CoNLL's people,
 * organizations, places and MISC, the last learned so that nationalities,
 * events and titles of works are told from the others, then left out).
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

const TAG_IDS = new Map<string, number>(TAGS.map((tag, id) => [tag, id]));

export function tagId(tag: string): number {
  const id = TAG_IDS.get(tag);
  if (id === undefined) throw new Error(`unknown tag ${tag}`);
  return id;
}

/** Each tag's kind, worked out once: kindOf runs for every tagged token. */
const TAG_KINDS = TAGS.map((tag, id) => (id === 0 ? '' : tag.slice(2)));

/** The kind a tag marks ("PER"), or "" for O. */
export function kindOf(tag: number): string {
  return TAG_KINDS[tag];
}

const isInside = (tag: number) => tag > 0 && tag % 2 === 0;

/**
 * Whether tag `to` may follow tag `from` (-1: the sentence's start): an I- tag
 * only continues its own kind's B- or I-, so every path decodes to whole names.
 */
export function allowed(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from > 0 && kindOf(from) === kindOf(to);
}

export interface TagSpan {
  from: number;
  /** Exclusive. */
  to: number;
  kind: string;
}

export function tagSpans(tags: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0) continue;
    const kind = kindOf(tags[i]);
    let end = i + 1;
    while (end < tags.length && isInside(tags[end]) && kindOf(tags[end]) === kind) end++;
    spans.push({ from: i, to: end, kind });
    i = end - 1;
  }
  return spans;
}

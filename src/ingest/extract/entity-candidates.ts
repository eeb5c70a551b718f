/**
 * The names in an article's sentences, each with its kind: the tagger
 * proposes them (tagger/), content/entities.yaml overrides it wherever it
 * knows a name, and the rules of entity-rules.ts add what 1996 Reuters news
 * could not teach it. Each name keeps the sentence it stands in, the title
 * written before it ("President", "General Secretary"), the names listed
 * with it and, for an acronym in brackets, the name it abbreviates.
 */
import type { EntityKind } from '../../schema/article.ts';
import type { RegistryEntity } from '../../schema/registries.ts';
import type { CompiledRegistry } from './entity-registry.ts';
import { ACRONYM_PLURAL_WORD, applyRules, joinedInList, type EntityRule, type NameKind, type NameSpan, type RuleArticle, type RuleSentence, type RuleToken } from './entity-rules.ts';
import { TITLES, TITLE_MODIFIERS, isVerbForm } from './entity-words.ts';
import { FUNCTION_WORDS } from '../rules/words.ts';
import type { EntityTagger } from './tagger/tagger.ts';
import { tagSpans } from './tagger/tags.ts';
import { tokenizeSentence } from './tagger/tokenize.ts';
import { isCapitalized, isWord, wordFacts } from './tagger/features.ts';
import { partitionPoint } from '../../lib/partition-point.ts';

export interface Candidate {
  /** The name as written, but for a bracket it does not pair (nameText). */
  text: string;
  /** Its words, folded ("hà nội" → "ha noi"), punctuation left out. */
  keys: string[];
  sentence: string;
  /** Order of appearance in the article. */
  position: number;
  /** First word of its sentence: a capital that may just be grammar. */
  initial: boolean;
  kind: EntityKind;
  /** The title written before the name, folded ("president", "general secretary"). */
  title?: string;
  registry?: RegistryEntity;
  /** The name an acronym in brackets follows: "Vietnam News Agency (VNA)". */
  acronymOf?: Candidate;
  /** Names listed with this one ("Incheon, Chengdu and New Delhi"). */
  coordinates: Candidate[];
  /** "tagger", "registry", and the ids of the rules that changed it. */
  decidedBy: string[];
}

export const KINDS: Record<Exclude<NameKind, 'MISC'>, EntityKind> = { PER: 'people', ORG: 'organizations', LOC: 'places' };
const NAME_KINDS: Record<EntityKind, NameKind> = { people: 'PER', organizations: 'ORG', places: 'LOC' };

export interface ArticleSentence {
  text: string;
  /** Where its first token falls in the article's order. */
  position: number;
}

/**
 * The names of the sentences, tagged as one document. `tag` false leaves the tagger out (a text in another
 * language than its English newswire): the registry's names and the rules' are found all the same.
 */
export function findCandidates(sentences: ArticleSentence[], tagger: EntityTagger, registry: CompiledRegistry, rules: readonly EntityRule[], tag = true): Candidate[] {
  const tokenized = sentences.map(({ text }) => ruleTokens(text));
  const tags = tag ? tagger.tagWords(tokenized.map((tokens) => tokens.map((token) => token.facts))) : tokenized.map((tokens) => new Uint8Array(tokens.length));
  const spans = sentences.map((_, s) => withRegistry(tokenized[s], modelSpans(tags[s]), registry));
  const article: RuleArticle = {
    lowerCaseWords: lowerCaseWords(tokenized),
    surnames: surnamesOf(tokenized, spans),
    acronymPlurals: acronymPlurals(tokenized),
    modifiersOnly: modifiersOnly(tokenized, oneWordPeople(tokenized, spans)),
    knowsName: (keys) => tagger.knowsName(keys),
    listedKinds: (keys) => tagger.listedKinds(keys),
  };
  const ruled = sentences.map((_, s): RuleSentence => {
    const sentence: RuleSentence = { tokens: tokenized[s], spans: spans[s], article };
    applyRules(sentence, rules);
    return sentence;
  });
  addAcronyms(ruled);
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, s) => {
    const { tokens, spans } = ruled[s];
    const kept = spans.filter((span) => span.kind !== 'MISC').map((span) => trimmed(tokens, span));
    candidates.push(...toCandidates(sentence, tokens, kept.filter((span) => span !== undefined)));
  });
  return candidates;
}

/**
 * "the Ministry of Industry and Trade (MoIT)": an acronym in brackets after an organization's
 * name is that organization wherever the article uses it, though the tagger, never having seen
 * it, left it out ("MoIT said the plan would be revised").
 */
function addAcronyms(sentences: RuleSentence[]): void {
  const acronyms = new Set<string>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      const [open, acronym, close] = [tokens[span.to], tokens[span.to + 1], tokens[span.to + 2]];
      if (span.kind === 'ORG' && open?.text === '(' && close?.text === ')' && ACRONYM.test(acronym.text)) acronyms.add(acronym.text);
    }
  }
  if (acronyms.size === 0) return;
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (!acronyms.has(token.text) || sentence.spans.some((span) => span.from <= i && span.to > i)) return;
      sentence.spans.push({ from: i, to: i + 1, kind: 'ORG', decidedBy: ['acronym'] });
    });
    sentence.spans.sort((a, b) => a.from - b.from);
  }
}

/** A sentence's tokens as the registry and the rules read them. */
export function ruleTokens(sentence: string): RuleToken[] {
  return tokenizeSentence(sentence, ruleToken);
}

function ruleToken(text: string, start: number, end: number): RuleToken {
  const facts = wordFacts(text);
  return { text, start, end, key: facts.key, capital: isCapitalized(facts), word: isWord(facts), facts };
}

/** The last words of the people the article names in two words or more, as the tagger and the registry found them: "Okafor" of "Emeka Okafor". */
export function surnamesOf(sentences: RuleToken[][], spans: NameSpan[][]): Set<string> {
  const surnames = new Set<string>();
  sentences.forEach((tokens, s) => {
    for (const span of spans[s]) {
      const named = tokens.slice(span.from, span.to).filter((token) => token.word);
      if (span.kind === 'PER' && named.length > 1) surnames.add(named[named.length - 1].key);
    }
  });
  return surnames;
}

/** The folded words the article writes in lower case (each part of a hyphenated word too). */
export function lowerCaseWords(sentences: RuleToken[][]): Set<string> {
  const words = new Set<string>();
  for (const tokens of sentences) {
    for (const token of tokens) {
      if (token.capital || !token.word || token.key.charCodeAt(0) < 97) continue;
      if (token.key.includes('-')) for (const part of token.key.split('-')) words.add(part);
      else words.add(token.key);
    }
  }
  return words;
}

/** The folded acronyms the article writes in the plural: "pc" of "PCs", "mp" of "MPs". */
export function acronymPlurals(sentences: RuleToken[][]): Set<string> {
  const plurals = new Set<string>();
  for (const tokens of sentences) {
    // The last letter first: most words are not an acronym's plural, and a character is cheaper than a pattern.
    for (const token of tokens) if (token.text.endsWith('s') && ACRONYM_PLURAL_WORD.test(token.text)) plurals.add(token.key.slice(0, -1));
  }
  return plurals;
}

/** The folded words of the one-word names the tagger and the registry took for people: what `modifiersOnly` is asked about. */
function oneWordPeople(sentences: RuleToken[][], spans: NameSpan[][]): Set<string> {
  const keys = new Set<string>();
  spans.forEach((inSentence, s) => {
    for (const span of inSentence) if (span.kind === 'PER' && span.to - span.from === 1) keys.add(sentences[s][span.from].key);
  });
  return keys;
}

/**
 * Of these folded words (all capitalized words when none are given), those the article writes only before a
 * common noun, twice or more: "tory" where it writes "Tory leader" and "Tory manifesto" but never "Tory said"
 * nor "… by Tory.".
 */
export function modifiersOnly(sentences: RuleToken[][], among?: ReadonlySet<string>): Set<string> {
  const asModifier = new Map<string, number>();
  const otherwise = new Set<string>();
  if (among?.size === 0) return otherwise;
  for (const tokens of sentences) {
    tokens.forEach((token, t) => {
      if (!token.capital || !token.word || (among && !among.has(token.key))) return;
      const next = tokens[t + 1];
      const beforeNoun = next !== undefined && next.word && !next.capital && /^\p{Ll}/u.test(next.text) && !FUNCTION_WORDS.has(next.key) && !isVerbForm(next.key);
      if (beforeNoun) asModifier.set(token.key, (asModifier.get(token.key) ?? 0) + 1);
      else otherwise.add(token.key);
    });
  }
  // Twice at least: once ("a Shakespeare play") is how an article may name a person it names no other way.
  return new Set([...asModifier].filter(([key, count]) => count >= MODIFIER_USES && !otherwise.has(key)).map(([key]) => key));
}

/** Uses before a common noun that make a word a modifier, when it has no other. */
const MODIFIER_USES = 2;

function modelSpans(tags: Uint8Array): NameSpan[] {
  return tagSpans(tags).map((span) => ({ from: span.from, to: span.to, kind: span.kind as NameKind, decidedBy: ['tagger'] }));
}


/**
 * The registry wins where it knows a name: its span and kind replace the tagger's, and a name
 * the tagger missed is added. A longer name the tagger found around a registered place or
 * person stands ("Bank of China", "Hanoi College of Commerce and Tourism", "Heydar Aliyev
 * Foundation"), unless it ends in the registered person, who then follows a title or a body
 * ("General Secretary of the Communist Party of Việt Nam Tô Lâm"); around a registered body it
 * gives way to the body ("Communist Party of Vietnam Central Committee").
 */
function withRegistry(tokens: RuleToken[], spans: NameSpan[], registry: CompiledRegistry): NameSpan[] {
  const known: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capital) continue;
    const match = registry.longestMatch(tokens, i, tokens.length);
    if (!match || !tokens[match.to - 1].capital) continue;
    known.push({ from: i, to: match.to, kind: NAME_KINDS[match.entity.kind], registry: match.entity, decidedBy: ['registry'] });
    i = match.to - 1;
  }
  if (known.length === 0) return spans;
  // The registry's names are in order and apart: those a span overlaps are found by a binary search, not by
  // going through them all for each span (a text naming a registered place 30,000 times took seconds).
  const given = new Set<NameSpan>();
  const overlapping = (from: number, to: number): NameSpan[] => {
    const found: NameSpan[] = [];
    for (let index = partitionPoint(known.length, (at) => known[at].to <= from); index < known.length && known[index].from < to; index++) {
      if (!given.has(known[index])) found.push(known[index]);
    }
    return found;
  };
  const result: NameSpan[] = [];
  for (const span of spans) {
    const inside = overlapping(span.from, span.to);
    if (inside.length === 0) {
      result.push(span);
      continue;
    }
    const contains = inside.every((entry) => entry.from >= span.from && entry.to <= span.to);
    const last = inside[inside.length - 1];
    const sameSpan = inside.length === 1 && last.from === span.from && last.to === span.to;
    if (sameSpan || !contains) continue; // the registry's span is taken below
    if (last.kind === 'PER' && last.to === span.to) {
      // "... Communist Party of Việt Nam Tô Lâm": the person, and what stood before if it is a name of its own.
      const before = inside.slice(0, -1).find((entry) => entry.from === span.from && entry.to === last.from);
      if (!before && last.from > span.from) result.push({ ...span, to: last.from, decidedBy: [...span.decidedBy, 'registry'] });
      continue;
    }
    if (inside.some((entry) => entry.kind === 'ORG')) {
      // "Communist Party of Vietnam Central Committee": a registered body, and what is left a name only if the rules keep it.
      let at = span.from;
      for (const entry of inside) {
        if (entry.from > at) result.push({ ...span, from: at, to: entry.from, decidedBy: [...span.decidedBy, 'registry'] });
        at = entry.to;
      }
      if (at < span.to) result.push({ ...span, from: at, decidedBy: [...span.decidedBy, 'registry'] });
      continue;
    }
    // A longer name around registered places or people: they are part of it, not mentions.
    for (const entry of inside) given.add(entry);
    result.push(span);
  }
  const kept = result.filter((span) => overlapping(span.from, span.to).length === 0);
  return [...kept, ...known.filter((entry) => !given.has(entry))].sort((a, b) => a.from - b.from);
}

/** "The Associated Press" → "Associated Press": the article is the sentence's, not the name's; so is punctuation at either end. */
function trimmed(tokens: RuleToken[], span: NameSpan): NameSpan | undefined {
  let { from, to } = span;
  while (from < to && !tokens[from].word) from++;
  while (to > from && !tokens[to - 1].word) to--;
  if (!span.registry && to - from > 1 && tokens[from].key === 'the') from++;
  if (from >= to) return undefined;
  return from === span.from && to === span.to ? span : { ...span, from, to };
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$|^Mo\p{Lu}{1,3}$/u;

/**
 * The name as the sentence writes it, but for a bracket the name does not pair: "Kauri (Te Kaurinui Robert) Parata"
 * and "(Tom) Seaver" give "Te Kaurinui Robert Parata" and "Tom Seaver" (CoNLL-2003 reads the latter so too), where
 * the tagger began the name inside the bracket. A bracket the name closes stays: "Roberto (Hands of Stone) Duran".
 */
function nameText(sentence: string, tokens: RuleToken[], span: NameSpan): string {
  const text = sentence.slice(tokens[span.from].start, tokens[span.to - 1].end);
  if (!/[()[\]]/.test(text)) return text;
  const unmatched = new Set<number>();
  const open: number[] = [];
  for (let index = span.from; index < span.to; index++) {
    const token = tokens[index].text;
    if (token === '(' || token === '[') open.push(index);
    else if (token === ')' || token === ']') {
      if (open.length > 0) open.pop();
      else unmatched.add(index);
    }
  }
  for (const index of open) unmatched.add(index);
  if (unmatched.size === 0) return text;
  let kept = '';
  let at = tokens[span.from].start;
  for (const index of [...unmatched].sort((a, b) => a - b)) {
    kept += sentence.slice(at, tokens[index].start);
    at = tokens[index].end;
  }
  return (kept + sentence.slice(at, tokens[span.to - 1].end)).replace(/\s{2,}/g, ' ').trim();
}

function toCandidates(sentence: ArticleSentence, tokens: RuleToken[], spans: NameSpan[]): Candidate[] {
  const candidates: Candidate[] = [];
  const firstWord = tokens.findIndex((token) => token.word);
  spans.forEach((span, k) => {
    const text = nameText(sentence.text, tokens, span);
    const candidate: Candidate = {
      text,
      keys: tokens.slice(span.from, span.to).map((token) => token.key).filter(Boolean),
      sentence: sentence.text,
      position: sentence.position + span.from,
      initial: span.from === firstWord,
      kind: KINDS[span.kind as Exclude<NameKind, 'MISC'>],
      title: titleBefore(tokens, span.from),
      registry: span.registry,
      coordinates: [],
      decidedBy: span.decidedBy,
    };
    const previous = spans[k - 1];
    const previousCandidate = candidates[candidates.length - 1];
    if (previous && previousCandidate) {
      // "Vietnam News Agency (VNA)": the acronym names the organization just before it.
      if (span.to - span.from === 1 && previous.to === span.from - 1 && tokens[span.from - 1].text === '(' && ACRONYM.test(text)) candidate.acronymOf = previousCandidate;
      if (joinedInList(tokens, previous.to, span.from)) {
        candidate.coordinates.push(previousCandidate);
        previousCandidate.coordinates.push(candidate);
      }
    }
    candidates.push(candidate);
  });
  return candidates;
}

/** "President", "General Secretary", "Dr.": the title words written just before a name, folded. */
function titleBefore(tokens: RuleToken[], from: number): string | undefined {
  let start = from;
  while (start > 0 && (TITLES.has(tokens[start - 1].key) || TITLE_MODIFIERS.has(tokens[start - 1].key))) start--;
  if (start === from) return undefined;
  return tokens
    .slice(start, from)
    .map((token) => token.key)
    .join(' ');
}

/**
 * People, organizations and places named in an article, each under one
 * canonical name with the spellings the text used for it. Names are found in
 * any article (entity-candidates.ts); content/entities.yaml, when it knows a
 * name, gives its canonical spelling and kind. Within an article the short
 * forms fold into the full name they refer to: a later "Lâm" or
 * "General Secretary Lâm" into "Tô Lâm", "President Aliyev" into the nearest
 * Aliyev named in full (preferring one named with the same title), "VNA" into
 * "Vietnam News Agency (VNA)", "Meridian Capital" into "Meridian Capital Bank".
 */
import type { EntityKind } from '../../schema/article.ts';
import type { RegistryEntity } from '../../schema/registries.ts';
import { sentencesOf } from '../text/sentences.ts';
import { isAllCaps, titleCase } from '../text/letter-case.ts';
import { hasAtMostWords } from '../text/words.ts';
import { ACRONYM, findCandidates, type Candidate } from './entity-candidates.ts';
import { compileRegistry, type CompiledRegistry } from './entity-registry.ts';
import {
  CONNECTORS,
  GENERIC,
  NOT_NAMES,
  ORG_HEADS,
  EVENT_HEADS,
  PLACE_HEADS,
  PLACE_STARTS,
  VIETNAMESE_MIDDLE_NAMES,
  VIETNAMESE_SURNAMES,
  compactKey,
  isDictionaryWord,
  isFirstName,
  isKnownOrganization,
  isLastName,
  isVietnameseSyllable,
  keyOf,
  looksCommon,
} from './entity-words.ts';

export interface EntityMention {
  kind: EntityKind;
  /** Spellings seen in the text, first seen first. */
  forms: string[];
  /** The first sentence naming it. */
  sentence: string;
}

export interface EntityResult {
  entities: Record<EntityKind, string[]>;
  mentions: Record<string, EntityMention>;
}

export interface EntityContext {
  title?: string;
  /** The place a dateline names, e.g. "HÀ NỘI" or "Baku". */
  dateline?: string;
}

export type EntityFinder = (paragraphs: string[], context?: EntityContext) => EntityResult;

const finders = new WeakMap<RegistryEntity[], EntityFinder>();

/** The entity finder the ingest calls per article; compiles each registry once. */
export function findEntities(paragraphs: string[], registry: RegistryEntity[], context?: EntityContext): EntityResult {
  let finder = finders.get(registry);
  if (!finder) {
    finder = createEntityFinder(registry);
    finders.set(registry, finder);
  }
  return finder(paragraphs, context);
}

export function createEntityFinder(registry: RegistryEntity[]): EntityFinder {
  const compiled = compileRegistry(registry);
  return (paragraphs, context = {}) => {
    const text = paragraphs.join('\n');
    return resolve(collect(paragraphs, compiled, context), compiled, writtenInLowerCase(text));
  };
}

/** Sentences are numbered apart so that positions order mentions across the article. */
const SENTENCE_STRIDE = 10_000;

/**
 * Words the article also writes in lower case are ordinary words when capitalized ("Creative Space",
 * "Joint Declaration"). Looked up on demand: only a few capitalized words per article need asking.
 */
function writtenInLowerCase(text: string): Ordinary {
  const answers = new Map<string, boolean>();
  return {
    has(key) {
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = false;
        for (let at = text.indexOf(key); at >= 0 && !answer; at = text.indexOf(key, at + 1)) {
          answer = !isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + key.length));
        }
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

interface Ordinary {
  has(key: string): boolean;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 191;
}

function collect(paragraphs: string[], registry: CompiledRegistry, context: EntityContext): Candidate[] {
  const candidates: Candidate[] = [];
  let index = 1;
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.normalize('NFC'))) {
      // A sentence in capitals (an interview's question, a heading): its capitals are no evidence.
      if (isAllCaps(sentence) && !hasAtMostWords(sentence, 4)) continue;
      candidates.push(...findCandidates(sentence, { registry, position: index++ * SENTENCE_STRIDE }));
    }
  }
  // The headline and dateline name things too, but their capitals are not evidence: only sentence-case headlines count.
  const title = context.title?.normalize('NFC');
  if (title && !isAllCaps(title) && !isTitleCase(title)) {
    candidates.push(...findCandidates(title, { registry, position: index++ * SENTENCE_STRIDE }));
  }
  const dateline = context.dateline?.normalize('NFC').trim();
  if (dateline) {
    const place = isAllCaps(dateline) ? titleCase(dateline) : dateline;
    const known = registry.lookup(place);
    candidates.push({
      text: place,
      keys: keyOf(place).split(' '),
      sentence: '',
      position: index * SENTENCE_STRIDE,
      initial: false,
      registry: known,
      cues: { person: false, place: true, placeWeak: false, organization: false },
      coordinates: [],
    });
  }
  return candidates;
}

function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => word.length > 3);
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length > 0.6;
}

interface Group {
  key: string;
  kind?: EntityKind;
  registry?: RegistryEntity;
  candidates: Candidate[];
}

function resolve(candidates: Candidate[], registry: CompiledRegistry, ordinary: Ordinary): EntityResult {
  const kinds = new Map<Candidate, EntityKind | undefined>();
  for (const candidate of candidates) kinds.set(candidate, intrinsicKind(candidate, registry));

  // Full names first: each distinct name (diacritics, spacing and registry aliases folded) is a group.
  const groups = new Map<string, Group>();
  const shortForms: Candidate[] = [];
  for (const candidate of candidates) {
    if (!candidate.registry && isShortForm(candidate, kinds.get(candidate))) {
      shortForms.push(candidate);
      continue;
    }
    const key = candidate.registry ? `registry:${candidate.registry.name}` : compactKey(candidate.text);
    const group = groups.get(key) ?? { key, registry: candidate.registry, candidates: [] };
    group.candidates.push(candidate);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.kind = groupKind(group, kinds, ordinary);
  mergeShortOrganizations(groups);
  const index = indexGroups(groups);

  // Then short forms: a surname, an acronym, a name without its head word.
  let loneWords: LoneWords | undefined;
  for (const candidate of shortForms) {
    const target = referent(candidate, groups, index, kinds);
    if (target) {
      attach(index, target, candidate);
      continue;
    }
    const kind = kinds.get(candidate) ?? loneWordKind(candidate, (loneWords ??= countLoneWords(candidates)), kinds, ordinary);
    if (!kind) continue;
    const key = compactKey(candidate.text);
    const group = groups.get(key) ?? { key, kind, candidates: [] };
    attach(index, group, candidate);
    groups.set(key, group);
  }
  return output([...groups.values()].filter((group) => group.kind));
}

/** The kind a name's own words and the registry say, before looking at the rest of the article. */
function intrinsicKind(candidate: Candidate, registry: CompiledRegistry): EntityKind | undefined {
  if (candidate.registry) return candidate.registry.kind;
  const { keys, cues } = candidate;
  const first = keys[0];
  const last = keys[keys.length - 1];
  const whole = keys.join(' ');
  const isPlace = registry.isAnyPlace;
  if (keys.length > 1 && ORG_HEADS.has(last)) return 'organizations';
  // "Hanoi College of Commerce and Tourism", "Commission for Economic ... Cooperation"
  if (keys.some((key, k) => ORG_HEADS.has(key) && (keys[k + 1] === 'of' || keys[k + 1] === 'for'))) return 'organizations';
  if (isKnownOrganization(whole)) return 'organizations';
  if (isPlace(whole)) return 'places';
  if (candidate.title) return 'people';
  if (keys.length > 1 && (PLACE_HEADS.has(last) || PLACE_STARTS.has(first))) return 'places';
  if (cues.place) return 'places';
  if (keys.length === 1 && ACRONYM.test(candidate.text) && !NOT_NAMES.has(first)) return 'organizations';
  if (looksVietnamesePerson(candidate)) return 'people';
  if (keys.length > 1 && isFirstName(first)) return 'people';
  // "BBC Radio Lancashire", "Sheffield Wednesday": a head word inside, or a place then words that are no first name.
  if (keys.length > 1 && (keys.slice(1).some((key) => ORG_HEADS.has(key)) || ACRONYM.test(candidate.text.split(' ')[0]))) return 'organizations';
  if (keys.length > 1 && isPlace(first) && !keys.slice(1).some(isFirstName)) return 'organizations';
  // "..., said Vi Kiến Thành": a speaker is a person, whatever the name's letters suggest.
  if (keys.length > 1 && cues.person && !cues.organization) return 'people';
  if (looksVietnamesePlace(candidate)) return 'places';
  return undefined;
}

/**
 * "Hội An", "Quảng Nam", "Mỹ Khê": two Vietnamese words that do not open with a family name. Three
 * are a person's name more often than a place's ("Vi Kiến Thành"), whose family name may be rare.
 */
function looksVietnamesePlace(candidate: Candidate): boolean {
  const { keys, text } = candidate;
  if (keys.length !== 2 || VIETNAMESE_SURNAMES.has(keys[0])) return false;
  if (VIETNAMESE_LETTERS.test(text)) return true;
  // The same written without diacritics: "Quang Ninh", "Kien Giang", "Nhon Trach" (not "Ben Smith").
  return keys.every((key) => isVietnameseSyllable(key) && !isDictionaryWord(key) && !isFirstName(key));
}

// Letters only Vietnamese spelling uses (horn, breve, circumflex with a tone mark, đ).
const VIETNAMESE_LETTERS = /[ơưăđƠƯĂĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** "Trương Thị Hồng Hạnh", "Võ Thị Ánh Xuân", "Nguyễn Văn Phương": a family name, then given names, with diacritics. */
function looksVietnamesePerson(candidate: Candidate): boolean {
  const { keys, text } = candidate;
  if (keys.length < 2 || keys.length > 4 || !VIETNAMESE_SURNAMES.has(keys[0])) return false;
  return VIETNAMESE_MIDDLE_NAMES.has(keys[1]) || /[^\p{ASCII}]/u.test(text);
}

/** One word that may stand for a longer name in the same article: "Lâm", "Aliyev", "VNA", "Rovers". */
function isShortForm(candidate: Candidate, kind: EntityKind | undefined): boolean {
  if (candidate.acronymOf) return true;
  if (candidate.keys.length === 1) return kind !== 'places' || candidate.initial;
  return false;
}

interface GroupIndex {
  groupOf: Map<Candidate, Group>;
  /** People named in full, by the last word of their name. */
  peopleBySurname: Map<string, Group[]>;
  organizations: Group[];
  /** What nearestPerson asks of a group, kept up to date as short forms join it. */
  trails: Map<Group, Trail>;
}

/**
 * A group's mentions as nearestPerson reads them: positions in order, and the
 * last words of the titles used. Scanning the mentions for every surname
 * instead made an article that repeats a surname quadratic.
 */
interface Trail {
  positions: number[];
  titleWords: Set<string>;
}

function trailOf(index: GroupIndex, group: Group): Trail {
  let trail = index.trails.get(group);
  if (!trail) {
    trail = { positions: group.candidates.map((c) => c.position).sort((a, b) => a - b), titleWords: new Set() };
    for (const c of group.candidates) if (c.title) trail.titleWords.add(lastTitleWord(c.title));
    index.trails.set(group, trail);
  }
  return trail;
}

/** Adds a mention to a group, and to its trail if it has one. */
function attach(index: GroupIndex, group: Group, candidate: Candidate): void {
  group.candidates.push(candidate);
  const trail = index.trails.get(group);
  if (!trail) return;
  const { positions } = trail;
  // Mentions mostly join in order of position: the end is the usual place.
  let at = positions.length;
  while (at > 0 && positions[at - 1] > candidate.position) at--;
  positions.splice(at, 0, candidate.position);
  if (candidate.title) trail.titleWords.add(lastTitleWord(candidate.title));
}

/** The last position before `position`, or -1. */
function lastBefore(positions: number[], position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? positions[low - 1] : -1;
}

function indexGroups(groups: Map<string, Group>): GroupIndex {
  const index: GroupIndex = { groupOf: new Map(), peopleBySurname: new Map(), organizations: [], trails: new Map() };
  for (const group of groups.values()) {
    if (group.kind === 'organizations') index.organizations.push(group);
    const surnames = new Set<string>();
    for (const candidate of group.candidates) {
      index.groupOf.set(candidate, group);
      if (group.kind === 'people' && candidate.keys.length > 1) surnames.add(candidate.keys[candidate.keys.length - 1]);
    }
    for (const surname of surnames) {
      const list = index.peopleBySurname.get(surname) ?? [];
      list.push(group);
      index.peopleBySurname.set(surname, list);
    }
  }
  return index;
}

function referent(candidate: Candidate, groups: Map<string, Group>, index: GroupIndex, kinds: Map<Candidate, EntityKind | undefined>): Group | undefined {
  if (candidate.acronymOf) {
    const named = index.groupOf.get(candidate.acronymOf);
    if (named) return named;
  }
  const key = candidate.keys[0];
  const own = kinds.get(candidate);
  if (own !== 'organizations' || candidate.title) {
    const person = nearestPerson(candidate, index.peopleBySurname.get(key) ?? [], index);
    if (person) return person;
  }
  for (const group of index.organizations) {
    const name = group.candidates[0].keys;
    if (ACRONYM.test(candidate.text) && (initialsOf(name) === key || initialsWithOf(name) === key)) return group;
    if (!candidate.initial && !GENERIC.has(key) && !looksCommon(key) && name.length > 1 && name[name.length - 1] === key && !ORG_HEADS.has(name[0])) return group;
    if (name.length > 1 && name[0] === key && name.slice(1).every((word) => ORG_HEADS.has(word))) return group;
  }
  // An exact repeat of a name already grouped ("Azerbaijan" opening a sentence).
  return groups.get(compactKey(candidate.text));
}

/**
 * The person a lone surname refers to: among the full names ending in it, one
 * named with the same title ("President Ilham Aliyev" for "President Aliyev"),
 * else the nearest one named before it, else the first named after it.
 */
function nearestPerson(candidate: Candidate, people: Group[], index: GroupIndex): Group | undefined {
  if (people.length <= 1) return people[0];
  const trails = people.map((group) => trailOf(index, group));
  if (candidate.title) {
    const title = candidate.title;
    const titled = people.filter((_, k) => [...trails[k].titleWords].some((word) => title.endsWith(word)));
    if (titled.length === 1) return titled[0];
  }
  // The latest named before it; on a tie, the first listed.
  let best = -1;
  let nearest = people[0];
  people.forEach((group, k) => {
    const before = lastBefore(trails[k].positions, candidate.position);
    if (before > best) {
      best = before;
      nearest = group;
    }
  });
  if (best >= 0) return nearest;
  // Else the first named after it.
  let first = people[0];
  people.forEach((group, k) => {
    if (trails[k].positions[0] < trailOf(index, first).positions[0]) first = group;
  });
  return first;
}

function lastTitleWord(title: string): string {
  return title.slice(title.lastIndexOf(' ') + 1);
}

function initialsOf(keys: string[]): string {
  return keys
    .filter((key) => !CONNECTORS.has(key))
    .map((key) => key[0])
    .join('');
}

/** "MoIT", "MoET": Vietnamese ministries keep the "o" of "of" in their initials. */
function initialsWithOf(keys: string[]): string {
  return keys
    .filter((key) => key === 'of' || !CONNECTORS.has(key))
    .map((key) => key[0])
    .join('');
}

/** "Meridian Capital" and "British Gas" name the "Meridian Capital Bank" and "British Gas Plc" of the same article. */
function mergeShortOrganizations(groups: Map<string, Group>): void {
  const organizations = [...groups.values()].filter((group) => group.kind === 'organizations' && !group.registry);
  for (const short of organizations) {
    const keys = short.candidates[0].keys;
    const full = organizations.find((group) => {
      const longer = group.candidates[0].keys;
      return group !== short && longer.length > keys.length && keys.every((key, k) => longer[k] === key) && longer.slice(keys.length).every((key) => ORG_HEADS.has(key));
    });
    if (!full) continue;
    full.candidates.push(...short.candidates);
    groups.delete(short.key);
  }
}

/** A multi-word name's kind when its words said nothing: its neighbours decide, else it is a person. */
function groupKind(group: Group, kinds: Map<Candidate, EntityKind | undefined>, ordinary: Ordinary): EntityKind | undefined {
  if (group.registry) return group.registry.kind;
  const sample = group.candidates[0];
  if (sample.keys.length > 1 && EVENT_HEADS.has(sample.keys[sample.keys.length - 1])) return undefined;
  const votes = { people: 0, organizations: 0, places: 0 };
  for (const candidate of group.candidates) {
    const kind = kinds.get(candidate);
    if (kind) votes[kind] += 2;
    // The whole list a name stands in, not only its neighbours: "Ca Mau, Bac Lieu, Soc Trang and Tra Vinh".
    for (const other of listedWith(candidate)) {
      const otherKind = kinds.get(other);
      if (otherKind) votes[otherKind] += 1;
    }
    if (candidate.cues.placeWeak) votes.places += 1;
    if (candidate.cues.organization) votes.organizations += 1;
  }
  const best = (Object.keys(votes) as EntityKind[]).sort((a, b) => votes[b] - votes[a])[0];
  if (votes[best] > 0) return best;
  if (sample.keys.length === 1) return undefined;
  // Capitalized ordinary words are not a name: "Creative Space", "Joint Declaration".
  if (sample.keys.every((key) => looksCommon(key) || ordinary.has(key) || CONNECTORS.has(key))) return undefined;
  if (sample.keys.some((key) => isFirstName(key) || isLastName(key))) return 'people';
  // A name ending in an ordinary word ("Flame Towers", "Azeri Light", "File Photo") is no one's, short of a first name.
  const last = sample.keys[sample.keys.length - 1];
  if (sample.keys.length <= 3 && !(looksCommon(last) || ordinary.has(last))) return 'people';
  return undefined;
}

/** The other names of the list `candidate` stands in (its coordinates, theirs, and so on). */
function listedWith(candidate: Candidate): readonly Candidate[] {
  if (candidate.coordinates.length === 0) return candidate.coordinates;
  const list = new Set<Candidate>([candidate]);
  for (const member of list) for (const other of member.coordinates) list.add(other);
  list.delete(candidate);
  return [...list];
}

/** How often each one-word name occurs, and how often not as the first word of its sentence. */
type LoneWords = Map<string, { count: number; notInitial: number }>;

function countLoneWords(candidates: Candidate[]): LoneWords {
  const counts: LoneWords = new Map();
  for (const candidate of candidates) {
    if (candidate.keys.length !== 1) continue;
    const entry = counts.get(candidate.keys[0]) ?? { count: 0, notInitial: 0 };
    entry.count++;
    if (!candidate.initial) entry.notInitial++;
    counts.set(candidate.keys[0], entry);
  }
  return counts;
}

/**
 * One capitalized word that is nobody's short form: keep it only with a reason.
 * Its other occurrences are counted once per article (countLoneWords): looking
 * them up per word made a 20,000-line seed take 13 s.
 */
function loneWordKind(candidate: Candidate, loneWords: LoneWords, kinds: Map<Candidate, EntityKind | undefined>, ordinary: Ordinary): EntityKind | undefined {
  const key = candidate.keys[0];
  // The same word elsewhere in the article: its occurrences but this one.
  const self = candidate.keys.length === 1 ? 1 : 0;
  const counted = loneWords.get(key) ?? { count: 0, notInitial: 0 };
  const elsewhere = counted.count - self;
  const elsewhereNotInitial = counted.notInitial - (candidate.initial ? 0 : self);
  if (candidate.initial && elsewhereNotInitial === 0) return undefined;
  if (looksCommon(key) || ordinary.has(key) || key.length < 3) return undefined;
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(candidate.text)) return 'organizations'; // "TransCo", "PetroVietnam"
  const coordinated = candidate.coordinates.map((other) => kinds.get(other)).find(Boolean);
  if (coordinated) return coordinated;
  if (candidate.cues.placeWeak || candidate.cues.place) return 'places';
  if (candidate.cues.person) return 'people';
  if (elsewhere > 0) return 'organizations';
  return undefined;
}

function output(groups: Group[]): EntityResult {
  const result: EntityResult = { entities: { people: [], organizations: [], places: [] }, mentions: {} };
  const ranked = groups
    .map((group) => ({ group, first: Math.min(...group.candidates.map((c) => c.position)) }))
    .sort((a, b) => b.group.candidates.length - a.group.candidates.length || a.first - b.first);
  // Built in a Map, made a record once: a record keyed by names is slow to grow one name at a time.
  const mentions = new Map<string, EntityMention>();
  for (const { group } of ranked) {
    const kind = group.kind!;
    const name = canonicalName(group);
    const inOrder = [...group.candidates].sort((a, b) => a.position - b.position);
    const existing = mentions.get(name);
    if (existing) {
      for (const candidate of inOrder) if (!existing.forms.includes(candidate.text)) existing.forms.push(candidate.text);
      continue;
    }
    result.entities[kind].push(name);
    mentions.set(name, {
      kind,
      forms: [...new Set(inOrder.map((candidate) => candidate.text))],
      sentence: inOrder.find((candidate) => candidate.sentence)?.sentence ?? name,
    });
  }
  result.mentions = Object.fromEntries(mentions);
  return result;
}

/** The registry's name; else the fullest spelling seen, diacritics preferred ("Tô Lâm" over "To Lam"). */
function canonicalName(group: Group): string {
  if (group.registry) return group.registry.name;
  // The best by score, then the earliest: one pass, each candidate scored once.
  let best = group.candidates[0];
  let bestScore = nameScore(best);
  for (const candidate of group.candidates) {
    const score = nameScore(candidate);
    if (score > bestScore || (score === bestScore && candidate.position < best.position)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best.text;
}

function nameScore(candidate: Candidate): number {
  return candidate.keys.length * 100 + (ASCII_ONLY.test(candidate.text) ? 0 : (candidate.text.match(/[^\p{ASCII}]/gu)?.length ?? 0));
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

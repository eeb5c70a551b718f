/**
 * Finds the names in one sentence: runs of capitalized words, joined across
 * "of", "for", "and" only where an organization's name needs it
 * ("Communist Party of Vietnam", "Monopolies and Mergers Commission",
 * "Ministry of Culture, Sports and Tourism"), cut where a registry entry or an
 * organization's head word ends ("Heydar Aliyev Foundation | Leyla Aliyeva"),
 * with titles ("Vice President", "Party General Secretary") stripped and
 * sentence-opening words ("During", "The") dropped. Each name comes with the
 * cues its neighbours give about its kind.
 */
import type { RegistryEntity } from '../../schema/registries.ts';
import { isWordCode } from '../text/sentences.ts';
import type { CompiledRegistry } from './entity-registry.ts';
import {
  CONNECTORS,
  DIRECTIONS,
  GENERIC,
  NAME_PARTICLES,
  NEVER_NAME_START,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_IN_NAMES,
  SPEECH_VERBS,
  TITLES,
  TITLE_MODIFIERS,
  VIETNAMESE_MIDDLE_NAMES,
  VIETNAMESE_SURNAMES,
  isCalendarWord,
  isDemonym,
  isDictionaryWord,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isVietnameseSyllable,
  keyOf,
  looksCommon,
} from './entity-words.ts';

export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** "Azerbaijan’s": the name ends here. */
  possessive: boolean;
  /** Text between the previous token and this one. */
  gap: string;
}

export interface Candidate {
  /** The name as written, title and possessive removed. */
  text: string;
  keys: string[];
  sentence: string;
  /** Order of appearance in the article. */
  position: number;
  /** First word of its sentence: a capital that may just be grammar. */
  initial: boolean;
  /** The title written before the name, folded ("president", "general secretary"). */
  title?: string;
  registry?: RegistryEntity;
  /** The name an acronym in parentheses follows: "Vietnam News Agency (VNA)". */
  acronymOf?: Candidate;
  cues: { person: boolean; place: boolean; placeWeak: boolean; organization: boolean };
  /** Names listed with this one ("Incheon, Chengdu and New Delhi"): likely of the same kind. */
  coordinates: Candidate[];
}

const AIRLINE_HEADS = new Set(['airlines', 'airways', 'air']);
const CURRENCY_WORDS = /^(?:dollars?|cents?)$/;
/** Second halves of hyphenated compounds made on names: "Hanoi-based", "Azerbaijan-educated", "Soviet-era". */
const COMPOUND_SECOND = /^(?:[a-z]+(?:ed|ing)|run|born|made|style|type|era|level|wide|class|bound|language|friendly|old|scale|owned)$/;

function isLowerCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 191 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());
}
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'st', 'mt', 'ft', 'jr', 'sr', 'co', 'inc', 'corp', 'ltd', 'rev']);
const CAPITAL = /^\p{Lu}/u;
// "VNA", "AT&T", and the Vietnamese ministries' "MoIT", "MoET", "MoF".
export const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$|^Mo\p{Lu}{1,3}$/u;
const POSSESSIVE = /['’]s$/;
// "Ministry of Culture, Sports and Tourism": a comma-separated tail of capitalized words after "Head of X".
const NAME_LIST_TAIL = /^,\s+(?:\p{Lu}[\p{L}\p{M}-]*\s*,\s+)*\p{Lu}[\p{L}\p{M}-]*,?\s+and\s+\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*/u;
const WHITESPACE_ONLY = { test: (gap: string) => gap === ' ' || /^\s+$/.test(gap) };
const DASH_ONLY = /^[-–]$/;

function isCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 192) return false;
  return CAPITAL.test(text);
}

function isPossessive(text: string): boolean {
  const length = text.length;
  if (length < 3 || text[length - 1] !== 's' || (text[length - 2] !== "'" && text[length - 2] !== '’')) return false;
  return !POSSESSIVE_IN_NAMES.has(text.toLowerCase());
}


/** End of the word starting at `start`: letters and digits, joined by inner . ' ’ & ("U.S", "O'Brien", "AT&T"). */
function wordEnd(sentence: string, start: number): number {
  let end = start;
  for (;;) {
    while (end < sentence.length && isWordCode(sentence.charCodeAt(end))) end++;
    const joiner = sentence.charCodeAt(end);
    if ((joiner === 46 || joiner === 39 || joiner === 0x2019 || joiner === 38) && isWordCode(sentence.charCodeAt(end + 1))) end++;
    else return end;
  }
}

// A hand-written scanner: a regular expression with a match object per word costs twice as much.
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let start = 0; start < sentence.length; start++) {
    if (!isWordCode(sentence.charCodeAt(start))) continue;
    let end = wordEnd(sentence, start);
    // "Jae-hyun", "Seong-ho": a capitalised word joined by a hyphen to a lower-case one is one
    // given name, unless the second is an ordinary compound's ("Hanoi-based", "state-run") or the
    // first an acronym ("LNG-to-power").
    if (sentence.charCodeAt(end) === 45 && isLowerCode(sentence.charCodeAt(end - 1)) && isCapital(sentence[start]) && isLowerCode(sentence.charCodeAt(end + 1))) {
      const next = wordEnd(sentence, end + 1);
      if (!COMPOUND_SECOND.test(sentence.slice(end + 1, next))) end = next;
    }
    let text = sentence.slice(start, end);
    const wordStart = start;
    // Keep the period of an initial or an abbreviation: "J.", "U.S.", "Dr.", "St."
    if (sentence[end] === '.' && (text.length === 1 || text.includes('.') || ABBREVIATIONS.has(text.toLowerCase()))) {
      text += '.';
      end += 1;
    }
    const possessive = isPossessive(text);
    if (possessive) text = text.slice(0, -2);
    // "US$223.93" is money, not the United States.
    const capital = isCapital(text) && sentence[end] !== '$';
    // Lower-case words are only ever compared with plain ASCII word lists: they need no folding.
    const key = capital ? keyOf(text) : text;
    const gap = wordStart === previousEnd + 1 && sentence[previousEnd] === ' ' ? ' ' : sentence.slice(previousEnd, wordStart);
    tokens.push({ text, key, start: wordStart, end, capital, possessive, gap });
    previousEnd = end;
    start = end - 1;
  }
  return tokens;
}

export interface SentenceContext {
  registry: CompiledRegistry;
  /** Where this sentence's first candidate falls in the article's order. */
  position: number;
}

export function findCandidates(sentence: string, context: SentenceContext): Candidate[] {
  const tokens = tokenize(sentence);
  const found: Candidate[] = [];
  const firstWord = tokens.findIndex((token) => /\p{L}/u.test(token.text));
  let previous: { candidate: Candidate; to: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens[i])) {
      i++;
      continue;
    }
    const end = spanEnd(tokens, i, sentence);
    for (const piece of segment(tokens, i, end, context.registry)) {
      const candidate = toCandidate(piece, tokens, sentence, i === firstWord && piece.from === i, context);
      if (!candidate) continue;
      // "Vietnam News Agency (VNA)": the acronym names the organization just before it.
      if (previous && previous.to === piece.from && piece.to === piece.from + 1 && ACRONYM.test(candidate.text) && tokens[piece.from].gap.trim() === '(') {
        candidate.acronymOf = previous.candidate;
      }
      if (previous && coordinated(tokens, previous.to, piece.from)) {
        candidate.coordinates.push(previous.candidate);
        previous.candidate.coordinates.push(candidate);
      }
      found.push(candidate);
      previous = { candidate, to: piece.to };
    }
    i = end;
  }
  return found;
}

/** Two names with only "and", "or" or a comma between them. */
function coordinated(tokens: Token[], previousEnd: number, from: number): boolean {
  if (from === previousEnd) return tokens[from].gap.trim() === ',';
  if (from !== previousEnd + 1) return false;
  const word = tokens[previousEnd];
  return (word.key === 'and' || word.key === 'or') && /^,?\s+$/.test(word.gap) && WHITESPACE_ONLY.test(tokens[from].gap);
}

function startsName(token: Token): boolean {
  return token.capital && !/^\p{N}/u.test(token.text);
}

/** Index after the last token of the run of capitalized words (with connectors) starting at `from`. */
function spanEnd(tokens: Token[], from: number, sentence: string): number {
  let end = from + 1;
  while (end < tokens.length && !tokens[end - 1].possessive) {
    const next = tokens[end];
    if (!joins(next.gap)) break;
    if (startsName(next)) {
      end++;
      continue;
    }
    // Lower-case connectors ("of the", "and", "van") may continue a name if a capital follows them.
    let look = end;
    while (look < tokens.length && CONNECTORS.has(tokens[look].key) && !tokens[look].capital && joins(tokens[look].gap)) look++;
    if (look === end || look >= tokens.length || !startsName(tokens[look]) || !joins(tokens[look].gap)) break;
    end = look + 1;
  }
  // "Ministry of Culture, Sports and Tourism", "Commission for Economic, Trade, Scientific and Technical Cooperation",
  // "Minister of Culture, Sports and Tourism Nguyễn Văn Hùng"
  const last = tokens[end - 1];
  if (sentence[last.end] === ',' && !last.possessive && (hasHeadOf(tokens, from, end) || hasTitleOf(tokens, from, end))) {
    const tail = NAME_LIST_TAIL.exec(sentence.slice(last.end));
    if (tail) {
      const tailEnd = last.end + tail[0].length;
      while (end < tokens.length && tokens[end].end <= tailEnd) end++;
    }
  }
  return end;
}

function joins(gap: string): boolean {
  return WHITESPACE_ONLY.test(gap) || DASH_ONLY.test(gap);
}

interface Piece {
  from: number;
  to: number;
  registry?: RegistryEntity;
  title?: string;
}

/** Cuts a run into names: registry entries first, then by connectors, head words and titles. */
function segment(tokens: Token[], from: number, to: number, registry: CompiledRegistry): Piece[] {
  const pieces: Piece[] = [];
  let rest = from;
  for (let i = from; i < to; i++) {
    if (!tokens[i].capital) continue;
    const match = longestRegistryMatch(tokens, i, to, registry);
    if (!match) continue;
    // "National Museum of Cambodia", "Bank of China": the place is part of the organization's name.
    if (match.entity.kind === 'places' && endsHeadOf(tokens, rest, i)) {
      i = match.to - 1;
      continue;
    }
    if (rest < i) appendUnknown(tokens, pieces, rest, i);
    pieces.push({ from: i, to: match.to, registry: match.entity });
    rest = match.to;
    i = match.to - 1;
  }
  if (rest < to) appendUnknown(tokens, pieces, rest, to);
  return pieces;
}

/**
 * Adds the names of a stretch no registry entry covers. "Vietnam Airlines", "US Federal Reserve",
 * "Saigon Hi-Tech Park": known places directly before an organization's or a place's name belong to it.
 */
function appendUnknown(tokens: Token[], pieces: Piece[], from: number, to: number): void {
  const names = splitUnknown(tokens, from, to);
  const head = names[0];
  let first = pieces.length;
  let joinedAt = from;
  while (first > 0 && pieces[first - 1].registry?.kind === 'places' && pieces[first - 1].to === joinedAt) joinedAt = pieces[--first].from;
  if (head && head.from === from && !head.title && first < pieces.length && (endsOrganization(tokens, head) || endsPlace(tokens, head))) {
    pieces.splice(first, pieces.length - first, { from: pieces[first].from, to: head.to });
    names.shift();
  }
  pieces.push(...names);
}

/** Ends in a word that makes it a place: "Hi-Tech Park", "Old Quarter". */
function endsPlace(tokens: Token[], piece: Piece): boolean {
  return PLACE_HEADS.has(tokens[piece.to - 1].key);
}

function endsOrganization(tokens: Token[], piece: Piece): boolean {
  return ORG_HEADS.has(tokens[piece.to - 1].key) || hasHeadOf(tokens, piece.from, piece.to);
}

function longestRegistryMatch(tokens: Token[], from: number, to: number, registry: CompiledRegistry) {
  const match = registry.longestMatch(tokens, from, to);
  // A name ends on a capitalized word: "Communist Party of Vietnam", not "Communist Party of".
  return match && (tokens[match.to - 1].capital || tokens[match.to - 1].text.endsWith('.')) ? match : undefined;
}

/** A run with no registry entry in it: split on connectors, cut after head words, strip titles. */
function splitUnknown(tokens: Token[], from: number, to: number): Piece[] {
  // Trim connectors at the edges: "of the", "and".
  while (from < to && !tokens[from].capital) from++;
  while (to > from && !tokens[to - 1].capital) to--;
  if (from >= to) return [];
  const titled = nameAfterPortfolio(tokens, from, to);
  if (titled) return [titled];

  const pieces: Piece[] = [];
  let start = from;
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i];
    if (token.gap.includes(',') && !hasHeadOf(tokens, start, i)) {
      pieces.push(...cutAfterHead(tokens, start, i));
      start = i;
      continue;
    }
    if (token.capital || !CONNECTORS.has(token.key)) continue;
    let next = i;
    while (next < to && !tokens[next].capital) next++;
    if (!keepsConnector(tokens, start, i, next, to)) {
      pieces.push(...cutAfterHead(tokens, start, i));
      start = next;
    }
    i = next - 1;
  }
  pieces.push(...cutAfterHead(tokens, start, to));
  const names: Piece[] = [];
  for (const piece of pieces) {
    const named = stripTitle(tokens, dropGenericPrefix(tokens, piece));
    if (named) names.push(named);
  }
  return names;
}

/**
 * "Minister of Culture, Sports and Tourism Nguyễn Văn Hùng", "Secretary of State Antony Blinken":
 * a title, the portfolio it is of or for, then the person. Where the name starts is read from the
 * end, as a portfolio's words are too many to list: at a Vietnamese surname or a known first name
 * two to four words from the end, or else two words from the end when neither of those two looks
 * like an ordinary word and the word before them does ("... and Tourism Suanesavanh Vignaket").
 * Undefined when the run is not built so, or when its portfolio names an organization ("Chairman
 * of the People's Committee Trần Sỹ Thanh" is cut after its head word instead).
 */
function nameAfterPortfolio(tokens: Token[], from: number, to: number): Piece | undefined {
  let at = from;
  while (at < to && tokens[at].capital && (TITLES.has(tokens[at].key) || TITLE_MODIFIERS.has(tokens[at].key) || isDemonym(tokens[at].key))) at++;
  if (at === from || !TITLES.has(tokens[at - 1].key) || at >= to) return undefined;
  if (tokens[at].capital || (tokens[at].key !== 'of' && tokens[at].key !== 'for')) return undefined;
  const portfolio = tokens[at + 1]?.key === 'the' ? at + 2 : at + 1;
  const nameStart = personStart(tokens, portfolio + 1, to);
  if (nameStart === undefined) return undefined;
  // A head word that is no portfolio's ("Committee", unlike "Energy") makes the run an organization's.
  for (let i = portfolio; i < nameStart; i++) if (ORG_HEADS.has(tokens[i].key) && !TITLE_MODIFIERS.has(tokens[i].key)) return undefined;
  const title = tokens
    .slice(from, nameStart)
    .map((token) => token.key)
    .join(' ');
  return { from: nameStart, to, title };
}

/**
 * Where a Vietnamese name of three or four words, written with diacritics, ends the run: after a
 * word of the organization's ("... and Tourism | Vi Kiến Thành"), at a family name for four words.
 */
function vietnameseNameAtEnd(tokens: Token[], earliest: number, to: number): number | undefined {
  const last = tokens[to - 1];
  if (!last.capital || ORG_HEADS.has(last.key) || PLACE_HEADS.has(last.key)) return undefined;
  for (let start = Math.max(earliest, to - 4); start <= to - 3; start++) {
    const name = tokens.slice(start, to);
    if (!name.every((token) => token.capital)) continue;
    // With its marks, or without them: a family name, then syllables ("Dang Huong Giang").
    const vietnamese = name.some((token) => /[^\p{ASCII}]/u.test(token.text)) || (VIETNAMESE_SURNAMES.has(name[0].key) && name.every((token) => isVietnameseSyllable(token.key)));
    if (!vietnamese) continue;
    // A family name may be an English word too ("Dang", "Do"); the word before is the organization's.
    if ((looksCommon(tokens[start].key) && !VIETNAMESE_SURNAMES.has(tokens[start].key)) || !looksCommon(tokens[start - 1].key)) continue;
    if (name.length === 4 && !VIETNAMESE_SURNAMES.has(tokens[start].key)) continue;
    return start;
  }
  return undefined;
}

/** Where a person's name of two to four capitalised words ends the run, no sooner than `earliest`. */
function personStart(tokens: Token[], earliest: number, to: number): number | undefined {
  let first = to;
  while (first > Math.max(earliest, to - 4) && tokens[first - 1].capital) first--;
  if (first > to - 2) return undefined;
  for (let start = first; start <= to - 2; start++) if (VIETNAMESE_SURNAMES.has(tokens[start].key)) return start;
  for (let start = first; start <= to - 2; start++) if (isFirstName(tokens[start].key)) return start;
  const start = to - 2;
  const before = tokens[start - 1]?.key ?? '';
  const portfolioWord = looksCommon(before) || TITLE_MODIFIERS.has(before) || ORG_HEADS.has(before);
  if (start >= earliest && !looksCommon(tokens[start].key) && !looksCommon(tokens[to - 1].key) && portfolioWord) return start;
  return undefined;
}

/** "Ministry of ...", "Commission for ...": an organization's head word followed by what it is of or for. */
function hasHeadOf(tokens: Token[], from: number, to: number): boolean {
  return hasWordOf(tokens, from, to, ORG_HEADS);
}

/** tokens[from..to) end with an organization's head word and "of" or "for" (and "the"). */
function endsHeadOf(tokens: Token[], from: number, to: number): boolean {
  let at = to - 1;
  if (at > from && tokens[at].key === 'the') at--;
  return at > from && (tokens[at].key === 'of' || tokens[at].key === 'for') && ORG_HEADS.has(tokens[at - 1].key);
}

/** "Minister of ...", "Secretary for ...": a title followed by its portfolio. */
function hasTitleOf(tokens: Token[], from: number, to: number): boolean {
  return hasWordOf(tokens, from, to, TITLES);
}

function hasWordOf(tokens: Token[], from: number, to: number, heads: Set<string>): boolean {
  for (let i = from; i < to - 1; i++) {
    if (heads.has(tokens[i].key) && (tokens[i + 1].key === 'of' || tokens[i + 1].key === 'for')) return true;
  }
  return false;
}

/** Whether the connector(s) tokens[at..next) belong inside the name being built from `start`. */
function keepsConnector(tokens: Token[], start: number, at: number, next: number, to: number): boolean {
  const connector = tokens[at].key;
  const left = tokens[at - 1].key;
  if (NAME_PARTICLES.has(connector) && next === at + 1 && !GENERIC.has(connector)) return true;
  const startsWithHeadOf = hasHeadOf(tokens, start, at);
  if (connector === 'of') return ORG_HEADS.has(left) || ['republic', 'kingdom', 'commonwealth', 'union', 'state', 'states'].includes(left) || startsWithHeadOf;
  if (connector === 'for') return ORG_HEADS.has(left);
  if (connector === 'and' || connector === '&') {
    // "the Vietnam News Agency and the Non-Aligned Movement": a new noun phrase, a new name.
    if (next !== at + 1) return false;
    if (startsWithHeadOf) return true;
    let end = next;
    while (end < to && tokens[end].capital) end++;
    // "Vietnam Airlines and Lao Airlines", "JERA and Tokyo Gas": a whole name on each side
    // ("Colleges and Universities" is one).
    if ((ORG_HEADS.has(left) || (at - 1 === start && ACRONYM.test(tokens[start].text))) && !ORG_HEADS.has(tokens[next].key)) return false;
    // "Monopolies and Mergers Commission": the words after "and" end in a head word.
    return end > next && ORG_HEADS.has(tokens[end - 1].key);
  }
  return false;
}

/** "Heydar Aliyev Foundation Leyla Aliyeva" → the foundation, then the person. */
function cutAfterHead(tokens: Token[], from: number, to: number): Piece[] {
  // "Ministry of Culture, Sports and Tourism Vi Kiến Thành": a Vietnamese name ends the run.
  const person = hasHeadOf(tokens, from, to) ? vietnameseNameAtEnd(tokens, from + 3, to) : undefined;
  if (person !== undefined) return [{ from, to: person }, { from: person, to }];
  for (let i = from + 1; i < to - 2; i++) {
    if (!ORG_HEADS.has(tokens[i].key)) continue;
    const rest = tokens.slice(i + 1, to);
    if (rest.every((t) => t.capital && !ORG_HEADS.has(t.key) && !TITLES.has(t.key))) {
      return [{ from, to: i + 1 }, { from: i + 1, to }];
    }
  }
  return [{ from, to }];
}

/**
 * "Central Committee of the Communist Party of Vietnam" → "Communist Party of Vietnam";
 * "Vietnamese Ministry of Culture" → "Ministry of Culture".
 */
function dropGenericPrefix(tokens: Token[], piece: Piece): Piece {
  const start = tokens[piece.from].key === 'the' ? piece.from + 1 : piece.from;
  if (piece.to - start > 3 && isDemonym(tokens[start].key) && hasHeadOf(tokens, start + 1, start + 3)) return { ...piece, from: start + 1 };
  for (let i = piece.from + 1; i < piece.to - 1; i++) {
    if (tokens[i].key !== 'of') continue;
    for (let k = piece.from; k < i; k++) {
      const key = tokens[k].key;
      if (!(GENERIC.has(key) || ORG_HEADS.has(key) || TITLES.has(key))) return piece;
    }
    let right = i + 1;
    if (tokens[right].key === 'the') right++;
    if (right < piece.to && ORG_HEADS.has(tokens[piece.to - 1].key)) return dropGenericPrefix(tokens, { from: right, to: piece.to });
    return piece;
  }
  return piece;
}

/** "Party General Secretary Tô Lâm" → "Tô Lâm" titled "party general secretary"; a title alone is no name. */
function stripTitle(tokens: Token[], piece: Piece): Piece | undefined {
  let lastTitle = -1;
  for (let i = piece.from; i < piece.to; i++) {
    const key = tokens[i].key;
    if (TITLES.has(key)) lastTitle = i;
    else if (!(TITLE_MODIFIERS.has(key) || key === 'of' || key === 'the' || isDemonym(key))) break;
  }
  // Qualifiers before a title: "Manhattan District Attorney Alvin Bragg", "Ofgas Director General Clare Spottiswoode".
  if (lastTitle < 0) {
    for (let i = piece.to - 2; i > piece.from; i--) {
      if (TITLES.has(tokens[i].key) && !TITLES.has(tokens[i + 1].key) && tokens[i + 1].capital && !/\.$/.test(tokens[i - 1].text)) {
        lastTitle = i;
        break;
      }
    }
  }
  if (lastTitle < 0) return piece;
  if (ORG_HEADS.has(tokens[piece.to - 1].key) && lastTitle < piece.to - 1) return piece; // "General Electric", "Deputy Ministers Council"
  if (lastTitle === piece.to - 1) return undefined;
  const title = tokens
    .slice(piece.from, lastTitle + 1)
    .map((t) => t.key)
    .join(' ');
  return { from: lastTitle + 1, to: piece.to, title };
}

function toCandidate(piece: Piece, tokens: Token[], sentence: string, initial: boolean, context: SentenceContext): Candidate | undefined {
  let { from, to } = piece;
  // "Bạc Liêu LNG": a fuel, unit or code after a name is not part of it.
  while (!piece.registry && to - from > 1 && NOT_NAMES.has(tokens[to - 1].key)) to--;
  // A sentence-opening word that cannot begin a name: "During", "The", "Both".
  // Checked on the word as written: "To" may open a sentence, "Tô" opens "Tô Lâm".
  if (initial && !piece.registry && !piece.title && to - from > 1 && startsSentenceNotName(tokens[from].text.toLowerCase()) && !isWholeName(tokens, from, to, context)) {
    from++;
    initial = false;
    while (from < to && !tokens[from].capital) from++;
    if (from >= to) return undefined;
  }
  // "US dollars", "Singapore dollars": a currency, not the place.
  if (tokens[to] && !tokens[to].capital && CURRENCY_WORDS.test(tokens[to].key)) return undefined;
  // "told The Associated Press": the article is not part of the name ("The Hague" is, and is in the dictionary).
  if (!piece.registry && to - from > 1 && tokens[from].key === 'the' && !isKnownPlace(tokens.slice(from, to).map((t) => t.key).join(' '))) from++;
  const span = tokens.slice(from, to);
  const keys = span.map((t) => t.key);
  if (!piece.registry) {
    const demonym = (key: string) => isDemonym(key, context.registry.isAnyPlace);
    // Generic words, titles and demonyms only: "Central Committee", "Vietnamese Government", "Azerbaijani President".
    // ("Lao Airlines", "Thai Airways" are airlines' names.)
    if (!isKnownOrganization(keys.join(' ')) && !AIRLINE_HEADS.has(keys[keys.length - 1]) && keys.filter((key) => !CONNECTORS.has(key)).length <= 2 && keys.every((key) => GENERIC.has(key) || ORG_HEADS.has(key) || TITLES.has(key) || CONNECTORS.has(key) || demonym(key))) return undefined;
    if (keys.every((key) => DIRECTIONS.has(key) || demonym(key)) || demonym(keys.join(' '))) return undefined;
    // A lone word with a figure in it is an amount, a model or a code: "VND22.6", "A330neo".
    if (span.length === 1 && (isCalendarWord(keys[0]) || keys[0].length < 2 || NOT_NAMES.has(keys[0]) || /\d/.test(keys[0]))) return undefined;
    if (/^\p{Lu}$/u.test(span[0].text)) return undefined; // "D-Mass."
    if (initial && span.length === 1 && NEVER_NAME_START.has(span[0].text.toLowerCase())) return undefined;
  }
  const before = tokens[from - 1];
  const after = tokens[to];
  const text = sentence.slice(span[0].start, span[span.length - 1].end);
  return {
    text: span.length === 1 && span[0].possessive ? span[0].text : text.replace(POSSESSIVE, ''),
    keys,
    sentence,
    position: context.position + from,
    initial: initial && from === piece.from,
    title: piece.title,
    registry: piece.registry,
    cues: cuesAround(tokens, from, before, after),
    coordinates: [],
  };
}

/**
 * A name whose first word is also an ordinary one: a place the registry or dictionary knows whole
 * ("South Korea"), or a Vietnamese family, middle and given name ("Do Van Hai", "Ha Thi Lan").
 */
function isWholeName(tokens: Token[], from: number, to: number, context: SentenceContext): boolean {
  const keys = tokens.slice(from, to).map((token) => token.key);
  if (context.registry.isAnyPlace(keys.join(' '))) return true;
  // "Tan Son Nhat International Airport", "Long An Province": a name with the word that makes it a place or body.
  if (keys.length >= 3 && (PLACE_HEADS.has(keys[keys.length - 1]) || ORG_HEADS.has(keys[keys.length - 1]))) return true;
  // "Park Jae-hyun", "Lee Mi-young": a family name, then a hyphenated given name.
  if (keys.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[to - 1].text)) return true;
  return keys.length >= 3 && keys.length <= 4 && VIETNAMESE_SURNAMES.has(keys[0]) && VIETNAMESE_MIDDLE_NAMES.has(keys[1]);
}

function startsSentenceNotName(key: string): boolean {
  return NEVER_NAME_START.has(key) || (isDictionaryWord(key) && !isFirstName(key) && !TITLES.has(key) && !isKnownPlace(key));
}

function cuesAround(tokens: Token[], from: number, before: Token | undefined, after: Token | undefined): Candidate['cues'] {
  const beforeKey = before && !before.capital ? before.key : '';
  const afterKey = after && !after.capital ? after.key : '';
  const twoBefore = tokens[from - 2];
  const speech =
    (afterKey !== '' && SPEECH_VERBS.has(afterKey) && WHITESPACE_ONLY.test(after!.gap)) ||
    (beforeKey !== '' && SPEECH_VERBS.has(beforeKey)) ||
    (after?.gap.trim() === ',' && (afterKey === 'who' || /^\d{1,3}$/.test(after.text)));
  const placeOf = beforeKey === 'of' && twoBefore !== undefined && PLACE_NOUNS.has(twoBefore.key);
  const placeNounAfter = afterKey !== '' && PLACE_NOUNS.has(afterKey) && WHITESPACE_ONLY.test(after!.gap);
  return {
    person: speech,
    place: placeOf || placeNounAfter,
    placeWeak: beforeKey !== '' && PLACE_PREPOSITIONS.has(beforeKey) && WHITESPACE_ONLY.test(tokens[from].gap),
    organization: beforeKey === 'at' || beforeKey === 'by',
  };
}

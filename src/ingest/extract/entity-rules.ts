/**
 * What the tagger cannot learn from 1996 Reuters news, written down as named
 * rules that run over its names sentence by sentence, after the registry has
 * had its say. Each rule has an id, which a name carries in `decidedBy` once
 * the rule changed it, and examples (its tests in entities.test.ts).
 */
import {
  EVENT_HEADS,
  COMPANY_WORDS,
  KIND_OF_BODY,
  NOT_TITLES_IN_NAMES,
  MARKET_PEOPLE,
  OFFICER_TITLES,
  OFFICER_TITLE_PAIRS,
  ORG_NOUNS,
  ORG_HEADS,
  PEOPLES,
  PLACE_ONLY_HEADS,
  PLACE_OR_BODY,
  STATE_WORDS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLES,
  TITLE_MODIFIERS,
  VIETNAMESE_MIDDLE_NAMES,
  VIETNAMESE_SURNAMES,
  isDemonym,
  isDictionaryWord,
  NOT_NAMES,
  MEMBER_WORDS,
  VIETNAMESE_PLACE_NOUNS,
  VIETNAMESE_HONORIFICS,
  isKnownPlace,
  looksCommon,
  DIRECTIONS,
  isFirstName,
  isVerbForm,
  isVietnameseSyllable,
} from './entity-words.ts';
import type { RegistryEntity } from '../../schema/registries.ts';
import type { TextToken } from './tagger/tokenize.ts';
import type { WordFacts } from './tagger/features.ts';
import { wordClasses as wordClassesOf } from './tagger/word-classes.ts';

export type NameKind = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NameSpan {
  /** Token range, `to` exclusive. */
  from: number;
  to: number;
  kind: NameKind;
  registry?: RegistryEntity;
  /** "tagger", "registry" and the id of every rule that changed it. */
  decidedBy: string[];
}

export interface RuleToken extends TextToken {
  /** Folded: no diacritics, lower case, no periods. */
  key: string;
  /** Opens with a capital letter. */
  capital: boolean;
  /** Holds a letter or a digit: a word, not punctuation. */
  word: boolean;
  /** What the tagger knows of the word. */
  facts: WordFacts;
}

export interface RuleSentence {
  tokens: RuleToken[];
  /** Ascending, not overlapping. */
  spans: NameSpan[];
  article: RuleArticle;
}

/** What the rules may ask about the whole article. */
export interface RuleArticle {
  /** Folded words the article writes in lower case somewhere: ordinary words when capitalized. */
  lowerCaseWords: ReadonlySet<string>;
  /** The folded last words of the people it names in two words or more ("okafor" of "Emeka Okafor"), before the rules. */
  surnames: ReadonlySet<string>;
  /** The folded acronyms it also writes in the plural ("mp" of "MPs"): things counted, not names. */
  acronymPlurals: ReadonlySet<string>;
  /** The folded capitalized words it writes only before a common noun, twice or more ("tory" of "Tory leader", "Tory manifesto"). */
  modifiersOnly: ReadonlySet<string>;
  /** Whether a list of names (the tagger's) knows these folded words as a name. */
  knowsName(keys: readonly string[]): boolean;
  /** The kinds (1 PER, 2 ORG, 4 LOC) the public lists file these folded words under; 0 if they do not list them. */
  listedKinds(keys: readonly string[]): number;
}

export interface RuleExample {
  text: string;
  tagger: string[];
  expected: string[];
}

export interface EntityRule {
  id: string;
  /** What it knows, and why the tagger does not. */
  description: string;
  /** Sentences it changes, the names the tagger gave ("text/KIND"), and the names after the rule: its tests. */
  examples: RuleExample[];
  /** Sentences it must leave as the tagger named them: what it does not know (its tests too). */
  counterExamples?: Omit<RuleExample, 'expected'>[];
  apply(sentence: RuleSentence): void;
}

const isCapitalWord = (token: RuleToken | undefined) => token !== undefined && token.capital;
// Letters only Vietnamese spelling uses (horn, breve, circumflex with a tone mark, đ).
const VIETNAMESE_LETTERS = /[ơưăđƠƯĂĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const NOT_ASCII = /[^\p{ASCII}]/u;
/** The lexicon's classes that say a word is a name (first name, surname, person, place, organization). */
const NAME_CLASSES = 0b11111;
const CONNECTOR_WORDS = new Set(['and', 'of', 'the', 'for', '&', "'s"]);
const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;

function decide(span: NameSpan, rule: string, change: Partial<NameSpan>): void {
  Object.assign(span, change);
  span.decidedBy.push(rule);
}

function words(sentence: RuleSentence, span: NameSpan): RuleToken[] {
  return sentence.tokens.slice(span.from, span.to).filter((token) => token.word);
}

/** A name of Vietnamese syllables: with Vietnamese marks, or syllables that spell no English word or first name. */
/**
 * The words from `from` to `to` follow a Vietnamese place noun or come before an English one: a street or a ward named
 * after a person ("đường Trần Hưng Đạo", "on Tran Hung Dao street"). The Vietnamese noun is compared with its marks.
 */
function betweenPlaceNouns(tokens: RuleToken[], from: number, to: number): boolean {
  return VIETNAMESE_PLACE_NOUNS.has(tokens[from - 1]?.text.toLowerCase() ?? '') || PLACE_NOUNS.has(tokens[to]?.key ?? '');
}

function vietnameseSyllables(tokens: RuleToken[]): boolean {
  if (!tokens.every((token) => token.capital && isVietnameseSyllable(token.key))) return false;
  if (tokens.some((token) => VIETNAMESE_LETTERS.test(token.text))) return true;
  if (tokens.some((token) => NOT_ASCII.test(token.text))) return true;
  return tokens.every((token) => !isDictionaryWord(token.key) && !isFirstName(token.key));
}

export const RULES: EntityRule[] = [
  {
    id: 'not-a-name',
    description:
      'Units, currencies, fuels, indicators, tests, degrees, devices and documents, and the wires\' abbreviations of figures, written in capitals ' +
      'are no names (LNG, PPA, GRDP, IELTS, VND, DVD, ID, "Shr 41 cts"), however often an ' +
      'article capitalizes them; a name the tagger ran into one ends before it ("Bạc Liêu LNG-to-power"). Languages are no names either.',
    examples: [
      { text: 'The LNG plant will sell power under a PPA.', tagger: ['LNG/ORG', 'PPA/ORG'], expected: [] },
      { text: 'The Bạc Liêu LNG-to-power project was approved.', tagger: ['Bạc Liêu LNG-to-power/MISC'], expected: ['Bạc Liêu/MISC'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      const notName = (token: RuleToken) => NOT_NAMES.has(token.key) || NOT_NAMES.has(token.key.split('-')[0]);
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry) return true;
        let to = span.to;
        while (to > span.from && notName(tokens[to - 1])) to--;
        if (to === span.to) return true;
        if (to === span.from) return false;
        decide(span, this.id, { to });
        return true;
      });
    },
  },
  {
    id: 'known-place',
    description:
      'A word the public lists know only as a place is a place, not a MISC name: "the Philippines", which the tagger, like the dictionary, ' +
      'files with its people\'s "Philippine".',
    examples: [{ text: 'Flights to the Philippines resumed.', tagger: ['Philippines/MISC'], expected: ['Philippines/LOC'] }],
    apply(sentence) {
      for (const span of sentence.spans) {
        if (span.registry || span.kind !== 'MISC' || span.to - span.from !== 1) continue;
        const key = sentence.tokens[span.from].key;
        // Not "Mediterranean" or "Wimbledon", which the lists file as places and CoNLL, rightly here, as MISC.
        if (sentence.article.listedKinds([key]) === 4 && isKnownPlace(key)) decide(span, this.id, { kind: 'LOC' });
      }
    },
  },
  {
    id: 'vietnamese-person',
    description:
      'A Vietnamese family name followed by one to three given names is a person: "Trương Thị Hồng Hạnh", "Do Van Hai". ' +
      'Reuters of 1996 named few Vietnamese, so the tagger cuts such names short or takes them for places.',
    examples: [
      { text: 'Director Trương Thị Hồng Hạnh said arrivals rose.', tagger: ['Hồng Hạnh/PER'], expected: ['Trương Thị Hồng Hạnh/PER'] },
      { text: 'Do Van Hai, a fisherman, said the coves had changed.', tagger: ['Van Hai/PER'], expected: ['Do Van Hai/PER'] },
    ],
    counterExamples: [{ text: 'Cửa hàng trên đường Trần Hưng Đạo bị cháy.', tagger: [] }],
    apply(sentence) {
      const { tokens, spans } = sentence;
      for (let from = 0; from < tokens.length; from++) {
        if (!isCapitalWord(tokens[from]) || !VIETNAMESE_SURNAMES.has(tokens[from].key)) continue;
        let to = from + 1;
        while (to < tokens.length && to - from < 4 && isCapitalWord(tokens[to]) && isVietnameseSyllable(tokens[to].key)) to++;
        const name = tokens.slice(from, to);
        if (name.length < 2) continue;
        // "Chu Văn An High School", "Nguyễn Du Street": the name goes on, and is no person's; nor after a Vietnamese
        // place noun ("đường Trần Hưng Đạo", "phường Nguyễn Du") or before an English one ("on Tran Hung Dao street").
        if (isCapitalWord(tokens[to])) continue;
        if (betweenPlaceNouns(tokens, from, to)) continue;
        // Without marks, only a middle name ("Văn", "Thị") says it is a person's ("Ha Long" is a bay).
        if (!name.some((token) => NOT_ASCII.test(token.text)) && !(name.length >= 3 && VIETNAMESE_MIDDLE_NAMES.has(name[1].key))) continue;
        const inside = spans.filter((span) => span.from < to && span.to > from);
        // Two syllables are a place as often as a person ("Hà Giang"): only a name the tagger took for a person.
        if (name.length === 2 && !inside.some((span) => span.kind === 'PER')) continue;
        // The registry's names stand; so does a longer name around it that is not a person's ("Nguyễn Du Street").
        if (inside.some((span) => span.registry || ((span.from < from || span.to > to) && span.kind !== 'PER'))) continue;
        if (inside.length === 1 && inside[0].from === from && inside[0].to === to && inside[0].kind === 'PER') continue;
        const span: NameSpan = { from: Math.min(from, ...inside.map((other) => other.from)), to: Math.max(to, ...inside.map((other) => other.to)), kind: 'PER', decidedBy: ['tagger', this.id] };
        const at = inside.length > 0 ? spans.indexOf(inside[0]) : insertionPoint(spans, from);
        spans.splice(at, inside.length, span);
        from = to - 1;
      }
    },
  },
  {
    id: 'vietnamese-place',
    description:
      'Two Vietnamese syllables name a place when they do not open with a family name ("Hội An", "Quảng Nam", and without marks "Quang Ninh"), ' +
      'or when the words around them say so ("the province of Hà Giang", "Hà Giang province", "in Hà Giang"). ' +
      'The tagger reads unknown capitalized syllables as a person.',
    examples: [
      { text: 'They built a school in the northern province of Hà Giang.', tagger: ['Hà Giang/PER'], expected: ['Hà Giang/LOC'] },
      { text: 'Tourists flocked to Hội An.', tagger: ['Hội An/PER'], expected: ['Hội An/LOC'] },
      { text: 'A shop on Tran Hung Dao street burned down.', tagger: ['Tran Hung Dao/PER'], expected: ['Tran Hung Dao/LOC'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (span.registry || (span.kind !== 'PER' && span.kind !== 'MISC')) continue;
        const name = words(sentence, span);
        if (name.length < 2 || name.length > 4) continue;
        // A person's name of three or four syllables names a place only before a place noun or after a Vietnamese one:
        // "Tran Hung Dao street", "đường Trần Hưng Đạo"; there a family name and Vietnamese syllables are cue enough.
        const streetCue = betweenPlaceNouns(tokens, span.from, span.to);
        const personsName = VIETNAMESE_SURNAMES.has(name[0].key) && name.every((token) => isVietnameseSyllable(token.key));
        if (name.length > 2 ? !(streetCue && (personsName || vietnameseSyllables(name))) : !vietnameseSyllables(name)) continue;
        const before = tokens[span.from - 1]?.key;
        const placeCue =
          (before === 'of' && PLACE_NOUNS.has(tokens[span.from - 2]?.key ?? '')) ||
          PLACE_NOUNS.has(tokens[span.to]?.key ?? '') ||
          (before !== undefined && PLACE_PREPOSITIONS.has(before));
        if (VIETNAMESE_SURNAMES.has(name[0].key) && !placeCue) continue;
        decide(span, this.id, { kind: 'LOC' });
      }
    },
  },
  {
    id: 'vietnamese-name-whole',
    description:
      'A Vietnamese name keeps its first syllable where the tagger left it out, as it does a capitalized word that opens a sentence: ' +
      '"Tan Son Nhat International Airport" ("Tan" is also an English word). Not an honorific ("Ông", "Bà": Mr, Mrs), and a person\'s ' +
      'name opens with its family name.',
    examples: [
      { text: 'Tan Son Nhat International Airport handled 2 million passengers.', tagger: ['Nhat International Airport/LOC'], expected: ['Tan Son Nhat International Airport/LOC'] },
    ],
    counterExamples: [{ text: 'Ông Nguyễn Văn An cho biết lửa bùng lên từ tầng hai.', tagger: ['Nguyễn Văn An/PER'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (span.registry || span.kind === 'MISC') continue;
        let from = span.from;
        while (from > 0 && isCapitalWord(tokens[from - 1]) && isVietnameseSyllable(tokens[from - 1].key) && !VIETNAMESE_HONORIFICS.has(tokens[from - 1].text.toLowerCase()) && !sentence.spans.some((other) => other.to === from)) from--;
        // A person's name opens with the family name: a word before it opening the sentence is no part of it ("Riêng Nguyễn Văn A").
        if (span.kind === 'PER') while (from < span.from && !VIETNAMESE_SURNAMES.has(tokens[from].key)) from++;
        const first = tokens[span.from];
        if (from === span.from || !isVietnameseSyllable(first.key) || (!NOT_ASCII.test(first.text) && isDictionaryWord(first.key))) continue;
        decide(span, this.id, { from });
      }
    },
  },
  {
    id: 'org-noun-before',
    description:
      'A name right after a lower-case noun for a kind of body is that body\'s: "industry regulator Ofgas", "grid operator TenneT", "mineral ' +
      'water firm Multico", "telecoms operator Unicom". The tagger, meeting a company\'s name it never saw, reads its letters as a person\'s ' +
      'or a place\'s. Not a place the dictionary knows ("making the company Britain\'s largest"), nor a name followed by "\'s", nor a ' +
      'person\'s name opening with a first name the dictionary knows (CoNLL\'s "insurer Thierry Dehaan" is a person, but the dictionary ' +
      'does not know "Thierry": 2 of the cue\'s 105 names in eng.train are people).',
    examples: [
      { text: 'The industry regulator Ofgas ordered cuts.', tagger: ['Ofgas/PER'], expected: ['Ofgas/ORG'] },
      { text: 'Grid operator TenneT said the line was late.', tagger: ['TenneT/LOC'], expected: ['TenneT/ORG'] },
    ],
    counterExamples: [
      { text: 'The other was insurer Thomas Dehaan.', tagger: ['Thomas Dehaan/PER'] },
      { text: 'The deal made the company Britain\'s largest brewer.', tagger: ['Britain/LOC'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span)) continue;
        const before = tokens[span.from - 1];
        if (before === undefined || before.capital || !ORG_NOUNS.has(before.key) || tokens[span.to]?.key === "'s") continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'org-noun-after',
    description:
      'A name before "newspaper" or "magazine" is the paper\'s: "Britain\'s Sun newspaper reported", "the Sereipheap Thmei (New Liberty) ' +
      'newspaper". The tagger reads an unknown title as a person\'s name or a MISC name. Not a people\'s word ("an Algerian newspaper said"): ' +
      'in eng.train\'s annotations the cue names 14 organizations, 2 places and 6 peoples\' words.',
    examples: [
      { text: "Britain's Sun newspaper reported on Friday.", tagger: ['Britain/LOC', 'Sun/MISC'], expected: ['Britain/LOC', 'Sun/ORG'] },
      { text: 'He edited the Sereipheap Thmei (New Liberty) newspaper.', tagger: ['Sereipheap Thmei/PER', 'New Liberty/ORG'], expected: ['Sereipheap Thmei/ORG', 'New Liberty/ORG'] },
    ],
    counterExamples: [
      { text: 'An Algerian newspaper said on Saturday.', tagger: ['Algerian/MISC'] },
      { text: 'A British newspaper said Margaret Thatcher was shaken.', tagger: ['British/MISC', 'Margaret Thatcher/PER'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        // A MISC name only where it is no people's word: not a demonym the dictionary knows, nor after "a" ("A British newspaper said").
        const misc = span.kind === 'MISC' && !span.registry && !['a', 'an'].includes(tokens[span.from - 1]?.key ?? '') && words(sentence, span).every((token) => !isDemonym(token.key));
        if (!retypable(sentence, span) && !misc) continue;
        let at = span.to;
        // "Sereipheap Thmei (New Liberty) newspaper": a translation in brackets between.
        if (tokens[at]?.text === '(') while (at < tokens.length && tokens[at].text !== ')') at++;
        if (tokens[at]?.text === ')') at++;
        const after = tokens[at];
        if (after === undefined || after.capital || !PUBLICATION_NOUNS.has(after.key)) continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'org-apposition',
    description:
      'A name described between commas as a kind of body is that body\'s: "Mercantile Bancorp Inc., a bank holding company with…", ' +
      '"the Sant\' Egidio Community, an Italian Roman Catholic organisation which…". The head of the description, its last word before a ' +
      'preposition, relative or punctuation, must be a lower-case noun for a body ("a company director" is a person).',
    examples: [
      { text: 'Kleinwort Benson, a British merchant bank, said prices would fall.', tagger: ['Kleinwort Benson/PER', 'British/MISC'], expected: ['Kleinwort Benson/ORG', 'British/MISC'] },
    ],
    counterExamples: [{ text: 'Tim Eggar, a company director, said prices would fall.', tagger: ['Tim Eggar/PER'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span) || tokens[span.to]?.text !== ',' || !['a', 'an'].includes(tokens[span.to + 1]?.key ?? '')) continue;
        let at = span.to + 2;
        while (at < Math.min(tokens.length, span.to + 9) && tokens[at].word && !APPOSITION_ENDS.has(tokens[at].key)) at++;
        const head = tokens[at - 1];
        if (at === span.to + 2 || head.capital || !ORG_NOUNS.has(head.key) || tokens[at]?.key === "'s") continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'market-people',
    description:
      'The firm where analysts, economists, strategists, dealers or traders work is an organization: "Analysts at Kleinwort Benson said", ' +
      '"James Weber, analyst at A.G. Edwards & Sons", "an economist with Nomura". The tagger reads an unknown firm named after ' +
      'its founders as a person.',
    examples: [{ text: 'Analysts at Kleinwort Benson said the ruling was harsh.', tagger: ['Kleinwort Benson/PER'], expected: ['Kleinwort Benson/ORG'] }],
    counterExamples: [{ text: 'said Ralph Bloch, chief technical analyst at Raymond James.', tagger: ['Ralph Bloch/PER', 'Raymond James/PER'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span)) continue;
        const at = tokens[span.from - 1]?.key;
        if ((at !== 'at' && at !== 'with') || !MARKET_PEOPLE.has(tokens[span.from - 2]?.key ?? '')) continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'org-officer',
    description:
      'A name followed by the lower-case title of a company\'s officer and the officer\'s name is the company\'s: "Ofgas director general ' +
      'Clare Spottiswoode", "Pirelli SpA chairman Marco Tronchetti Provera"; so is one whose chairman, chief executive, shares or shareholders ' +
      'are spoken of ("Ofgas\'s chief executive"). Reuters wrote few such unknown names; a person\'s aide ("Yeltsin spokesman Sergei ' +
      'Yastrzhembsky") is not an officer.',
    examples: [
      { text: 'Ofgas director general Clare Spottiswoode said the cuts were needed.', tagger: ['Ofgas/PER', 'Clare Spottiswoode/PER'], expected: ['Ofgas/ORG', 'Clare Spottiswoode/PER'] },
      { text: "Vattenfall's shareholders met on Monday.", tagger: ['Vattenfall/PER'], expected: ['Vattenfall/ORG'] },
    ],
    counterExamples: [
      { text: 'Yeltsin spokesman Sergei Yastrzhembsky said so.', tagger: ['Yeltsin/PER', 'Sergei Yastrzhembsky/PER'] },
      { text: 'Philippine president Fidel Ramos arrived.', tagger: ['Philippine/MISC', 'Fidel Ramos/PER'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span)) continue;
        const possessive = tokens[span.to]?.key === "'s";
        const at = possessive ? span.to + 1 : span.to;
        const [first, second] = [tokens[at], tokens[at + 1]];
        if (first === undefined || first.capital) continue;
        const pair = second !== undefined && !second.capital && OFFICER_TITLE_PAIRS.has(`${first.key} ${second.key}`);
        const title = pair || OFFICER_TITLES.has(first.key);
        const after = tokens[at + (pair ? 2 : 1)];
        const officer = title && (possessive || isCapitalWord(after));
        if (!officer && !(possessive && OWNED_BY_COMPANIES.has(first.key))) continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'business-cue',
    description:
      'What only a company is or does makes the name a company\'s: bought, sold or owned ("a stake in X", "shares of X", "a unit of X", ' +
      '"acquired by X", "published by Prensa Latina", "a merger with X") or reporting ("X posted a loss", "X reported a profit"). In ' +
      'eng.train\'s annotations these phrases stand by 29 organizations and no person; the places and peoples\' words they also stand by ' +
      '("shares in Hungary") the dictionary knows and are left alone.',
    examples: [
      { text: 'The story was published by Prensa Latina on Saturday.', tagger: ['Prensa Latina/PER'], expected: ['Prensa Latina/ORG'] },
      { text: 'Vattenfall posted a first-half loss.', tagger: ['Vattenfall/PER'], expected: ['Vattenfall/ORG'] },
    ],
    counterExamples: [{ text: 'Foreigners bought shares in Hungary.', tagger: ['Hungary/LOC'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span)) continue;
        const before = `${tokens[span.from - 2]?.key ?? ''} ${tokens[span.from - 1]?.key ?? ''}`;
        const after = `${tokens[span.to]?.key ?? ''} ${tokens[span.to + 1]?.key ?? ''}`;
        if (!BUSINESS_BEFORE.has(before) && !BUSINESS_AFTER.has(after) && !BUSINESS_AFTER.has(tokens[span.to]?.key ?? '')) continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'based-org',
    description:
      'A name after "<place>-based" is a company\'s or a body\'s: "Ontario-based Magna", "Boston-based Reagan Communications", ' +
      '"St. Louis-based Mercantile Bancorp". Reuters wrote it of firms; the tagger reads the firm\'s name on its own letters.',
    examples: [{ text: 'The deal will help Ontario-based Magna grow.', tagger: ['Magna/PER'], expected: ['Magna/ORG'] }],
    counterExamples: [{ text: 'They seized copies of the Cyprus-based Arabic monthly.', tagger: ['Arabic/MISC'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (!retypable(sentence, span)) continue;
        const before = tokens[span.from - 1];
        if (before === undefined || !(before.key.endsWith('-based') || before.key === 'based')) continue;
        decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'org-list',
    description:
      'A lone word the tagger took for a person (or a MISC name), listed with an organization, is an organization too: "Orsted, RWE and ' +
      'Vattenfall", "operated by Vietjet and Vietnam Airlines". A list names people in full, or by surnames the article gave in full ' +
      'before; a company is often one word the tagger never saw. Not a known first name, a surname of the article\'s people, a word after a ' +
      'title, a people\'s word, a hyphenated or an ordinary one; two names must be joined by "and" or "or", not a comma alone; and not in a ' +
      'list with more people than organizations (a team\'s line-up) or with a place ("Breisach, Kehl and Freiburg"). What it gets wrong: ' +
      '"Clinton and Congress" in an article that never names Bill Clinton in full.',
    examples: [
      { text: 'Developers including Orsted, RWE and Vattenfall have urged Berlin to act.', tagger: ['Orsted/MISC', 'RWE/ORG', 'Vattenfall/PER', 'Berlin/LOC'], expected: ['Orsted/ORG', 'RWE/ORG', 'Vattenfall/ORG', 'Berlin/LOC'] },
      { text: 'Flights are operated by Vietjet and Vietnam Airlines.', tagger: ['Vietjet/PER', 'Vietnam Airlines/ORG'], expected: ['Vietjet/ORG', 'Vietnam Airlines/ORG'] },
    ],
    counterExamples: [
      { text: 'Given, Breen, Staunton, Irwin, McAteer, Harte.', tagger: ['Given/PER', 'Breen/PER', 'Staunton/PER', 'Irwin/PER', 'McAteer/PER', 'Harte/ORG'] },
      { text: 'Charles got back Breisach, Kehl and Freiburg.', tagger: ['Charles/PER', 'Breisach/ORG', 'Kehl/PER', 'Freiburg/LOC'] },
      { text: 'The United Nations General Assembly, Gujral said, must act.', tagger: ['United Nations General Assembly/ORG', 'Gujral/PER'] },
    ],
    apply(sentence) {
      const { tokens, article } = sentence;
      for (const list of listsOf(sentence)) {
        const count = (kind: NameKind) => list.filter((span) => span.kind === kind).length;
        // A team's line-up with one name the tagger took for a club, or places ("Breisach, Kehl and Freiburg"), is no list of companies.
        if (count('ORG') === 0 || count('ORG') < count('PER') || count('LOC') > 0) continue;
        if (list.length === 2 && tokens[list[0].to].text === ',' && list[1].from === list[0].to + 1) continue;
        for (const span of list) {
          if (span.registry || span.to - span.from !== 1 || (span.kind !== 'PER' && span.kind !== 'MISC')) continue;
          const { key } = tokens[span.from];
          if (key.includes('-') || isFirstName(key) || article.surnames.has(key) || isDemonym(key) || looksCommon(key) || isKnownPlace(key)) continue;
          if (TITLES.has(tokens[span.from - 1]?.key ?? '')) continue;
          decide(span, this.id, { kind: 'ORG' });
        }
      }
    },
  },
  {
    id: 'first-name',
    description:
      'Two capitalized words, the first a first name the dictionary knows, are a person\'s name: "Barry Bannan\'s free kick", where the ' +
      'tagger read an unknown surname as a place. In eng.train\'s annotations such pairs (the second word no head word, ordinary word or ' +
      'place) name 2,277 people, 32 organizations ("Merrill Lynch", left to the tagger) and 9 places ("Monte Carlo": a name ' +
      'eng.train or the public lists know is left to the tagger).',
    examples: [{ text: "Pears made a fine save from Barry Bannan's free kick.", tagger: ['Pears/PER', 'Barry Bannan/LOC'], expected: ['Pears/PER', 'Barry Bannan/PER'] }],
    counterExamples: [{ text: 'Tourists flocked to Monte Carlo.', tagger: ['Monte Carlo/LOC'] }],
    apply(sentence) {
      for (const span of sentence.spans) {
        if (span.registry || !(['LOC']).includes(span.kind)) continue;
        const named = words(sentence, span);
        if (named.length !== 2 || sentence.tokens.slice(span.from, span.to).length !== 2) continue;
        const [first, last] = named;
        if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || !isFirstName(first.key)) continue;
        if (ORG_HEADS.has(last.key) || PLACE_HEADS.has(last.key) || isDictionaryWord(last.key) || isKnownPlace(last.key) || isKnownPlace(`${first.key} ${last.key}`)) continue;
        // "Monte Carlo", "Ben Gurion": a name eng.train's annotations or the public lists know is left to the tagger, which learned it.
        if (sentence.article.knowsName([first.key, last.key]) || sentence.article.listedKinds([first.key, last.key]) & 4) continue;
        decide(span, this.id, { kind: 'PER' });
      }
    },
  },
  {
    id: 'list-kind',
    description:
      'The names of a list ("A, B, C and D") are of one kind: the kind most of them have. The tagger decides each name on its own words.',
    examples: [
      { text: 'The project covers Ca Mau, Bac Lieu, Soc Trang and Tra Vinh provinces.', tagger: ['Ca Mau/LOC', 'Bac Lieu/PER', 'Soc Trang/LOC', 'Tra Vinh/LOC'], expected: ['Ca Mau/LOC', 'Bac Lieu/LOC', 'Soc Trang/LOC', 'Tra Vinh/LOC'] },
    ],
    apply(sentence) {
      for (const list of listsOf(sentence)) {
        if (list.length < 3) continue;
        const votes = new Map<NameKind, number>();
        for (const span of list) votes.set(span.kind, (votes.get(span.kind) ?? 0) + (span.registry ? 2 : 1));
        const [best, count] = [...votes].sort((a, b) => b[1] - a[1])[0];
        if (count * 2 <= list.length || best === 'MISC') continue;
        for (const span of list) if (!span.registry && span.kind !== best && span.kind !== 'MISC') decide(span, this.id, { kind: best });
      }
    },
  },
  {
    id: 'portfolio',
    description:
      'After a title or a body\'s head word and "of" (or "for"), a portfolio runs on through commas to its last "and" ' +
      '("Minister of Labour, Invalids and Social Affairs", "Ministry of Culture, Sports and Tourism"), and a person\'s name may close it ' +
      '("Minister of Industry and Trade Nguyễn Hồng Diên", "Secretary of State Antony Blinken"). The portfolio belongs to the title, or to the ' +
      'body\'s name; a body named in it is an organization ("Chairman of the Hanoi People\'s Committee Tran Sy Thanh"). ' +
      'Reuters wrote few such titles: the tagger runs portfolio and person into one name.',
    examples: [
      { text: 'Deputy Minister of Foreign Affairs Do Hung Viet said talks would resume.', tagger: ['Foreign Affairs Do Hung Viet/ORG'], expected: ['Do Hung Viet/PER'] },
      { text: 'The Ministry of Culture, Sports and Tourism said so.', tagger: ['Ministry of Culture/ORG', 'Sports/ORG', 'Tourism/PER'], expected: ['Ministry of Culture, Sports and Tourism/ORG'] },
      { text: "Chairman of the Hanoi People's Committee Tran Sy Thanh said the plan was ready.", tagger: ['Hanoi People/ORG', 'Committee Tran Sy Thanh/ORG'], expected: ["Hanoi People's Committee/ORG", 'Tran Sy Thanh/PER'] },
      { text: 'The Minister of Foreign Affairs said revenue rose.', tagger: ['Foreign Affairs/ORG'], expected: [] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (let t = 0; t + 2 < tokens.length; t++) {
        const word = tokens[t];
        // The cheap tests first: most tokens are neither capitalized nor before "of".
        if (!isCapitalWord(word) || (tokens[t + 1].key !== 'of' && tokens[t + 1].key !== 'for')) continue;
        const isTitle = TITLES.has(word.key);
        const isBody = !isTitle && ORG_HEADS.has(word.key) && !COMPANY_WORDS.has(word.key);
        if (!(isTitle || isBody)) continue;
        // A registered body's own name ("Ministry of Culture, Sports and Tourism") stands as it is.
        if (sentence.spans.some((span) => span.registry && span.from <= t && span.to > t)) continue;
        const from = tokens[t + 2].key === 'the' ? t + 3 : t + 2;
        const to = portfolioEnd(sentence, from);
        if (to <= from) continue;
        const person = personAtEnd(sentence, from, to);
        const portfolioTo = person?.from ?? to;
        const replaced: NameSpan[] = [];
        const registered = sentence.spans.filter((span) => span.registry && span.from >= from && span.to <= portfolioTo);
        const bodyFrom = isBody ? bodyStart(sentence, t) : from;
        if (registered.some((span) => span.kind === 'ORG') || (!isBody && !tokens.slice(from, portfolioTo).some((token) => ORG_HEADS.has(token.key) && !TITLE_MODIFIERS.has(token.key)))) {
          // "General Secretary of the Central Committee of the Communist Party of Việt Nam": the registry's body is named; a portfolio is no one's name.
          replaced.push(...registered);
        } else if (portfolioTo > bodyFrom) {
          replaced.push({ from: bodyFrom, to: portfolioTo, kind: 'ORG', decidedBy: ['tagger', this.id] });
        }
        if (person) replaced.push(person);
        const start = isBody ? bodyFrom : t;
        sentence.spans = [...sentence.spans.filter((span) => span.to <= start || span.from >= to), ...replaced].sort((a, b) => a.from - b.from);
        t = to - 1;
      }
    },
  },
  {
    id: 'title',
    description:
      'A title is not part of the name it stands before, and the name after a title is a person\'s: "PM Chính", "President Aliyev". ' +
      'CoNLL never marks a title; the tagger still takes a title it never saw for the start of an organization ("PM").',
    examples: [{ text: 'Speaking later, PM Chính said the city must act faster.', tagger: ['PM Chính/ORG'], expected: ['Chính/PER'] }],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (span.registry) continue;
        let from = span.from;
        // Not "Queen's Park", "Lord's", "First Chicago".
        while (from < span.to - 1 && TITLES.has(tokens[from].key) && !NOT_TITLES_IN_NAMES.has(tokens[from].key) && isCapitalWord(tokens[from]) && tokens[from + 1].key !== "'s") from++;
        // "General Electric", "General Motors": a head word at the end makes the whole a body's name.
        if (from === span.from || ORG_HEADS.has(tokens[span.to - 1].key)) continue;
        decide(span, this.id, { from, kind: 'PER' });
      }
    },
  },
  {
    id: 'acronym-whole',
    description:
      'An acronym in brackets spells the name before it: the capitalized words whose initials it gives, "of", "for", "and", "in" between ' +
      'them, are one organization\'s name ("Organisation for Security and Cooperation in Europe (OSCE)", "U.N. Interim Force in Lebanon ' +
      '(UNIFIL)"), and a word before them is not part of it ("the August National Association of Purchasing Management (NAPM) index"). ' +
      'The tagger ends such long names at a place or starts them at a capital, and the portfolio rule cuts them at "in". A registered name ' +
      'inside it ("U.N.") is part of it. Not where the name goes on to the left through a connector ' +
      '("Rally for the Return of Refugees and Democracy in Rwanda (RDR)" spells only part of it).',
    examples: [
      {
        text: 'The Organisation for Security and Cooperation in Europe (OSCE) postponed elections.',
        tagger: ['Organisation for Security and Cooperation/ORG', 'Europe/LOC', 'OSCE/ORG'],
        expected: ['Organisation for Security and Cooperation in Europe/ORG', 'OSCE/ORG'],
      },
      {
        text: 'They met at the headquarters of the U.N. Interim Force in Lebanon (UNIFIL).',
        tagger: ['U.N. Interim Force/ORG', 'Lebanon/LOC', 'UNIFIL/LOC'],
        expected: ['U.N. Interim Force in Lebanon/ORG', 'UNIFIL/ORG'],
      },
      {
        text: 'Traders awaited the August National Association of Purchasing Management (NAPM) index.',
        tagger: ['August National Association of Purchasing Management/ORG', 'NAPM/ORG'],
        expected: ['National Association of Purchasing Management/ORG', 'NAPM/ORG'],
      },
    ],
    counterExamples: [
      { text: 'The Rally for the Return of Refugees and Democracy in Rwanda (RDR) urged calm.', tagger: ['Rally/MISC', 'Return of Refugees and Democracy in Rwanda/ORG', 'RDR/ORG'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (let close = 3; close < tokens.length; close++) {
        const acronym = tokens[close - 1];
        if (tokens[close].text !== ')' || tokens[close - 2].text !== '(' || !ACRONYM.test(acronym.text)) continue;
        const end = close - 2;
        const from = spelledFrom(tokens, end, acronym.text.replace(/[.&]/g, ''));
        if (from === undefined || end - from < 2) continue;
        const inside = sentence.spans.filter((span) => span.from < end && span.to > from);
        // A registered name may stand inside it ("U.N." of UNIFIL's name), not over it.
        if (inside.some((span) => span.registry && (span.from < from || span.to > end)) || (inside.length === 1 && inside[0].from === from && inside[0].to === end)) continue;
        const span: NameSpan = { from, to: end, kind: 'ORG', decidedBy: ['tagger', this.id] };
        const at = inside.length > 0 ? sentence.spans.indexOf(inside[0]) : insertionPoint(sentence.spans, from);
        sentence.spans.splice(at, inside.length, span);
        const own = sentence.spans.find((other) => other.from === close - 1 && other.to === close);
        if (own && own.kind !== 'ORG' && !own.registry) decide(own, this.id, { kind: 'ORG' });
      }
    },
  },
  {
    id: 'head-word',
    description:
      'Capitalized words ending in an organization\'s or a place\'s head word belong to the name before them: "Chu Văn An High School", ' +
      '"Nguyễn Du Street", and across the possessive of a people ("Vietnamese Women\'s Union", "Hanoi People\'s Committee"). The tagger, ' +
      'which never saw the first words, leaves the head words out or takes the first for a person.',
    examples: [
      { text: 'Students of Chu Văn An High School won.', tagger: ['Chu Văn An/LOC'], expected: ['Chu Văn An High School/ORG'] },
      { text: "The Vietnamese Women's Union signed.", tagger: ['Vietnamese Women/MISC', 'Union/ORG'], expected: ["Vietnamese Women's Union/ORG"] },
      { text: 'Sun Group JSC signed.', tagger: ['Sun Group/ORG', 'JSC/ORG'], expected: ['Sun Group JSC/ORG'] },
    ],
    apply(sentence) {
      const { tokens, spans } = sentence;
      for (let k = 0; k < spans.length; k++) {
        const span = spans[k];
        if (span.registry) continue;
        let end = span.to;
        const swallowed: NameSpan[] = [];
        for (;;) {
          if (tokens[end]?.key === "'s" && PEOPLES.has(tokens[end - 1].key) && isCapitalWord(tokens[end + 1])) {
            const next = spans.find((other) => other.from === end + 1);
            if (next?.registry || next?.kind === 'PER') break;
            if (next) swallowed.push(next);
            end = next ? next.to : end + 2;
            continue;
          }
          if (!isCapitalWord(tokens[end]) || tokens[end].start > tokens[end - 1].end + 1) break;
          // A company's suffix the tagger named apart ("Sun Group" "JSC") joins the name too.
          const next = spans.find((other) => other.from === end);
          if (next && !(next.to === end + 1 && COMPANY_WORDS.has(tokens[end].key))) break;
          if (next) swallowed.push(next);
          end++;
        }
        if (end === span.to) continue;
        const head = tokens[end - 1].key;
        const kind: NameKind | undefined = ORG_HEADS.has(head) ? 'ORG' : PLACE_HEADS.has(head) ? 'LOC' : undefined;
        if (!kind) continue;
        for (const other of swallowed) spans.splice(spans.indexOf(other), 1);
        decide(span, this.id, { to: end, kind });
      }
    },
  },
  {
    id: 'head-kind',
    description:
      'The last word of a name of several words gives its kind: an organization\'s ("Singapore Exchange", "Buffalo Tours") ' +
      'or a place\'s ("Ben Thanh Market", "Thái Học House", "Seaside Boulevard", "Flame Towers"). Words that end both ("Bank": West Bank; ' +
      '"City": Manchester City) are left to the tagger.',
    examples: [
      { text: 'Shares on the Singapore Exchange rose.', tagger: ['Singapore Exchange/LOC'], expected: ['Singapore Exchange/ORG'] },
      { text: 'Traders met at Ben Thanh Market.', tagger: ['Ben Thanh Market/ORG'], expected: ['Ben Thanh Market/LOC'] },
      { text: 'Pirelli SpA chairman and chief executive Marco Tronchetti Provera said so.', tagger: ['Pirelli SpA/PER', 'Marco Tronchetti Provera/PER'], expected: ['Pirelli SpA/ORG', 'Marco Tronchetti Provera/PER'] },
    ],
    apply(sentence) {
      for (const span of sentence.spans) {
        if (span.registry || span.to - span.from < 2) continue;
        const head = sentence.tokens[span.to - 1].key;
        const kind: NameKind | undefined = ORG_HEADS.has(head) && !PLACE_HEADS.has(head) && !PLACE_OR_BODY.has(head) ? 'ORG' : PLACE_ONLY_HEADS.has(head) ? 'LOC' : undefined;
        // MISC stays MISC: "American League", "Eastern Division" are no organizations by CoNLL's rules.
        if (kind && kind !== span.kind && span.kind !== 'MISC') decide(span, this.id, { kind });
      }
    },
  },
  {
    id: 'speaker',
    description:
      'A name that speaks ("…, said Vi Kiến Thành", "Nguyễn Văn An told reporters") is a person\'s, whatever its letters suggest. ' +
      'So is one described between commas before it speaks ("Park Jae-hyun, a ranger, said"). Only names of two words or more the tagger took ' +
      'for a place or a MISC name: organizations speak too.',
    examples: [
      { text: 'Park Jae-hyun, a ranger, said visitors loved it.', tagger: ['Park Jae-hyun/MISC'], expected: ['Park Jae-hyun/PER'] },
      { text: 'Arrivals rose, said Lê Hoài Trung.', tagger: ['Lê Hoài Trung/LOC'], expected: ['Lê Hoài Trung/PER'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      for (const span of sentence.spans) {
        if (span.registry || (span.kind !== 'LOC' && span.kind !== 'MISC') || span.to - span.from < 2) continue;
        const before = tokens[span.from - 1];
        // "…, said Vi Kiến Thành." (not "said South Korean tourists").
        const saidBefore = before !== undefined && SPEECH_VERBS.has(before.key) && (tokens[span.to] === undefined || /^[.,;]$/.test(tokens[span.to].text));
        if (words(sentence, span).some((token) => isDemonym(token.key))) continue;
        if (saidBefore || speaksAfter(tokens, span.to)) decide(span, this.id, { kind: 'PER' });
      }
    },
  },
  {
    id: 'no-name-of-titles',
    description:
      'Titles, and a body named only by what kind of body it is, are no one\'s name: "National Leader", "Party General Secretary", "Vice President", ' +
      '"Central Committee", "Standing Committee", "the Foundation", "the Vietnamese Government". Each names a different person or body from one article to the next; CoNLL marks ' +
      'the bodies as organizations, the digest keeps the full names they stand for ("Central Committee of the Communist Party of Việt Nam").',
    examples: [
      { text: 'The Central Committee met.', tagger: ['Central Committee/ORG'], expected: [] },
      { text: 'Many hold posts in the Vietnamese Government.', tagger: ['Vietnamese Government/ORG'], expected: [] },
      { text: 'Party General Secretary Tô Lâm arrived.', tagger: ['Party General Secretary/ORG', 'Tô Lâm/PER'], expected: ['Tô Lâm/PER'] },
    ],
    apply(sentence) {
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry) return true;
        const keys = words(sentence, span).map((token) => token.key);
        if (keys.every((key) => TITLES.has(key) || TITLE_MODIFIERS.has(key))) return false;
        const last = keys[keys.length - 1];
        if (keys.length === 2 && isDemonym(keys[0]) && STATE_WORDS.has(last)) return false;
        return !(ORG_HEADS.has(last) && keys.length <= 2 && keys.slice(0, -1).every((key) => KIND_OF_BODY.has(key)));
      });
    },
  },
  {
    id: 'ordinary-words',
    description:
      'Capitalized ordinary words are no name: "Joint Declaration", "Creative Space", "Technical Cooperation" (each word built like a common noun or ' +
      'adjective, or written in lower case elsewhere in the article); nor is one such word taken for a person ("Election" over an article on the ' +
      'election). A head word ("Federal Network Agency"), a word the lexicon knows as a name, or a list that knows the whole ("Middle East") ' +
      'keeps it; a single word taken for a body or a place is kept, as brands and places are ordinary words too ("Apple", "Bath").',
    examples: [
      { text: 'They signed a Joint Declaration on joint projects.', tagger: ['Joint Declaration/ORG'], expected: [] },
      { text: 'Election: the parties begin their campaign for the election.', tagger: ['Election/PER'], expected: [] },
    ],
    apply(sentence) {
      const { article } = sentence;
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry || span.kind === 'MISC') return true;
        // A name a rule built knows better ("Do Van Hai" is a person's, though "do" and "van" are English words).
        if ((span.to - span.from < 2 && span.kind !== 'PER') || span.decidedBy.length > 1) return true;
        const keys = words(sentence, span).map((token) => token.key);
        const ordinary = (key: string) => key.split('-').every((part) => (looksCommon(part) || article.lowerCaseWords.has(part)) && !ORG_HEADS.has(part) && !PLACE_HEADS.has(part) && (wordClassesOf(part) & NAME_CLASSES) === 0);
        // Written in lower case elsewhere in the article, at least one of them: the article itself uses them as words.
        if (!keys.some((key) => article.lowerCaseWords.has(key)) || !keys.every(ordinary)) return true;
        return article.knowsName(keys);
      });
    },
  },
  {
    id: 'no-compound',
    description:
      'Two places or two compass points joined by a hyphen are a relation, not a name: "Azerbaijan-Vietnam (ties)", "North-South (corridor)". ' +
      'Reuters wrote them as one token, which CoNLL left unmarked or called MISC; each place is named on its own elsewhere.',
    examples: [{ text: 'Azerbaijan-Vietnam ties grew.', tagger: ['Azerbaijan-Vietnam/LOC'], expected: [] }],
    apply(sentence) {
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry || span.to - span.from !== 1) return true;
        const parts = sentence.tokens[span.from].text.split('-');
        if (parts.length < 2 || !parts.every((part) => /^\p{Lu}/u.test(part))) return true;
        return !parts.every((part) => isKnownPlace(part.toLowerCase()) || DIRECTIONS.has(part.toLowerCase()));
      });
    },
  },
  {
    id: 'dash-joined',
    description:
      'A place joined by a dash, without spaces, to the organization after it opens its name: "Azerbaijan–Việt Nam Business Forum". ' +
      'The tokenizer splits at a dash as Reuters\' text was split, and the tagger names the two apart.',
    examples: [
      { text: 'It was the first Azerbaijan–Việt Nam Business Forum.', tagger: ['Azerbaijan/LOC', 'Việt Nam Business Forum/ORG'], expected: ['Azerbaijan–Việt Nam Business Forum/ORG'] },
    ],
    apply(sentence) {
      const { tokens, spans } = sentence;
      for (let k = 0; k + 1 < spans.length; k++) {
        const [first, second] = [spans[k], spans[k + 1]];
        const dash = tokens[first.to];
        if (first.kind !== 'LOC' || second.kind !== 'ORG' || second.from !== first.to + 1 || !/^-+$/.test(dash.text)) continue;
        if (dash.start !== tokens[first.to - 1].end || dash.end !== tokens[second.from].start) continue;
        spans.splice(k + 1, 1);
        decide(first, this.id, { to: second.to, kind: 'ORG', registry: undefined });
      }
    },
  },
  {
    id: 'no-event',
    description:
      'Festivals, holidays, awards, games, championships and tournaments, laws and protocols are no person, organization or place: "Lunar New Year", ' +
      '"Áo Dài Festival", "Christmas", "the Oscars", "SEA Games", "BellSouth Classic", "Trades Disputes Act" (in eng.train\'s annotations names ending ' +
      'in Classic, Open and Act are all MISC; it names no holiday, and the tagger, never having seen one, takes "Christmas" for a place or a person).',
    examples: [
      { text: 'Visitors came for the Lunar New Year.', tagger: ['Lunar New/ORG'], expected: [] },
      { text: 'Visitors came for the Áo Dài Festival.', tagger: ['Dài Festival/PER'], expected: [] },
      { text: 'He has not won since the 1993 BellSouth Classic.', tagger: ['BellSouth Classic/ORG'], expected: [] },
      { text: 'The cast celebrated Christmas in London and the Oscars in Hollywood.', tagger: ['Christmas/PER', 'London/LOC', 'Oscars/ORG', 'Hollywood/LOC'], expected: ['London/LOC', 'Hollywood/LOC'] },
    ],
    apply(sentence) {
      const { tokens } = sentence;
      // "Lunar New Year": the tagger may end the name before its head.
      const isEvent = (span: NameSpan) => EVENT_HEADS.has(tokens[span.to - 1].key) || (isCapitalWord(tokens[span.to]) && EVENT_HEADS.has(tokens[span.to].key));
      sentence.spans = sentence.spans.filter((span) => span.registry || !isEvent(span));
    },
  },
  {
    id: 'count-noun',
    description:
      'A word counted is a thing, not a name: an acronym the article also writes in the plural ("MP" where it writes "MPs", "PC" where ' +
      'it writes "PCs"; no article writes "UNs" or "BBCs"), or a word after "a", "an", "each", "every" or "another" that no noun follows ' +
      '("won an Oscar for", "an MP said", "each MP\'s conscience"; "a BBC reporter" names the BBC). Unseen in eng.train (1996 Reuters), such words take the shape of a name.',
    examples: [
      { text: 'One MP said the vote was close, and other MPs agreed.', tagger: ['MP/ORG'], expected: [] },
      { text: 'Sales of DVDs fell.', tagger: ['DVDs/ORG'], expected: [] },
      { text: 'She won an Oscar for the role.', tagger: ['Oscar/PER'], expected: [] },
      { text: 'He remained an MP until 1995.', tagger: ['MP/ORG'], expected: [] },
      { text: 'Labour MPs voted against the bill.', tagger: ['Labour MPs/ORG'], expected: ['Labour/ORG'] },
    ],
    counterExamples: [
      { text: 'The BBC said other broadcasters, and the MPs, agreed.', tagger: ['BBC/ORG'] },
      { text: 'A Reuters reporter saw an Airbus jet land.', tagger: ['Reuters/ORG', 'Airbus/ORG'] },
    ],
    apply(sentence) {
      const { tokens, article } = sentence;
      const counted = (span: NameSpan) => {
        if (span.to - span.from !== 1) return false;
        const word = tokens[span.from];
        if (ACRONYM_PLURAL_WORD.test(word.text) || (ACRONYM_WORD.test(word.text) && article.acronymPlurals.has(word.key))) return true;
        const after = tokens[span.to];
        return COUNTING_WORDS.has(tokens[span.from - 1]?.key ?? '') && (after === undefined || !after.word || after.key === "'s" || COUNT_NOUN_FOLLOWERS.has(after.key) || isVerbForm(after.key));
      };
      sentence.spans = sentence.spans.filter((span) => span.registry || !counted(span));
      // "Labour MPs", "Tory MSPs": the members counted after a party's name are no part of it.
      for (const span of sentence.spans) {
        if (!span.registry && span.to - span.from > 1 && ACRONYM_PLURAL_WORD.test(tokens[span.to - 1].text)) decide(span, this.id, { to: span.to - 1 });
      }
    },
  },
  {
    id: 'name-as-modifier',
    description:
      'One word taken for a person that the article writes only before a common noun, twice or more, is a party, a prize or a brand used ' +
      'as an adjective, not a person: "Tory leader" and "Tory manifesto", "Oscar nominations" and "Oscar night". A surname of a person named ' +
      'in full stands ("the Blair government" after "Tony Blair"), and so does a word used so once ("a Shakespeare play").',
    examples: [{ text: 'The Tory leader said the Tory manifesto was costed.', tagger: ['Tory/PER'], expected: [] }],
    counterExamples: [
      { text: 'Tony Blair met the press, and the Blair government said so.', tagger: ['Tony Blair/PER', 'Blair/PER'] },
      // Once is how an article may name a person it names no other way.
      { text: 'The company staged a Shakespeare play in the park.', tagger: ['Shakespeare/PER'] },
    ],
    apply(sentence) {
      const { tokens, article } = sentence;
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry || span.kind !== 'PER' || span.to - span.from !== 1) return true;
        const key = tokens[span.from].key;
        return !article.modifiersOnly.has(key) || article.surnames.has(key);
      });
    },
  },
  {
    id: 'no-demonym',
    description:
      'A word for a people ("Vietnamese", "Azerbaijani", "New Zealanders") names no person, organization or place; CoNLL files them as MISC, which the tagger now and then confuses.',
    examples: [
      { text: 'Azerbaijani experts played a pivotal role.', tagger: ['Azerbaijani/PER'], expected: [] },
      { text: 'Many New Zealanders watched the strandings.', tagger: ['New Zealanders/ORG'], expected: [] },
    ],
    apply(sentence) {
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry || span.to - span.from > 3) return true;
        const keys = words(sentence, span).map((token) => token.key);
        return keys.length === 0 || !isDemonym(keys.join(' '));
      });
    },
  },
  {
    id: 'member-word',
    description:
      'A word for a member of a nation, a faith or a party that no demonym rule derives ("Scot", "Muslim", "Tory"; MEMBER_WORDS) names no person ' +
      'or place, nor, in the singular, a body. CoNLL files it as MISC; the tagger, seeing it alone and capitalized, now and then took it for a ' +
      'person. A party or a team in the plural may still be an organization ("the Conservatives", "the Kiwis").',
    examples: [
      { text: 'The Scot won the final in Glasgow.', tagger: ['Scot/PER', 'Glasgow/LOC'], expected: ['Glasgow/LOC'] },
      { text: 'Tory and Liberal MPs opposed the bill.', tagger: ['Tory/LOC'], expected: [] },
      { text: 'A Muslim leader spoke first.', tagger: ['Muslim/ORG'], expected: [] },
    ],
    counterExamples: [{ text: 'The Conservatives won the seat.', tagger: ['Conservatives/ORG'] }],
    apply(sentence) {
      sentence.spans = sentence.spans.filter((span) => {
        if (span.registry || span.to - span.from !== 1) return true;
        const key = sentence.tokens[span.from].key;
        // A party or a team is its members in the plural; one member is none.
        return !MEMBER_WORDS.has(key) || (span.kind === 'ORG' && key.endsWith('s'));
      });
    },
  },
  {
    id: 'camel-case-brand',
    description:
      'A word with a capital inside it ("WhatsApp", "DaimlerChrysler", "NetLog") is a company\'s or a product\'s name, not a person\'s ' +
      'or a place\'s: the tagger, which learned 1996 news, read such words as it reads any capitalized word. A surname with a prefix ' +
      'keeps its capital ("McDonald", "MacArthur", "DeSantis", "LeBron", "DiCaprio", "O\'Neill").',
    examples: [
      { text: 'Messages sent on WhatsApp were read by the company.', tagger: ['WhatsApp/PER'], expected: ['WhatsApp/ORG'] },
      { text: 'Shares in DaimlerChrysler fell in Frankfurt.', tagger: ['DaimlerChrysler/PER', 'Frankfurt/LOC'], expected: ['DaimlerChrysler/ORG', 'Frankfurt/LOC'] },
    ],
    counterExamples: [{ text: 'Senator McDonald spoke first.', tagger: ['McDonald/PER'] }, { text: 'Governor DeSantis signed the bill.', tagger: ['DeSantis/PER'] }],
    apply(sentence) {
      for (const span of sentence.spans) {
        if (span.registry || span.kind === 'ORG' || span.kind === 'MISC' || span.to - span.from !== 1) continue;
        if (CAMEL_CASE.test(sentence.tokens[span.from].text)) decide(span, this.id, { kind: 'ORG' });
      }
    },
  },
];

/** A capital after lower-case letters, not after a surname's prefix: "WhatsApp", not "McDonald" or "DeSantis". */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** Two to five capitals: "MP", "DVD", "NGO". */
const ACRONYM_WORD = /^\p{Lu}{2,5}$/u;
/** An acronym in the plural: "MPs", "DVDs". */
export const ACRONYM_PLURAL_WORD = /^\p{Lu}{2,5}s$/u;
/** Words that count what follows them: "an MP", "each MP", "every PC". */
const COUNTING_WORDS = new Set(['a', 'an', 'each', 'every', 'another']);
/**
 * Words after "an Oscar" that show no noun follows it, so that it is the thing counted ("an MP until 1995", "a PC and a
 * printer"); so does a verb ("an MP resigned"). A noun after it makes it a name's modifier: "a BBC reporter".
 */
const COUNT_NOUN_FOLLOWERS = new Set(
  'and or but nor for in on at of with to from by as than until since after before when while because if who whom whose which that this these those there then'.split(' '),
);

/** Connectors an acronym may spell or skip: the "I" of UNIFIL's "in", nothing of NAPM's "of". */
const ACRONYM_CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', '&', 'the']);

/**
 * Where the name ending before `end` starts whose initials spell `letters` ("OSCE"): its capitalized words each give their
 * initial ("U.N." its two), connectors theirs or nothing. Undefined if no such name ends there, or if it goes on to the left
 * through a connector.
 */
function spelledFrom(tokens: RuleToken[], end: number, letters: string): number | undefined {
  const spell = (at: number, rest: string): number | undefined => {
    if (rest.length === 0) return isCapitalWord(tokens[at]) ? at : undefined;
    const token = tokens[at - 1];
    if (token === undefined) return undefined;
    if (isCapitalWord(token) && token.word) {
      const initials = /^(\p{Lu}\.)+$/u.test(token.text) ? token.text.replace(/\./g, '') : token.text[0].toUpperCase();
      return rest.endsWith(initials) ? spell(at - 1, rest.slice(0, -initials.length)) : undefined;
    }
    if (!ACRONYM_CONNECTORS.has(token.key) || at === end) return undefined;
    const spelled = token.key !== 'the' && rest.endsWith(token.key[0].toUpperCase()) ? spell(at - 1, rest.slice(0, -1)) : undefined;
    return spelled ?? spell(at - 1, rest);
  };
  const from = spell(end, letters.toUpperCase());
  if (from === undefined || (ACRONYM_CONNECTORS.has(tokens[from - 1]?.key ?? '') && isCapitalWord(tokens[from - 2]))) return undefined;
  return from;
}

/** Lower-case nouns after a publication's name: "the Sun newspaper". */
const PUBLICATION_NOUNS = new Set(['newspaper', 'magazine']);

/** The two words before a company's name that say it is one: "stake in", "acquired by". */
const BUSINESS_BEFORE = new Set(['stake in', 'shares of', 'shares in', 'unit of', 'subsidiary of', 'acquired by', 'published by', 'merger with', 'takeover of', 'acquisition of']);
/** What a company's name does after it: "posted", "reported a". */
const BUSINESS_AFTER = new Set(['posted', 'reported a', 'reported net']);

/**
 * Words that end the description between commas after a name ("a bank holding company with…", "an Italian organisation which…").
 * Not "of" ("a group of boy scouts"), nor a verb: "Algiers, an Algerian newspaper said" is no apposition.
 */
const APPOSITION_ENDS = new Set(['with', 'in', 'that', 'which', 'whose', 'based', 'for', 'and', 'or', 'to', 'on', 'at', 'from']);
/** What a company has and a person has not, after the name's possessive: "Vattenfall's shareholders". */
const OWNED_BY_COMPANIES = new Set(['shares', 'shareholders', 'subsidiary', 'subsidiaries', 'stock', 'board']);

/**
 * A name an organization's context may retype: the tagger's (not the registry's), taken for a person whose name does not
 * open with a known first name ("insurer Thomas Dehaan" is a person), or for a place the dictionary does not know; not a
 * MISC name, mostly a people's or a language's word ("the Cyprus-based Arabic monthly").
 */
function retypable(sentence: RuleSentence, span: NameSpan): boolean {
  if (span.registry || span.kind === 'ORG') return false;
  const keys = words(sentence, span).map((token) => token.key);
  if (keys.length === 0) return false;
  if (span.kind === 'LOC') return !isKnownPlace(keys.join(' '));
  return span.kind === 'PER' && (keys.length === 1 || !isFirstName(keys[0]));
}

/**
 * Where a portfolio that starts at `from` ends: capitalized words, with "of", "the", "'s" and
 * commas between them and one "and" before its last item; a new title, or "and" after the
 * person the tagger found, starts something else.
 */
function portfolioEnd(sentence: RuleSentence, from: number): number {
  const { tokens } = sentence;
  let end = from;
  let at = from;
  let and = false;
  while (at < tokens.length) {
    const token = tokens[at];
    if (isCapitalWord(token)) {
      if (at > from && TITLES.has(token.key) && !TITLE_MODIFIERS.has(token.key)) break;
      end = ++at;
      continue;
    }
    // "of the", "'s", ", X", "and X"; not "and the", which starts another noun phrase.
    const next = tokens[at + 1];
    const nextIsName = isCapitalWord(next);
    if (token.key === 'of' || token.key === 'for') {
      if (!nextIsName && !(next?.key === 'the' && isCapitalWord(tokens[at + 2]))) break;
      at += next.key === 'the' ? 2 : 1;
      continue;
    }
    if (!nextIsName) break;
    if (token.text === ',') and = false;
    else if (token.key === 'and' || token.key === '&') {
      if (and || sentence.spans.some((span) => span.kind === 'PER' && span.to === at && span.to - span.from > 1)) break;
      and = true;
    } else if (token.key !== "'s") break;
    at++;
  }
  return end;
}

/**
 * The person whose name closes a portfolio: a registered person, a Vietnamese family name or
 * a known first name two to four words from the end, three or four words with Vietnamese marks
 * after a word of the portfolio, or else the last two words when neither is an ordinary word
 * and the word before them is ("... and Tourism Suanesavanh Vignaket").
 */
function personAtEnd(sentence: RuleSentence, from: number, to: number): NameSpan | undefined {
  const { tokens } = sentence;
  const registered = sentence.spans.find((span) => span.registry && span.kind === 'PER' && span.to === to && span.from >= from);
  if (registered) return registered;
  let first = to;
  while (first > Math.max(from + 1, to - 4) && isCapitalWord(tokens[first - 1])) first--;
  if (first > to - 2 || ORG_HEADS.has(tokens[to - 1].key) || PLACE_HEADS.has(tokens[to - 1].key)) return undefined;
  const person = (at: number): NameSpan => ({ from: at, to, kind: 'PER', decidedBy: ['tagger', 'portfolio'] });
  for (let at = first; at <= to - 2; at++) if (VIETNAMESE_SURNAMES.has(tokens[at].key)) return person(at);
  for (let at = first; at <= to - 3; at++) {
    const name = tokens.slice(at, to);
    if (name.some((token) => NOT_ASCII.test(token.text)) && vietnameseSyllables(name) && looksCommon(tokens[at - 1].key)) return person(at);
  }
  for (let at = first; at <= to - 2; at++) if (isFirstName(tokens[at].key)) return person(at);
  const at = to - 2;
  const before = tokens[at - 1].key;
  const portfolioWord = (looksCommon(before) && !CONNECTOR_WORDS.has(before)) || TITLE_MODIFIERS.has(before) || ORG_HEADS.has(before);
  if (at > from && !looksCommon(tokens[at].key) && !looksCommon(tokens[to - 1].key) && portfolioWord) return person(at);
  return undefined;
}

/** Where the body whose head word stands at `head` begins: the start of the name the tagger found around it, a demonym left out. */
function bodyStart(sentence: RuleSentence, head: number): number {
  const span = sentence.spans.find((other) => other.from <= head && other.to > head && other.kind !== 'PER');
  let from = span?.from ?? head;
  while (from < head && (isDemonym(sentence.tokens[from].key) || sentence.tokens[from].key === 'the')) from++;
  return from;
}

/** A speech verb right after the name, or after a description between commas: "Park Jae-hyun, a ranger, said". */
function speaksAfter(tokens: RuleToken[], at: number): boolean {
  if (tokens[at] && SPEECH_VERBS.has(tokens[at].key)) return true;
  if (tokens[at]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[at + 1]?.key ?? '')) return false;
  for (let i = at + 2; i < Math.min(tokens.length - 1, at + 8); i++) {
    if (tokens[i].text === ',') return SPEECH_VERBS.has(tokens[i + 1].key);
    if (tokens[i].capital) return false;
  }
  return false;
}

/** Runs every rule, in order, over one sentence's names. */
export function applyRules(sentence: RuleSentence, rules: readonly EntityRule[] = RULES): void {
  for (const rule of rules) rule.apply(sentence);
}

function insertionPoint(spans: NameSpan[], from: number): number {
  const at = spans.findIndex((span) => span.from > from);
  return at < 0 ? spans.length : at;
}

/** Runs of names with only commas, "and" or "or" between them. */
export function listsOf(sentence: RuleSentence): NameSpan[][] {
  const lists: NameSpan[][] = [];
  let list: NameSpan[] = [];
  sentence.spans.forEach((span, k) => {
    const previous = sentence.spans[k - 1];
    if (previous && joinedInList(sentence.tokens, previous.to, span.from)) list.push(span);
    else {
      if (list.length > 1) lists.push(list);
      list = [span];
    }
  });
  if (list.length > 1) lists.push(list);
  return lists;
}

/** Tokens from..to are ",", "and", "or" or ", and". */
export function joinedInList(tokens: RuleToken[], from: number, to: number): boolean {
  const isAnd = (token: RuleToken) => token.key === 'and' || token.key === 'or';
  if (to - from === 1) return tokens[from].text === ',' || isAnd(tokens[from]);
  return to - from === 2 && tokens[from].text === ',' && isAnd(tokens[from + 1]);
}

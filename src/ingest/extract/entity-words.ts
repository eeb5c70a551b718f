/**
 * What the entity finder knows about single words: titles, the head words of
 * organization and place names, connectors, demonyms, Vietnamese surnames,
 * and, from compromise's lexicon (its ~24,000-word dictionary, used without
 * running its tagger, which costs ~11 ms per article), first and last names,
 * countries and cities, and which words are ordinary English.
 *
 * Every lookup takes a folded key: no diacritics, lower case ("hà nội" → "ha noi").
 */
import { loadLexicon } from './lexicon.ts';
import { foldDiacritics } from '../../lib/slugify.ts';

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Titles and honorifics that precede a name and are not part of it. */
export const TITLES = words(`
  president vice-president vice prime minister pm premier undersecretary under-secretary secretary secretary-general general chairman chairwoman chairperson
  chair director director-general chief executive governor mayor king queen prince princess emperor empress sheikh emir sultan
  ambassador senator sen rep gov gen col lt maj capt cmdr adm sgt cpl dr mr mrs ms mx miss prof professor lady speaker
  chancellor pope cardinal archbishop bishop rev reverend judge justice commander coach manager captain spokesman spokeswoman
  spokesperson leader deputy councillor councilor envoy consul counsellor founder officer marshal admiral colonel lieutenant
  sergeant rector academician comrade madam mme sir dame lord baroness baron duke mister ceo chairman-designate president-elect
  minister-president head superintendent commissioner inspector treasurer auditor attorney-general attorney vice-chairman
  vice-chairwoman vice-minister deputy-minister first lady
`);

/** Words that qualify a title: "State President", "Party General Secretary", "Education Secretary", "National Leader". */
export const TITLE_MODIFIERS = words(`
  state party national foreign defence defense finance education energy interior health trade culture tourism economy
  home acting former late permanent standing senior assistant associate managing political grand supreme first second third
  executive general deputy vice federal regional provincial municipal city county district secretary labour labor justice
  agriculture transport environment information communications science technology sports youth women
`);

/** Last word of an organization's name. */
export const ORG_HEADS = words(`
  party foundation ministry department university universities college colleges institute institutes academy school schools
  agency commission committee council association associations movement museum organization organisation organizations
  organisations federation league bank exchange fund reserve authority office bureau corporation corp company co inc plc ltd
  llc gmbh group holdings securities airlines airways forum assembly parliament congress senate court police army
  navy force forces government administration service services centre center society club team times news post press radio
  television tv network studios secretariat cabinet politburo board trust alliance coalition front church hospital zoo
  theatre theater orchestra electric motors railways railway telecom chamber union nations commonwealth conference summit
  programme program institution institutions gas oil petroleum energy airline rovers wanderers athletic fc cf albion rangers
  united brigade guard guards command journal gazette herald tribune review magazine channel broadcasting studio labs
  laboratory laboratories partners capital enterprises enterprise systems solutions technologies pharmaceuticals
  tours travel electronics logistics electricity aviation project bhd berhad sdn jsc pte tbk lp llp ag nv bv
  foods communications media insurance bancorp bancshares trading shipping logistics mining steel index unit division
  squad panel directorate inspectorate taskforce spa sa
`);

/** Words that end a company's name, which "of" and a place after it qualify rather than continue: "Kia Motors Corp of South Korea". */
export const COMPANY_WORDS = words(`
  corporation corp company co inc plc ltd llc gmbh group holdings bhd berhad sdn jsc pte tbk lp llp ag nv bv spa sa
  bancorp bancshares enterprises partners capital
`);

/** Last word of a place's name: "North Sea", "Hoài River", "Ho Chi Minh City", "Ewood Park". */
export const PLACE_HEADS = words(`
  river sea ocean mountains mountain mount island islands province city county street avenue road bay lake park valley gulf
  strait peninsula district square airport port harbour harbor coast delta plateau desert canal beach capital region
  territory state states town village highlands lowlands hills heights falls bridge palace cathedral pagoda temple citadel
  stadium arena quarter ward commune site market gate tower station cave caves lagoon garden gardens pass wharf pier zone
  terminal house hotel resort plaza mall boulevard lane alley asia europe africa america east towers caucasus
`);

/** Last words of an event's name ("Lunar New Year", "Áo Dài Festival", "SEA Games"): no person, organization or place. */
export const EVENT_HEADS = words(`
  day days year festival festivals week games expo fair awards olympics holiday holidays anniversary championship
  championships cup olympiad tournament classic open act protocol
  christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween
  award prize prizes oscar oscars grammy grammys emmy emmys bafta baftas election elections referendum
`);

/**
 * Words for a member of a nation, a faith or a party, and their plurals, that no demonym rule derives from a place:
 * no person or place is named so ("a Scot", "Tory MPs", "Muslim leaders"). CoNLL files them as MISC; a party or a
 * team may still be an organization ("the Conservatives", "the Kiwis").
 */
export const MEMBER_WORDS = words(`
  scot scots scotsman scotsmen briton britons brit brits englishman englishmen welshman welshmen irishman irishmen
  frenchman frenchmen dutchman dutchmen kiwi kiwis aussie aussies yank yanks
  muslim muslims christian christians hindu hindus jew jews buddhist buddhists catholic catholics protestant protestants
  sikh sikhs sunni sunnis shia shias shiite shiites mormon mormons
  tory tories conservative conservatives democrat democrats republican republicans socialist socialists communist communists
  liberal liberals unionist unionists nationalist nationalists loyalist loyalists labourite labourites
`);

/** Compass words: "North-South", "East-West" and "South" alone are directions, not names. */
export const DIRECTIONS = words(`north south east west northern southern eastern western central north-east north-west south-east south-west`);

/** Words that say what kind of body a committee or council is, not which: "Central Committee", "Standing Committee". */
export const KIND_OF_BODY = words(`central standing executive permanent provincial municipal joint intergovernmental inter-governmental organizing organising steering preparatory relevant competent`);

/** Head words that end places' names as often as organizations': "West Bank", "National Tennis Centre", "Central Clinical Hospital". */
export const PLACE_OR_BODY = words(`bank centre center hospital zoo theatre theater church court museum club forum`);

/** Last words that make a name a place and nothing else ("Market", "Boulevard"; not "City", "County" or "Palace", which end clubs' names too). */
export const PLACE_ONLY_HEADS = words(`
  street avenue road boulevard lane alley square bridge airport station terminal port harbour harbor market gate tower towers
  pagoda temple citadel cathedral mall plaza beach bay lake river sea ocean island islands mountain mountains valley desert
  canal coast delta peninsula strait gulf falls cave caves lagoon garden gardens wharf pier province district ward commune quarter house
`);

/** Words that, after a demonym, name a country's state rather than a body of its own: "Vietnamese Government", "Vietnamese State". */
export const STATE_WORDS = words(`government state authorities administration leadership people army military navy police`);

/** Plural nouns for people whose possessive sits inside bodies' names: "Women's Union", "People's Committee". */
export const PEOPLES = words(`people women workers children veterans farmers youth citizens nations`);

/** Title words that open names as often as titles do: "First Chicago", "Miss Stamper" (a horse). */
export const NOT_TITLES_IN_NAMES = words(`first miss mx lady king queen prince princess lord duke dame sir`);

/** Lower-case nouns that say the capitalized words before them name a place: "Mỹ Khê beach", "Tiên Sa port". */
export const PLACE_NOUNS = words(`
  beach river province city district port island islands street lake mountain bay airport square park town village county
  station terminal wharf pier market gate pagoda temple citadel lagoon cave waterfall resort bridge
  region state delta valley coast commune ward capital harbour harbor peninsula sea provinces cities districts regions
  states countries islands towns villages communes
`);

/**
 * Vietnamese nouns, written with their marks, that put the name after them in a place named after a person: "đường
 * Trần Hưng Đạo" (a street), "phường Nguyễn Du" (a ward), "trường Lê Hồng Phong" (a school). Compared as written: without
 * its marks "phố" (street) is "phó" (deputy), and "đường" the family name Dương.
 */
export const VIETNAMESE_PLACE_NOUNS = new Set(['đường', 'phố', 'ngõ', 'hẻm', 'ngách', 'cầu', 'chợ', 'trường', 'phường', 'xã', 'quận', 'huyện', 'lộ', 'bến', 'cảng']);

/** Vietnamese honorifics that stand before a name and are no part of it: "Ông Nguyễn Văn An" (Mr), "Bà Lê Thị Hoa" (Mrs). */
export const VIETNAMESE_HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'thầy', 'cháu']);

/** Lower-case words that may sit inside a name: "Communist Party of Vietnam", "Department of Trade and Industry", "Ludwig van Beethoven". */
export const CONNECTORS = words(`of the and for & de da du van von der den bin ibn al el la le y`);

/** Verbs that mark the name next to them as a speaker. */
export const SPEECH_VERBS = words(`
  said says told added noted stressed affirmed emphasised emphasized underlined highlighted stated explained asked urged
  warned wrote recalled insisted argued announced remarked acknowledged confirmed denied replied commented
`);

/**
 * Lower-case nouns for a kind of organization, which before a name ("industry regulator Ofgas", "grid operator TenneT"),
 * or at the head of an apposition after it ("Mercantile Bancorp, a bank holding company"), make the name a body's.
 * Not nouns that also name a person's trade ("developer", "publisher", "producer", "broker"), nor "carrier" ("the aircraft
 * carrier Carl Vinson", which CoNLL marks a person).
 */
export const ORG_NOUNS = words(`
  company companies firm firms group groups bank banks lender lenders insurer insurers regulator regulators watchdog
  operator operators airline airlines utility utilities retailer retailers chain chains conglomerate
  conglomerates manufacturer manufacturers carmaker carmakers automaker automakers brokerage brokerages newspaper
  newspapers daily dailies weekly broadcaster broadcasters agency agencies subsidiary subsidiaries affiliate unit
  developers miner miners exporter exporters distributor distributors supplier suppliers organisation organization
  organisations organizations association federation club party union
`);

/**
 * Lower-case titles of a body's officers, after its name and before a person's: "Ofgas director general Clare Spottiswoode".
 * Not "president", which follows a country as often ("Philippine president Fidel Ramos").
 */
export const OFFICER_TITLES = words(`chairman chairwoman ceo director-general`);
/** The same titles of two words: "chief executive", "managing director", "director general". */
export const OFFICER_TITLE_PAIRS = new Set(['chief executive', 'managing director', 'director general', 'chief economist', 'chief operating', 'chief financial']);

/** People of the markets who work at a firm: "analysts at Kleinwort Benson", "economist with Barclays". */
export const MARKET_PEOPLE = words(`analyst analysts economist economists strategist strategists dealer dealers trader traders`);

/** Lower-case words before a name that say it is a place: "in Hà Nội", "to Azerbaijan", "province of Hà Giang". */
export const PLACE_PREPOSITIONS = words(`in to from into near across throughout toward towards via outside inside`);

/** Family names that open most Vietnamese personal names, folded. */
export const VIETNAMESE_SURNAMES = words(`
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh dao cao luong ta chu
  quach thai kieu vuong la tong to doan lai hua luu ha
`);

/** Middle names that only Vietnamese personal names carry: "Võ Thị Ánh Xuân", "Nguyễn Văn Phương". */
/** How a Vietnamese syllable is spelt without its marks: an initial, a vowel group, a final. */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** "quang", "ninh", "huong": a folded key that could be one Vietnamese syllable. */
export function isVietnameseSyllable(key: string): boolean {
  return VIETNAMESE_SYLLABLE.test(key);
}

export const VIETNAMESE_MIDDLE_NAMES = words(`thi van duc huu cong dinh xuan minh quang`);

/** Acronyms that are not names (units, currencies, indicators, fuels, tests, degrees, devices and documents, the wires' abbreviations of figures: "Shr 41 cts vs 33 cts"), languages, and a genre written like a name (R&B). */
export const NOT_NAMES = words(`
  gmt utc ceo cfo coo cto gdp fdi oda ict it ai am pm tv vat usd eur vnd gbp jpy cny sgd ok covid covid-19 faq pdf html
  pc dvd cd id sms gps
  shr shrs qtly qtr revs avg dlrs dlr cts pct mln bln
  q1 q2 q3 q4 fy h1 h2 mw gw kwh kw km mph bc ad
  lng lpg cng ppa ppas pdp pdp8 grdp gnp cpi ielts toefl gpa mba phd esg ev evs ipo etf
  english french spanish portuguese
  r&b
`);

const lexicon = loadLexicon();

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const PROPER_TAGS = new Set([...FIRST_NAME_TAGS, ...PLACE_TAGS, 'LastName', 'Person', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym']);

// Own keys only: "constructor" or "valueOf" in a seed must not find Object.prototype's.
function lexiconEntry(key: string): string | string[] | undefined {
  return Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
}

function hasTag(key: string, tags: Set<string>): boolean {
  const found = lexiconEntry(key);
  if (found === undefined) return false;
  return typeof found === 'string' ? tags.has(found) : found.some((tag) => tags.has(tag));
}

const DEMONYM_TAGS = new Set(['Demonym']);

/**
 * "Philippines", "Laos": the dictionary files these countries as demonyms, as it does their
 * people's "Philippine" and "Lao"; a demonym's plural that is itself one is the country.
 */
function isPluralOfDemonym(key: string): boolean {
  return key.endsWith('s') && hasTag(key, DEMONYM_TAGS) && hasTag(key.slice(0, -1), DEMONYM_TAGS);
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'PhrasalVerb', 'Auxiliary']);

export const isFirstName = (key: string) => hasTag(key, FIRST_NAME_TAGS);
/** A verb form by the dictionary: "met", "held", "posted". */
export const isVerbForm = (key: string) => hasTag(key, VERB_TAGS);

/** A country, region or city the lexicon knows, spaced or not ("viet nam" finds "vietnam"), "St." read as "Saint". */
export function isKnownPlace(key: string): boolean {
  if (hasTag(key, PLACE_TAGS) || isPluralOfDemonym(key)) return true;
  if (key.includes(' ') && hasTag(key.replace(/ /g, ''), PLACE_TAGS)) return true;
  return key.startsWith('st ') && hasTag(`saint ${key.slice(3)}`, PLACE_TAGS);
}

/** An ordinary English word by the dictionary (not a name, place or demonym). */
export function isDictionaryWord(key: string): boolean {
  return lexiconEntry(key) !== undefined && !hasTag(key, PROPER_TAGS);
}

// Suffixes of English common nouns and adjectives that names rarely carry.
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ive|ous|ful|less|ism|ance|ence|ship|hood|ing|ings|ities|ments|ational|ural|ical|otic|istic|etic|atic)$/;

/** Looks like an ordinary word: in the dictionary or built like one. */
export function looksCommon(key: string): boolean {
  return isDictionaryWord(key) || (COMMON_SUFFIX.test(key) && !hasTag(key, PROPER_TAGS));
}

const DEMONYM_SUFFIXES: [string, string[]][] = [
  ['ese', ['', 'a']], // Vietnamese, Chinese (China), Japanese
  ['ian', ['', 'ia', 'a']], // Armenian (Armenia), Indonesian
  ['ean', ['', 'ea', 'a']], // Korean (Korea), European
  ['an', ['', 'a', 'y']], // Indian (India), German (Germany), American (America)
  ['ish', ['', 'land', 'ey']], // Polish (Poland), Turkish (Turkey)
  ['i', ['']], // Azerbaijani, Pakistani, Israeli
  ['ic', ['', 'ia']], // Turkic, Slavic
  ['er', ['']], // New Zealander (New Zealand), Icelander, Londoner
];

const demonyms = new WeakMap<(key: string) => boolean, Map<string, boolean>>();

/**
 * "Vietnamese", "Azerbaijani", "South Korean": words for people of a place, never the place itself.
 * `isPlace` says which names are places; answers are remembered per `isPlace`.
 */
export function isDemonym(key: string, isPlace: (key: string) => boolean = isKnownPlace): boolean {
  let answers = demonyms.get(isPlace);
  if (!answers) demonyms.set(isPlace, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = looksDemonym(key, isPlace);
    if (answers.size > 50_000) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

function looksDemonym(key: string, isPlace: (key: string) => boolean): boolean {
  if (hasTag(key, DEMONYM_TAGS)) return !isPluralOfDemonym(key);
  // "Singaporeans", "Filipinos": people of a place, in the plural.
  if (key.endsWith('s') && key.length > 5 && !isPlace(key) && looksDemonym(key.slice(0, -1), isPlace)) return true;
  for (const [suffix, stems] of DEMONYM_SUFFIXES) {
    if (!key.endsWith(suffix) || key.length < suffix.length + 3) continue;
    const base = key.slice(0, -suffix.length);
    if (stems.some((stem) => isPlace(base + stem))) return true;
  }
  return false;
}

const folded = new Map<string, string>();
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;

/** Folded lookup key of a word or name: "Hà Nội" → "ha noi", "Azerbaijan’s" → "azerbaijan's", "U.S." → "us". */
export function keyOf(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and is cheaper than a cache lookup.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  let key = folded.get(text);
  if (key === undefined) {
    key = foldDiacritics(text).toLowerCase().replace(/\./g, '').replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim();
    if (folded.size > 100_000) folded.clear();
    folded.set(text, key);
  }
  return key;
}

/** The key with spaces and punctuation removed: "Viet Nam", "Vietnam" and "Viet-Nam" compare equal. */
export function compactKey(text: string): string {
  return keyOf(text).replace(COMPACT_DROPS, '');
}

const COMPACT_DROPS = /[^\p{L}\p{N}']+/gu;

/**
 * Word lists the ingest shares, each defined once: the rules, the features and
 * the extractors read them from here.
 */

/**
 * Function words: prose is full of them, menus, labels and headlines are not. English, and the commonest of the
 * other languages of real pages (Vietnamese, Spanish, Portuguese, French, German, Italian, Indonesian), so that a
 * paragraph in any of them reads as prose, and the language a text is written in shows. Lower case, without
 * punctuation.
 */
export const FUNCTION_WORDS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: `the of and to a an in is are was were be been being that this these those for on it its with as by at from
      or but not he she his her they their them we our you your i will would has have had which who whom whose said
      than then also into after about more there when while can could should may might`,
    vi: 'của và là các những trong được cho với có người này đã không một để khi từ theo về cũng như sẽ',
    es: 'el la los las de del que y en un una por para con se su al lo como más pero sus le ha',
    pt: 'o os as do da dos das em no na um uma não é ao pelo pela',
    fr: 'le les des du et est une dans pour pas qui sur au ce il elle sont avec',
    de: 'der die das und ist nicht ein eine zu den von mit sich auf für dem im auch es',
    it: 'il di che è per non gli della dei nel alla sono',
    id: 'yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga',
  }).map(([language, words]) => [language, new Set(words.trim().split(/\s+/))]),
);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS_BY_LANGUAGE).flatMap((words) => [...words]));

/**
 * Month names as news pages write them, by language, each with its number. English first: its
 * abbreviations ("Sept.", "Nov") are the ones wire copy uses. The other languages are those of real
 * pages in the evaluation sets (French, Spanish, Portuguese, Italian, German, Dutch, Romanian,
 * Bosnian and Serbian, the Scandinavian languages, Indonesian, Turkish, and those below); a
 * Vietnamese page writes its months as numbers ("tháng 4", "22/4/2025").
 */
const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  ro: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
  // Bosnian, Croatian's neighbours and Serbian in Latin script.
  sh: [['januar'], ['februar'], ['mart'], ['april'], ['maj'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'avgust'], ['septembar'], ['oktobar'], ['novembar'], ['decembar']],
  // Danish, Norwegian and Swedish.
  da: [['januar', 'januari'], ['februar', 'februari'], ['marts', 'mars'], ['april'], ['maj', 'mai'], ['juni'], ['juli'], ['august', 'augusti'], ['september'], ['oktober'], ['november'], ['december', 'desember']],
  id: [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
  tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
  // Polish, Czech, Croatian, Russian, Ukrainian, Finnish and Greek write the month after its day in the
  // genitive (Finnish the partitive): "19 sierpnia 2020", "19. srpna 2020", "19 августа 2020", "19. elokuuta 2020";
  // Arabic pages name the months as Egypt does or as the Levant does ("07 أكتوبر 2020", "7 تشرين الأول 2020").
  pl: [['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec']],
  hr: [['siječnja', 'siječanj'], ['veljače', 'veljača'], ['ožujka', 'ožujak'], ['travnja', 'travanj'], ['svibnja', 'svibanj'], ['lipnja', 'lipanj'], ['srpnja', 'srpanj'], ['kolovoza', 'kolovoz'], ['rujna', 'rujan'], ['listopada', 'listopad'], ['studenoga', 'studenog', 'studeni'], ['prosinca', 'prosinac']],
  ru: [['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь']],
  uk: [['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень']],
  fi: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
  ar: [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'إبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
  el: [['ιανουαρίου'], ['φεβρουαρίου'], ['μαρτίου'], ['απριλίου'], ['μαΐου'], ['ιουνίου'], ['ιουλίου'], ['αυγούστου'], ['σεπτεμβρίου'], ['οκτωβρίου'], ['νοεμβρίου'], ['δεκεμβρίου']],
};

/**
 * Lower-case month name or abbreviation → month number, every language above. A name two languages
 * give different months is left out: "listopad" is November in Polish and Czech, October in
 * Croatian, and a date read in the wrong language is a wrong date.
 */
export const MONTHS: ReadonlyMap<string, number> = monthNumbers(
  Object.values(MONTHS_BY_LANGUAGE).flatMap((months) => months.flatMap((names, index) => names.map((name) => [name, index + 1] as const))),
);

function monthNumbers(named: (readonly [string, number])[]): Map<string, number> {
  const months = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const [name, month] of named) {
    if ((months.get(name) ?? month) !== month) ambiguous.add(name);
    months.set(name, month);
  }
  for (const name of ambiguous) months.delete(name);
  return months;
}

/** English month names and abbreviations, longest first, as one regular-expression alternation. */
export const ENGLISH_MONTH_PATTERN = alternation(MONTHS_BY_LANGUAGE.en.flat());

/** Every month name above, as one alternation (match it case-insensitively). */
export const ANY_MONTH_PATTERN = alternation([...MONTHS.keys()]);

/** English weekdays with their abbreviations: "Mon", "Tues", "Thursday". */
export const WEEKDAY_PATTERN = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

/**
 * Weekday names in the month list's other languages, lower case: a date line may open with one
 * ("jeudi 24 décembre 2020", "Donnerstag, 24. Dezember 2020", "Kamis, 24 Desember 2020").
 */
const WEEKDAYS_BY_LANGUAGE: Record<string, string> = {
  vi: 'thứ hai, thứ ba, thứ tư, thứ năm, thứ sáu, thứ bảy, chủ nhật',
  fr: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  es: 'lunes martes miércoles miercoles jueves viernes sábado sabado domingo',
  pt: 'segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado domingo',
  it: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  de: 'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
  nl: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  ro: 'luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica',
  sh: 'ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja',
  da: 'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag',
  id: 'senin selasa rabu kamis jumat sabtu minggu',
  tr: 'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
  pl: 'poniedziałek wtorek środa czwartek piątek sobota niedziela',
  cs: 'pondělí úterý středa čtvrtek pátek sobota neděle',
  ru: 'понедельник вторник среда четверг пятница суббота воскресенье',
  uk: "понеділок вівторок середа четвер п'ятниця п’ятниця субота неділя",
  fi: 'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai',
  el: 'δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή',
  ar: 'الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت',
};

/** The weekday names above, each language's list split at its commas or spaces ("thứ hai" is one name). */
export const OTHER_WEEKDAYS: readonly string[] = Object.values(WEEKDAYS_BY_LANGUAGE).flatMap((names) => names.split(names.includes(',') ? /,\s*/ : ' '));

/** Weekdays in any language above, English's abbreviations included, as one alternation (match it case-insensitively). */
export const ANY_WEEKDAY_PATTERN = `${WEEKDAY_PATTERN}|${alternation([...OTHER_WEEKDAYS])}`;

/**
 * Words a page's date line holds beside its date and time, by language, lower case: "Published:
 * 8 May 2025 at 10:15", "Publié le jeudi 24 décembre 2020 à 07h47", "Veröffentlicht am 24.12.2020
 * um 07:47 Uhr", "Diperbarui Kamis, 24 Desember 2020 pukul 07.47 WIB".
 */
const DATE_LINE_WORDS_BY_LANGUAGE: Record<string, string> = {
  en: 'published updated posted last date on at first originally modified',
  vi: 'cập nhật đăng lúc ngày',
  fr: 'publié publiée publie mis à jour modifié le',
  es: 'publicado actualizado fecha el a las',
  pt: 'publicado atualizado em às as',
  it: 'pubblicato aggiornato il alle ore',
  de: 'veröffentlicht aktualisiert am um uhr stand datum',
  nl: 'gepubliceerd bijgewerkt op om',
  ro: 'publicat actualizat la ora',
  sh: 'objavljeno ažurirano u',
  da: 'publiceret publisert publicerad opdateret oppdatert uppdaterad kl den',
  id: 'diterbitkan dipublikasikan diperbarui pukul wib',
  tr: 'yayınlanma yayınlandı güncelleme güncellendi tarihi saat',
  pl: 'opublikowano aktualizacja godz',
  cs: 'publikováno aktualizováno',
  ru: 'опубликовано обновлено в г',
  uk: 'опубліковано оновлено о р',
  fi: 'julkaistu päivitetty klo',
  el: 'δημοσίευση ενημέρωση',
  ar: 'نشر بتاريخ في م ص',
};

/** Every date line's word above. */
export const DATE_LINE_WORDS: readonly string[] = Object.values(DATE_LINE_WORDS_BY_LANGUAGE).flatMap((words) => words.split(' '));

/** The date line's words, longest first, as one alternation (match it case-insensitively). */
export const DATE_LINE_WORD_PATTERN = alternation([...DATE_LINE_WORDS]);

/** The units a page gives its age in: "Updated 2 hours ago", "5 mins ago". */
export const AGE_UNIT_PATTERN = 'seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?';

/** Abbreviations that end in a full stop without ending the sentence: "Jan. 8", "Sept. 12". */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTHS_BY_LANGUAGE.en.flatMap((names) => names.slice(1));

/** Latin's marks that end a sentence; a capital opens the next one. */
export const CASED_END_MARKS = '.!?…';
/** The full-width marks of Chinese and Japanese, which end a sentence with no space after them. */
export const FULL_WIDTH_END_MARKS = '。！？';
/** Devanagari's danda and double danda, the Arabic question mark, the Urdu full stop: a space follows, no capital. */
export const UNCASED_END_MARKS = '।॥؟۔';
/** Every mark that ends a sentence in the scripts pages are written in. */
export const SENTENCE_END_MARKS = CASED_END_MARKS + FULL_WIDTH_END_MARKS + UNCASED_END_MARKS;

/** What may follow a sentence's end mark and still end it: closing quotes and brackets. */
export const SENTENCE_CLOSING_MARKS = '"”’»)]';

/** The first item of a site's breadcrumb, by language: "Home", "Inicio", "Accueil", "Startseite", "Trang chủ". */
export const BREADCRUMB_ROOTS: readonly string[] = ['home', 'homepage', 'inicio', 'início', 'accueil', 'startseite', 'trang chủ', 'beranda', 'anasayfa', 'главная'];

/**
 * Who a caption credits for its picture after the photographer's name and a slash ("Paul Morigi/Getty Images",
 * "Chang W. Lee/The New York Times", "Thomas Coex/AFP/Getty Images"): agencies, picture libraries and the papers
 * whose staff credits read so. An outlet here is still credited as a source by content/sources.yaml's patterns
 * where it signs the article; in a caption it only took the picture.
 */
export const PHOTO_SOURCES: readonly string[] = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Getty Images', 'Getty', 'EPA', 'EPA-EFE', 'EFE', 'dpa',
  'Bloomberg', 'Corbis', 'Shutterstock', 'iStock', 'Alamy', 'Xinhua', 'NurPhoto', 'Anadolu', 'Anadolu Agency', 'Sipa',
  'ZUMA Press', 'Zuma', 'Redux', 'Polaris', 'Magnum', 'WireImage', 'FilmMagic', 'Splash News', 'Kyodo', 'Yonhap', 'VNA',
  'The New York Times', 'The Washington Post', 'The Guardian', 'Pool', 'Handout',
];

/**
 * The word a byline opens with, by language: "By Jane Doe", "Par Jean Dupont", "Por Ana Gómez", "Von Max
 * Muster", "Door Jan de Vries", "Oleh Budi Santoso", "Av Anna Svensson", "Af Mette Hansen".
 */
export const BYLINE_WORDS: readonly string[] = ['by', 'par', 'por', 'von', 'door', 'oleh', 'av', 'af'];

/**
 * Verbs that report speech: "…, the minister said", "Trend reports". The headline maker keeps what
 * was said and drops who said it; the entity finder takes the name before one for a person.
 */
export const SPEECH_VERBS: readonly string[] = `said says told added noted stressed affirmed emphasised emphasized underlined
  highlighted stated explained asked urged announced reported reports wrote insisted warned confirmed declared recalled
  argued remarked acknowledged denied replied commented`.split(/\s+/);

function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

import { describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/lib/registries.ts';
import { createEntityFinder, findEntities, type EntityResult } from '../../src/ingest/extract/entities.ts';
import { readFixtureArticle, readSeed } from './article-text.ts';
import { gold, scoreArticle, total } from './entity-quality.ts';

const { entities: registry } = loadRegistries(new URL('../../content/', import.meta.url).pathname);
const withoutRegistry = createEntityFinder([]);

const SEEDS = ['000_a832c90a7898f8b0.txt', '001_607f1ea7021869f3.txt', '002_88d542df90955406.txt', '003_f628f0eab526a9a1.txt', '004_7f849e531bd3e15a.txt'];

function seed(name: string): EntityResult {
  return findEntities(readSeed(name), registry);
}

function all(result: EntityResult): string[] {
  return [...result.entities.people, ...result.entities.organizations, ...result.entities.places];
}

describe('findEntities on the seeds', () => {
  it('000: the vice president under her full name, her bare given name folded in', () => {
    const result = seed('000_a832c90a7898f8b0.txt');
    expect(result.entities.people).toEqual(expect.arrayContaining(['Võ Thị Ánh Xuân', 'Leyla Aliyeva', 'Heydar Aliyev', 'Ilham Aliyev']));
    expect(result.mentions['Võ Thị Ánh Xuân'].forms).toEqual(['Võ Thị Ánh Xuân', 'Xuân']);
    expect(result.entities.organizations).toContain('Heydar Aliyev Foundation');
    expect(result.entities.places).toEqual(expect.arrayContaining(['Việt Nam', 'Azerbaijan', 'Hà Nội']));
  });

  it('001: Vietnam and Hanoi fold into Việt Nam and Hà Nội; no sentence-initial words', () => {
    const result = seed('001_607f1ea7021869f3.txt');
    expect(result.entities.people).toEqual(expect.arrayContaining(['Leyla Aliyeva', 'Ngô Phương Ly', 'Tô Lâm', 'Heydar Aliyev']));
    expect(result.entities.organizations).toEqual(expect.arrayContaining(['Heydar Aliyev Foundation', 'Communist Party of Việt Nam']));
    expect(result.mentions['Việt Nam'].forms).toContain('Vietnam');
    expect(result.mentions['Hà Nội'].forms).toContain('Hanoi');
  });

  it('002: "President Aliyev" is Ilham Aliyev; a foundation named after Heydar Aliyev does not name him', () => {
    const result = seed('002_88d542df90955406.txt');
    expect(result.mentions['Ilham Aliyev'].forms).toEqual(['Ilham Aliyev', 'Aliyev']);
    expect(result.entities.people).not.toContain('Heydar Aliyev');
    expect(result.mentions['Tô Lâm'].forms).toEqual(['Tô Lâm', 'Lâm']);
    expect(result.mentions['Trương Tấn Sang'].forms).toContain('Sang');
    expect(result.entities.organizations).toEqual(
      expect.arrayContaining(['Vietnam News Agency', 'Non-Aligned Movement', 'United Nations', 'Heydar Aliyev Foundation', 'New Azerbaijan Party']),
    );
    expect(result.mentions['Vietnam News Agency'].forms).toContain('VNA');
    expect(result.entities.places).toEqual(expect.arrayContaining(['Azerbaijan', 'Việt Nam', 'Hà Giang', 'Baku']));
    // "US$223.93" is money.
    expect(result.entities.places).not.toContain('United States');
  });

  it('003 and 004: To Lam, Lam and Ho Chi Minh get their canonical names with diacritics', () => {
    const three = seed('003_f628f0eab526a9a1.txt');
    expect(three.mentions['Tô Lâm'].forms).toEqual(['To Lam']);
    expect(three.entities.people).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Hồ Chí Minh', 'Heydar Aliyev']));
    const four = seed('004_7f849e531bd3e15a.txt');
    expect(four.mentions['Tô Lâm'].forms).toEqual(['To Lam', 'Lam']);
    expect(four.mentions['Ali Asadov'].forms).toEqual(['Ali Asadov', 'Asadov']);
    expect(four.mentions['Communist Party of Việt Nam'].forms).toContain('CPCV');
    expect(four.entities.people).toContain('Hồ Chí Minh');
  });

  it.each(SEEDS)('%s has no junk: no sentence-initial words, titles alone, demonyms or fragments', (name) => {
    const names = all(seed(name));
    for (const junk of ['During', 'Both', 'The Museum', 'Museum', 'Vice President', 'General Secretary', 'National Leader', 'Vietnamese', 'Azerbaijani', 'Foundation', 'Central Committee', 'Secretary General', 'President']) {
      expect(names).not.toContain(junk);
    }
    for (const entity of names) expect(entity).not.toMatch(/^(?:The|During|Both|Vice|President|General|Secretary)\b/);
  });

  it.each(SEEDS)('%s: every mention names the first sentence it appears in, verbatim', (name) => {
    const paragraphs = readSeed(name);
    const text = paragraphs.join('\n');
    for (const mention of Object.values(seed(name).mentions)) {
      expect(text).toContain(mention.sentence);
      expect(mention.forms.some((form) => mention.sentence.normalize('NFC').includes(form))).toBe(true);
    }
  });
});

describe('findEntities with the registry', () => {
  it('keeps a registered place inside an organization named after it', () => {
    const result = findEntities(['The National Museum of Cambodia and the Bank of China agreed, as did Cambodia and Laos.'], registry);
    expect(result.entities.organizations).toEqual(['National Museum of Cambodia', 'Bank of China']);
    expect(result.entities.places).toEqual(['Cambodia', 'Laos']);
  });

  it('joins a known place to the place or organization it opens, wherever it stands in a run of names', () => {
    const result = findEntities(['He visited the Saigon Hi-Tech Park and the Hanoi Old Quarter, then TP.HCM officials.'], registry);
    expect(result.entities.places).toEqual(['Saigon Hi-Tech Park', 'Hanoi Old Quarter', 'Hồ Chí Minh City']);
  });

  it('matches an entry inside a longer name only with its own diacritics, or none', () => {
    const street = findEntities(['Crowds filled Nguyễn Huệ Walking Street on Sunday.'], registry);
    expect(all(street)).not.toContain('Huế');
    const city = findEntities(['Tourists flocked to Hue city, and on to the Huế citadel.'], registry);
    expect(city.entities.places).toContain('Huế');
    expect(city.mentions['Huế'].forms).toEqual(expect.arrayContaining(['Hue', 'Huế']));
  });
});

describe('findEntities without a registry', () => {
  it('folds spellings that differ in diacritics, spacing or normal form, preferring diacritics', () => {
    const paragraphs = [
      'General Secretary To Lam arrived in Ha Noi on Monday.',
      'Tô Lâm met leaders in Hà Nội and visited Viet Nam’s north.',
      'Lâm said Vietnam would expand trade.'.normalize('NFD'),
    ];
    const result = withoutRegistry(paragraphs);
    expect(result.entities.people).toEqual(['Tô Lâm']);
    expect(result.mentions['Tô Lâm'].forms).toEqual(['To Lam', 'Tô Lâm', 'Lâm']);
    expect(result.entities.places).toEqual(expect.arrayContaining(['Hà Nội', 'Viet Nam']));
    expect(result.mentions['Hà Nội'].forms).toEqual(['Ha Noi', 'Hà Nội']);
    expect(result.mentions['Viet Nam'].forms).toEqual(['Viet Nam', 'Vietnam']);
  });

  it('folds a short form of an organization named in full into it, whatever kind the tagger gave it alone', () => {
    const result = withoutRegistry(['Meridian Capital Bank posted a 14 per cent rise in profit.', 'Shares of Meridian Capital closed up 2.1 percent.']);
    expect(result.entities.organizations).toEqual(['Meridian Capital Bank']);
    expect(result.mentions['Meridian Capital Bank'].forms).toEqual(['Meridian Capital Bank', 'Meridian Capital']);
    expect(result.entities.places).toEqual([]);
  });

  it('folds a surname the tagger took for a place or a body into the person named in full, and keeps a known place a place', () => {
    // As in a BBC Sport report of 2004: alone, the tagger reads "Rodd" as a body here, and no body of the article ends in it.
    const result = withoutRegistry([
      'Elena Vasquez described her win over Andrea Rodd as the highlight of her career after the final in Seville.',
      'Vasquez made up for missing the 2020 final through injury by beating Rodd 6-2 7-6 (7-1) 7-6 (7-5) to give the hosts an unassailable 3-1 lead.',
    ]);
    expect(result.mentions['Andrea Rodd'].forms).toEqual(['Andrea Rodd', 'Rodd']);
    expect(result.entities.organizations).toEqual([]);
    // A place the lists know stays one: London the city, whoever Jack London was.
    const london = withoutRegistry(['The novelist Jack London was born in San Francisco.', 'Tourists in London can visit an exhibition of his letters.']);
    expect(london.entities.places).toEqual(['San Francisco', 'London']);
    expect(london.mentions['Jack London'].forms).toEqual(['Jack London']);
  });

  it('makes a lone word read as a person in one sentence and as a body or place in another no person, unless a title names it one', () => {
    // As BBC News's business and technology pages of 2004 read "Yukos claims …" and "Xbox": a company, a console.
    const company = withoutRegistry([
      'The state sold Halvik for $9bn last year to help Dorvaine pay off part of a tax bill.',
      'Dorvaine claims its downfall was punishment for the ambitions of its founder.',
      'Analysts said Dorvaine could sue the buyers in a court abroad.',
      'Shares in Dorvaine fell in Moscow.',
    ]);
    expect(company.entities.people).toEqual([]);
    expect(company.entities.organizations).toEqual(['Dorvaine']);
    const gameConsole = ['Pellamy says the game will go on sale in March.', 'The Pellamy console sold 1.2 million units in Japan.', 'Games for the Pellamy cost less than before.'];
    expect(withoutRegistry(gameConsole).entities).toMatchObject({ people: [], organizations: ['Pellamy'] });
    const titled = withoutRegistry([`Mr ${gameConsole[0]}`, ...gameConsole.slice(1)]);
    expect(titled.entities.people).toEqual(['Pellamy']);
  });

  it('folds a body\'s opening word alone into the one body of the article named "<word> of …", and into neither of two', () => {
    const speech = '"I want somebody who is going to look after that House and do a job there," she said.';
    const one = withoutRegistry(['The former Speaker said the House of Lords needs its own Speaker.', speech]);
    expect(one.entities.organizations).toEqual(['House of Lords']);
    expect(one.mentions['House of Lords'].forms).toEqual(['House of Lords', 'House']);
    expect(withoutRegistry(['The House of Lords and the House of Commons met.', speech]).entities.organizations).toEqual(['House of Lords', 'House of Commons', 'House']);
  });

  it('reads a street or ward named after a person as no person, and a Vietnamese honorific as no part of a name', () => {
    // Vietnamese text: the tagger is left out, the rules read the names.
    const vietnamese = withoutRegistry(['Một cửa hàng trên đường Trần Hưng Đạo, phường Nguyễn Du, bị cháy vào rạng sáng nay.', 'Ông Nguyễn Văn An, chủ cửa hàng, cho biết lửa bùng lên từ tầng hai và lan rất nhanh.']);
    expect(vietnamese.entities.people).toEqual(['Nguyễn Văn An']);
    const english = withoutRegistry(['A fire broke out at a shop on Tran Hung Dao street in Hanoi on Monday.', 'Owner Nguyen Van An said the fire started on the second floor.']);
    expect(english.entities.people).toEqual(['Nguyen Van An']);
    expect(english.entities.places).toContain('Tran Hung Dao');
  });

  it('folds a given name alone into the one person named in full with it, and into neither of two', () => {
    const one = withoutRegistry(['Coach Martin Kessler named his squad on Monday.', 'Martin said the team was ready for the final.']);
    expect(one.mentions['Martin Kessler'].forms).toEqual(['Martin Kessler', 'Martin']);
    const two = withoutRegistry(['Coach Martin Kessler named his squad on Monday, and Martin Ode was left out.', 'Martin said the team was ready for the final.']);
    expect(two.mentions['Martin Kessler'].forms).toEqual(['Martin Kessler']);
    expect(two.mentions['Martin Ode'].forms).toEqual(['Martin Ode']);
  });

  it('leaves the English tagger out of an article in another language: its rules and the registry name what they know', () => {
    const paragraphs = [
      'Theo cơ quan công an, sáng 12/3/2024, lực lượng chức năng tại Hà Nội đã kiểm tra một kho hàng của ông Nguyễn Văn Thắng trên đường Nguyễn Trãi.',
      'Cảnh sát cho biết hàng nghìn sản phẩm trong kho không rõ nguồn gốc và chủ kho chưa xuất trình được hóa đơn.',
    ];
    // The tagger read "Theo" (according to) and "Hà Nội" as people.
    expect(withoutRegistry(paragraphs).entities).toEqual({ people: ['Nguyễn Văn Thắng'], organizations: [], places: [] });
    expect(createEntityFinder(registry)(paragraphs).entities.places).toEqual(['Hà Nội']);
  });

  it('names no one for an election or a plural acronym', () => {
    const result = withoutRegistry(['All the parties are campaigning ahead of a General Election expected in May.', 'Sales of DVDs and PCs rose, the retailer said.']);
    expect(result.entities).toEqual({ people: [], organizations: [], places: [] });
  });

  it('resolves "President Aliyev" to the Aliyev named nearest before, or with the same title', () => {
    const paragraphs = [
      'The late President Heydar Aliyev visited Hanoi in 1983.',
      'President Ilham Aliyev made an official visit in 2014.',
      'President Aliyev said ties were strong.',
      'National Leader Heydar Aliyev founded the party. National Leader Aliyev is remembered in Baku.',
    ];
    const result = withoutRegistry(paragraphs);
    expect(result.mentions['Ilham Aliyev'].forms).toEqual(['Ilham Aliyev', 'Aliyev']);
    expect(result.mentions['Heydar Aliyev'].forms).toEqual(['Heydar Aliyev', 'Aliyev']);
  });

  it('strips titles and keeps organizations whole', () => {
    const paragraphs = [
      'Vice President Võ Thị Ánh Xuân received Leyla Aliyeva, Vice President of the Heydar Aliyev Foundation.',
      'The Communist Party of Vietnam, the Vietnam News Agency and the Non-Aligned Movement sent delegates to the United Nations.',
    ];
    const result = withoutRegistry(paragraphs);
    expect(result.entities.people).toEqual(expect.arrayContaining(['Võ Thị Ánh Xuân', 'Leyla Aliyeva']));
    expect(result.entities.people).toHaveLength(2);
    expect(result.entities.organizations).toEqual(
      expect.arrayContaining(['Heydar Aliyev Foundation', 'Communist Party of Vietnam', 'Vietnam News Agency', 'Non-Aligned Movement', 'United Nations']),
    );
    expect(result.entities.places).toEqual([]);
  });

  it.each([
    ['Minister of Industry and Trade Nguyễn Hồng Diên attended the meeting.', 'Nguyễn Hồng Diên'],
    ['Deputy Minister of Foreign Affairs Do Hung Viet said talks would resume.', 'Do Hung Viet'],
    ['Minister of Labour, Invalids and Social Affairs Đào Ngọc Dung spoke at the event.', 'Đào Ngọc Dung'],
    ['Lao Minister of Information, Culture and Tourism Suanesavanh Vignaket met her counterpart.', 'Suanesavanh Vignaket'],
    ['Secretary of State Antony Blinken said the visit went well.', 'Antony Blinken'],
  ])('takes the portfolio in "%s" for part of the title', (sentence, person) => {
    const result = withoutRegistry([sentence]);
    expect(result.entities.people).toEqual([person]);
    expect(result.entities.organizations).toEqual([]);
  });

  it('names nobody for a title and portfolio alone, and still cuts an organization out of a title', () => {
    expect(all(withoutRegistry(['The Minister of Foreign Affairs said revenue rose.']))).toEqual([]);
    const council = withoutRegistry(["Chairman of the Hanoi People's Committee Tran Sy Thanh said the plan was ready."]);
    expect(council.entities.people).toEqual(['Tran Sy Thanh']);
    expect(council.entities.organizations).toEqual(["Hanoi People's Committee"]);
  });

  it('takes "PM" for a title, so "PM Chính" is the prime minister named before', () => {
    const result = withoutRegistry(['Prime Minister Phạm Minh Chính visited the port.', 'Speaking later, PM Chính said the city must act faster.']);
    expect(result.entities.people).toEqual(['Phạm Minh Chính']);
    expect(result.mentions['Phạm Minh Chính'].forms).toContain('Chính');
    expect(result.entities.organizations).toEqual([]);
  });

  it('gives every name of a list the kind most of the list has, and its last word its kind', () => {
    const result = withoutRegistry([
      'The project covers Ca Mau, Bac Lieu, Soc Trang and Tra Vinh provinces.',
      'Nguyen Ngoc Toan, general director of Buffalo Tours, met traders at Ben Thanh Market.',
    ]);
    expect(result.entities.places).toEqual(['Ca Mau', 'Bac Lieu', 'Soc Trang', 'Tra Vinh', 'Ben Thanh Market']);
    expect(result.entities.people).toEqual(['Nguyen Ngoc Toan']);
    expect(result.entities.organizations).toEqual(['Buffalo Tours']);
  });

  it('names no one for an event: "Lunar New Year", "International Women\'s Day", "Áo Dài Festival"', () => {
    const result = withoutRegistry(["Visitors came for the Lunar New Year, International Women's Day and the Áo Dài Festival."]);
    expect(all(result)).toEqual([]);
  });

  it('keeps the first word of a sentence-opening name that is also an ordinary word', () => {
    const result = withoutRegistry(['South Korea and China remained the largest markets.', 'Do Van Hai, a fisherman, said he no longer recognizes the coves.']);
    expect(result.entities.places).toEqual(['South Korea', 'China']);
    expect(result.entities.people).toEqual(['Do Van Hai']);
    expect(all(withoutRegistry(['Do Vietnamese tourists travel abroad more often now?']))).toEqual([]);
  });

  it('splits two organizations joined by "and", each whole, and keeps one whose heads are joined', () => {
    const result = withoutRegistry([
      'Vietnam Airlines and Lao Airlines will add flights, and experts from Boston Consulting Group and Tony Blair Institute advised.',
      'The trade group Career Education Colleges and Universities objected.',
    ]);
    expect(result.entities.organizations).toEqual(['Vietnam Airlines', 'Lao Airlines', 'Boston Consulting Group', 'Tony Blair Institute', 'Career Education Colleges and Universities']);
  });

  it('leaves a demonym out of a ministry\'s name, but not out of a name it belongs to', () => {
    const result = withoutRegistry(["The Vietnamese Ministry of Culture, Sports and Tourism and the Vietnamese Women's Union signed."]);
    expect(result.entities.organizations).toEqual(['Ministry of Culture, Sports and Tourism', "Vietnamese Women's Union"]);
  });

  it('reads Korean names with hyphenated given names whole, and no name out of "Hanoi-based"', () => {
    const result = withoutRegistry(['Prof. Choi Byung-ho of Seoul National University agreed with Lee Mi-young.', 'A Hanoi-based firm hired Azerbaijan-educated engineers for a state-run plant.']);
    expect(result.entities.people).toEqual(['Choi Byung-ho', 'Lee Mi-young']);
    // CoNLL marks such compounds MISC ("Toronto-based" in eng.train), so they name no place.
    expect(result.entities.places).toEqual([]);
  });

  it('knows company suffixes, "Undersecretary", and countries the dictionary files as demonyms', () => {
    const result = withoutRegistry([
      'Petroliam Nasional Bhd. and Sun Group JSC signed, Undersecretary Rowena Cristina Guevara said.',
      'Flights to the Philippines resumed, but Swiss carriers waited.',
    ]);
    // The company's name as written, its abbreviation's period included.
    expect(result.entities.organizations).toEqual(['Petroliam Nasional Bhd.', 'Sun Group JSC']);
    expect(result.entities.people).toEqual(['Rowena Cristina Guevara']);
    expect(result.entities.places).toEqual(['Philippines']);
  });

  it('reads "MoIT" as the ministry it abbreviates, and "Vietnam Electricity" as a company', () => {
    const result = withoutRegistry(['Vietnam Electricity and the Ministry of Industry and Trade (MoIT) agreed on Monday.', 'MoIT said the plan would be revised.']);
    expect(result.entities.organizations).toEqual(['Ministry of Industry and Trade', 'Vietnam Electricity']);
    expect(result.mentions['Ministry of Industry and Trade'].forms).toContain('MoIT');
  });

  it('cuts a Vietnamese name off the end of a ministry\'s name, and takes three such words for a person', () => {
    const result = withoutRegistry(['Representatives of the Ministry of Culture, Sports and Tourism Vi Kiến Thành and Trấn Thành attended.']);
    expect(result.entities.organizations).toEqual(['Ministry of Culture, Sports and Tourism']);
    expect(result.entities.people).toEqual(['Vi Kiến Thành', 'Trấn Thành']);
  });

  it('names no fuel, contract, plan, indicator, currency, test or language, however often it is capitalised', () => {
    const result = withoutRegistry([
      'The LNG plant will sell power under a PPA, as PDP8 requires. LNG imports rose.',
      'GRDP grew 7% and prices are in VND. Candidates may take English, and IELTS certificates count. English scores rose.',
    ]);
    expect(all(result)).toEqual([]);
  });

  it('knows places by the word that closes their name, or the noun after it', () => {
    const result = withoutRegistry(['Trains arrive at Santa Lucia station and buses at Piazzale Roma.', 'Visitors to the Thái Học House and the Ben Thanh Market complained.']);
    expect(result.entities.places).toEqual(['Santa Lucia', 'Piazzale Roma', 'Thái Học House', 'Ben Thanh Market']);
    expect(result.entities.organizations).toEqual([]);
    expect(result.entities.people).toEqual([]);
  });

  it('keeps names whole around amounts, fuels and acronyms', () => {
    const result = withoutRegistry([
      'Tan Son Nhat International Airport handled 2 million passengers, Vietjet Aviation said.',
      'The Bạc Liêu LNG-to-power project, JERA and Tokyo Gas agreed, as JERA and Tokyo Gas said. Revenue hit VND22.6 trillion.',
    ]);
    expect(result.entities.places).toEqual(['Tan Son Nhat International Airport', 'Bạc Liêu']);
    expect([...result.entities.organizations].sort()).toEqual(['JERA', 'Tokyo Gas', 'Vietjet Aviation']);
    expect(result.entities.people).toEqual([]);
  });

  it('takes two Vietnamese syllables written without marks for a place, as with them, but not an English name', () => {
    const result = withoutRegistry(['The plant in Quang Ninh and the port at Cai Lan, near Nhon Trach and Kien Giang, opened.', 'Ben Smith and Anna Lee visited.']);
    expect(result.entities.places).toEqual(['Quang Ninh', 'Cai Lan', 'Nhon Trach', 'Kien Giang']);
    expect(result.entities.people).toEqual(['Ben Smith', 'Anna Lee']);
  });

  it('finds the person after a one-word portfolio or an office, with or without Vietnamese marks', () => {
    const result = withoutRegistry(["Azerbaijan's Minister of Energy Parviz Shahbazov met Director of the Hanoi Department of Tourism Dang Huong Giang."]);
    expect(result.entities.people).toEqual(['Parviz Shahbazov', 'Dang Huong Giang']);
    expect(result.entities.organizations).toEqual(['Hanoi Department of Tourism']);
  });

  it('names no country in a currency, and knows regions and boulevards for places', () => {
    const result = withoutRegistry(['Tickets cost 500 US dollars. Leaders in the Middle East and Central Asia met on Seaside Boulevard.']);
    expect(result.entities.places).toEqual(['Middle East', 'Central Asia', 'Seaside Boulevard']);
    expect(result.entities.people).toEqual([]);
  });

  it('reads Azerbaijani names whole, and no names out of a question in capitals', () => {
    const result = withoutRegistry(['Minister of Culture Adil Kərimli met Çingiz Fərzəliyev in Baku.', 'HOW WOULD YOU ASSESS THE ECONOMIC RELATIONSHIP BETWEEN AZERBAIJAN AND VIETNAM?']);
    expect(result.entities.people).toEqual(['Adil Kərimli', 'Çingiz Fərzəliyev']);
    expect(result.entities.organizations).toEqual([]);
  });

  it('makes places of names ending in a place\'s word, and no one of a championship', () => {
    const result = withoutRegistry(['Tourists visited the Flame Towers. The South Caucasus and the Asian Championships drew crowds, Tim Buckley and Ryan Law said.']);
    expect(result.entities.people).toEqual(['Tim Buckley', 'Ryan Law']);
    expect(result.entities.places).toEqual(['Flame Towers', 'South Caucasus']);
  });

  it('classifies names it has never seen by their cues', () => {
    const result = withoutRegistry([
      'Dr. Amara Okonkwo, who heads the Kigali Institute of Fisheries, said catches fell.',
      'Exports from Mwanza rose, the Ministry of Blue Economy said, after Okonkwo met Tanzanian officials in Kisumu.',
    ]);
    expect(result.entities.people).toEqual(['Amara Okonkwo']);
    expect(result.mentions['Amara Okonkwo'].forms).toEqual(['Amara Okonkwo', 'Okonkwo']);
    expect(result.entities.organizations).toEqual(expect.arrayContaining(['Kigali Institute of Fisheries', 'Ministry of Blue Economy']));
    expect(result.entities.places).toEqual(expect.arrayContaining(['Mwanza', 'Kisumu']));
    expect(all(result)).not.toContain('Tanzanian');
  });

  it('uses the dateline as a place and ignores a headline in capitals', () => {
    const result = withoutRegistry(['Officials met on Friday to discuss the budget.'], { title: 'BUDGET TALKS RESUME', dateline: 'HÀ NỘI' });
    expect(result.entities.places).toEqual(['Hà Nội']);
    expect(result.entities.people).toEqual([]);
  });

  it("uses the dateline's region or country as a place too, cased as given", () => {
    const result = withoutRegistry(['Two people died when a motel exploded on Friday.'], { dateline: 'ROCHESTER', datelineRegion: 'N.H.' });
    expect(result.entities.places).toEqual(['Rochester', 'N.H.']);
  });
});

describe('findEntities on articles in other shapes', () => {
  // These fixtures were annotated before the extractor was written; see gold.json.
  it('finds most annotated names and few others', () => {
    const scores = Object.entries(gold).map(([name, expected]) => {
      const article = readFixtureArticle(name);
      return scoreArticle(findEntities(article.paragraphs, registry, { dateline: article.dateline }), expected);
    });
    const { precision, recall } = total(scores);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('an Arabic surname', () => {
  it('goes by its article or without: "Bashir" is Omar Hassan al-Bashir', () => {
    const found = withoutRegistry(['The court has charged President Omar Hassan al-Bashir with genocide in Darfur.', 'Bashir has denied the charges, his spokesman said on Monday.']);
    expect(found.entities.people).toEqual(['Omar Hassan al-Bashir']);
    expect(found.mentions['Omar Hassan al-Bashir'].forms).toContain('Bashir');
  });
});

describe('a bracket inside a name', () => {
  it('is left out where the name does not pair it: the given name in brackets before the surname', () => {
    const found = withoutRegistry(['Growing up in New York, he saw (Tom) Seaver and (Jerry) Koosman when they were starting out.']);
    expect(found.entities.people).toEqual(['Tom Seaver', 'Jerry Koosman']);
    expect(Object.keys(found.mentions).filter((name) => /[()]/.test(name))).toEqual([]);
  });
});

/**
 * Whole pages as scraped from outlets the extractors were not written for (tests/fixtures/articles/pages/),
 * each read end to end by the clean and extract stages. Every expectation was read off the page by
 * hand: its headline, its date, where its article starts and ends, and what around it is not article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { loadRegistries } from '../../src/lib/registries.ts';
import { cleanSeed } from '../../src/ingest/clean.ts';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { createExtractors, extractArticle } from '../../src/ingest/extract/index.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { FIXTURES_DIR } from './article-text.ts';

interface Page {
  file: string;
  title: string;
  date: string;
  dateline?: string;
  source?: string;
  /** How the article's first and last paragraphs start. */
  first: string;
  last: string;
  /** Text of the article that follows a box or promotion inside it. */
  keeps?: string;
  /** What is on the page but not in the article. */
  leavesOut: string[];
  /** Front matter an editor added to the seed. */
  frontMatter?: string;
  /** The original's address, where the seed states it. */
  url?: string;
}

const PAGES: Page[] = [
  {
    file: 'guardian-standfirst.txt',
    title: 'Sixth-form colleges warn of teacher exodus as pay gap with schools widens',
    date: '2025-05-23',
    first: 'Sixth-form colleges in England are losing experienced teachers',
    last: 'Dr Priya Nandra, a researcher at the Education Policy Institute',
    leavesOut: ['Further education', 'Association says college lecturers', 'Hannah Cole', 'Explore more on these topics', 'Reuse this content'],
  },
  {
    file: 'bloomberg-most-read.txt',
    title: 'Petronas Weighs Selling Stake in Sarawak Gas Project as Costs Climb',
    date: '2025-06-03',
    first: 'Petroliam Nasional Bhd. is exploring the sale',
    last: 'Petronas shares are not listed',
    leavesOut: ['3 min read', 'Most Read from Bloomberg', 'Hedge Funds Pile Into Yen Bets', '(Bloomberg)', 'With assistance from', 'To contact the reporters', 'rliew12@bloomberg.net'],
  },
  {
    file: 'yonhap-end.txt',
    title: 'Gyeongju to open Silla palace site to night visitors ahead of APEC summit',
    date: '2025-03-04',
    dateline: 'Seoul',
    source: 'yonhap',
    first: 'The ancient city of Gyeongju will open',
    last: 'The Korea Heritage Service said the routes',
    leavesOut: ['All News', 'SEOUL, March 4', 'hkim@yna.co.kr', '(END)'],
  },
  {
    file: 'aljazeera-caption.txt',
    title: "Nigeria's Dangote refinery ships first petrol cargo to West African neighbours",
    date: '2025-02-18',
    dateline: 'Lagos',
    first: 'The Dangote Petroleum Refinery has shipped its first cargo',
    last: 'Analysts at the consultancy Wood Mackenzie',
    leavesOut: ["Africa's largest refinery says", '[File:', 'Save articles to read later', 'Lagos, Nigeria –', 'Source: Al Jazeera'],
  },
  {
    file: 'press-release.txt',
    title: 'ArkSolar and Batangas State University Launch Solar Technician Academy to Train 2,000 Workers by 2027',
    date: '2025-04-29',
    dateline: 'Manila',
    first: "ArkSolar Inc. (PSE: ARKS), one of the Philippines'",
    last: 'Applications for the first cohort open on May 15, 2025',
    leavesOut: ['FOR IMMEDIATE RELEASE', 'Program combines classroom instruction', 'PRNewswire', 'About ArkSolar', 'Forward-Looking Statements', 'media@arksolar.ph', '###'],
  },
  {
    file: 'vir-newsletter-promo.txt',
    title: 'ADB lends $500 million to upgrade Mekong Delta power grid',
    date: '2025-03-05',
    source: 'vir',
    first: 'The Asian Development Bank (ADB) has approved',
    last: 'Since joining ADB in 1966',
    keeps: 'The Ministry of Industry and Trade said the project',
    leavesOut: ['Sign up for our newsletter', 'Bao Ngoc', 'Share this article', 'Related news', 'We use cookies'],
  },
  {
    file: 'nikkei-photo-credit.txt',
    title: 'Vietnam widens visa waivers to Europe as airlines race to add seats',
    date: '2025-03-12',
    dateline: 'Hà Nội',
    first: 'Vietnam has begun waiving visas for citizens of Poland',
    last: "Tourism accounted for about 8% of Vietnam's",
    leavesOut: ['Budget carrier Vietjet and flag carrier', 'LIEN HOANG', '© Reuters', 'Read next'],
  },
  {
    file: 'scmp-advertisements.txt',
    title: 'Vietnam wants English as a second language in all schools. Does it have the teachers?',
    date: '2025-04-22',
    first: 'When Nguyen Minh Chau started teaching English',
    last: 'Back in Ha Giang, Chau is more modest.',
    keeps: 'Vietnam ranked 63rd out of 116 countries',
    leavesOut: ['This Week in Asia', 'Why you can trust SCMP', 'Advertisement', 'More Articles', 'print edition'],
  },
  {
    file: 'vnexpress-comments.txt',
    title: 'Vietnam welcomes record 6 million foreign arrivals in first quarter',
    date: '2025-04-06',
    // The page's only credit is its photographer's ("Photo by VnExpress/Nguyen Dong"): its own.
    // The page credits VnExpress only in a photo's caption ("Photo by VnExpress/…"), which credits no outlet.
    source: undefined,
    first: 'Vietnam received 6.02 million international visitors',
    last: 'Nguyen Tien Dat, general director of travel agency Vietravel',
    leavesOut: ['Places | Food', 'By Hoang Phong', 'Foreign tourists take photos', 'Comments (8)', 'Load more comments'],
  },
  {
    file: 'vov-related-box.txt',
    title: 'Offshore wind developers await survey permits as PDP8 targets loom',
    date: '2025-05-09',
    source: 'vov',
    first: 'Dozens of domestic and foreign investors',
    last: 'Phạm Minh Chính also instructed EVN',
    keeps: 'Vietnamese officials acknowledged that the Ministry of Agriculture and Environment',
    leavesOut: ['VOV.VN -', 'Related News', 'Quang Ninh proposes first offshore wind project', 'Tags:', 'Share Tweet'],
  },
  {
    file: 'cna-audio-colon-dateline.txt',
    title: 'Singapore, Vietnam sign deal to study undersea cable for offshore wind power imports',
    date: '2025-05-21',
    dateline: 'Singapore',
    first: 'Singapore and Vietnam on Wednesday (May 21) agreed',
    last: 'Also on Wednesday, Singapore signed agreements with Malaysia',
    leavesOut: ['Listen to this article', 'This audio is generated', 'Wong Pei Ting', '(Updated:', 'SINGAPORE:', 'Source: CNA', 'WhatsApp', 'Related Topics', 'Subscribe'],
  },
  {
    file: 'moit-portal.txt',
    title: 'Minister Nguyễn Hồng Diên chairs conference on implementing revised Power Development Plan VIII',
    // "06/05/2025 09:15 GMT+7": a Vietnamese portal writes the day first.
    date: '2025-05-06',
    first: 'On the morning of May 5, 2025, in Hà Nội',
    last: 'Concluding the conference, the Minister assigned',
    leavesOut: ['BỘ CÔNG THƯƠNG', 'Trang chủ', 'Tin tức - Sự kiện', '(MoIT Portal)', 'Lan Anh', 'Tin liên quan', 'Thủ tướng phê duyệt', 'Copyright'],
  },
  {
    file: 'rfa-dotted-date.txt',
    title: 'Vietnam orders international schools to teach state-approved history and civics',
    // "2025.06.17", not the caption's "Jan. 8, 2024".
    date: '2025-06-17',
    first: 'International schools in Vietnam will have to teach',
    last: "The Ministry of Education did not respond to RFA's request for comment.",
    leavesOut: ['Critics say the rules', 'By RFA Vietnamese', '(RFA)', 'Translated by Anna Vu', 'Anonymous Reader', 'They did the same thing'],
  },
  {
    file: 'afp-iso-timestamp.txt',
    title: "Vietnam's water puppeteers fight for audiences in the TikTok age",
    date: '2025-05-06',
    dateline: 'Hà Nội',
    source: 'afp',
    first: 'Waist-deep in murky water behind a bamboo screen',
    last: '"Water puppetry was born from village life.',
    leavesOut: ['by Tran Thi Minh Ha', 'HANOI, Vietnam (AFP)', 'tmh/sn/pbt', '© Agence France-Presse'],
  },
  {
    file: 'vns-labels-repeated-title.txt',
    title: 'Việt Nam moves to pilot first offshore wind farms off Bình Thuận coast',
    date: '2025-05-14',
    dateline: 'Hà Nội',
    source: 'vna',
    first: 'The Ministry of Industry and Trade (MoIT) has asked the Government',
    last: 'The MoIT said it would submit a draft decree',
    keeps: 'Experts at the meeting also urged the Government',
    leavesOut: ['Economy', 'Workers install a turbine blade', 'VNA/VNS Photo', 'HÀ NỘI —', 'Tweet', 'Power firms told to speed up', 'Copyright'],
  },
  {
    file: 'tuoitre-masthead-comments.txt',
    title: 'Over 98,000 Ho Chi Minh City students sit grade-10 entrance exam',
    date: '2025-06-06',
    source: 'tuoitre',
    first: 'More than 98,000 ninth graders in Ho Chi Minh City',
    last: 'Results will be announced on June 20',
    leavesOut: ['Updated :', 'Students at Nguyen Thi Minh Khai High School', 'Like us on Facebook', 'Comments (3)', 'Minh Tran', 'kevin_saigon'],
  },
  {
    file: 'saigon-times-masthead.txt',
    title: 'HCMC bets on night-time economy to keep tourists longer',
    date: '2025-05-31',
    dateline: 'Hồ Chí Minh City',
    first: 'Ho Chi Minh City plans to open three more pedestrian streets',
    last: '“Tourists want to see something authentic,” he said.',
    leavesOut: ['TOURISM', 'By Le Anh', 'The Saigon Times Daily', 'HCMC –', 'Tags:', 'Other news', 'Can Gio mega port', 'Back to top'],
  },
  {
    file: 'vietnamnet-teasers.txt',
    title: 'AI to be taught in schools from next academic year, says education minister',
    date: '2025-05-19',
    first: 'Artificial intelligence content will be integrated',
    last: 'Earlier this year the Ministry of Education and Training also announced',
    leavesOut: ['VietNamNet Global', 'Students at a STEM class', 'Thuy Nga', '>> Vietnam aims'],
  },
  {
    file: 'tass-no-year.txt',
    title: 'Flow of Russian tourists to Vietnam up 80% in five months — ATOR',
    // "MOSCOW, June 5. /TASS/." gives no year: the editor gives the date (without it, see below).
    frontMatter: 'date: 2025-06-05',
    date: '2025-06-05',
    dateline: 'Moscow',
    source: 'tass',
    first: 'The number of Russian tourists who visited Vietnam in January-May 2025',
    last: 'In 2024, Vietnam received more than 235,000 Russian tourists',
    leavesOut: ['/TASS/', 'Follow TASS on Telegram'],
  },
  {
    file: 'tuoitre-hard-wrapped.txt',
    title: 'Vietnamese students head to Baku as Azerbaijan expands scholarships',
    // "06/21/2025": the second number is over 12, so the month comes first.
    date: '2025-06-21',
    source: 'tuoitre',
    first: 'Azerbaijan will offer 60 full scholarships to Vietnamese students in the 2025-26 academic year, triple',
    last: 'Under the agreement signed in May, the two sides will also encourage exchanges of lecturers',
    // The text is wrapped at 70 columns, a name across two lines.
    keeps: 'Party General Secretary To Lam',
    leavesOut: ['Updated :'],
  },
  {
    file: 'vietnamplus-embedded-post.txt',
    title: 'Azerbaijani Culture Days open in Hanoi with mugham, carpets and cuisine',
    date: '2025-06-12',
    dateline: 'Hà Nội',
    source: 'vna',
    first: 'Azerbaijan Culture Days 2025 opened at the Vietnam National Museum',
    last: 'Last year, Vietnam Culture Days were held in Baku',
    keeps: 'Nguyen Thi Lan Huong, a lecturer at the Hanoi University of Culture',
    leavesOut: ['Culture - Sports', 'Advertisement', '@AzEmbassyVN', '#Hanoi', '142 Likes'],
  },
  {
    file: 'vov-lede-above-date.txt',
    title: 'Vietnamese GM Le Quang Liem finishes runner-up at Shamkir Chess in Azerbaijan',
    date: '2025-06-15',
    source: 'vov',
    first: "Vietnam's top chess player Lê Quang Liêm finished second",
    last: "Liem will next play at the Grand Chess Tour's",
    leavesOut: ['VOV.VN -', 'Updated:'],
  },
  {
    file: 'guardian-newsletter-box.txt',
    title: 'Vietnam turns back to coal as heatwave strains power grid',
    date: '2025-07-07',
    first: 'Vietnam is burning record amounts of coal',
    last: '"There is a real risk that Vietnam locks in coal',
    keeps: 'In a statement to the Guardian, the Ministry of Industry and Trade said:',
    leavesOut: ['This article is more than 1 month old', 'Blackouts in 2023 cost the economy', 'Photograph:', 'Sign up to Global Dispatch', 'Privacy Notice', 'newsletter promotion', 'Explore more on these topics'],
  },
  {
    file: 'vnexpress-markdown-reader.txt',
    // Saved by a reader tool as Markdown: "Title:", "URL Source:", links, an image, "#" headings.
    title: 'Vietnamese tourists flock to Azerbaijan as Caucasus tours boom',
    date: '2025-04-14',
    source: 'vnexpress',
    url: 'https://e.vnexpress.net/news/travel/vietnamese-tourists-flock-to-azerbaijan-as-caucasus-tours-boom-4872215.html',
    first: "Vietravel, one of Vietnam's largest tour operators",
    last: 'Vietnam, meanwhile, hopes to attract more Azerbaijani visitors',
    keeps: 'Old town and mud volcanoes',
    leavesOut: ['URL Source', 'Markdown Content', '](', '![', '# ', 'Travel » Places', 'Photo courtesy of Vietravel', 'Vietnam tops list of cheapest destinations'],
  },
];

const extractors = createExtractors(loadRegistries(new URL('../../content/', import.meta.url).pathname));

function ingest(name: string, frontMatter?: string) {
  const file = new VFile({ path: name });
  const text = decodeSeed(readFileSync(`${FIXTURES_DIR}pages/${name}`), file);
  const { overrides, lines, metadata } = parseSeed(frontMatter ? `---\n${frontMatter}\n---\n${text}` : text, file);
  const cleaned = cleanSeed(lines);
  return { cleaned, file, article: extractArticle(cleaned, overrides, extractors, file, metadata) };
}

describe('whole pages from other outlets', () => {
  it('publishes a wire page whose dateline gives no year undated, rather than take a year from its text', () => {
    const { article, file } = ingest('tass-no-year.txt');
    expect(article.date).toBeUndefined();
    expect(file.messages.map(String)).toContainEqual(expect.stringContaining('no full date: the dateline "MOSCOW, June 5. /TASS/" gives no year: published undated'));
  });

  it.each(PAGES)('$file', (page) => {
    const { cleaned, article } = ingest(page.file, page.frontMatter);
    const body = cleaned.paragraphs.join('\n');
    expect(article.title).toBe(page.title);
    expect(article.date).toBe(page.date);
    expect(article.dateline).toBe(page.dateline);
    expect(article.source).toBe(page.source);
    expect(article.url).toBe(page.url);
    expect(cleaned.paragraphs[0].startsWith(page.first), cleaned.paragraphs[0]).toBe(true);
    expect(cleaned.paragraphs.at(-1)!.startsWith(page.last), cleaned.paragraphs.at(-1)).toBe(true);
    expect(article.summary.startsWith(page.first)).toBe(true);
    if (page.keeps) expect(body).toContain(page.keeps);
    for (const text of page.leavesOut) expect(body, text).not.toContain(text);
  });
});

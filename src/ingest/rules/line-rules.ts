/**
 * What scraped pages put around an article, as named rules. Each rule has an id
 * (shown by `npm run ingest -- --explain` for every line it decided), a kind
 * (what the clean stage does with a line it matches), its pattern, and examples
 * as real pages write them: lines it must match and lines it must not. The
 * examples are the rules' tests (tests/ingest/line-rules.test.ts), as in
 * remark-lint. Nothing here names an outlet: a convention one outlet has goes
 * in content/sources.yaml with the outlet.
 *
 * Kinds:
 * - furniture: a heading or line that starts another page's part (related links, tags, copyright).
 *   Inside the article it starts a box, dropped if the article goes on after it, or ends it (always,
 *   for a rule marked `endsArticle`: a comments section).
 * - drop: a line to set aside wherever it stands (a caption, a promotion, a reading time).
 * - credit: a credit line at the article's end ("(Reporting by …)", "— VNA/VNS", "Enditem").
 */
import { countLetterCases } from '../text/letter-case.ts';
import { hasAtMostWords } from '../text/words.ts';
import { AGE_UNIT_PATTERN, BYLINE_WORDS, ENGLISH_MONTH_PATTERN, PHOTO_SOURCES } from './words.ts';

/** "(August/July)": months, not an agency and its photographer. */
const MONTHS_IN_PARENTHESES = new RegExp(String.raw`\((?:${ENGLISH_MONTH_PATTERN})\.?\/`, 'i');

export type LineRuleKind = 'furniture' | 'drop' | 'credit';

export interface LineRule {
  id: string;
  kind: LineRuleKind;
  pattern: RegExp;
  /** A cheap check the pattern implies (a character it needs, a length it cannot exceed), tried first. */
  guard?: (line: string) => boolean;
  /** Furniture after which nothing is the article's, whatever reads like prose: a comments section. */
  endsArticle?: boolean;
  /** Lines as pages write them that the rule must match, and must not. */
  matches: string[];
  ignores: string[];
}

/** "cookie", "cookies", "Cookie-Einstellungen", "pliki cookies". */
const COOKIE = /\bcookies?\b|\bcookie-/i;
/** What a cookie notice says beside them: the site, its services, the reader's device, and consent's words. */
const COOKIE_NOTICE_WORDS = String.raw`\b(?:website|webseite|web site|site web|this site|our site|unserer? (?:web)?seite|diese(?:r)? (?:web)?seite|strona|strony|sito|sitio|services|dienste|your device|ihrem gerät|browser|accept|akzept|consent|zustimm|einverst|agree|ablehn|reject|aktivier|deaktivier|settings|einstellung|preferences|opt[- ]out|privacy|datenschutz|données personnelles|dati personali|datos personales|notwendige|necessary|essential|tracking|analytics)`;

const holds = (character: string) => (line: string) => line.includes(character);
const short = (words: number) => (line: string) => hasAtMostWords(line, words);

/** The networks a site links its accounts on, as one alternation (drop/social-links). */
const SOCIAL_NETWORKS = 'facebook|twitter|linkedin|instagram|youtube|pinterest|whatsapp|telegram|tiktok|reddit|flipboard|threads|bluesky';
/** The words such a row is made of, and the row's first word: asked first, it rules out nearly every line for a twelfth of the row's pattern. */
const SOCIAL_LINK_WORDS = `${SOCIAL_NETWORKS}|share|on|contact|us|follow|e-?mail|print|copy|link|rss`;
const SOCIAL_LINK_OPENING = new RegExp(String.raw`^(?:${SOCIAL_LINK_WORDS})\b`, 'i');

export const LINE_RULES: readonly LineRule[] = [
  // Furniture: everything from such a line on is another page's, unless the article goes on after it.
  {
    id: 'furniture/gallery-markers',
    kind: 'furniture',
    guard: (line) => line.length <= 200 && /gallery|photo|video|image/i.test(line),
    pattern: /^(?:\S*?(?:gallery|photo|video|image)\S*?\s*){2,}$/i,
    matches: ['gallery-photogallery-photo', 'gallery-photo gallery-photo'],
    ignores: ['Photo gallery of the festival'],
  },
  {
    // Short and never a sentence: "Sign up for our newsletter to receive …" inside an article is a promotion (drop/newsletter-promotion).
    id: 'furniture/section-heading',
    kind: 'furniture',
    guard: short(6),
    pattern:
      /^(?:photo ?gallery|gallery|photos|videos?|related(?: articles| news| stories| posts| content| topics| links)?|top (?:stories|news)|more (?:news|stories|articles|from .{1,40})|other (?:news|stories|articles)|read next|latest(?: news)?|most (?:read|popular|viewed)|you (?:may|might) also like|about the author|recommended(?: for you)?|suggested topics|explore more(?: on these topics)?|related coverage|most read from .{1,40}|don'?t miss|trending|popular|tags?|keywords|topics|share(?: this(?: article| story)?)?|save|follow us(?: on .*)?|comments?|leave a (?:comment|reply)|subscribe.*|sign up.*|newsletter.*|print|back to top|forward-looking statements|media contacts?|media enquiries|related articles?|related contents?|read (?:the )?original article|pin it(?: for later)?!?|###)\s*:?$/i,
    matches: ['Related articles', 'Related links:', 'Top stories', 'Most Read from Bloomberg', "DON'T MISS", 'Suggested Topics:', 'Explore more on these topics', '###', 'Read original article'],
    ignores: ['Related companies rose 3% on Monday.', 'Top stories this week include the budget.', 'Share prices fell sharply in early trading on Tuesday'],
  },
  { id: 'furniture/like-us', kind: 'furniture', pattern: /^like us on\b/i, matches: ['Like us on Facebook'], ignores: ['Like us, the minister said, farmers want rain.'] },
  {
    // A subscription offer in the languages the eval's pages come in ("Abonnez-vous à partir de 1€", "Jetzt
    // abonnieren", "Suscríbete por 1 €"); English's "Subscribe …" is a section heading above.
    id: 'furniture/subscribe-offer',
    kind: 'furniture',
    guard: short(10),
    pattern: /^(?:abonnez-vous|s'abonner|je m'abonne|(?:jetzt )?abonnieren|abonnement abschließen|suscr[ií]bete|suscribirse|assine (?:já|agora)|abbonati|iscriviti)(?!\p{L}).*$/iu,
    matches: ['Abonnez-vous à partir de 1€', 'Jetzt abonnieren', 'Suscríbete por 1 € al mes', 'Assine já'],
    ignores: ["S'abonner au journal coûte 1 € le premier mois, selon l'éditeur, qui vise 100 000 abonnés.", 'Assinei o contrato ontem.'],
  },
  {
    // Readers' comments read like prose, so the article never goes on after their heading. "0 Comments" heads
    // none: it is a count in the byline's row, over the article as often as under it.
    id: 'furniture/comments',
    kind: 'furniture',
    endsArticle: true,
    guard: (line) => line.length <= 120 && /comment|respons/i.test(line),
    pattern: /^(?:\[\s*\d[\d,]*\s+comments?\s*\]|(?!0\s)\d[\d,]*\s+(?:comments?|responses?)(?:\s+(?:to|on)\s+.*[^.!?])?|(?:top rated|reader|readers'?|latest|all|show|view|read)\s+comments?(?:\s*\((?:view all|show all)\))?)$/i,
    matches: ['[ 167 comments ]', 'Top Rated Comments (View all)', '34 responses to “Anthony Lynn: “We needed to win this game””', 'Show comments', '10 Comments'],
    ignores: ['Comments from the minister drew criticism.', '34 responses to the survey came from abroad, officials said.', '0 Comments'],
  },
  {
    id: 'furniture/labelled-list',
    kind: 'furniture',
    pattern: /^(?:tags?|keywords|related(?: (?:posts?|articles?|stories|links?))?|filed (?:under|to)|our standards|media contacts?|topics?)\s*:/i,
    matches: ['Related post: Pickled Brussels Sprouts Recipe', 'Tags: energy, LNG', 'Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'Filed under: Business', 'Filed to: money shopping saving money'],
    ignores: ['Topics on the agenda include trade and energy.'],
  },
  {
    id: 'furniture/channel-promotion',
    kind: 'furniture',
    pattern: /^(?:get|join|follow|stay (?:up[- ]to[- ]date|tuned|informed))\b.{0,80}\b(?:channel|telegram|whatsapp|google news|on (?:x|twitter|facebook|instagram|linkedin|threads))\b/i,
    matches: ['Stay up-to-date with Trend News Agency on its WhatsApp channel', 'Follow TASS on Telegram', 'Join our channel for the latest news'],
    ignores: ['Get ready for a busy summer season, hotel owners say.'],
  },
  { id: 'furniture/google-news', kind: 'furniture', pattern: /\bon google news$/i, matches: ['APA.az on Google News'], ignores: ['Google News said on Monday it would pay publishers.'] },
  { id: 'furniture/posted-in', kind: 'furniture', pattern: /^posted in\s*:|^posted in\b.{1,80}\|\s*(?:permalink|\d+ comments?)\b/i, matches: ['Posted in: ECONOMY, DIPLOMACY', 'Posted in Open thread | Permalink | 10 Comments'], ignores: ['Posted in Hanoi, the envoy met officials.'] },
  {
    // Vietnamese sites' "related news", "other news", "see more".
    id: 'furniture/related-vietnamese',
    kind: 'furniture',
    pattern: /^(?:tin liên quan|bài liên quan|tin khác|tin cùng chuyên mục|xem thêm)\b/iu,
    matches: ['Tin liên quan', 'Xem thêm: Giá xăng giảm'],
    ignores: ['Tin tức mới nhất về thời tiết'],
  },
  {
    id: 'furniture/contact-the-reporters',
    kind: 'furniture',
    pattern: /^to contact the (?:reporters?|editors?|authors?)\b/i,
    matches: ['To contact the reporters on this story:', 'To contact the editor responsible for this story:'],
    ignores: ['To contact the ministry, call its hotline.'],
  },
  {
    id: 'furniture/first-appeared',
    kind: 'furniture',
    pattern: /^this (?:article|story) (?:first )?(?:appeared|was (?:first )?published)\b/i,
    matches: ['This article first appeared in The Saigon Times.', 'This story was published by Nikkei Asia.'],
    ignores: ['This story is developing.'],
  },
  {
    // A press release's "About ArkSolar Inc.": its boilerplate follows, to the end (the article never goes on
    // after it, however much the boilerplate reads like prose).
    id: 'furniture/about-company',
    kind: 'furniture',
    endsArticle: true,
    pattern: /^About(?: the)?(?: \p{Lu}[\p{L}\p{M}.&'’-]*| of| and| for| de){1,8}$/u,
    matches: ['About ArkSolar Inc.', 'About the Vietnam National Authority of Tourism'],
    ignores: ['About 200 people attended the ceremony.'],
  },
  {
    id: 'furniture/copyright',
    kind: 'furniture',
    pattern: /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i,
    matches: ['© 2025 Viet Nam News', 'Copyright 2025 The Associated Press. All rights reserved.', '(c) Vietnam News Agency'],
    ignores: ['Copyrighted works were seized, police said.'],
  },
  {
    id: 'furniture/link-row',
    kind: 'furniture',
    guard: holds('|'),
    pattern: /^[\p{L}\p{M}': ]{1,30}(?:\s+\|\s+[\p{L}\p{M}' ]{1,24})+$/u,
    matches: ['Print | Back to top', 'Home | News | Business'],
    ignores: ['Revenue rose 5% | the company said'],
  },

  // Lines to drop wherever they stand.
  {
    id: 'drop/release-marker',
    kind: 'drop',
    pattern: /^(?:for immediate release|press release|news release|embargoed until\b.{0,40})$/i,
    matches: ['FOR IMMEDIATE RELEASE', 'Embargoed until 09:00 GMT'],
    ignores: ['The press release said sales rose.'],
  },
  { id: 'drop/reading-time', kind: 'drop', pattern: /^\d{1,2} min(?:ute)?s? read$/i, matches: ['3 min read', '10 minutes read'], ignores: ['3 minutes of silence'] },
  {
    id: 'drop/affiliate-notice',
    kind: 'drop',
    pattern: /^this (?:post|article|page|story) (?:may )?contains? affiliate links\b.{0,200}$/i,
    matches: ['This post may contain affiliate links. Please see my disclosure page.'],
    ignores: ['This post contains a correction.'],
  },
  {
    id: 'drop/audio-player',
    kind: 'drop',
    pattern: /^(?:listen to this article|this audio is generated by an ai tool\.?)$/i,
    matches: ['Listen to this article', 'This audio is generated by an AI tool.'],
    ignores: ['Listen to this, the minister told reporters.'],
  },
  {
    id: 'drop/save-for-later',
    kind: 'drop',
    pattern: /^save (?:articles?|this|for later)\b.{0,80}$/i,
    matches: ['Save articles to read later and create your own reading list.'],
    ignores: ['Save the Children said on Monday that schools had reopened in the province.'],
  },
  {
    id: 'drop/labelled-field',
    kind: 'drop',
    pattern: /^\p{Lu}[\p{Lu} ]{2,30}\s*:\s*.{1,60}$/u,
    matches: ['NEWSPAPER SECTION: Business', 'WRITER: Jane Doe'],
    ignores: ['WASHINGTON — Lawmakers voted on Tuesday.'],
  },
  { id: 'drop/email-alone', kind: 'drop', pattern: /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, matches: ['rliew12@bloomberg.net'], ignores: ['Write to rliew12@bloomberg.net for details.'] },
  {
    // Inside an article the promotion goes and the article goes on.
    id: 'drop/newsletter-promotion',
    kind: 'drop',
    pattern: /^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|alerts|updates|inbox)\b.{0,80}$/i,
    matches: ["Sign up for our newsletter to receive the week's top business and investment stories."],
    ignores: ['Subscribers to the plan pay less, the company said.'],
  },
  {
    // A row of links to the site's accounts: "Contact us twitter linkedin facebook instagram".
    id: 'drop/social-links',
    kind: 'drop',
    guard: (line) => SOCIAL_LINK_OPENING.test(line),
    pattern: new RegExp(String.raw`^(?=(?:.*\b(?:${SOCIAL_NETWORKS})\b){2})(?:(?:${SOCIAL_LINK_WORDS})\b[\s|,·•]*){2,12}$`, 'i'),
    matches: ['Contact us twitter linkedin facebook instagram', 'Share on Facebook Share on Twitter'],
    ignores: ['Facebook and Twitter removed the posts on Monday after complaints.'],
  },
  {
    // How old the page was when it was saved, on a line of its own: "1 hour ago", "Updated 3 mins ago".
    id: 'drop/age-alone',
    kind: 'drop',
    pattern: new RegExp(String.raw`^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d{1,2}|an?)\s+(?:${AGE_UNIT_PATTERN})\s+ago\.?$`, 'i'),
    matches: ['1 hour ago', 'Updated 3 mins ago'],
    ignores: ['2 hours ago the minister resigned.'],
  },
  {
    id: 'drop/newsletter-fine-print',
    kind: 'drop',
    // The pattern tries every position of every line; the words it needs are looked for first (a twentieth of its time).
    guard: (line) => line.length <= 200 && /unsubscribe|inbox/i.test(line),
    pattern: /^(?=.{0,200}$).*\b(?:unsubscribe at any time|news (?:meet|to) your inbox)\b/i,
    matches: ["No spam, we promise. You can unsubscribe at any time and we'll never share your details.", 'Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.'],
    ignores: ['Customers can unsubscribe from the service, the regulator said, but few know how.'],
  },
  {
    id: 'drop/app-promotion',
    kind: 'drop',
    pattern: /^(?:click here to\s+)?(?:get|download|install)\s+(?:the|our)\s+[\p{L}\d .&'’-]{1,40}\bapp[.!]?$/iu,
    matches: ['CLICK HERE TO GET THE FOX NEWS APP', 'Download our free app'],
    ignores: ['Get the app store to approve the update quickly, he said.'],
  },
  {
    id: 'drop/script-notice',
    kind: 'drop',
    pattern: /^(?:this (?:slideshow|video|gallery|content|page|feature) requires javascript|media playback is unsupported on your device|please enable javascript\b).{0,60}$/i,
    matches: ['This slideshow requires JavaScript.', 'Media playback is unsupported on your device', 'Please enable JavaScript to pass antispam protection!'],
    ignores: ['This page requires a rethink of how the ministry spends its budget on schools.'],
  },
  {
    // Links for keyboard and screen-reader users at the top of a page, glued when innerText puts them on one line.
    id: 'drop/skip-link',
    kind: 'drop',
    guard: (line) => line.length <= 120 && /^skip/i.test(line),
    pattern: /^(?:skip(?: to)? (?:the )?(?:main |primary |site )?(?:content|navigation|site index|search|footer|menu|sidebar|right rail|left rail|article)\s*)+$/i,
    matches: ['Skip to main content', 'Skip to contentSkip to site index', 'Skip to content Skip to Navigation', 'Skip navigation', 'Skip to Right rail'],
    ignores: ['Skip to the end: five reasons the season is over', 'Skip the queue at Ha Long Bay with an e-ticket'],
  },
  {
    // A page's <noscript> markup (a tracking pixel, a tag manager's frame): a browser without JavaScript, or one
    // whose scraper kept what <noscript> holds as text, shows the tag itself as a line of text.
    id: 'drop/html-markup',
    kind: 'drop',
    guard: (line) => line.startsWith('<'),
    // Markup nearly end to end: a tag with an attribute's value, or closed on another tag, to a ">" with at most two
    // words after it (a line of text the page puts next, joined to it). "<The Palace: Jang Noksu>" is a play's
    // title; a sentence opening with a quoted tag goes on past it.
    pattern: /^<[a-z][a-z0-9-]*(?:(?:\s+[a-z][\w:-]*)*\s+[a-z][\w:-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)|\s*>\s*<\/?[a-z]).*>(?:\s+[^\s>]+){0,2}\s*$/i,
    matches: [
      '<img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1" />',
      '<div><img src="https://sb.scorecardresearch.com/b?c1=2&c2=7241469" /></div> bd',
      '<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABCD" height="0" width="0" style="display:none;visibility:hidden"></iframe>',
    ],
    ignores: ['<3 this recipe, readers wrote.', '< 5% of voters turned out.', '<< Previous article', '<The Palace: Tale of Jang Noksu>', '<img src=x onerror=alert(1)> followed it on the next line, according to the report.'],
  },
  {
    // An author's address under the article: "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."
    id: 'drop/write-to-author',
    kind: 'drop',
    pattern: /^(?:e-?mail|write to|contact|reach)\s+\p{Lu}[\p{L}\p{M} .'’-]{1,40}\s+at\s+[^\s@]+@[^\s@]+\.[a-z]{2,}\b.{0,120}$/iu,
    matches: ['Write to Al Root at allen.root@dowjones.com', 'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.'],
    ignores: ['Contact tracing at schools has slowed, officials said.'],
  },
  {
    // "Like this story? Share it with a friend!", "Also on rt.com <another article's headline>", a share menu's
    // label repeating the headline ("Share All sharing options for: <headline>").
    id: 'drop/share-prompt',
    kind: 'drop',
    pattern: /^like this (?:story|article|post)\?|^also on [\p{L}\d-]+\.[\p{L}]{2,}\b|^share (?:all )?sharing options for:/iu,
    matches: ['Like this story? Share it with a friend!', 'Also on rt.com Journalists threatened with sedition arrests', 'Share All sharing options for: Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct'],
    ignores: ['Like this story, the next one begins in Hanoi.', 'Also on Monday, the minister met his counterpart.'],
  },
  {
    id: 'drop/rule',
    kind: 'drop',
    guard: (line) => line.length <= 40,
    pattern: /^[\s_*=~#-]{3,}$/,
    matches: ['___', '* * *', '-----'],
    ignores: ['--With assistance from Anisah Shukry.'],
  },
  {
    id: 'drop/read-more-link',
    kind: 'drop',
    pattern: /^(?:read (?:more|also|next)|see also|related|also read|more on this|click here|watch|listen)\b\s*[:>»|-]/i,
    matches: ['Read more: Grid operators warn of summer shortages', 'See also » Wind power pipeline tops 20GW'],
    ignores: ['Read more widely, the report suggests otherwise.'],
  },
  {
    // An advertisement's label: the ad's own lines, if innerText gave any, are a link or an image's, and the
    // article goes on under it, so it starts no box.
    id: 'drop/ad-label',
    kind: 'drop',
    guard: short(2),
    pattern: /^(?:advertisements?|advertising|advert|sponsored|anzeige|publicidad|publicité|pubblicità|reklama|quảng cáo)$/iu,
    matches: ['Advertisement', 'ADVERTISEMENT', 'Anzeige', 'Quảng cáo'],
    ignores: ['Advertising revenue fell.', 'Sponsored by the ministry'],
  },
  {
    // The marker a page leaves where an advertisement, a gallery or a video interrupts its article: the article
    // goes on right after it, so it is dropped where it stands rather than taken for a box's heading.
    id: 'drop/continue-reading',
    kind: 'drop',
    guard: short(8),
    pattern:
      /^(?:(?:advertisement\s*[-–—:|]\s*)?(?:(?:the )?(?:story|article|text|content|post) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad|gallery|video|photos?))?|continue reading(?: (?:the main story|the story|the article|below))?|scroll (?:down )?to continue(?: reading)?))\.?$/i,
    matches: ['Continue reading the main story', 'STORY CONTINUES BELOW ADVERTISEMENT', 'Story continues below gallery', 'Advertisement - Continue Reading Below', 'Article continues after this advertisement', 'Advertisement - scroll to continue'],
    ignores: ['Continue reading the report to see why prices rose.', 'The story continues below the fold, editors said.'],
  },
  { id: 'drop/read-more', kind: 'drop', pattern: /^(?:read more|read also|see also)$/i, matches: ['Read more', 'See also'], ignores: ['Read more books'] },
  { id: 'drop/teaser-arrows', kind: 'drop', pattern: /^>>\s*\S/, matches: ['>> Hanoi to ban motorbikes from 2030'], ignores: ['> quoted text'] },
  {
    id: 'drop/ticker',
    kind: 'drop',
    pattern: /^(?:latest news|breaking(?: news)?|just in|hot news|trending(?: now)?)\s*[:|–—-]\s*\S.*$/i,
    matches: ['Breaking news: Metro line 3 extends its hours', 'Latest news | Storm Wipha nears the coast'],
    ignores: ['Breaking up the monopoly will take years.'],
  },
  {
    id: 'drop/contact-line',
    kind: 'drop',
    pattern: /^(?:hotline|tel|phone|fax|e-?mail|contact)\s*:\s*.{1,60}$/i,
    matches: ['Hotline: 0915 55 88 55', 'Email: media@arksolar.ph'],
    ignores: ['Contacts between the two ministries have grown.'],
  },
  {
    id: 'drop/email-header',
    kind: 'drop',
    pattern: /^(?:from|to|cc|sent|date)\s*:\s*.{1,80}(?:@|\d{4}).{0,40}$/i,
    matches: ['From: Vietnam Briefing <newsletter@example.com>', 'Date: Tue, 11 Mar 2025 08:00:00 +0700'],
    ignores: ['From the start, the talks were difficult.'],
  },
  { id: 'drop/bracketed-links', kind: 'drop', pattern: /^(?:\[[\p{L} ]{2,20}\]\s*){2,}$/u, matches: ['[Top] [Print] [Close]'], ignores: ['[Updated] Officials said the road reopened.'] },
  {
    id: 'drop/view-in-browser',
    kind: 'drop',
    pattern: /^view (?:this (?:e-?mail|newsletter)|it) (?:in|on) (?:your|a|the) (?:web )?browser\b.{0,40}$/i,
    matches: ['View this email in your browser'],
    ignores: ['View from the bridge: traffic eases.'],
  },
  {
    // A site's cookie notice and consent dialog, in any of the languages real pages use: it reads like prose, and
    // a long one outweighed the article it sat under. Cookies alone are no notice ("the first batch of cookies in
    // space"); cookies beside the site, its services, or consent's words are.
    id: 'drop/cookie-notice',
    kind: 'drop',
    guard: (line) => COOKIE.test(line),
    pattern: new RegExp(`${COOKIE_NOTICE_WORDS}[\\s\\S]*(?:${COOKIE.source})|(?:${COOKIE.source})[\\s\\S]*${COOKIE_NOTICE_WORDS}`, 'iu'),
    matches: [
      'This website uses cookies to improve your experience while you navigate through the website.',
      'Diese Website verwendet Cookies, um ein optimales Online-Erlebnis zu garantieren.',
      'Wir respektieren es voll und ganz, wenn Sie Cookies ablehnen möchten.',
      'Hier klicken, um notwendige Cookies zu aktivieren/deaktivieren.',
      'Ważne: nasze strony wykorzystują pliki cookies.',
      'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device.',
      'Soucieux de la protection de vos données personnelles, nous vous informons que sur le site ARTE RADIO, ARTE France et des tiers utilisent des cookies.',
    ],
    ignores: ['The story behind the first batch of cookies in space and the first zero-gravity oven', 'Google said it would phase out third-party cookies in Chrome next year.'],
  },
  {
    // A form's own words, which innerText keeps with the page: what a field needs, and the consent a sign-up asks for.
    id: 'drop/form-message',
    kind: 'drop',
    guard: short(45),
    pattern:
      /^(?:hinweis:\s*)?(?:(?:das |the |your )?(?:bestehende |neue |new )?(?:passwort|password) (?:muss|must)(?: be)? (?:mindestens|at least|einen|contain)\b|(?:bitte (?:trage|gib|geben sie) (?:deine |ihre |eine )?(?:gültige )?e-?mail-adresse ein|please enter (?:a |your )?(?:valid )?e-?mail(?: address)?)\b|(?:diese|this) e-?mail(?:-| )?(?:adresse|address)? (?:ist bereits|scheint|existiert|is already|is not valid|does not exist)\b|ich willige (?:darin )?ein\b|ich bin mit der (?:verarbeitung|speicherung) meiner daten\b|i (?:agree|consent) to (?:receive|the processing|the storage|the terms|the privacy)\b|by (?:signing up|subscribing|submitting this form),? you agree\b)/iu,
    matches: [
      'Hinweis: Das bestehende Passwort muss mindestens 8 Zeichen lang sein, einen Großbuchstaben enthalten.',
      'Bitte trage eine E-Mail-Adresse ein.',
      'Diese E-Mail-Adresse scheint nicht korrekt zu sein – sie muss ein @ beinhalten.',
      'Ich willige darin ein, dass der Deutsche Feuerwehrverband e.V. mir regelmäßig aktuelle Informationen sendet.',
      'Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden.',
      'Please enter a valid email address.',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
    ],
    ignores: ['The password must be changed every 90 days under the new rules, the ministry said.', 'I agree to disagree, the minister said.'],
  },
  {
    // What a page's scripts show while they load or when they fail, left in the text a scraper saved.
    id: 'drop/interface-notice',
    kind: 'drop',
    guard: short(30),
    pattern:
      /^(?:loading(?: [\p{L}]+)?(?: ?(?:\.{3}|…))?|please wait ?(?:\.{3}|…)?|loading seems to be taking a while\.?|(?:oops[!.,]? ?)?(?:sorry, ?)?something went wrong(?: with (?:the|your) (?:connection|request))?[.!]?(?: please (?:try again|check your entries and try again|refresh the page)(?: later)?[.!]?)?|javascript is required\b.*|please enable javascript to (?:view|load) (?:the )?comments\b.*|(?:thank you for visiting [\w.-]+\.\s*)?you are using a browser (?:version )?(?:with limited support|that is not supported)\b.*|(?:this|dieser) (?:shop|site|website|seite|webseite) (?:requires|setzt voraus|benötigt)\b.*javascript\b.*|(?:bitte )?aktivieren sie (?:bitte )?javascript\b.*)$/iu,
    matches: ['Thank you for visiting nature.com. You are using a browser version with limited support for CSS.', 'Dieser Shop setzt voraus, dass Sie JavaScript aktivieren haben.', 'Loading...', 'Loading comments...', 'Loading seems to be taking a while.', 'Something went wrong with the connection!', 'Something went wrong. Please check your entries and try again.', 'Javascript is required for proper functioning of these web pages.', 'Please enable JavaScript to view the comments powered by Disqus.'],
    ignores: ['Something went wrong with the rollout of the vaccine, officials said on Monday.', 'Loading of the cargo began at dawn.'],
  },
  {
    id: 'drop/page-notice',
    kind: 'drop',
    pattern: /^(?:this article is more than .{1,20} old|page \d+ of \d+|(?:skip past|after) newsletter promotion|privacy notice:.*)$/i,
    matches: ['This article is more than 2 years old', 'Page 1 of 2', 'after newsletter promotion'],
    ignores: ['Page one of the report lists the targets.'],
  },
  {
    id: 'drop/credit-label',
    kind: 'drop',
    pattern: /^(?:photograph|illustration)\s*:\s*.{1,60}$/i,
    matches: ['Photograph: Linh Pham/Getty Images', 'Illustration: Guardian Design'],
    ignores: ['Photography exhibitions drew 10,000 visitors.'],
  },
  {
    // An embedded post: its author and handle, its time, its counts.
    id: 'drop/embedded-post',
    kind: 'drop',
    guard: (line) => line.includes('·') || /^\d/.test(line),
    pattern: /@\w+\s+·|\s·\s\w{3} \d{1,2}(?:, \d{4})?$|^\d[\d,.]*\s+(?:likes?|reposts?|retweets?|replies|comments)\b/i,
    matches: ['Vietnam Airlines @VNAairlines · Follow', 'Hanoi Times · May 3', '1,204 likes'],
    ignores: ['The airline has 1,204 aircraft on order, it said.'],
  },
  {
    // An embedded tweet's signature, as the embed code writes it under the tweet: its author, handle and day.
    id: 'drop/embedded-tweet-signature',
    kind: 'drop',
    guard: (line) => line.includes('(@'),
    pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u,
    matches: ['— Tottenham Hotspur (@SpursOfficial) November 20, 2019', '— PFF CLE Browns (@PFF_Browns) November 15, 2019'],
    ignores: ['— The minister (@MinisterVN) said on November 20, 2019 that talks would resume.'],
  },
  {
    // ... or its text, with a hashtag and an emoji.
    id: 'drop/embedded-post-text',
    kind: 'drop',
    guard: holds('#'),
    // Both looked for from the line's start, once each: "a hashtag, then anything, then an emoji" tried again from
    // every "#" of a long line, and took seconds on 100 KB of hashtags.
    pattern: /^(?=.*(?:^|\s)#\p{L})(?=.*[\p{Extended_Pictographic}\p{Regional_Indicator}])/u,
    matches: ['Welcome aboard! #VietnamAirlines ✈️', '✈️ Welcome aboard #VietnamAirlines'],
    ignores: ['Hashtags such as #Hanoi trended on Monday.'],
  },
  {
    id: 'drop/caption-label',
    kind: 'drop',
    pattern: /^(?:photo|photos|image|picture|file photo|video|caption|credit|ảnh)\s*[:|]/i,
    matches: ['Photo: VNA', 'Ảnh: Tuổi Trẻ', 'Credit: Getty Images'],
    ignores: ['Photos of the flood were shared widely.'],
  },
  {
    id: 'drop/caption-credit-in-parentheses',
    kind: 'drop',
    guard: (line) => line.endsWith(')') || line.endsWith(').'),
    pattern: /\((?:photo|image|picture|ảnh|file photo|credit)\s*:[^)]*\)\.?$/i,
    matches: ['Energy Minister Ana Ruiz speaks to reporters in Washington. (Photo: AP)', 'China has sent troops to Hong Kong (Image: GETTY )', 'More than 4,000 people are expected to receive notice (Credit: iStock)'],
    ignores: ['The ministry (photo above) issued the rules.'],
  },
  {
    id: 'drop/caption-credit-at-end',
    kind: 'drop',
    guard: (line) => /photo|image|picture|ảnh/i.test(line.slice(-80)),
    pattern: /[.)]\s+(?:photo|image|picture|ảnh)(?:\s*:|\s+courtesy of\b|\s+by\b)[^.]{1,60}\.?$/i,
    matches: ['Students during a mock exam. Photo: Nhu Hung / Tuoi Tre', 'The team at the summit. Photo courtesy of the team'],
    ignores: ['He took a photo. Photos were banned later.'],
  },
  {
    // A caption's credit to whoever lent the picture: "… in La Paz, Bolivia. Courtesy of Piyum Moghadam".
    id: 'drop/caption-courtesy-at-end',
    kind: 'drop',
    guard: (line) => line.includes('Courtesy'),
    pattern: /[.)]\s+\(?Courtesy(?: of)? \p{Lu}[^.]{0,60}\)?\.?$/u,
    matches: ['Dylan Tinsley and Hannah Phalen at their campsite near Samaipata. Courtesy of Dylan Tinsley', 'The restored mural in 1962. (Courtesy Hanoi Museum of Fine Arts)'],
    ignores: ['The ferry was lent courtesy of the city.', 'Courtesy of the city, the ferry sails free on Sundays.'],
  },
  {
    // "... experts say. — VNA/VNS Photo Ngọc Hà": an agency's photo credit after a caption.
    id: 'drop/agency-photo-credit',
    kind: 'drop',
    guard: (line) => /Photo|Ảnh/.test(line),
    pattern: /(?:^|[.)]\s+[—–-]\s*)[A-Z]{2,5}(?:\/[A-Z]{2,5})?\s+(?:Photo|Ảnh)\b[^.]{0,60}$/,
    matches: ['Workers at the site, experts say. — VNA/VNS Photo Ngọc Hà', 'VNA Photo', 'VOV Photo Minh Anh'],
    ignores: ['The VNA reported on Monday.'],
  },
  {
    id: 'drop/wire-photo-credit-in-parentheses',
    kind: 'drop',
    // Not two months ("in 1985/86 (August/July)"): a marketing year, not an agency and its photographer.
    guard: (line) => (line.endsWith(')') || line.endsWith(').')) && !MONTHS_IN_PARENTHESES.test(line),
    pattern: /\((?:\p{Lu}[\p{L}.]*)\/\p{Lu}[\p{L}\p{M}. -]{1,40}\)\.?$/u,
    matches: ['Tourists visit the bay. (Xinhua/Cao Van Dung)', 'Flooded streets in Jakarta. (Antara/Asep Fathulrahman)'],
    ignores: ['Output rose (year/year).', 'This compared with deliveries of 24.38 mln tonnes in 1985/86 (August/July).'],
  },
  {
    // "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters", "… underground.CreditChang W. Lee/The New York
    // Times", "… election. (Thomas Coex/AFP/Getty Images)": a caption ending on its photographer and the agency.
    id: 'drop/caption-photographer-agency',
    kind: 'drop',
    guard: (line) => line.includes('/'),
    pattern: new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:\/(?:${PHOTO_SOURCES.join('|')}))+\)?\.?$`, 'u'),
    matches: ['The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters', 'A worker repairs cables in Queens.CreditChang W. Lee/The New York Times', "Netanyahu visits the Western Wall. (Thomas Coex/AFP/Getty Images)", 'Paul Morigi/Getty Images'],
    ignores: ['Support fell to 40 percent in a Reuters/Ipsos poll.', 'Samsung to Unveil New Input/Output Chip', 'Photos by Jane Doe/Reuters were shown at the exhibition.'],
  },
  {
    id: 'drop/caption-agency-tag',
    kind: 'drop',
    guard: (line) => line.endsWith(')'),
    pattern: /[.!?]\s+\([A-Z]{2,6}\)$/,
    matches: ['Workers in Thu Duc City, Jan. 8, 2024. (RFA)'],
    ignores: ['The agency (RFA) said so.'],
  },
  {
    // "… at the White House on Monday. (AP Photo/Evan Vucci)", "… in New York. (AP Photo/Mark Lennihan, File)",
    // "… in Hanoi. AP Photo/Hau Dinh", "… (Xinhua Photo)": a caption ending on an agency's photo credit, in
    // brackets or after the caption's last sentence; the agency's name is a capitalized word or an acronym.
    id: 'drop/caption-agency-photo',
    kind: 'drop',
    guard: holds('Photo'),
    pattern: /(?:\(\p{Lu}[\p{L}]{1,11} Photos?(?:\s*\/\s*[^()]{1,60})?\)|[.!?"”’]\s+\p{Lu}[\p{L}]{1,11} Photos?\s*\/\s*\p{Lu}[^/()]{1,60})\.?$/u,
    matches: [
      'President Trump speaks at the White House on Monday. (AP Photo/Evan Vucci)',
      'FILE - In this Jan. 5, 2019, file photo, people walk in New York. (AP Photo/Mark Lennihan, File)',
      'A man walks past the closed shop in Hanoi. AP Photo/Hau Dinh',
      'Visitors at the Forbidden City in Beijing (Xinhua Photo)',
    ],
    ignores: ['The agency sent its photo to AP Photo editors.', 'Winners of the World Press Photo contest.', 'Reuters Photos showed the damage.', 'An exhibition (World Press Photo) opens in Hanoi today.'],
  },
  {
    // "Kristen Wiig: 'Bridesmaids was the biggest role I've had.' Photograph: Andrew Yee for the Guardian",
    // "Competitors at the chilli contest in Edinburgh Photo: DEADLINE": a caption with its credit after it,
    // the label capitalized as a credit's is; a sentence naming a photo does not end on one.
    id: 'drop/caption-credit-label',
    kind: 'drop',
    guard: holds(':'),
    pattern: /\S\s+(?:Photograph|Photo|Picture|Image|Illustration|Credit|Foto)s?:\s*[^\s:.!?][^:.!?]{0,59}$/u,
    matches: [
      "Kristen Wiig: 'Bridesmaids was definitely the biggest role I've ever had.' Photograph: Andrew Yee for the Guardian",
      'Competitors taking part in the chilli eating competition, Edinburgh Photo: DEADLINE',
      'Flood waters in the town centre. Photo: Getty Images',
    ],
    ignores: ['He showed the photo: a man on a bridge.', 'Photograph: Linh Pham/Getty Images', 'The report is titled Image: A Study.'],
  },
  {
    // A page's own footer carries a year: "© 2025 …" is furniture/copyright.
    id: 'drop/caption-copyright',
    kind: 'drop',
    guard: holds('©'),
    pattern: /\s©\s*\p{Lu}[\p{L}.&/ -]{1,40}$/u,
    matches: ['Passengers at Tan Son Nhat airport © Reuters'],
    ignores: ['© 2025 Reuters'],
  },
  {
    id: 'drop/photo-credit-alone',
    kind: 'drop',
    pattern: /^\(?(?i:photo|image|picture)\s*:?\s*\p{Lu}[\p{L}/ .&-]{1,40}\)?$/u,
    matches: ['(Photo: Reuters)', 'Photo AFP'],
    ignores: ['Photo finish decides the race'],
  },
  {
    id: 'drop/wire-photo-credit',
    kind: 'drop',
    // A caption's credit follows its text in mixed case: a line all in capitals is a headline ("RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY").
    guard: (line) => line.includes('/') && /\p{Ll}/u.test(line),
    pattern: /\b\p{Lu}{2,}\/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}-]+)+$/u,
    matches: ['Commuters in Tokyo. REUTERS/Kim Kyung-Hoon'],
    ignores: ['Rates at the ECB/Fed meetings', 'RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY'],
  },

  // Credit lines at the article's end.
  {
    id: 'credit/dash-signoff',
    kind: 'credit',
    pattern: /^[—–-]{1,2}\s*[\p{Lu}][\p{L}\p{M}/&. -]{0,40}$/u,
    matches: ['— VNA/VNS', '-- Xinhua'],
    ignores: ['— and then prices fell.'],
  },
  {
    id: 'credit/reporting-by',
    kind: 'credit',
    pattern: /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|edited) by\b.*$/i,
    matches: ['(Reporting by Jane Doe; Editing by John Roe)', 'Translated by Anh Quan'],
    ignores: ['Reporting rules were tightened in May.'],
  },
  {
    id: 'credit/source-label',
    kind: 'credit',
    pattern: /^(?:source|sources|nguồn|via)\s*:\s*.{1,60}$/i,
    matches: ['Source: Xinhua', 'Nguồn: VNA'],
    ignores: ['Sources said the deal was close.'],
  },
  { id: 'credit/outlet-in-parentheses', kind: 'credit', pattern: /^\((?:[\p{Lu}][\p{L}/&. -]{1,30})\)$/u, matches: ['(VNA)', '(Bernama)'], ignores: ['(2) The second point.'] },
  {
    id: 'credit/contributed',
    kind: 'credit',
    // Its word asked first: the pattern tries every length of the line's opening (0.21 against 0.09 µs a line).
    guard: (line) => line.length <= 200 && /contributed/i.test(line),
    pattern: /^.{3,120}\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\.?$/i,
    matches: ['Associated Press writer Jane Doe in Hanoi contributed to this report.'],
    ignores: ['Farmers contributed to the fund.'],
  },
  { id: 'credit/enditem', kind: 'credit', pattern: /^end ?item\.?$/i, matches: ['Enditem', 'End item.'], ignores: ['Endless items'] },
  { id: 'credit/editor-slugs', kind: 'credit', pattern: /^\/?[a-z]{1,4}(?:\/[a-z]{1,4}){0,4}$/, matches: ['tmh/sn/pbt', '/cb'], ignores: ['AND/OR'] },
  {
    id: 'credit/end-marker',
    kind: 'credit',
    pattern: /^(?:[^\s@]+@[^\s@]+\.[a-z]{2,}\s*)?\(END\)$/i,
    matches: ['hkim@yna.co.kr (END)', '(END)'],
    ignores: ['(END OF SESSION)'],
  },
  { id: 'credit/double-equals', kind: 'credit', pattern: /^={1,2}\s*\p{Lu}[\p{L} ]{1,30}$/u, matches: ['==Kyodo'], ignores: ['== not a credit =='] },
  {
    id: 'credit/with-assistance',
    kind: 'credit',
    pattern: /^--\s*with (?:assistance|reporting) from\b.*$/i,
    matches: ['--With assistance from Anisah Shukry.'],
    ignores: ['With assistance from the World Bank, the project began.'],
  },
  {
    // One to four capitalised words and no full stop, last: a name, not the article's prose ("Tuoi Tre News").
    id: 'credit/name-alone',
    kind: 'credit',
    pattern: /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,3}$/u,
    matches: ['Tuoi Tre News', 'VNA'],
    ignores: ['Tourists are back.'],
  },
];

/** The rule of that kind the line matches first, if any. */
export function ruleFor(kind: LineRuleKind, line: string): LineRule | undefined {
  for (const rule of RULES_BY_KIND[kind]) if ((!rule.guard || rule.guard(line)) && rule.pattern.test(line)) return rule;
  return undefined;
}

const RULES_BY_KIND: Record<LineRuleKind, LineRule[]> = {
  furniture: LINE_RULES.filter((rule) => rule.kind === 'furniture'),
  drop: LINE_RULES.filter((rule) => rule.kind === 'drop'),
  credit: LINE_RULES.filter((rule) => rule.kind === 'credit'),
};

/** " date 2025-04-22 " and "Published: May 8, 2025" before the text. */
export const DATE_PREFIX = /^(?:date|published|posted|updated|last updated)\s*:?\s+/i;

/**
 * A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE", "By HOANG HUNG - translated by
 * Anh Quan", "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Par Jean Dupont", "Por Ana Gómez y
 * Luis Pérez", "by Jeff Foust — November 18, 2019", "By Andy Jechow • Feb 18, 2020", "By Joseph Tsidulko November 19,
 * 2019, 07:47 PM EST", "By Chaim Gartenberg@cgartenberg Nov 19, 2019" (a byline's word in any language of BYLINE_WORDS).
 */
export const BYLINE = new RegExp(
  String.raw`^(?i:${BYLINE_WORDS.join('|')}):?\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|y|et|und|en|e|dan|og|och|&|de|van|von|bin|al-?))*(?:\s?@\w+)?` +
    // What follows the name: after a separator, anything short; with none, a date (innerText glues the byline's spans).
    String.raw`(?:\s*(?:[,|/•·]|\s[-–—]{1,2}\s|\son\s)\s*.{0,80}|\s+(?=(?i:(?:updated|published)\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?i:${ENGLISH_MONTH_PATTERN})\.?\s+\d))\S.{0,80})?$`,
  'u',
);

/** A credit stuck to the end of the last paragraph: "... among others. — VNA/VNS", "... markets. Enditem". */
export const TRAILING_CREDIT =
  /(?:\s+[—–]{1,2}\s*([\p{Lu}][\p{L}\p{M}/&.]*(?:[ /&][\p{Lu}][\p{L}\p{M}/&.]*){0,3})|(?<=[.!?"”’])\s+(End ?item|ENDITEM)\.?)\s*$/u;

/** A dateline's pattern; group 1 is the dateline as written. */
export interface DatelineRule {
  id: string;
  /** A cheap check the pattern implies, tried first. */
  guard: (paragraph: string) => boolean;
  pattern: RegExp;
  /** Openings of a first paragraph it must match, with the dateline each gives; and openings it must not. */
  matches: Array<[string, string]>;
  ignores: string[];
}

/** Month names, matched in any case inside patterns that read capitals elsewhere. */
const SHORT_MONTH = ENGLISH_MONTH_PATTERN;

export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    // Ending in a dash. The place is in capitals, or followed by an outlet in parentheses, or by its
    // country and a long dash; or an outlet in parentheses stands alone.
    id: 'dateline/dash',
    guard: (paragraph) => /[—–-]/.test(paragraph.slice(0, 160)),
    pattern:
      /^((?:\([\p{Lu}][\p{L}.& ]{1,30}\)(?=\s*(?:—|–|--|-\s))|\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}, \p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?= [—–] )|\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\p{M}*(?:,\s*[\p{L}\p{M}0-9 .'’]{1,40}?){0,3}(?:\s*\([^)]{1,30}\)|\s*\/[^/]{2,30}\/)?|\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?(?:,\s*[\p{L}\p{M}0-9 .'’]{1,40}?)?\s*\([^)]{1,30}\)))\s*(?:—|–|--|-)\s+(?=\S)/u,
    matches: [
      ['HÀ NỘI — Việt Nam always values', 'HÀ NỘI'],
      ['WASHINGTON (AP) — Energy ministers agreed', 'WASHINGTON (AP)'],
      ['LONDON, Aug 30 (Reuters) - Shares fell', 'LONDON, Aug 30 (Reuters)'],
      ['Hanoi (VNA) – The Prime Minister', 'Hanoi (VNA)'],
      ['MANILA, Philippines, April 29, 2025 /PRNewswire/ -- ArkSolar Inc.', 'MANILA, Philippines, April 29, 2025 /PRNewswire/'],
      ['Lagos, Nigeria – The Dangote refinery', 'Lagos, Nigeria'],
      ['(Bloomberg) -- Petroliam Nasional Bhd.', '(Bloomberg)'],
    ],
    ignores: [
      'The minister — who spoke for an hour — said little.',
      // Agency copy's slug and headline, over a dateline of its own ("LONDON 1996-08-30").
      'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.',
      'SOCCER - McCARTHY NAMES TEAM TO PLAY LIECHTENSTEIN.',
    ],
  },
  {
    // Azerbaijani agencies: the place with a day and month and the agency's tag, or the two in brackets.
    id: 'dateline/agency-tag',
    guard: (paragraph) => paragraph.startsWith('[') || /^\S+\. \d/.test(paragraph),
    pattern: new RegExp(String.raw`^((?:\p{Lu}[\p{L}\p{M}]+\. \d{1,2} (?i:${SHORT_MONTH})\.(?: [A-Z][A-Z.]{1,15}\/)?)|\[\p{Lu}[\p{L}\p{M}]+\/[A-Z]{2,10}\])\s+(?=\S)`, 'u'),
    matches: [
      ['Baku. 14 March. REPORT.AZ/ The talks', 'Baku. 14 March. REPORT.AZ/'],
      ['[Baku/APA] The president received', '[Baku/APA]'],
    ],
    ignores: ['Baku. The capital hosted the talks.'],
  },
  {
    // A place in capitals and a colon (CNA), not the labels some pages open a paragraph with.
    id: 'dateline/colon',
    guard: (paragraph) => paragraph.slice(0, 60).includes(':'),
    pattern:
      /^((?!(?:UPDATE|UPDATED|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|BREAKING|BREAKING NEWS|WATCH|READ|READ MORE|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|PHOTO|PHOTOS|VIDEO|LIVE|CORRECTION|CLARIFICATION|WARNING|FACT CHECK|Q|A):)\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}\p{M}*):\s+(?=\p{Lu})/u,
    matches: [['SINGAPORE: Singapore Airlines will add flights', 'SINGAPORE']],
    ignores: ["EDITOR'S NOTE: This story was updated.", 'UPDATE: Flights resumed.'],
  },
  {
    // Place, optional region, month and day, a full stop (Trend); with the agency's tag (TASS).
    id: 'dateline/dated',
    guard: (paragraph) => /\d/.test(paragraph.slice(0, 80)),
    pattern: new RegExp(
      String.raw`^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?,\s*(?i:${SHORT_MONTH})\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\.\s*\/[A-Z]{2,10}\/)?)\.?\s+(?=\S)`,
      'u',
    ),
    matches: [
      ['BAKU, Azerbaijan, May 8. Azerbaijan’s Prime Minister', 'BAKU, Azerbaijan, May 8'],
      ['MOSCOW, June 5. /TASS/. Russian tourists', 'MOSCOW, June 5. /TASS/'],
    ],
    ignores: ['BAKU is the capital of Azerbaijan.'],
  },
];

/**
 * The dateline a first paragraph opens with, and the rule that found it. None when what follows it
 * is in capitals: a dateline opens the lede's prose, while agency copy heads a story with its desk's
 * slug and a headline in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", "SOCCER - McCARTHY
 * NAMES TEAM"), whose slug is no place.
 */
export function datelineAtStart(paragraph: string): { rule: DatelineRule; match: RegExpExecArray } | undefined {
  for (const rule of DATELINE_RULES) {
    const match = rule.guard(paragraph) ? rule.pattern.exec(paragraph) : null;
    if (match) return isHeadlineInCapitals(paragraph.slice(match[0].length)) ? undefined : { rule, match };
  }
  return undefined;
}

/** Two words or more, and hardly a letter in lower case ("McCARTHY NAMES TEAM" has one in ten). */
function isHeadlineInCapitals(text: string): boolean {
  // Counted without listing them: the text is the rest of a first paragraph, read for every seed.
  const { upper, lower } = countLetterCases(text);
  return upper > 0 && lower * 10 <= upper && twoWordsInARow(text);
}

/**
 * Two words with letters, side by side. Read word by word: an expression ("a letter, its word, a space, a word,
 * a letter") went along a long word from each of its letters, and took seconds on 25 KB without a space.
 */
function twoWordsInARow(text: string): boolean {
  let previousHasLetter = false;
  for (const word of text.split(/\s+/)) {
    const hasLetter = HAS_LETTER.test(word);
    if (hasLetter && previousHasLetter) return true;
    previousHasLetter = hasLetter;
  }
  return false;
}

const HAS_LETTER = /\p{L}/u;

/**
 * What a scraper saves of a page as text, by the tool it saves it with: a browser's innerText (page-text.ts
 * renders it, the eval's default), or a converter library called as its documentation shows: html-to-text
 * (plain text, each link's address in brackets after its words, headings in capitals, wrapped at 80 columns)
 * or turndown (Markdown, the page's title over it; scripts and styles removed); or a text browser's dump, lynx's or
 * w3m's. The text path must read them all; the models were trained on the browser's text alone.
 */
import { spawnSync } from 'node:child_process';
import { convert } from 'html-to-text';
import TurndownService from 'turndown';
import { VFile } from 'vfile';
import { decodeSeed } from '../ingest/decode.ts';
import { withoutEscapes } from '../ingest/text/converter-markup.ts';
import { withLinksJoined } from '../ingest/text/markdown-links.ts';

export const TEXT_TOOLS = ['browser', 'html-to-text', 'turndown', 'html2text', 'lynx', 'w3m'] as const;
export type TextTool = (typeof TEXT_TOOLS)[number];
export type ConverterTool = Exclude<TextTool, 'browser'>;

/** The page's text as the converter makes it from the page's bytes, decoded as the ingest decodes a saved page. */
export function convertedText(bytes: Uint8Array, tool: ConverterTool): string {
  const html = decodeSeed(bytes, new VFile({ path: 'page.html' }));
  if (tool === 'html-to-text') return convert(html);
  if (tool === 'turndown') return markdownOf(html);
  return dumpOf(html, tool);
}

/**
 * A text browser's dump, as `lynx -dump URL > page.txt` saves a page: lynx numbers each link ("[3]council") and
 * lists their addresses under "References" at the end; w3m writes the text alone. Both wrap at 80 columns (set, not
 * left to the terminal's width). The
 * commands are Debian's (`apt-get install lynx w3m`), not npm packages: the eval says so when one is missing.
 */
function dumpOf(html: string, tool: 'html2text' | 'lynx' | 'w3m'): string {
  const [command, args, debianPackage] = DUMP_COMMANDS[tool];
  const run = spawnSync(command, args, { input: html, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  if (run.error) throw new Error(`--text-from ${tool}: ${(run.error as NodeJS.ErrnoException).code === 'ENOENT' ? `no ${command} command (apt-get install ${debianPackage})` : run.error.message}`);
  return run.stdout;
}

/** Each command as a scraper runs it, and the Debian package that has it. */
const DUMP_COMMANDS: Record<'html2text' | 'lynx' | 'w3m', [string, string[], string]> = {
  html2text: ['html2markdown', ['-', 'utf-8'], 'python3-html2text'],
  lynx: ['lynx', ['-dump', '-stdin', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', '-force_html'], 'lynx'],
  w3m: ['w3m', ['-dump', '-cols', '80', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8'], 'w3m'],
};

let turndown: TurndownService | undefined;

function markdownOf(html: string): string {
  if (!turndown) {
    turndown = new TurndownService();
    turndown.remove(['script', 'style']);
  }
  return turndown.turndown(html);
}

/**
 * The saved text without the addresses a converter writes where the page shows none: html-to-text's after a link's
 * words and for an image ("[https://…/uploads/2020/12/01/photo.jpg]", "//host/…/screen_shot_2020-08-16.png"),
 * Markdown's "(…)" after "[words]". A date inside one is no date the page states: the eval's "states a date" reads this.
 */
export function shownText(text: string, tool: TextTool): string {
  // An address html2text wrapped over lines is one again first, so that none of it is left; and a date Markdown
  // escaped ("2020\\. 06. 04.", turndown's guard against a numbered list) is the date the page shows.
  return tool === 'browser' ? text : withoutEscapes(withLinksJoined(text.split('\n')).join('\n').replace(ADDED_ADDRESS, ' '));
}

const ADDED_ADDRESS = /\[(?:[a-z][a-z\d+.-]*:|\/|#)[^\]\s]*\]|\]\([^)\s]*\)|(?<!\S)(?:https?:)?\/\/\S+/gi;

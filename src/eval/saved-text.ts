/**
 * What a scraper saves of a page as text, by the tool it saves it with: a browser's innerText (page-text.ts
 * renders it, the eval's default), or a converter library called as its documentation shows: html-to-text
 * (plain text, each link's address in brackets after its words, headings in capitals, wrapped at 80 columns)
 * or turndown (Markdown, the page's title over it; scripts and styles removed). The text path must read all
 * three; the models were trained on the first alone.
 */
import { convert } from 'html-to-text';
import TurndownService from 'turndown';
import { VFile } from 'vfile';
import { decodeSeed } from '../ingest/decode.ts';

export const TEXT_TOOLS = ['browser', 'html-to-text', 'turndown'] as const;
export type TextTool = (typeof TEXT_TOOLS)[number];
export type ConverterTool = Exclude<TextTool, 'browser'>;

/** The page's text as the converter makes it from the page's bytes, decoded as the ingest decodes a saved page. */
export function convertedText(bytes: Uint8Array, tool: ConverterTool): string {
  const html = decodeSeed(bytes, new VFile({ path: 'page.html' }));
  return tool === 'html-to-text' ? convert(html) : markdownOf(html);
}

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
  return tool === 'browser' ? text : text.replace(ADDED_ADDRESS, ' ');
}

const ADDED_ADDRESS = /\[(?:[a-z][a-z\d+.-]*:|\/|#)[^\]\s]*\]|\]\([^)\s]*\)|(?<!\S)(?:https?:)?\/\/\S+/gi;

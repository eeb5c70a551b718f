/**
 * Markdown as a converter wrapped it (Python's html2text, at 78 columns): links, images and their addresses running
 * over lines, and tables. What converter-markup.ts needs to read such text a line at a time, as it reads the rest.
 */

/** Markdown's mark: links written "[words](address)", three lines or more holding one's middle. */
export function writesMarkdownLinks(lines: string[]): boolean {
  let found = 0;
  for (const line of lines) if (line.includes('](') && ++found >= 3) return true;
  return false;
}

/**
 * Markdown links and images wrapped over lines, made readable a line at a time, as the other lines are. Python's
 * html2text wraps its Markdown at 78 columns: a link's words, an image's alt text, and the address too, which it
 * breaks at a hyphen ("…/uk-" / "tories-under-fire…").
 * - An address goes on in the next line with no space, and an image (its alt text, which a browser does not show)
 *   in the next with one: they are put on one line, and go whole with the rest of the markup.
 * - A link's words stay on their lines, so that the text keeps the width it was wrapped at: the bracket that opens
 *   them goes, and the close below ("Press](…) November 19") goes with the markup of its line.
 * A link is not followed past a blank line (turndown's teaser, "[" and "](…)" around paragraphs, stays as it is) nor
 * past MAX_LINK_LINES from where it opened (a row of share links, each opening on the line the last closes, runs on).
 */
export function withLinksJoined(lines: string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index];
    let end = index;
    let linesOfThisLink = 0;
    for (let open = openLink(line); open; ) {
      const continued = end + 1 < lines.length && lines[end + 1].trim() !== '' && linesOfThisLink < MAX_LINK_LINES;
      if (open.part === 'words' && !open.image) {
        // The words go on below: the opening bracket goes if the link closes there, and the line stands.
        if (continued && closesBelow(lines, end + 1)) line = line.slice(0, open.from) + line.slice(open.from + 1);
        break;
      }
      if (!continued) break;
      const next = lines[++end].trim();
      line = open.part === 'address' ? line + next : `${line} ${next}`;
      const opened = open.from;
      open = openLink(line);
      linesOfThisLink = open?.from === opened ? linesOfThisLink + 1 : 0;
    }
    result.push(line);
    index = end;
  }
  return result;
}

/**
 * Markdown wrapped at a width, as Python's html2text writes it (78 columns): links' addresses broken at a line's end
 * and going on in the next line, twice or more. Nothing else breaks an address; turndown writes a paragraph a line.
 */
export function wrapsLinkAddresses(lines: string[]): boolean {
  if (!writesMarkdownLinks(lines)) return false;
  let broken = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index];
    if (line.includes('](') && lines[index + 1] !== '' && openLink(line)?.part === 'address' && ++broken >= 2) return true;
  }
  return false;
}

/** Whether a link's close, "](", comes within MAX_LINK_LINES from `start`, with no blank line before it. */
function closesBelow(lines: string[], start: number): boolean {
  for (let index = start; index < Math.min(lines.length, start + MAX_LINK_LINES); index++) {
    if (lines[index].trim() === '') return false;
    if (lines[index].includes('](')) return true;
  }
  return false;
}

/** Lines a wrapped link or image may take: an image's alt text, a caption of several sentences, takes seven. */
const MAX_LINK_LINES = 12;

/**
 * Where the text ends inside a Markdown link's words ("[…") or its address ("](…"), where that link opened, and
 * whether an image's alt text is open ("[![A photo of …"); undefined where every link is closed. Escapes ("\\(", "\\[") are text.
 */
function openLink(text: string): { part: 'words' | 'address'; from: number; image: boolean } | undefined {
  if (!text.includes('[') && !text.includes('](')) return undefined;
  const opened: number[] = [];
  let address = -1;
  let parentheses = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') {
      at++;
    } else if (parentheses > 0) {
      if (char === '(') parentheses++;
      else if (char === ')' && --parentheses === 0) address = -1;
    } else if (char === '[') {
      opened.push(at);
    } else if (char === ']' && text[at + 1] === '(') {
      address = opened.pop() ?? at;
      parentheses = 1;
      at++;
    } else if (char === ']') {
      opened.pop();
    }
  }
  if (parentheses > 0) return { part: 'address', from: address, image: false };
  return opened.length > 0 ? { part: 'words', from: opened[0], image: opened.some((at) => text[at - 1] === '!') } : undefined;
}

/** The line under a Markdown table's header: "---|---|---", "| :--- | ---: |". */
export const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

/** A table row's cells apart, as a browser's text shows them: "Pos | Player | Plays" is "Pos Player Plays". */
export function tableCells(row: string): string {
  return row.replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' ');
}

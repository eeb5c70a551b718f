/**
 * Pagefind hands back excerpts as HTML: the page text with "<" and ">"
 * escaped (but not "&") and matched words wrapped in <mark>. Rather than ever
 * parsing that as HTML, it is cut into plain-text parts and highlighted parts,
 * and each word is read back from the page's own text so nothing is decoded
 * twice (an article that really says "&lt;" keeps saying it).
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Pagefind's word separator and its escaping of each word (pagefind.js, build_excerpt). */
const WORD_SEPARATOR = /[^\S\uFEFF]+/;
const escapeWord = (word: string) => (/[<>]/.test(word) ? word.replace(/</g, '&lt;').replace(/>/g, '&gt;') : word);
const unescapeWord = (word: string) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** `content` is the fragment's plain text (result.data().content); it lets each excerpt word be read back exactly. */
export function excerptParts(excerpt: string, content = ''): ExcerptPart[] {
  const tokens = excerpt.split(' ').filter(Boolean).map((token) => {
    const marked = token.startsWith('<mark>') && token.endsWith('</mark>');
    return { escaped: marked ? token.slice('<mark>'.length, -'</mark>'.length) : token, marked };
  });
  const words = readBack(tokens.map((token) => token.escaped), content);

  // Spaces between words always go to the plain parts, never inside a highlight.
  const parts: ExcerptPart[] = [];
  tokens.forEach((token, index) => {
    const word = words[index];
    const last = parts.at(-1);
    if (!last) parts.push({ text: word, marked: token.marked });
    else if (!token.marked) {
      if (last.marked) parts.push({ text: ` ${word}`, marked: false });
      else last.text += ` ${word}`;
    } else {
      if (last.marked) parts.push({ text: ' ', marked: false });
      else last.text += ' ';
      parts.push({ text: word, marked: true });
    }
  });
  return parts;
}

/** The words of the page text the escaped excerpt words stand for, or the excerpt's own words unescaped. */
function readBack(escaped: string[], content: string): string[] {
  const words = content.split(WORD_SEPARATOR);
  if (escaped.length) {
    for (let start = 0; start + escaped.length <= words.length; start++) {
      if (escaped.every((word, offset) => escapeWord(words[start + offset]) === word)) {
        return words.slice(start, start + escaped.length);
      }
    }
  }
  return escaped.map(unescapeWord);
}

/**
 * Icon fonts draw an icon from a word: Google's Material Icons show an arrow
 * for the text "chevron_left". A scraper's innerText keeps the word, glued to
 * whatever stood beside the icon: "Introducing Junior Gaspard, New CEO at
 * Experience chevron_left Browse All Posts" is a headline, an icon and the
 * link after it. An icon's name marks where one element ended and another
 * began, so the line is split there and the name dropped.
 */

/**
 * The icon names pages put beside links and menus (Material Icons' own spelling: lower case, words
 * joined by underscores). Only names of two words or more: "menu", "close" or "search" are words too.
 */
export const ICON_NAMES = [
  'chevron_left', 'chevron_right', 'arrow_back', 'arrow_forward', 'arrow_back_ios', 'arrow_forward_ios', 'arrow_drop_down',
  'arrow_drop_up', 'arrow_upward', 'arrow_downward', 'arrow_right_alt', 'expand_more', 'expand_less', 'keyboard_arrow_down',
  'keyboard_arrow_up', 'keyboard_arrow_left', 'keyboard_arrow_right', 'navigate_next', 'navigate_before', 'more_vert',
  'more_horiz', 'play_arrow', 'play_circle_outline', 'open_in_new', 'account_circle', 'thumb_up', 'thumb_down',
  'access_time', 'date_range', 'mail_outline', 'local_offer', 'first_page', 'last_page',
] as const;

/** An icon's name standing as a word of its own, with the spaces around it. */
const ICON_NAME = new RegExp(`\\s*(?<![\\p{L}\\p{N}_])(?:${ICON_NAMES.join('|')})(?![\\p{L}\\p{N}_])\\s*`, 'u');

/**
 * The line's parts between icon names, each trimmed, empty ones left out; the line itself when it names no
 * icon, and an empty line for a line of icons alone (it still parts what is above it from what is below).
 */
export function splitAtIconNames(line: string): string[] {
  // Every name holds an underscore: most lines are passed over without the expression.
  if (!line.includes('_')) return [line];
  // Where no name stands, split leaves the line whole, as its one part.
  const parts = line.split(ICON_NAME).filter((part) => part.length > 0);
  return parts.length > 0 ? parts : [''];
}

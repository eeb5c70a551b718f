/**
 * URL-safe, ASCII slugs for titles and names: "Tô Lâm" → "to-lam",
 * "Hà Nội" → "ha-noi". Vietnamese đ has no decomposition, so it is mapped by hand.
 */
export function slugify(text: string, maxWords = 12): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Removes diacritics: "Việt Nam" → "Viet Nam", "Đà Nẵng" → "Da Nang". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

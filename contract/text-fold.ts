// Text as a search compares it: no case, no diacritics, đ as d. "tro giup"
// finds "Trợ giúp", "DIEU 7" finds "Điều 7". Pure: the renderer uses it too.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query occurs in the text (both folded). */
export function matchesQuery(haystack: string, query: string): boolean {
  const folded = foldForSearch(haystack);
  return foldForSearch(query).split(' ').filter(Boolean).every((word) => folded.includes(word));
}

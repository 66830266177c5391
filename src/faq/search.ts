/**
 * FAQ search matching, pure: case- and accent-insensitive ("Rötung" finds "rotung", "SKIN" finds "skin"),
 * every word of the query must appear somewhere in the question or answer, in any order.
 */

/**
 * Drops accents from Latin, Greek and Cyrillic letters ("é" → "e"). Marks of other scripts are part of the letter
 * (Japanese "ど" is not "と") and stay.
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/([\p{sc=Latn}\p{sc=Grek}\p{sc=Cyrl}])\p{M}+/gu, '$1')
    .normalize('NFC');
}

/**
 * Folds text for comparison: accents dropped, lower case, "ß" as "ss" (German writes "Strasse" where no ß key is,
 * and in Switzerland always), whitespace collapsed.
 */
export function foldForSearch(text: string): string {
  return stripAccents(text).toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

/** True when every word of an already folded query occurs in already folded text (an FAQ folds each item once). */
export function containsWords(folded: string, foldedQuery: string): boolean {
  return foldedQuery.split(' ').every((word) => folded.includes(word));
}

/** True when every word of `query` occurs in `text`; an empty query matches everything. */
export function matchesQuery(text: string, query: string): boolean {
  return containsWords(foldForSearch(text), foldForSearch(query));
}

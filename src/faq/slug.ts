/**
 * Stable, readable ids for FAQ items, so a question can be linked to (`/microneedling#is-it-safe`). Pure: no DOM.
 * Letters of every script are kept (a Japanese question gets a Japanese slug); accents are dropped.
 */

import { stripAccents } from './search.js';

const MAX_LENGTH = 60;

/** "Is microneedling safe for all skin types?" → "is-microneedling-safe-for-all-skin-types". */
export function slugify(text: string): string {
  const words = stripAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next.slice(0, MAX_LENGTH);
  }
  return slug;
}

/** `base`, else `base-2`, `base-3`, … : the first that `isTaken` rejects. */
export function uniqueId(base: string, isTaken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}

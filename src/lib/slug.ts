/** Readable ASCII slugs of Polish text, for addresses and heading anchors that trainers can type. */
import { foldPolish } from './fold-polish.ts';

/**
 * "Źródła finansowania" → "zrodla-finansowania". Letters with diacritics lose them (see
 * `foldPolish`); anything else becomes a hyphen.
 */
export function slugify(text: string): string {
  return foldPolish(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a slug looks like: lower-case a–z and digits in words joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for text `slugify` could have produced, such as an id an editor pinned by hand. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/**
 * Hands out unique slugs within one page: the second "Cele" becomes "cele-2".
 * Ids taken in advance (the layout's own sections) are never handed out again.
 */
export class SlugRegistry {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.#taken.add(id);
  }

  /** Claims an id as written (an editor's pinned id); returns false if it is empty or already taken. */
  claim(id: string): boolean {
    if (id === '' || this.#taken.has(id)) return false;
    this.#taken.add(id);
    return true;
  }

  /** A unique slug for the text; "sekcja" when the text has no letters or digits. */
  slug(text: string): string {
    const base = slugify(text) || 'sekcja';
    let candidate = base;
    for (let counter = 2; this.#taken.has(candidate); counter++) candidate = `${base}-${counter}`;
    this.#taken.add(candidate);
    return candidate;
  }
}

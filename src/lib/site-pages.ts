/**
 * Addresses of the site's own pages, which belong to no content type. The content types'
 * addresses come from the table (src/collections/routes.ts).
 */

export const staticPages = {
  home: '/',
  search: '/szukaj/',
  changes: '/zmiany/',
  changesFeed: '/zmiany/feed.xml',
  accessibility: '/deklaracja-dostepnosci/',
  /** A trainer's course path; the selection lives in the address (`?t=…&e=…`). */
  coursePath: '/sciezka/',
  /** Where a trainer puts a course path together. */
  coursePathBuilder: '/sciezka/uloz/',
} as const;

/** True when `current` is `href` or a page inside that section, for `aria-current`. */
export function isInSection(current: string, href: string): boolean {
  if (href === '/') return current === '/';
  return current === href || current.startsWith(href);
}

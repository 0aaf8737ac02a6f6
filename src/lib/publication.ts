/**
 * Which documents a build publishes. A document (or a version of a guidance document) with
 * status `projekt` is a working draft: the public build leaves it out entirely — no page, no
 * search entry, no link, no data — while a preview build for editors and consultation partners,
 * made with `KB_DRAFTS=1` behind access control, includes it under a visible banner.
 */

export const DRAFT_STATUS = 'projekt';

/** The environment variable that turns a build into a preview build with drafts. */
export const DRAFTS_VARIABLE = 'KB_DRAFTS';

/** True for a preview build (`KB_DRAFTS=1`). Any other value, or none, builds the public site. */
export function draftsIncluded(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[DRAFTS_VARIABLE] === '1';
}

/** True when the entry data carries the draft status. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { status?: unknown }).status === DRAFT_STATUS;
}

/** True when a build with or without drafts publishes an entry with this data. */
export function isPublished(data: unknown, includeDrafts: boolean): boolean {
  return includeDrafts || !isDraft(data);
}

/**
 * Which addresses are former addresses (an id in some entry's `aliases`), read from `content/` when
 * the config loads, so the sitemap can leave the redirect pages out: search engines should list
 * the new address only.
 */
import { formerAddressMatcher } from '../lib/aliases.ts';
import { aliasClaims, validateContent } from './content-validator.ts';

/** A sitemap filter: true for a page the sitemap should list, false for a page at a former address. */
export function notFormerAddress(root: string): (pageUrl: string) => boolean {
  const isFormer = formerAddressMatcher(aliasClaims(validateContent(root, { includeDrafts: true }).entries));
  return (pageUrl) => !isFormer(new URL(pageUrl).pathname);
}

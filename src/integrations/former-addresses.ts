/**
 * Which addresses are former addresses (an id in some entry's `aliases`), so the sitemap can leave
 * the redirect pages out: search engines should list the new address only. The content layer's
 * reading of `content/` hands the former addresses over (src/pipeline/handoff.ts).
 */
import { contentHandoff } from '../pipeline/handoff.ts';
import { formerAddressMatcher } from '../lib/redirects.ts';

/** A sitemap filter: true for a page the sitemap should list, false for a page at a former address. */
export function notFormerAddress(pageUrl: string): boolean {
  const handoff = contentHandoff();
  // Listing every page unfiltered would quietly put the redirect pages into the sitemap.
  if (!handoff) throw new Error('The sitemap filter ran before the content layer handed over the former addresses (src/pipeline/handoff.ts)');
  return !formerAddressMatcher(handoff.formerBases)(new URL(pageUrl).pathname);
}

/**
 * Which addresses are former addresses (an id in some entry's `aliases`), so the sitemap can leave
 * the redirect pages out: search engines should list the new address only. The content validator
 * reads every entry before the build starts and hands them over here, so `content/` is read once.
 */
import { formerAddressMatcher } from '../lib/aliases.ts';
import { aliasClaims, type ValidatedEntry } from './content-validator.ts';

export interface FormerAddressFilter {
  /** Takes the former ids from the entries the content validator has read. */
  learn: (entries: readonly ValidatedEntry[]) => void;
  /** A sitemap filter: true for a page the sitemap should list, false for a page at a former address. */
  notFormerAddress: (pageUrl: string) => boolean;
}

export function formerAddressFilter(): FormerAddressFilter {
  let isFormer: ((pathname: string) => boolean) | undefined;
  return {
    learn: (entries) => {
      isFormer = formerAddressMatcher(aliasClaims(entries));
    },
    notFormerAddress: (pageUrl) => {
      // Listing every page unfiltered would quietly put the redirect pages into the sitemap.
      if (!isFormer) throw new Error('The sitemap filter ran before contentValidation({ onEntries }) handed over the entries');
      return !isFormer(new URL(pageUrl).pathname);
    },
  };
}

/** Runs every rule over a built site: the testable core of `node scripts/check-dist.ts`. */
import path from 'node:path';
import { anchorsRule, internalLinksRule } from './link-rules.ts';
import { htmlLangRule, metaDescriptionRule, singleH1Rule, textSpacingRule, titleRule, uniqueIdsRule } from './page-rules.ts';
import { collectPageFiles, createPageCache } from './pages.ts';
import type { Rule, RuleResult, Site, SitePage } from './types.ts';

export const RULES: readonly Rule[] = [
  htmlLangRule,
  singleH1Rule,
  titleRule,
  metaDescriptionRule,
  internalLinksRule,
  anchorsRule,
  uniqueIdsRule,
  textSpacingRule,
];

/** The address `npm start` serves on; astro.config.mjs uses it when KB_SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export interface CheckOptions {
  /** Used when the home page has no canonical link to take the site's address from. */
  siteUrl?: string;
}

/**
 * The origin whose absolute links count as internal. The canonical link of the home page is what
 * the build was actually made for, so it wins over the configured fallback.
 */
export function siteOriginOf(pages: readonly SitePage[], fallbackSiteUrl: string): string {
  const home = pages.find((page) => page.urlPath === '/');
  const canonical = home?.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && URL.canParse(canonical)) return new URL(canonical).origin;
  return new URL(fallbackSiteUrl).origin;
}

export function loadSite(root: string, options: CheckOptions = {}): Site {
  const absoluteRoot = path.resolve(root);
  const pageAt = createPageCache(absoluteRoot);
  const pages = collectPageFiles(absoluteRoot).flatMap((file) => pageAt(file) ?? []);
  const origin = siteOriginOf(pages, options.siteUrl ?? DEFAULT_SITE_URL);
  return { root: absoluteRoot, origin, pages, pageAt };
}

export function checkSite(root: string, options: CheckOptions = {}): RuleResult[] {
  const site = loadSite(root, options);
  return RULES.map((rule) => ({ rule: rule.name, checkedPages: site.pages.length, problems: rule.check(site) }));
}

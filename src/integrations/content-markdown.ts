/**
 * How the text of entries is turned into HTML, shared by astro.config.mjs and the plugin tests so
 * the tests run the same plugins in the same order as the build.
 */
import { headingCopyLinks } from './heading-links.ts';
import { asciiHeadingIds } from './heading-ids.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';
import { guideParagraphNumbers } from './paragraph-numbers.ts';

/** Ids first, then the numbering that reads them, then the copy-link controls around the result. */
export function contentHastPlugins() {
  return [asciiHeadingIds(), guideParagraphNumbers(), paragraphAnchors(), headingCopyLinks()];
}

export { CONTENT_FEATURES } from '../lib/markdown/features.ts';

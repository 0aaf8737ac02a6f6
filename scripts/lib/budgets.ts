/**
 * The performance budgets of issue 9, in one place: the site tests check the page budgets on the
 * real build, and `npm run bench` checks them, and the scale budgets, on the generated sites.
 */

/** First-view JavaScript of a content page without islands (header search dialog, "Kopiuj link"), gzip bytes. */
export const PLAIN_PAGE_JS = 2 * 1024;
/**
 * The list of saved packs (/bez-internetu/ and the page the service worker shows offline) instead
 * of PLAIN_PAGE_JS: the list is read from the browser's Cache Storage by script, so the script is
 * the page's content (about 2.6 KB, with the plain page's header and "Kopiuj link" about 4.2 KB).
 * Only readers who save pages open these pages. A page offering "Zapisz do czytania bez internetu"
 * keeps PLAIN_PAGE_JS: it loads a 0.2 KB loader, and the panel's code (about 5.4 KB, with the
 * service worker's registration) only when the reader opens the panel.
 */
export const OFFLINE_LIST_PAGE_JS = 5 * 1024;
/** First-view JavaScript of the heaviest page (the model explorer, the charts: React and the island), gzip bytes. */
export const ANY_PAGE_JS = 90 * 1024;
/** CSS of any page, gzip bytes. */
export const PAGE_CSS = 8 * 1024;

/** Our build time at the largest benchmarked size, as a share of the Starlight peer's in the same run. */
export const BUILD_TIME_SHARE_OF_PEER = 0.2;
/**
 * Linear growth: pages per second at the largest size may fall at most this far below the rate at
 * the next smaller size (a build that grew quadratically would fall with every page added).
 */
export const MIN_THROUGHPUT_KEPT = 0.75;
/** A page's HTML may differ by this share between sizes (dates, counts) and still count as not growing. */
export const HTML_GROWTH_TOLERANCE = 0.02;
/** Linear output: dist/ bytes per HTML page at the largest size at most this many times the next smaller size. */
export const MAX_DIST_PER_PAGE_GROWTH = 1.2;

/**
 * Peak memory of `npm run build` (its largest process) at these sizes of the generated site: the
 * build must stay usable on a small CI machine or an office laptop as gminas are added.
 */
export const PEAK_MEMORY_MB: readonly { pages: number; megabytes: number }[] = [
  { pages: 1000, megabytes: 700 },
  { pages: 20000, megabytes: 1500 },
];

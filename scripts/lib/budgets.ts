/**
 * The performance budgets of issue 9, in one place: the site tests check the page budgets on the
 * real build, and `npm run bench` checks them, and the scale budgets, on the generated sites.
 */

/** First-view JavaScript of a content page without islands (header search dialog, "Kopiuj link"), gzip bytes. */
export const PLAIN_PAGE_JS = 2 * 1024;
/**
 * On top of PLAIN_PAGE_JS, a page offering "Zapisz do czytania bez internetu" (a programme, a
 * course: the project and model pages have islands anyway) may load the offer's loader: about
 * 0.5 KB that loads the panel's code (size, saving, the service worker's registration, dates:
 * about 6 KB) only when the reader opens the panel or has saved pages before. Saving a page to
 * read it without a connection cannot work without that much; the budgets test checks the panel's
 * code is not first-view code.
 */
export const OFFLINE_OFFER_LOADER_JS = 512;
/**
 * The list of saved packs (/bez-internetu/ and the page the service worker shows offline): the
 * list is read from the browser's Cache Storage by script, so the script is the page's content
 * (with the plain page's header and "Kopiuj link" about 5.7 KB). Visited only by readers who save pages.
 */
export const OFFLINE_LIST_PAGE_JS = 8 * 1024;
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

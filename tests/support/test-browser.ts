/**
 * The Chromium of every browser test, here and in the copies: one for each test file, started
 * with the flags that work on the CI machines (scripts/lib/chromium.ts). Files running at the same
 * time share nothing, not even the clipboard (one browser's, which a file reading back what it
 * copied found overwritten by another file's copy). Every page it opens fails the test on a
 * Content-Security-Policy violation (tests/support/csp-guard.ts).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { failOnCspViolations } from './csp-guard.ts';

/**
 * V8 does all of a page's JavaScript work on the page's own thread: no compiling or collecting
 * garbage on helper threads beside it. Each page runs the same code to the same result; what
 * changes is CPU time. During `npm test` every core is already busy (two browsers, the builds of
 * the copies, the type check), so the helper threads do not run beside the page for free: they
 * take turns with the rest of the run, and the browser tests need less CPU time without them
 * (measured with the browser tests alone, with and without the flag). The tests only: `npm run
 * bench` times the site in the browser as readers get it.
 */
const TEST_ONLY_ARGS = ['--js-flags=--single-threaded'];

/** A Chromium for this file (with any more flags), every context it makes watched for CSP violations. */
export async function launchBrowser(moreArgs: string[] = []): Promise<Browser> {
  return failOnCspViolations(await launchChromium([...TEST_ONLY_ARGS, ...moreArgs]));
}

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

/** A Chromium for this file (with any more flags), every context it makes watched for CSP violations. */
export async function launchBrowser(moreArgs: string[] = []): Promise<Browser> {
  return failOnCspViolations(await launchChromium(moreArgs));
}

/**
 * The Chromium this machine has, and how to launch it: shared by the browser tests and
 * `npm run bench`, so both use the same browser with the same flags.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium, MISSING_CHROMIUM_MESSAGE, type FoundChromium } from './find-chromium.ts';

/** Flags that work on the CI machines (no sandbox, no GPU, nothing fetched in the background). */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, else the Debian package, else a browser Playwright installed earlier. */
export function chromiumOnThisMachine(): FoundChromium | undefined {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  return findChromium({ fromEnvironment: process.env.CHROMIUM_PATH, fromPlaywright: playwrightPath });
}

/** This machine's Chromium, started with LAUNCH_ARGS and any more flags; a clear message when there is none. */
export async function launchChromium(moreArgs: string[] = []): Promise<Browser> {
  const found = chromiumOnThisMachine();
  if (!found) throw new Error(MISSING_CHROMIUM_MESSAGE);
  return chromium.launch({ executablePath: found.path, args: [...LAUNCH_ARGS, ...moreArgs] });
}

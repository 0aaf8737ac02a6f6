/**
 * The accessibility check every browser test uses, on this project's pages and on its copies':
 * axe-core's WCAG 2.1 A and AA rules run in the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { BrowserContext, Frame, Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's minified build, set up to reach same-origin frames. Minified because the code crosses
 * the browser connection for every page it goes into: `axe.source` is the 1.5 MB unminified build,
 * and sending it took longer than the check itself (about 0.25 s against 0.15 s a page).
 */
const AXE_SET_UP = `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')};
axe.configure({ allowedOrigins: ['<same_origin>'] });`;

/**
 * Puts axe into every page and frame this context opens from now on, as it loads, so that a file
 * checking many pages in one context sends axe's code to the browser once rather than once a page.
 * The pages' own scripts are not affected: axe only defines `window.axe`.
 */
export async function preloadAccessibilityCheck(context: BrowserContext): Promise<void> {
  await context.addInitScript(AXE_SET_UP);
}

/** axe into a frame that does not have it yet (one preloaded it, or an earlier check put it in). */
async function setUpAxeIn(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) await frame.evaluate(AXE_SET_UP);
}

/**
 * Axe violations as readable lines: rule, impact and the offending elements. axe-core goes into
 * each frame of the page once (unless preloaded), then `axe.run` in the page reaches same-origin
 * frames itself (the site has no cross-origin frames). Only violations are collected in full
 * (`resultTypes`). @axe-core/playwright did the same with axe's source evaluated twice in the main
 * frame and an extra round trip per frame, which made a check twice as long.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const main = page.mainFrame();
  // A child frame that is gone or not scriptable is skipped, as @axe-core/playwright skipped it.
  const children = page.frames().filter((frame) => frame !== main);
  await Promise.all([setUpAxeIn(main), ...children.map((frame) => setUpAxeIn(frame).catch(() => undefined))]);
  return page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'brak wagi'}): ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, WCAG_TAGS);
}

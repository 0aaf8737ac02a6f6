/**
 * The accessibility check every browser test uses, on this project's pages and on its copies':
 * axe-core's WCAG 2.1 A and AA rules run in the page.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Axe violations as readable lines: rule, impact and the offending elements. axe-core goes into
 * each frame of the page once, then `axe.run` in the page reaches same-origin frames itself (the
 * site has no cross-origin frames). Only violations are collected in full (`resultTypes`).
 * @axe-core/playwright did the same with axe's 550 kB source evaluated twice in the main frame
 * and an extra round trip per frame, which made a check twice as long (0.9 s against 0.45 s a page,
 * measured over 21 pages of this site).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const setUp = `${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'] });`;
  await page.mainFrame().evaluate(setUp);
  // A frame that is gone or not scriptable is skipped, as @axe-core/playwright skipped it.
  await Promise.all(
    page
      .frames()
      .slice(1)
      .map((frame) => frame.evaluate(setUp).catch(() => undefined)),
  );
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

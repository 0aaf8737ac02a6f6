/**
 * Any Content-Security-Policy violation on any page a browser test opens fails that test.
 *
 * `failOnCspViolations(browser)` watches every context the browser makes from then on (and so
 * every page: `browser.newPage()` makes its context the same way). Each document reports its
 * `securitypolicyviolation` events on the console (REPORT_CSP_VIOLATIONS, run before the page's
 * own scripts), and Chromium writes its own "Refused to … Content Security Policy" line for each
 * violation, also where JavaScript is off. Importing this module adds an `afterEach` to the test
 * file that fails the test if any such line came since the previous test, and an `afterAll` for
 * lines that came after the last one. A test that causes a violation on purpose takes it with
 * `takeCspViolations()`.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';

/** Prefix of the console line a `securitypolicyviolation` event is reported with. */
export const CSP_VIOLATION_PREFIX = 'CSP violation:';

/**
 * Runs in every document before its own scripts: each `securitypolicyviolation` event is kept on
 * `window.__cspViolations` and logged as a console error.
 */
const REPORT_CSP_VIOLATIONS = `(() => {
  if (window.__cspViolations) return;
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const line = '${CSP_VIOLATION_PREFIX} ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber + (event.sample ? ' (' + event.sample + ')' : '');
    window.__cspViolations.push(line);
    console.error(line);
  });
})();`;

const recorded: string[] = [];

/** Whether a console message reports a violation: the page's own line, or Chromium's. */
function reportsViolation(message: ConsoleMessage): boolean {
  const text = message.text();
  return message.type() === 'error' && (text.startsWith(CSP_VIOLATION_PREFIX) || /Content[- ]Security[- ]Policy/i.test(text));
}

async function watch(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  context.on('console', (message) => {
    if (reportsViolation(message)) recorded.push(`${message.page()?.url() ?? message.location().url}: ${message.text()}`);
  });
  return context;
}

/** The browser, with every context it makes from now on watched for violations. */
export function failOnCspViolations(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  return browser;
}

/** The violations reported since the last test ended (or the last call), handed over and forgotten. */
export function takeCspViolations(): string[] {
  return recorded.splice(0);
}

/** The violations reported so far, left in place (to wait for one a test causes on purpose). */
export function pendingCspViolations(): readonly string[] {
  return recorded;
}

/** The violations the page's own listener has seen since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(nie zarejestrowano nasłuchu naruszeń CSP)']);
}

afterEach(() => {
  expect(takeCspViolations(), 'naruszenia Content-Security-Policy na stronach tego testu').toEqual([]);
});

afterAll(() => {
  expect(takeCspViolations(), 'naruszenia Content-Security-Policy zgłoszone po ostatnim teście pliku').toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { findChromium, MISSING_CHROMIUM_MESSAGE, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './find-chromium.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over the system and Playwright browsers', () => {
    const found = findChromium({ fromEnvironment: '/opt/chrome', fromPlaywright: '/pw/chrome', exists: only('/opt/chrome', SYSTEM_CHROMIUM, '/pw/chrome') });
    expect(found).toEqual({ path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of silently using another browser', () => {
    expect(() => findChromium({ fromEnvironment: '/nowhere/chrome', exists: only(SYSTEM_CHROMIUM) })).toThrow(/CHROMIUM_PATH wskazuje na \/nowhere\/chrome/);
  });

  it('uses the Debian package when no path is given', () => {
    expect(findChromium({ fromPlaywright: '/pw/chrome', exists: only(SYSTEM_CHROMIUM, '/pw/chrome') })).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
  });

  it("prefers Debian's headless shell to the windowed Chromium when both are installed", () => {
    expect(findChromium({ exists: only(SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL) })).toEqual({ path: SYSTEM_HEADLESS_SHELL, source: 'system' });
  });

  it("falls back to Playwright's browser when it is installed", () => {
    expect(findChromium({ fromPlaywright: '/pw/chrome', exists: only('/pw/chrome') })).toEqual({ path: '/pw/chrome', source: 'playwright' });
  });

  it('finds nothing when no browser exists, and the message says how to get one', () => {
    expect(findChromium({ fromPlaywright: '/pw/chrome', exists: only() })).toBeUndefined();
    expect(MISSING_CHROMIUM_MESSAGE).toContain('apt-get install chromium-headless-shell');
    expect(MISSING_CHROMIUM_MESSAGE).toContain('npx playwright install chromium');
  });
});

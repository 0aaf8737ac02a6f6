/**
 * Where the browser tests find Chromium. Nothing downloads a browser at install time, so the
 * order is: an explicit CHROMIUM_PATH, Debian's packages, then a browser Playwright installed
 * earlier on this machine. Of Debian's two, the headless shell comes first: the same Chromium
 * (Blink, V8, version) built without the windowed browser around it, which is what Playwright
 * itself runs headless; the same tests need less CPU in it (`npm run bench:tests` measures either).
 * When no browser exists the tests stop with instructions instead of failing page by page.
 */
import { existsSync } from 'node:fs';

export interface ChromiumCandidates {
  /** CHROMIUM_PATH from the environment, if set. */
  fromEnvironment?: string;
  /** Playwright's own browser location (it may not be installed). */
  fromPlaywright?: string;
  /** Checks a path; injectable so the order can be tested without real files. */
  exists?: (path: string) => boolean;
}

export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const MISSING_CHROMIUM_MESSAGE = [
  'Nie znaleziono przeglądarki Chromium potrzebnej do testów w przeglądarce.',
  'Zainstaluj ją jednym ze sposobów:',
  '  • Debian/Ubuntu: sudo apt-get install chromium-headless-shell (albo chromium)',
  '  • tam, gdzie wolno pobierać pliki: npx playwright install chromium',
  '  • albo wskaż istniejącą przeglądarkę: CHROMIUM_PATH=/ścieżka/do/chromium npm test',
].join('\n');

export function findChromium({ fromEnvironment, fromPlaywright, exists = existsSync }: ChromiumCandidates): FoundChromium | undefined {
  if (fromEnvironment) {
    // An explicit path that is wrong is a mistake to report, not a reason to pick another browser.
    if (!exists(fromEnvironment)) throw new Error(`CHROMIUM_PATH wskazuje na ${fromEnvironment}, ale nie ma tam pliku.\n\n${MISSING_CHROMIUM_MESSAGE}`);
    return { path: fromEnvironment, source: 'CHROMIUM_PATH' };
  }
  const system = [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM].find((path) => exists(path));
  if (system) return { path: system, source: 'system' };
  if (fromPlaywright && exists(fromPlaywright)) return { path: fromPlaywright, source: 'playwright' };
  return undefined;
}

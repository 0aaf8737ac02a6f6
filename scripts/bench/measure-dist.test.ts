import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestHtmlPages } from './measure-dist.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'kb-measure-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(file: string, bytes: number): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), 'x'.repeat(bytes));
}

describe('largestHtmlPages', () => {
  page('index.html', 300);
  page('programy/index.html', 900);
  page('programy/strona/2/index.html', 800);
  page('404.html', 100);
  page('zrodla/z/index.html', 500);
  page('pagefind/fragment.html', 5000);
  page('_astro/big.js', 9000);

  it('names the largest HTML pages by address, largest first, leaving out pagefind and other files', () => {
    expect(largestHtmlPages(dist, 3)).toEqual([
      { path: '/programy/', bytes: 900 },
      { path: '/programy/strona/2/', bytes: 800 },
      { path: '/zrodla/z/', bytes: 500 },
    ]);
    expect(largestHtmlPages(dist).map((entry) => entry.path)).toEqual(['/programy/', '/programy/strona/2/', '/zrodla/z/', '/', '/404.html']);
  });
});

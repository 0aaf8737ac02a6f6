import { describe, expect, it } from 'vitest';
import { firstView, fontFaces, gzipSize, kilobytes } from './page-weight.ts';

describe('sizes and fonts', () => {
  it('measures gzip size and prints kilobytes', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
    expect(kilobytes(2048)).toBe('2.0 KB');
  });

  it('counts @font-face rules', () => {
    expect(fontFaces('@font-face{font-family:x}body{}@FONT-FACE {}')).toBe(2);
    expect(fontFaces('body{font-family:system-ui}')).toBe(0);
  });
});

describe('firstView', () => {
  const files: Record<string, string> = { '/_astro/a.js': 'import "./b.js";', '/_astro/b.js': 'export {};', '/_astro/s.css': 'p{}' };
  const read = (sitePath: string) => files[sitePath];

  it('lists, by site path, the scripts a page runs with their imports and the stylesheets it applies', () => {
    const view = firstView('<link rel="stylesheet" href="../_astro/s.css"><script type="module" src="/_astro/a.js"></script>', '/programy/', read);
    expect(view.modules).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(view.stylesheets).toEqual(['/_astro/s.css']);
    expect(view.missing).toEqual([]);
  });

  it('reports scripts that are not files of the site, off-site ones included', () => {
    const view = firstView('<script type="module" src="/_astro/gone.js"></script><script src="https://cdn.example/x.js"></script>', '/', read);
    expect(view.missing).toEqual(['https://cdn.example/x.js', '/_astro/gone.js']);
  });
});

import { describe, expect, it } from 'vitest';
import { pageAssets, scriptClosure, staticImports } from './page-assets.ts';
import { parsePeakRss } from './timed-run.ts';

describe('pageAssets', () => {
  const html = `<html><head>
    <link rel="stylesheet" href="/_astro/base.css"><link rel=stylesheet href="../_astro/page.css">
    <link rel="preload" href="/fonts/a.woff2"><link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/page.js"></script>
    <script type="application/ld+json">{"@type":"Article"}</script>
    <script>console.log(1)</script>
    <style>body{margin:0}</style>
  </head><body>
    <astro-island uid="1" component-url="/_astro/Explorer.js" renderer-url="/_astro/client.js" ssr></astro-island>
    <script src="https://example.org/x.js"></script>
  </body></html>`;
  const assets = pageAssets(html, '/modele/model/');

  it('finds linked stylesheets, resolving relative addresses, and skips other links', () => {
    expect(assets.stylesheets).toEqual(['/_astro/base.css', '/modele/_astro/page.css']);
  });

  it('finds module scripts and island components with their renderer, not other hosts', () => {
    expect(assets.scripts).toEqual(['/_astro/page.js', '/_astro/Explorer.js', '/_astro/client.js']);
  });

  it('counts inline code that runs and inline styles, not JSON data', () => {
    expect(assets.inlineScripts).toEqual(['console.log(1)']);
    expect(assets.inlineStyles).toEqual(['body{margin:0}']);
  });
});

describe('static imports', () => {
  it('follows import and from clauses, not dynamic import()', () => {
    const source = 'import{a as b}from"./chunk.js";import"./side.js";const c=()=>import("./lazy.js");';
    expect(staticImports(source, '/_astro/page.js')).toEqual(['/_astro/chunk.js', '/_astro/side.js']);
  });

  it('collects the closure once per module, even with cycles', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import"./b.js";',
      '/_astro/b.js': 'import"./a.js";import"./c.js";',
      '/_astro/c.js': 'export const c=1;',
    };
    expect(scriptClosure(['/_astro/a.js'], (file) => files[file]).sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });
});

describe('parsePeakRss', () => {
  it('reads GNU time’s maximum resident set size in bytes', () => {
    expect(parsePeakRss('\tMaximum resident set size (kbytes): 524288\n\tAverage shared text size (kbytes): 0')).toBe(512 * 1024 * 1024);
    expect(parsePeakRss('no time output')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { dynamicImports, pageAssets, preloadDependencies, resolveSitePath, staticImports, staticModuleGraph } from './page-assets.ts';

describe('pageAssets', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/global.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="preload" as="font" href="/fonts/a.woff2" crossorigin>
    <style>.a{color:red}</style>
    <script type="module" src="/_astro/header.js"></script>
    <script type="application/json">{"not":"code"}</script>
    <script>(()=>{self.Astro={}})()</script>
  </head><body>
    <astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island>
    <astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island>
    <img src="/obrazy/mapa.png" alt=""><video src="/pjm/film.mp4" poster="/pjm/kadr.jpg"><track src="/pjm/napisy.vtt"></video>
    <img src="/obrazy/mapa.png" alt="">
  </body></html>`;
  const assets = pageAssets(html);

  it('lists external and inline scripts but not data blocks', () => {
    expect(assets.scripts).toEqual(['/_astro/header.js']);
    expect(assets.inlineScripts).toEqual(['(()=>{self.Astro={}})()']);
  });

  it('lists the code every island loads once, however many islands use it', () => {
    expect(assets.islands).toBe(2);
    expect(assets.islandModules).toEqual(['/_astro/Map.js', '/_astro/client.js']);
  });

  it('lists stylesheets, inline styles and font downloads', () => {
    expect(assets.stylesheets).toEqual(['/_astro/global.css']);
    expect(assets.inlineStyles).toEqual(['.a{color:red}']);
    expect(assets.fontLinks).toEqual(['/fonts/a.woff2']);
  });

  it('lists icons, images and media files once each, as a saved page needs them offline', () => {
    expect(assets.media).toEqual(['/favicon.svg', '/obrazy/mapa.png', '/pjm/film.mp4', '/pjm/kadr.jpg', '/pjm/napisy.vtt']);
  });
});

describe('staticImports', () => {
  it('finds minified imports, side-effect imports and re-exports', () => {
    const code = `import{a as e,i as t}from"./search-params.js";import"./side.js";export{x}from'./re.js';export*from"./all.js";var n=1;`;
    expect(staticImports(code)).toEqual(['./search-params.js', './side.js', './re.js', './all.js']);
  });

  it('leaves dynamic imports out', () => {
    const code = `var s=()=>import("./search-client.js");let x=await import(\`./late.js\`);`;
    expect(staticImports(code)).toEqual([]);
    expect(dynamicImports(code)).toEqual(['./search-client.js', './late.js']);
  });

  it('ignores the word import inside strings and identifiers', () => {
    expect(staticImports('var important="x";let reimport=1;')).toEqual([]);
  });
});

describe('preloadDependencies', () => {
  it('reads the chunks and stylesheets Vite preloads with a dynamic import', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/results.a1.js","_astro/results.b2.css"])))=>i.map(i=>d[i]);var x=1;';
    expect(preloadDependencies(code)).toEqual(['/_astro/results.a1.js', '/_astro/results.b2.css']);
  });

  it('finds nothing in a module without dynamic imports', () => {
    expect(preloadDependencies('import"./a.js";export const m={f:["x"]};')).toEqual([]);
  });
});

describe('resolveSitePath', () => {
  it('resolves relative and absolute specifiers against the importing module', () => {
    expect(resolveSitePath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveSitePath('../pagefind/pagefind.js', '/_astro/a.js')).toBe('/pagefind/pagefind.js');
    expect(resolveSitePath('/_astro/c.js', '/_astro/a.js')).toBe('/_astro/c.js');
  });

  it('has no site path for bare package names or another site’s files', () => {
    expect(resolveSitePath('react', '/_astro/a.js')).toBeUndefined();
    expect(resolveSitePath('//cdn.example/x.js', '/_astro/a.js')).toBeUndefined();
    expect(resolveSitePath('https://cdn.example/x.js', '/_astro/a.js')).toBeUndefined();
  });
});

describe('staticModuleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/entry.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");',
    '/_astro/shared.js': 'import"./entry.js";import"./gone.js";export const a=1;',
    '/_astro/lazy.js': 'export const z=1;',
  };

  it('follows static imports once each, through cycles, and reports missing files', () => {
    expect(staticModuleGraph(['/_astro/entry.js'], (p) => files[p])).toEqual({
      modules: ['/_astro/entry.js', '/_astro/shared.js'],
      missing: ['/_astro/gone.js'],
    });
  });
});

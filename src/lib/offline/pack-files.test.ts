import { describe, expect, it } from 'vitest';
import { definePack } from './pack-definition.ts';
import { packFiles } from './pack-files.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="pl"><head>
  <link rel="stylesheet" href="/_astro/global.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">${head}
  <script type="module" src="/_astro/header.js"></script></head>
  <body><header><a href="/zmiany/feed.xml">Kanał zmian</a></header><main>${body}</main></body></html>`;

/** A built site: a model page with the explorer island and a chart's CSV, its easy-to-read text, shared code. */
const site: Record<string, string> = {
  '/modele/x/': page(
    `<astro-island component-url="/_astro/Explorer.js" renderer-url="/_astro/client.js"></astro-island>
     <a href="/dane/wskazniki.csv">Pobierz dane (CSV)</a> <a href="/latwy-tekst/x/">Tekst łatwy</a> <a href="/projekty/y/#cele">Projekt</a>
     <a href="https://inny.example/plik.pdf">Dokument gdzie indziej</a> <img src="mapa.svg" alt="">`,
  ),
  '/latwy-tekst/x/': page('<p>Prosty tekst.</p>'),
  '/_astro/global.css': 'body{background:url("/_astro/tlo.png")} .a{background:url(data:image/png;base64,AAAA)}',
  '/_astro/tlo.png': 'PNG',
  '/favicon.svg': '<svg/>',
  '/_astro/header.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/dialog.js","_astro/dialog.css"])))=>i.map(i=>d[i]);import"./shared.js";const o=()=>import(`./dialog.js`);',
  '/_astro/dialog.js': 'import"./shared.js";const p=()=>import("../pagefind/pagefind.js");',
  '/_astro/messages.js': "const hint=\"Use lazy(() => import('./MyComponent')) to split code; see import('./missing.js').\";",
  '/_astro/dialog.css': '.d{}',
  '/_astro/shared.js': 'export const s=1;',
  '/_astro/Explorer.js': 'import"./shared.js";import"./react.js";import"./messages.js";',
  '/_astro/react.js': 'export{};',
  '/_astro/client.js': 'import"./react.js";',
  '/modele/x/mapa.svg': '<svg/>',
  '/dane/wskazniki.csv': 'a;b',
  '/dane/elementy-sciezek.json': '[]',
  '/pagefind/pagefind.js': 'export{}',
  '/zmiany/feed.xml': '<feed/>',
};
const read = (path: string) => site[path];

const definition = definePack({
  address: '/modele/x/',
  title: 'Model X',
  related: [{ path: '/latwy-tekst/x/', title: 'Tekst łatwy do czytania' }],
  files: ['/dane/elementy-sciezek.json'],
});

describe('packFiles', () => {
  const { files, missing } = packFiles(definition, read);

  it('lists the pack’s pages first, in the definition’s order, then every other file sorted', () => {
    expect(files.slice(0, 2)).toEqual(['/modele/x/', '/latwy-tekst/x/']);
    expect(files.slice(2)).toEqual([...files.slice(2)].sort());
    expect(missing).toEqual([]);
  });

  it('takes what the pages name: styles, scripts, island code, the icon and images', () => {
    expect(files).toEqual(
      expect.arrayContaining(['/_astro/global.css', '/_astro/header.js', '/_astro/Explorer.js', '/_astro/client.js', '/favicon.svg', '/modele/x/mapa.svg']),
    );
  });

  it('follows static and dynamic imports and the stylesheets preloaded with them, so a dialog opened offline works', () => {
    expect(files).toEqual(expect.arrayContaining(['/_astro/shared.js', '/_astro/react.js', '/_astro/dialog.js', '/_astro/dialog.css']));
  });

  it('takes the data files linked from the main content and the files a stylesheet loads', () => {
    expect(files).toEqual(expect.arrayContaining(['/dane/wskazniki.csv', '/_astro/tlo.png', '/dane/elementy-sciezek.json']));
  });

  it('leaves out search (it needs the network), other sites, linked pages and files linked outside the main content', () => {
    for (const left of ['/pagefind/pagefind.js', '/zmiany/feed.xml', '/projekty/y/']) expect(files).not.toContain(left);
    expect(files.some((file) => file.includes('inny.example'))).toBe(false);
  });

  it('passes over what only looks like an import in a module’s text, unlike a page or file the definition or HTML names', () => {
    expect(files).toContain('/_astro/messages.js');
    expect(files.filter((file) => /MyComponent|missing\.js/.test(file))).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('reports pages and files the built site does not have', () => {
    const broken = definePack({ address: '/modele/x/', title: 'X', related: [{ path: '/en/models/x/', title: 'English' }], files: ['/dane/brak.json'] });
    expect(packFiles(broken, read).missing).toEqual(['/en/models/x/', '/dane/brak.json']);
  });
});

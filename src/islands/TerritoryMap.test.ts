import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DATA, PLACES, PROJECTS } from '../lib/charts/__fixtures__/territory-fixtures.ts';
import { territoryMapData } from '../lib/charts/territory-map.ts';
import TerritoryMap from './TerritoryMap.tsx';

describe('server-rendered markup', () => {
  const svgOf = (html: string) =>
    html.slice(html.indexOf('<svg class="territory-map__svg"'), html.indexOf('</svg>', html.indexOf('<svg class="territory-map__svg"')) + 6);

  it('renders the map for all projects the same way every time', async () => {
    const html = renderToStaticMarkup(createElement(TerritoryMap, { id: 'wykres', data: DATA }));
    await expect(formatSvg(svgOf(html))).toMatchFileSnapshot('./__snapshots__/territory-map.svg');
    expect(html).toContain('<form class="territory-map__filter" action="#wykres" method="get">');
    expect(html).toContain('<select id="wykres-projekt" name="projekt">');
  });

  it('renders one project with its tiles striped and no filter', async () => {
    const html = renderToStaticMarkup(createElement(TerritoryMap, { id: 'zasieg', data: territoryMapData(PROJECTS, PLACES, { projectIds: ['miasta'] }) }));
    await expect(formatSvg(svgOf(html))).toMatchFileSnapshot('./__snapshots__/territory-map-project.svg');
    expect(html).not.toContain('<form');
    expect(html.match(/territory-map__tile--selected/g)).toHaveLength(3);
  });

  it('makes every tile focusable with a name, in the server HTML', () => {
    const html = renderToStaticMarkup(createElement(TerritoryMap, { id: 'wykres', data: DATA }));
    expect(html.match(/<g [^>]*tabindex="0" role="img" aria-label="Województwo [^"]+"/g)).toHaveLength(16);
  });
});

/** One element per line, so a snapshot diff shows which tile changed. */
function formatSvg(svg: string): string {
  return `${svg.replaceAll(/></g, '>\n<')}\n`;
}

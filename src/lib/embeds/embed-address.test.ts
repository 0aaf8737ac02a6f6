import { describe, expect, it } from 'vitest';
import { embedAddress, embedPath, fullPageAddress, isEmbedPath } from './embed-address.ts';

describe('embed paths', () => {
  it.each([
    ['/wskazniki/', 'wykres-budzety', '/osadz/wskazniki/wykres-budzety/'],
    ['/projekty/liderzy-kooperacji/', 'wykres-zasieg', '/osadz/projekty/liderzy-kooperacji/wykres-zasieg/'],
    ['/modele/model-kooperacji/', 'przebieg', '/osadz/modele/model-kooperacji/przebieg/'],
    ['/', 'wykres', '/osadz/wykres/'],
  ])('the figure of %s with id %s is embedded at %s, which links back to the figure', (pagePath, figureId, embed) => {
    expect(embedPath(pagePath, figureId)).toBe(embed);
    expect(fullPageAddress(embed)).toBe(`${pagePath}#${figureId}`);
    expect(isEmbedPath(embed)).toBe(true);
  });

  it('refuses page paths without their slashes, ids that are not anchors, and embeds of embeds', () => {
    expect(() => embedPath('/wskazniki', 'wykres')).toThrow('ukośnikiem');
    expect(() => embedPath('/wskazniki/', 'Wykres budżetu')).toThrow('małe litery');
    expect(() => embedPath('/osadz/wskazniki/wykres/', 'wykres')).toThrow('nie może mieć własnego osadzenia');
    expect(() => fullPageAddress('/projekty/liderzy-kooperacji/')).toThrow('To nie jest adres osadzenia');
  });

  it('counts only pages below the embed folder as embeds', () => {
    expect(isEmbedPath('/osadz/')).toBe(false);
    expect(isEmbedPath('/osadzenia/')).toBe(false);
    expect(isEmbedPath('/projekty/osadz/')).toBe(false);
  });
});

describe('the view kept in an embed address', () => {
  const map = '/osadz/wskazniki/wykres-zasieg/';
  const workflow = '/osadz/modele/m/przebieg/';

  it('keeps the chosen project of the map and leaves the page’s other parameters and anchor behind', () => {
    expect(embedAddress(map, 'map', { search: '?utm_source=x&projekt=liderzy-kooperacji', hash: '#wykres-zasieg' })).toBe(`${map}?projekt=liderzy-kooperacji`);
    expect(embedAddress(map, 'map', { search: '', hash: '' })).toBe(map);
  });

  it('keeps the open step and the filters of a workflow', () => {
    expect(embedAddress(workflow, 'workflow', { search: '?sektor=zdrowie&aktor=ops&x=1', hash: '#krok-diagnoza' })).toBe(
      `${workflow}?aktor=ops&sektor=zdrowie#krok-diagnoza`,
    );
  });

  it('keeps no fragment that is not a step, and no view at all for a plain chart', () => {
    expect(embedAddress(workflow, 'workflow', { search: '', hash: '#cele' })).toBe(workflow);
    expect(embedAddress(workflow, 'workflow', { search: '', hash: '#krok-"><script>' })).toBe(workflow);
    expect(embedAddress('/osadz/wskazniki/wykres-budzety/', 'chart', { search: '?projekt=a', hash: '#krok-a' })).toBe('/osadz/wskazniki/wykres-budzety/');
  });
});

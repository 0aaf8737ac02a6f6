import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import TerritoryMap from '../../islands/TerritoryMap.tsx';
import { parseCsv } from '../csv.ts';
import { UnknownProjectError } from './figures.ts';
import type { PlaceFigures, ProjectFigures } from './figures.ts';
import {
  addressFor,
  countLevel,
  localPlaceGroups,
  mapLabel,
  mapSize,
  moveInTileGrid,
  projectFromSearch,
  selectionSummary,
  territoryCsv,
  territoryMapData,
  territoryRows,
  territoryTables,
  tileBox,
  tileViews,
  tooltipPlacement,
  UnknownVoivodeshipError,
  type TerritoryMapData,
} from './territory-map.ts';
import { VOIVODESHIP_TILES } from './voivodeship-tiles.ts';

/* Fixed fixture: three projects shaped like the real ones, so the tests do not move with the content. */
function project(id: string, shortTitle: string, territory: string[]): ProjectFigures {
  return { id, title: `Projekt ${shortTitle}`, shortTitle, programme: 'PO WER 2014–2020', period: {}, territory, source: `zrodlo-${id}` };
}

const PLACES: PlaceFigures[] = [
  { id: 'wojewodztwo-podlaskie', name: 'podlaskie', title: 'Województwo podlaskie', type: 'wojewodztwo', teryt: '20' },
  { id: 'wojewodztwo-slaskie', name: 'śląskie', title: 'Województwo śląskie', type: 'wojewodztwo', teryt: '24' },
  { id: 'wojewodztwo-opolskie', name: 'opolskie', title: 'Województwo opolskie', type: 'wojewodztwo', teryt: '16' },
  { id: 'powiat-hajnowski', name: 'hajnowski', title: 'Powiat hajnowski', type: 'powiat', parent: 'wojewodztwo-podlaskie', teryt: '2005' },
  { id: 'gmina-narew', name: 'Narew', title: 'Gmina Narew', type: 'gmina', parent: 'powiat-hajnowski', teryt: '2005082' },
  // The source does not say which województwo Rybnik is in, so it has no parent.
  { id: 'miasto-rybnik', name: 'Rybnik', title: 'Miasto Rybnik', type: 'gmina', teryt: '2473011' },
];

const PROJECTS: ProjectFigures[] = [
  project('dac-to', 'Dać to', ['wojewodztwo-podlaskie', 'powiat-hajnowski', 'gmina-narew']),
  project('miasta', 'Miasta', ['wojewodztwo-slaskie', 'wojewodztwo-opolskie', 'wojewodztwo-podlaskie']),
  project('rybnik', 'Rybnik', ['miasto-rybnik']),
];

const DATA = territoryMapData(PROJECTS, PLACES);
const tile = (data: TerritoryMapData, teryt: string) => data.tiles.find((candidate) => candidate.teryt === teryt)!;

describe('territoryMapData', () => {
  it('lists every project covering a województwo, directly or through its powiaty and gminy', () => {
    expect(tile(DATA, '20').projectIds).toEqual(['dac-to', 'miasta']);
    expect(tile(DATA, '24').projectIds).toEqual(['miasta']);
    expect(tile(DATA, '16').projectIds).toEqual(['miasta']);
  });

  it('keeps all 16 tiles, with no projects where no source names the województwo', () => {
    expect(DATA.tiles).toHaveLength(16);
    expect(DATA.tiles.filter((candidate) => candidate.projectIds.length === 0)).toHaveLength(13);
  });

  it('links a tile to its place page only when the base has that place', () => {
    expect(tile(DATA, '20').href).toBe('/miejsca/wojewodztwo-podlaskie/');
    expect(tile(DATA, '32').href).toBeUndefined();
  });

  it('colours no tile for a place whose województwo no source states, and lists it as a named place', () => {
    expect(DATA.tiles.some((candidate) => candidate.projectIds.includes('rybnik'))).toBe(false);
    expect(DATA.localPlaces.find((place) => place.id === 'miasto-rybnik')).toEqual({
      id: 'miasto-rybnik',
      title: 'Miasto Rybnik',
      type: 'gmina',
      teryt: '2473011',
      voivodeship: undefined,
      projectIds: ['rybnik'],
      href: '/miejsca/miasto-rybnik/',
    });
  });

  it('lists powiaty and gminy in TERYT order with their województwo as the sources state it', () => {
    expect(DATA.localPlaces.map((place) => [place.teryt, place.title, place.voivodeship?.name])).toEqual([
      ['2005', 'Powiat hajnowski', 'podlaskie'],
      ['2005082', 'Gmina Narew', 'podlaskie'],
      ['2473011', 'Miasto Rybnik', undefined],
    ]);
  });

  it('with projectIds shows only those projects', () => {
    const data = territoryMapData(PROJECTS, PLACES, { projectIds: ['miasta'] });
    expect(data.projects.map((shown) => shown.id)).toEqual(['miasta']);
    expect(tile(data, '20').projectIds).toEqual(['miasta']);
    expect(data.localPlaces).toEqual([]);
  });

  it('names the unknown project and the known ones when projectIds has a typo', () => {
    expect(() => territoryMapData(PROJECTS, PLACES, { projectIds: ['miasta', 'liderzy'] })).toThrow(UnknownProjectError);
    expect(() => territoryMapData(PROJECTS, PLACES, { projectIds: ['liderzy'] })).toThrow(
      'Mapa zasięgu: nie ma projektów o identyfikatorach „liderzy” (props projectIds). Znane projekty: dac-to, miasta, rybnik.',
    );
  });

  it('refuses a województwo that has no tile instead of dropping it silently', () => {
    const places: PlaceFigures[] = [{ id: 'wojewodztwo-pomorze', name: 'pomorze', title: 'Pomorze', type: 'wojewodztwo' }];
    expect(() => territoryMapData([project('x', 'X', ['wojewodztwo-pomorze'])], places)).toThrow(UnknownVoivodeshipError);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([PROJECTS, PLACES]);
    territoryMapData(PROJECTS, PLACES, { projectIds: ['dac-to'] });
    expect(JSON.stringify([PROJECTS, PLACES])).toBe(before);
  });
});

describe('geometry', () => {
  it('places tiles on a grid of 60-unit squares with 6-unit gaps', () => {
    expect(tileBox({ column: 0, row: 0 })).toEqual({ x: 0, y: 0, width: 60, height: 60 });
    expect(tileBox({ column: 4, row: 2 })).toEqual({ x: 264, y: 132, width: 60, height: 60 });
    expect(tileBox({ column: 1, row: 1 }, { tileSize: 10, gap: 2 })).toEqual({ x: 12, y: 12, width: 10, height: 10 });
  });

  it('sizes the map to the grid, about as wide as a 320 px phone', () => {
    expect(mapSize(VOIVODESHIP_TILES)).toEqual({ width: 324, height: 258 });
    expect(mapSize([])).toEqual({ width: 0, height: 0 });
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [7, 3],
    [-1, 0],
    [Number.NaN, 0],
  ])('shades a tile with %s projects at level %s', (count, level) => {
    expect(countLevel(count)).toBe(level);
  });

  it('anchors tooltips so they stay inside the map: left edge, centre or right edge', () => {
    const size = mapSize(VOIVODESHIP_TILES);
    expect(tooltipPlacement(tileBox({ column: 0, row: 1 }), size)).toEqual({ align: 'start', x: 0, y: 48.84, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 2, row: 0 }), size)).toEqual({ align: 'center', x: 50, y: 23.26, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 4, row: 0 }), size)).toEqual({ align: 'end', x: 100, y: 23.26, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 3, row: 3 }), size)).toMatchObject({ align: 'end', room: 79.63 });
  });
});

describe('tile states and texts', () => {
  it('without a chosen project shades every tile by its count and says "brak projektów w bazie" where there are none', () => {
    const views = tileViews(DATA, undefined);
    const podlaskie = views.find((view) => view.tile.teryt === '20')!;
    expect(podlaskie).toMatchObject({ state: 'count', count: 2, level: 2 });
    expect(podlaskie.label).toBe(
      'Województwo podlaskie (TERYT 20): 2 projekty w bazie. Projekty: Dać to; Miasta. Powiaty i gminy ze źródeł: Powiat hajnowski, Gmina Narew.',
    );
    const lubuskie = views.find((view) => view.tile.teryt === '08')!;
    expect(lubuskie).toMatchObject({ state: 'count', count: 0, level: 0 });
    expect(lubuskie.label).toBe('Województwo lubuskie (TERYT 08): brak projektów w bazie.');
  });

  it('with a chosen project marks its tiles as selected and keeps the count on every tile', () => {
    const views = tileViews(DATA, 'dac-to');
    expect(views.filter((view) => view.state === 'selected').map((view) => view.tile.name)).toEqual(['podlaskie']);
    const slaskie = views.find((view) => view.tile.teryt === '24')!;
    expect(slaskie).toMatchObject({ state: 'unselected', count: 1 });
    expect(slaskie.tooltip.status).toBe('poza zasięgiem projektu „Dać to”; razem 1 projekt w bazie');
    expect(views.find((view) => view.tile.teryt === '20')!.tooltip.status).toBe('w zasięgu projektu „Dać to”; razem 2 projekty w bazie');
  });

  it('treats an unknown chosen project as no choice', () => {
    expect(tileViews(DATA, 'nie-ma').every((view) => view.state === 'count')).toBe(true);
  });

  it.each([
    [undefined, 'Projekty z bazy obejmują 3 z 16 województw. Pozostałe 13: brak projektów w bazie.'],
    ['miasta', 'Projekt „Miasta” obejmuje 3 województwa: podlaskie, opolskie, śląskie.'],
    ['dac-to', 'Projekt „Dać to” obejmuje 1 województwo: podlaskie.'],
    ['rybnik', 'Projekt „Rybnik”: źródło nie podaje województwa. Wymienia: Miasto Rybnik (województwo nie podane w źródle).'],
  ])('sums up the view for %s', (selected, summary) => {
    expect(selectionSummary(DATA, selected)).toBe(summary);
  });

  it('names the SVG and says which project it highlights', () => {
    expect(mapLabel(DATA, undefined)).toBe('Mapa kafelkowa Polski: 16 województw, na każdym liczba projektów z bazy');
    expect(mapLabel(DATA, 'miasta')).toBe('Mapa kafelkowa Polski: 16 województw, na każdym liczba projektów z bazy; wyróżnione województwa projektu „Miasta”');
  });

  it('groups the powiaty and gminy by project, with the województwo or why it is missing', () => {
    expect(localPlaceGroups(DATA, undefined)).toEqual([
      {
        projectId: 'dac-to',
        projectTitle: 'Dać to',
        projectHref: '/projekty/dac-to/',
        places: [
          { id: 'powiat-hajnowski', title: 'Powiat hajnowski', href: '/miejsca/powiat-hajnowski/', details: 'TERYT 2005; województwo podlaskie' },
          { id: 'gmina-narew', title: 'Gmina Narew', href: '/miejsca/gmina-narew/', details: 'TERYT 2005082; województwo podlaskie' },
        ],
      },
      {
        projectId: 'rybnik',
        projectTitle: 'Rybnik',
        projectHref: '/projekty/rybnik/',
        places: [{ id: 'miasto-rybnik', title: 'Miasto Rybnik', href: '/miejsca/miasto-rybnik/', details: 'TERYT 2473011; województwo nie podane w źródle' }],
      },
    ]);
  });

  it("shows only the chosen project's powiaty and gminy, and none for a project that names none", () => {
    expect(localPlaceGroups(DATA, 'rybnik').map((group) => group.projectId)).toEqual(['rybnik']);
    expect(localPlaceGroups(DATA, 'miasta')).toEqual([]);
  });
});

describe('moveInTileGrid', () => {
  const move = (from: string, key: string) => {
    const target = moveInTileGrid(VOIVODESHIP_TILES, VOIVODESHIP_TILES.find((candidate) => candidate.name === from)!.teryt, key);
    return target && VOIVODESHIP_TILES.find((candidate) => candidate.teryt === target)!.name;
  };

  it.each([
    ['mazowieckie', 'ArrowRight', undefined],
    ['mazowieckie', 'ArrowLeft', 'kujawsko-pomorskie'],
    ['mazowieckie', 'ArrowUp', 'warmińsko-mazurskie'],
    ['mazowieckie', 'ArrowDown', 'świętokrzyskie'],
    ['podlaskie', 'ArrowRight', undefined],
    ['podlaskie', 'ArrowDown', 'mazowieckie'],
    ['lubuskie', 'ArrowUp', 'zachodniopomorskie'],
    ['dolnośląskie', 'ArrowDown', 'śląskie'],
    ['lubelskie', 'ArrowDown', 'podkarpackie'],
    ['podkarpackie', 'ArrowDown', undefined],
    ['łódzkie', 'Home', 'zachodniopomorskie'],
    ['łódzkie', 'End', 'podkarpackie'],
    ['zachodniopomorskie', 'Home', undefined],
    ['łódzkie', 'Enter', undefined],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(move(from, key)).toBe(to);
  });

  it('does nothing from a tile it does not know', () => {
    expect(moveInTileGrid(VOIVODESHIP_TILES, '99', 'ArrowRight')).toBeUndefined();
  });
});

describe('address', () => {
  const ids = ['dac-to', 'miasta'];

  it.each([
    ['?projekt=miasta', 'miasta'],
    ['?inne=1&projekt=dac-to', 'dac-to'],
    ['?projekt=nie-ma', undefined],
    ['?projekt=', undefined],
    ['', undefined],
  ])('reads %s as %s', (search, expected) => {
    expect(projectFromSearch(search, ids)).toBe(expected);
  });

  it('writes the chosen project and the figure anchor, keeping other parameters', () => {
    expect(addressFor({ pathname: '/wskazniki/', search: '' }, 'miasta', 'wykres-zasieg')).toBe('/wskazniki/?projekt=miasta#wykres-zasieg');
    expect(addressFor({ pathname: '/wskazniki/', search: '?a=1&projekt=dac-to' }, 'miasta', 'wykres-zasieg')).toBe(
      '/wskazniki/?a=1&projekt=miasta#wykres-zasieg',
    );
    expect(addressFor({ pathname: '/wskazniki/', search: '?projekt=miasta' }, undefined, 'wykres-zasieg')).toBe('/wskazniki/#wykres-zasieg');
  });
});

describe('table rows and CSV', () => {
  it('has one row per województwo in TERYT order, then the powiaty and gminy', () => {
    const rows = territoryRows(DATA);
    expect(rows).toHaveLength(19);
    expect(rows.slice(0, 16).map((row) => row.teryt)).toEqual(['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32']);
    expect(rows.find((row) => row.teryt === '20')).toMatchObject({
      type: 'wojewodztwo',
      name: 'podlaskie',
      projectCount: 2,
      projects: ['Projekt Dać to', 'Projekt Miasta'],
    });
    expect(rows.at(-1)).toMatchObject({ type: 'gmina', name: 'Miasto Rybnik', voivodeship: 'województwo nie podane w źródle', projectCount: 1 });
  });

  it('turns the same rows into the two tables under the map, the place linked in the first column', () => {
    const { voivodeships, places } = territoryTables(territoryRows(DATA));
    expect(voivodeships.headers).toEqual(['Województwo', 'Kod TERYT', 'Liczba projektów', 'Projekty']);
    expect(voivodeships.rows).toHaveLength(16);
    expect(voivodeships.rows[0]).toEqual([
      { kind: 'text', text: 'dolnośląskie', href: undefined },
      { kind: 'text', text: '02' },
      { kind: 'number', value: 0 },
      { kind: 'text', text: 'brak projektów w bazie' },
    ]);
    expect(places.rows.at(-1)).toEqual([
      { kind: 'text', text: 'Miasto Rybnik', href: '/miejsca/miasto-rybnik/' },
      { kind: 'text', text: '2473011' },
      { kind: 'text', text: 'gmina' },
      { kind: 'text', text: 'województwo nie podane w źródle' },
      { kind: 'text', text: 'Projekt Rybnik' },
    ]);
  });

  it('writes the same rows to CSV with a BOM, semicolons, Polish headers and the leading zeros of TERYT', () => {
    const csv = territoryCsv(territoryRows(DATA));
    expect(csv.startsWith('\uFEFFRodzaj jednostki;Kod TERYT;Nazwa;Województwo;Liczba projektów;Projekty\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(20);
    expect(rows[1]).toEqual(['województwo', '02', 'dolnośląskie', 'dolnośląskie', '0', '']);
    expect(rows[10]).toEqual(['województwo', '20', 'podlaskie', 'podlaskie', '2', 'Projekt Dać to | Projekt Miasta']);
    expect(rows.at(-1)).toEqual(['gmina', '2473011', 'Miasto Rybnik', 'województwo nie podane w źródle', '1', 'Projekt Rybnik']);
  });
});

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

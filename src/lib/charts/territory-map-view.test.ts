import { describe, expect, it } from 'vitest';
import { DATA } from './__fixtures__/territory-fixtures.ts';
import { countLevel, localPlaceGroups, mapLabel, selectionSummary, tileViews } from './territory-map-view.ts';

describe('tile states and texts', () => {
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

import { describe, expect, it } from 'vitest';
import { DATA, PLACES, PROJECTS, project, tile } from './__fixtures__/territory-fixtures.ts';
import { UnknownProjectError, type PlaceFigures } from './figures.ts';
import { territoryMapData, UnknownVoivodeshipError } from './territory-map.ts';

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
    const places: PlaceFigures[] = [
      { id: 'wojewodztwo-pomorze', name: 'pomorze', title: 'Pomorze', type: 'wojewodztwo', href: '/miejsca/wojewodztwo-pomorze/' },
    ];
    expect(() => territoryMapData([project('x', 'X', ['wojewodztwo-pomorze'])], places)).toThrow(UnknownVoivodeshipError);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([PROJECTS, PLACES]);
    territoryMapData(PROJECTS, PLACES, { projectIds: ['dac-to'] });
    expect(JSON.stringify([PROJECTS, PLACES])).toBe(before);
  });
});

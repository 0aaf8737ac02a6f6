/**
 * Fixed fixture for the territory map tests: three projects shaped like the real ones, so the tests
 * do not move with the content.
 */
import type { PlaceFigures, ProjectFigures } from '../figures.ts';
import { territoryMapData, type TerritoryMapData } from '../territory-map.ts';

export function project(id: string, shortTitle: string, territory: string[]): ProjectFigures {
  return {
    id,
    title: `Projekt ${shortTitle}`,
    shortTitle,
    programme: 'PO WER 2014–2020',
    period: {},
    territory,
    source: `zrodlo-${id}`,
    href: `/projekty/${id}/`,
  };
}

export const PLACES: PlaceFigures[] = [
  { id: 'wojewodztwo-podlaskie', name: 'podlaskie', title: 'Województwo podlaskie', type: 'wojewodztwo', teryt: '20', href: '/miejsca/wojewodztwo-podlaskie/' },
  { id: 'wojewodztwo-slaskie', name: 'śląskie', title: 'Województwo śląskie', type: 'wojewodztwo', teryt: '24', href: '/miejsca/wojewodztwo-slaskie/' },
  { id: 'wojewodztwo-opolskie', name: 'opolskie', title: 'Województwo opolskie', type: 'wojewodztwo', teryt: '16', href: '/miejsca/wojewodztwo-opolskie/' },
  {
    id: 'powiat-hajnowski',
    name: 'hajnowski',
    title: 'Powiat hajnowski',
    type: 'powiat',
    parent: 'wojewodztwo-podlaskie',
    teryt: '2005',
    href: '/miejsca/powiat-hajnowski/',
  },
  { id: 'gmina-narew', name: 'Narew', title: 'Gmina Narew', type: 'gmina', parent: 'powiat-hajnowski', teryt: '2005082', href: '/miejsca/gmina-narew/' },
  // The source does not say which województwo Rybnik is in, so it has no parent.
  { id: 'miasto-rybnik', name: 'Rybnik', title: 'Miasto Rybnik', type: 'gmina', teryt: '2473011', href: '/miejsca/miasto-rybnik/' },
];

export const PROJECTS: ProjectFigures[] = [
  project('dac-to', 'Dać to', ['wojewodztwo-podlaskie', 'powiat-hajnowski', 'gmina-narew']),
  project('miasta', 'Miasta', ['wojewodztwo-slaskie', 'wojewodztwo-opolskie', 'wojewodztwo-podlaskie']),
  project('rybnik', 'Rybnik', ['miasto-rybnik']),
];

export const DATA = territoryMapData(PROJECTS, PLACES);
export const tile = (data: TerritoryMapData, teryt: string) => data.tiles.find((candidate) => candidate.teryt === teryt)!;

import { describe, expect, it } from 'vitest';
import { pageSearchFilters, voivodeshipsFor, type FacetGraph, type FacetPlace } from './search-facets.ts';

const places = new Map<string, FacetPlace>([
  ['wojewodztwo-podlaskie', { name: 'podlaskie', type: 'wojewodztwo' }],
  ['wojewodztwo-slaskie', { name: 'śląskie', type: 'wojewodztwo' }],
  ['wojewodztwo-lodzkie', { name: 'łódzkie', type: 'wojewodztwo' }],
  ['powiat-hajnowski', { name: 'hajnowski', type: 'powiat', parent: 'wojewodztwo-podlaskie' }],
  ['gmina-narewka', { name: 'Narewka', type: 'gmina', parent: 'powiat-hajnowski' }],
  ['gmina-michalowo', { name: 'Michałowo', type: 'gmina', parent: 'wojewodztwo-podlaskie' }],
  ['miasto-rybnik', { name: 'Rybnik', type: 'gmina', parent: 'wojewodztwo-slaskie' }],
  ['gmina-bez-rodzica', { name: 'Gdzieś', type: 'gmina' }],
  ['petla-a', { name: 'A', type: 'gmina', parent: 'petla-b' }],
  ['petla-b', { name: 'B', type: 'powiat', parent: 'petla-a' }],
]);
const graph: FacetGraph = {
  places,
  projectTerritory: new Map([
    ['projekt-podlaski', ['gmina-narewka', 'gmina-michalowo', 'powiat-hajnowski']],
    ['projekt-dwa', ['miasto-rybnik', 'wojewodztwo-lodzkie', 'wojewodztwo-podlaskie']],
  ]),
};

describe('voivodeshipsFor', () => {
  it('gives a project its territory’s województwa, distinct and in Polish order', () => {
    expect(voivodeshipsFor({ collection: 'projects', territory: ['gmina-narewka', 'gmina-michalowo'] }, graph)).toEqual(['podlaskie']);
    expect(voivodeshipsFor({ collection: 'projects', territory: graph.projectTerritory.get('projekt-dwa')! }, graph)).toEqual([
      'łódzkie',
      'podlaskie',
      'śląskie',
    ]);
    expect(voivodeshipsFor({ collection: 'projects', territory: [] }, graph)).toEqual([]);
  });
  it('gives models and trainings their project’s', () => {
    expect(voivodeshipsFor({ collection: 'models', project: 'projekt-podlaski' }, graph)).toEqual(['podlaskie']);
    expect(voivodeshipsFor({ collection: 'trainings', project: 'projekt-dwa' }, graph)).toHaveLength(3);
    expect(voivodeshipsFor({ collection: 'models', project: 'nieznany' }, graph)).toEqual([]);
  });
  it('gives institutions their places’, places themselves, programmes their place’s', () => {
    expect(voivodeshipsFor({ collection: 'institutions', places: ['gmina-michalowo', 'miasto-rybnik'] }, graph)).toEqual(['podlaskie', 'śląskie']);
    expect(voivodeshipsFor({ collection: 'institutions' }, graph)).toEqual([]);
    expect(voivodeshipsFor({ collection: 'places', id: 'powiat-hajnowski' }, graph)).toEqual(['podlaskie']);
    expect(voivodeshipsFor({ collection: 'programmes', place: 'miasto-rybnik' }, graph)).toEqual(['śląskie']);
  });
});

describe('pageSearchFilters', () => {
  it('emits the lower-case type, the województwa and the status label', () => {
    expect(pageSearchFilters({ typeLabel: 'Projekt', status: 'przyjety', wojewodztwo: ['podlaskie'] })).toEqual([
      ['typ', 'projekt'],
      ['wojewodztwo', 'podlaskie'],
      ['status', 'przyjęty'],
    ]);
    expect(pageSearchFilters({ typeLabel: 'Pojęcie' })).toEqual([['typ', 'pojęcie']]);
    expect(pageSearchFilters({ typeLabel: 'Miejsce', status: 'konsultacje' })).toEqual([
      ['typ', 'miejsce'],
      ['status', 'w konsultacjach'],
    ]);
  });
});

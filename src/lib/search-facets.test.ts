import { describe, expect, it } from 'vitest';
import { pageSearchFilters, placesConcerned, voivodeshipsOf, type FacetPlace, type FacetStep } from './search-facets.ts';

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
/** A small knowledge base: which entries are places, and where the others' references lead. */
const entries: Record<string, FacetStep> = {
  'projects/projekt-podlaski': { next: ['gmina-narewka', 'gmina-michalowo', 'powiat-hajnowski'].map((id) => ({ collection: 'places', id })) },
  'projects/projekt-dwa': { next: ['miasto-rybnik', 'wojewodztwo-lodzkie', 'wojewodztwo-podlaskie'].map((id) => ({ collection: 'places', id })) },
  'projects/bez-terytorium': { next: [] },
  'models/model-a': { next: [{ collection: 'projects', id: 'projekt-podlaski' }] },
  'trainings/szkolenie-a': { next: [{ collection: 'projects', id: 'projekt-dwa' }] },
  'courses/kurs-a': {
    next: [
      { collection: 'trainings', id: 'szkolenie-a' },
      { collection: 'models', id: 'model-a' },
    ],
  },
  'institutions/ops-a': {
    next: [
      { collection: 'places', id: 'gmina-michalowo' },
      { collection: 'places', id: 'miasto-rybnik' },
    ],
  },
  'models/petla-1': { next: [{ collection: 'models', id: 'petla-2' }] },
  'models/petla-2': { next: [{ collection: 'models', id: 'petla-1' }] },
};
const step = (entry: { collection: string; id: string }): FacetStep | undefined =>
  entry.collection === 'places' ? (places.has(entry.id) ? { place: entry.id } : undefined) : entries[`${entry.collection}/${entry.id}`];
const voivodeships = (collection: string, id: string) => voivodeshipsOf(placesConcerned({ collection, id }, step), places);

describe('placesConcerned and voivodeshipsOf', () => {
  it('gives a project its territory’s województwa, distinct and in Polish order', () => {
    expect(voivodeships('projects', 'projekt-podlaski')).toEqual(['podlaskie']);
    expect(voivodeships('projects', 'projekt-dwa')).toEqual(['łódzkie', 'podlaskie', 'śląskie']);
    expect(voivodeships('projects', 'bez-terytorium')).toEqual([]);
  });
  it('follows references through other entries: models and trainings their project’s, courses their trainings’ and models’', () => {
    expect(voivodeships('models', 'model-a')).toEqual(['podlaskie']);
    expect(voivodeships('trainings', 'szkolenie-a')).toHaveLength(3);
    expect(voivodeships('courses', 'kurs-a')).toEqual(['łódzkie', 'podlaskie', 'śląskie']);
    expect(voivodeships('models', 'nieznany')).toEqual([]);
  });
  it('gives institutions their places’, a place itself', () => {
    expect(voivodeships('institutions', 'ops-a')).toEqual(['podlaskie', 'śląskie']);
    expect(voivodeships('places', 'powiat-hajnowski')).toEqual(['podlaskie']);
    expect(voivodeships('places', 'gmina-bez-rodzica')).toEqual([]);
  });
  it('ends on references that go round in a loop', () => {
    expect(placesConcerned({ collection: 'models', id: 'petla-1' }, step)).toEqual([]);
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

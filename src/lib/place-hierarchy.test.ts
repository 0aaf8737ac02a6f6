import { describe, expect, it } from 'vitest';
import { voivodeshipOf, type PlaceInHierarchy } from './place-hierarchy.ts';

const places = new Map<string, PlaceInHierarchy>([
  ['wojewodztwo-podlaskie', { type: 'wojewodztwo' }],
  ['wojewodztwo-slaskie', { type: 'wojewodztwo' }],
  ['powiat-hajnowski', { type: 'powiat', parent: 'wojewodztwo-podlaskie' }],
  ['gmina-narewka', { type: 'gmina', parent: 'powiat-hajnowski' }],
  ['miasto-rybnik', { type: 'gmina', parent: 'wojewodztwo-slaskie' }],
  ['gmina-bez-rodzica', { type: 'gmina' }],
  ['petla-a', { type: 'gmina', parent: 'petla-b' }],
  ['petla-b', { type: 'powiat', parent: 'petla-a' }],
]);

describe('voivodeshipOf', () => {
  it('is the place itself for a województwo and follows the parent chain otherwise', () => {
    expect(voivodeshipOf('wojewodztwo-podlaskie', places)).toBe('wojewodztwo-podlaskie');
    expect(voivodeshipOf('gmina-narewka', places)).toBe('wojewodztwo-podlaskie');
    expect(voivodeshipOf('miasto-rybnik', places)).toBe('wojewodztwo-slaskie');
  });
  it('is undefined without a parent, for unknown ids and for a cycle', () => {
    expect(voivodeshipOf('gmina-bez-rodzica', places)).toBeUndefined();
    expect(voivodeshipOf('nie-ma', places)).toBeUndefined();
    expect(voivodeshipOf('petla-a', places)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { addressFor, projectFromSearch } from './territory-map-address.ts';

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

import { describe, expect, it } from 'vitest';
import { filterAddress, filterFromSearch } from './workflow-filter-address.ts';

const known = { actors: [{ id: 'ops' }, { id: 'rops' }], sectors: [{ id: 'zdrowie' }] };

describe('the workflow filters in the address', () => {
  it('reads the actor and sector the workflow has, and ignores others', () => {
    expect(filterFromSearch('?aktor=rops&sektor=zdrowie', known)).toEqual({ actor: 'rops', sector: 'zdrowie' });
    expect(filterFromSearch('?aktor=policja&sektor=', known)).toEqual({ actor: '', sector: '' });
    expect(filterFromSearch('', known)).toEqual({ actor: '', sector: '' });
  });

  it('writes them beside the page’s other parameters, keeps the step, and drops an empty filter', () => {
    const location = { pathname: '/modele/m/', search: '?x=1&sektor=zdrowie', hash: '#krok-diagnoza' };
    expect(filterAddress(location, { actor: 'ops', sector: '' })).toBe('/modele/m/?x=1&aktor=ops#krok-diagnoza');
    expect(filterAddress({ ...location, search: '?aktor=ops' }, { actor: '', sector: '' })).toBe('/modele/m/#krok-diagnoza');
  });

  it('reads back what it wrote', () => {
    const address = new URL(filterAddress({ pathname: '/m/', search: '', hash: '' }, { actor: 'rops', sector: 'zdrowie' }), 'https://x.pl');
    expect(filterFromSearch(address.search, known)).toEqual({ actor: 'rops', sector: 'zdrowie' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  hasActiveFilters,
  pagefindFilters,
  readSearchState,
  resultsAnnouncement,
  resultsLabel,
  searchStateQueryString,
  withoutFilter,
} from './search-params.ts';

describe('search state in the address', () => {
  it('reads the query and repeated filters, trimming and dropping empty and duplicate values', () => {
    expect(readSearchState('?q=+opieka+wytchnieniowa+&typ=projekt&typ=model&typ=projekt&wojewodztwo=&status=przyj%C4%99ty&inne=x')).toEqual({
      query: 'opieka wytchnieniowa',
      filters: { typ: ['projekt', 'model'], status: ['przyjęty'] },
    });
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });
  it('writes the same state back, round-tripping Polish letters', () => {
    const state = { query: 'koszyk usług', filters: { typ: ['pojęcie'], wojewodztwo: ['śląskie', 'podlaskie'] } };
    const text = searchStateQueryString(state);
    expect(text.startsWith('?q=koszyk+us')).toBe(true);
    expect(readSearchState(text)).toEqual(state);
    expect(searchStateQueryString({ query: '', filters: {} })).toBe('');
  });
});

describe('filters for pagefind', () => {
  it('ORs values within a filter and keeps only chosen filters', () => {
    expect(pagefindFilters({ typ: ['projekt', 'model'], status: [] })).toEqual({ typ: { any: ['projekt', 'model'] } });
    expect(hasActiveFilters({ status: [] })).toBe(false);
    expect(hasActiveFilters({ status: ['projekt'] })).toBe(true);
    expect(withoutFilter({ typ: ['projekt'], status: ['projekt'] }, 'typ')).toEqual({ status: ['projekt'] });
  });
});

describe('announcements', () => {
  it('uses Polish plural forms', () => {
    expect([1, 2, 5, 12, 22, 25].map(resultsLabel)).toEqual(['1 wynik', '2 wyniki', '5 wyników', '12 wyników', '22 wyniki', '25 wyników']);
  });
  it('says what was found, with filters and when only some results are shown', () => {
    expect(resultsAnnouncement(3, 'opieka', 3, false)).toBe('3 wyniki dla „opieka”.');
    expect(resultsAnnouncement(30, 'opieka', 20, true)).toBe('30 wyników dla „opieka” (z wybranymi filtrami). Pokazano 20 pierwszych.');
    expect(resultsAnnouncement(0, 'xyz', 0, false)).toContain('Brak wyników dla „xyz”');
    expect(resultsAnnouncement(0, '', 0, true)).toContain('Usuń część filtrów');
  });
});

import { describe, expect, it } from 'vitest';
import { searchKey } from './search-text.ts';

describe('searchKey', () => {
  it('gives the comparison key in lower case', () => {
    expect(searchKey('Społeczna')).toBe('spoleczna');
  });
});

import { describe, expect, test } from 'vitest';
import { interfaceText, LANGUAGES, type InterfaceText } from './interface-text.ts';

/** Every key path of a dictionary, with the kind of value it holds; a list is one value, its length each language's own. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}: list`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

/** Every keyed string of a dictionary (its functions are covered where they are used, its lists are data). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('interface text', () => {
  test('every language has every key, of the same kind', () => {
    const [first, ...others] = LANGUAGES.map((language) => shape(interfaceText(language)));
    for (const other of others) expect(other).toEqual(first);
  });

  test.each(LANGUAGES)('no string is empty in %s', (language) => {
    expect(strings(interfaceText(language)).filter((text) => text.trim() === '')).toEqual([]);
  });

  test('the languages differ: no English string is left in Polish, or the other way round', () => {
    const polish = strings(interfaceText('pl'));
    const english = strings(interfaceText('en'));
    expect(polish.filter((text, index) => text === english[index])).toEqual([]);
  });

  test('English counts and search results read naturally', () => {
    const search: InterfaceText['search'] = interfaceText('en').search;
    expect([search.results(1, 'care', 1), search.results(25, 'care', 8), search.results(0, 'xyz', 0)]).toEqual([
      '1 result for “care”.',
      '25 results for “care”. Showing the first 8.',
      'No results for “xyz”. Check the spelling or try another word.',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { items } from './__fixtures__/catalogue-items.ts';
import { catalogueItemCount, catalogueItemKind, parseCatalogue } from './link-catalogue.ts';

describe('naming the kind of an item', () => {
  test('a step carries its code, other kinds their label only', () => {
    expect(catalogueItemKind({ kind: 'krok', code: 'MK-M 3' })).toBe('Krok MK-M 3');
    expect(catalogueItemKind({ kind: 'sekcja' })).toBe('Sekcja');
    expect(catalogueItemKind({ kind: 'wykres' })).toBe('Wykres');
  });

  test('items are counted in the Polish plural', () => {
    expect([1, 2, 5, 22, 40].map(catalogueItemCount)).toEqual(['1 element', '2 elementy', '5 elementów', '22 elementy', '40 elementów']);
  });
});

describe('reading the published catalogue', () => {
  test('keeps well-formed items as they are', () => {
    expect(parseCatalogue(JSON.parse(JSON.stringify(items)))).toEqual(items);
  });

  test('drops anything else instead of failing', () => {
    expect(parseCatalogue(null)).toEqual([]);
    expect(parseCatalogue({ items })).toEqual([]);
    const bad = [
      null,
      'tekst',
      { ...items[0], key: '<b>' },
      { ...items[0], kind: 'strona' },
      { ...items[0], href: 'javascript:alert(1)' },
      { ...items[0], href: '//example.com/#x' },
      { ...items[0], title: 7 },
      { ...items[1], code: '' },
    ];
    const { code: _emptyCode, ...withoutCode } = items[1]!;
    expect(parseCatalogue(bad)).toEqual([withoutCode]);
  });
});

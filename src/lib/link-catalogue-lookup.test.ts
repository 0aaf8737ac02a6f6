import { describe, expect, test } from 'vitest';
import { items, MODEL } from './__fixtures__/catalogue-items.ts';
import { findCatalogueItem } from './link-catalogue-lookup.ts';

describe('finding an item by reference', () => {
  const step = items[2]!;

  test.each(['MK-M 3', 'mk-m-3', 'MK-M-3', 'mk-m 3', 'MK-M%203'])('step code "%s"', (reference) => {
    expect(findCatalogueItem(items, reference)).toBe(step);
  });

  test.each([
    `${MODEL}#krok-wywiad-srodowiskowy`,
    '/modele/model-kooperacji-dla-miast#krok-wywiad-srodowiskowy',
    `https://modele.example.gov.pl${MODEL}#krok-wywiad-srodowiskowy`,
    `${MODEL}#mk-m-3`,
  ])('address "%s"', (reference) => {
    expect(findCatalogueItem(items, reference)).toBe(step);
  });

  test('key', () => {
    expect(findCatalogueItem(items, step.key)).toBe(step);
  });

  test('an address with an encoded anchor', () => {
    expect(findCatalogueItem(items, '/projekty/dac/#zadania-rops-w-bia%C5%82ymstoku')).toBeUndefined();
    expect(findCatalogueItem(items, '/projekty/dac/#zadania-rops-w-bialymstoku')).toBe(items[3]);
  });

  test.each(['', 'MK-M 9', `${MODEL}`, `${MODEL}#nie-ma-takiej`, '/inna-strona/#mk-m-3', 'http://[', 'zzzzzz'])('nothing for "%s"', (reference) => {
    expect(findCatalogueItem(items, reference)).toBeUndefined();
  });
});

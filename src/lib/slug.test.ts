import { describe, expect, test } from 'vitest';
import { SlugRegistry, slugify } from './slug.ts';

describe('slugify', () => {
  test.each([
    ['Źródła finansowania', 'zrodla-finansowania'],
    ['Zadanie 1. Podlaskie Obserwatorium Polityki Społecznej', 'zadanie-1-podlaskie-obserwatorium-polityki-spolecznej'],
    ['Łódź – Gródek, Zabłudów', 'lodz-grodek-zabludow'],
    ['Co się dzieje po zakończeniu projektu?', 'co-sie-dzieje-po-zakonczeniu-projektu'],
    ['  „Koszyk usług”  ', 'koszyk-uslug'],
    ['ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż', 'acelnoszz-acelnoszz'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('SlugRegistry', () => {
  test('numbers repeated headings from 2', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('Cele'), registry.slug('Cele'), registry.slug('Cele')]).toEqual(['cele', 'cele-2', 'cele-3']);
  });

  test('never hands out a reserved id', () => {
    const registry = new SlugRegistry(['historia-zmian']);
    expect(registry.slug('Historia zmian')).toBe('historia-zmian-2');
  });

  test('lets an explicit id be claimed once', () => {
    const registry = new SlugRegistry();
    expect(registry.claim('zadania')).toBe(true);
    expect(registry.claim('zadania')).toBe(false);
    expect(registry.slug('Zadania')).toBe('zadania-2');
  });

  test('gives text without letters a usable id', () => {
    expect(new SlugRegistry().slug('—')).toBe('sekcja');
  });
});

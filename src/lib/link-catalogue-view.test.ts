import { describe, expect, test } from 'vitest';
import { drafts, items, MODEL } from './__fixtures__/catalogue-items.ts';
import type { CatalogueItem, CatalogueItemDraft } from './link-catalogue.ts';
import { withKeys } from './link-catalogue-keys.ts';
import {
  catalogueView,
  catalogueViewSummary,
  filterCatalogue,
  groupByPage,
  isFoundByFilterOnly,
  itemsFoundByFilterOnly,
  itemsListedWithoutFilter,
} from './link-catalogue-view.ts';

describe('grouping and filtering', () => {
  test('items are grouped by page in catalogue order', () => {
    expect(groupByPage(items).map((page) => [page.pageTitle, page.pageHref, page.items.length])).toEqual([
      ['Model kooperacji dla miast', MODEL, 3],
      ['Dać to, czego naprawdę potrzeba', '/projekty/dac/', 1],
      ['Wskaźniki i wykresy', '/wskazniki/', 1],
    ]);
  });

  const titles = (query: string, kinds: CatalogueItem['kind'][] = []) => filterCatalogue(items, { query, kinds }).map((item) => item.title);

  test('an empty filter shows everything', () => {
    expect(titles('')).toHaveLength(items.length);
  });

  test('matching ignores case and Polish letters, on title, page and code', () => {
    expect(titles('srodowiskowy')).toEqual(['Wywiad środowiskowy']);
    expect(titles('BIALYMSTOKU')).toEqual(['Zadania ROPS w Białymstoku']);
    expect(titles('dac potrzeba')).toEqual(['Zadania ROPS w Białymstoku']);
    expect(titles('mk-m 3')).toEqual(['Wywiad środowiskowy']);
    expect(titles('mk-m-1')).toEqual(['Zgłoszenie potrzeby wsparcia']);
  });

  test('every word must match', () => {
    expect(titles('wywiad budżety')).toEqual([]);
  });

  test('kinds narrow the list', () => {
    expect(titles('', ['krok'])).toEqual(['Zgłoszenie potrzeby wsparcia', 'Wywiad środowiskowy']);
    expect(titles('', ['wykres', 'sekcja'])).toEqual(['Jaki problem rozwiązuje', 'Zadania ROPS w Białymstoku', 'Budżety projektów']);
  });
});

describe('items on per-gmina pages', () => {
  const programmeSection = (number: number): CatalogueItemDraft => ({
    kind: 'sekcja',
    title: 'Cel programu',
    pageTitle: `Gminny program w gminie Przykładowa ${number}`,
    href: `/programy/gminny-program-${number}/#cel-programu`,
    filterGroup: 'programów',
  });
  const grown = withKeys([...drafts, ...Array.from({ length: 250 }, (_, index) => programmeSection(index + 1))]);

  test('are told apart by the type of their page, which the build marks, not by how many there are', () => {
    expect(isFoundByFilterOnly({ filterGroup: 'programów' })).toBe(true);
    expect(isFoundByFilterOnly({})).toBe(false);
    expect(itemsListedWithoutFilter(withKeys([programmeSection(1)]))).toEqual([]);
  });

  test('are counted per collection for the sentence that says how to find them', () => {
    expect(itemsFoundByFilterOnly(grown)).toEqual([{ group: 'programów', count: 250 }]);
    expect(itemsFoundByFilterOnly(items)).toEqual([]);
  });

  test('stay out of the list until something is typed, then the whole catalogue is searched', () => {
    const unfiltered = catalogueView(grown, { query: '', kinds: ['sekcja', 'krok', 'wykres'] });
    expect(unfiltered).toMatchObject({ matching: items.length, filtered: false });
    expect(unfiltered.shown.map((item) => item.title)).toEqual(items.map((item) => item.title));

    const one = catalogueView(grown, { query: 'przykladowa 250', kinds: ['sekcja'] });
    expect(one.shown.map((item) => item.pageTitle)).toEqual(['Gminny program w gminie Przykładowa 250']);
    expect(one.filtered).toBe(true);
  });

  test('a filter that matches many draws only the first ones and says how many match', () => {
    const many = catalogueView(grown, { query: 'cel programu', kinds: ['sekcja'] }, 100);
    expect(many.matching).toBe(250);
    expect(many.shown).toHaveLength(100);
    expect(many.shown[0]!.pageTitle).toBe('Gminny program w gminie Przykładowa 1');
  });

  test('the summary says what the list shows, and how to find what it leaves out', () => {
    const summary = (query: string, kinds: CatalogueItem['kind'][], catalogue = grown) =>
      catalogueViewSummary(catalogueView(catalogue, { query, kinds }), {
        total: catalogue.length,
        kindsChosen: kinds.length,
        foundByFilterOnly: itemsFoundByFilterOnly(catalogue),
      });
    expect(summary('', ['sekcja', 'krok', 'wykres'], items)).toBe('Wszystkie elementy: 5.');
    expect(summary('', ['krok'], items)).toBe('Lista pokazuje 2 z 5 elementów.');
    expect(summary('', ['sekcja', 'krok', 'wykres'])).toBe(
      'Lista pokazuje 5 z 255 elementów. Sekcje stron programów (250) pojawią się, gdy wpiszesz nazwę gminy albo słowo z tytułu.',
    );
    expect(summary('przykladowa 250', ['sekcja'])).toBe('Pasuje 1 z 255 elementów.');
    expect(summary('cel programu', ['sekcja'])).toBe('Pasuje 250 z 255 elementów. Lista pokazuje pierwsze 100: dopisz słowo, aby zawęzić wyniki.');
    expect(summary('cel', [])).toBe('Zaznacz co najmniej jeden rodzaj elementów.');
  });

  test('no kind chosen shows nothing', () => {
    expect(catalogueView(grown, { query: 'cel', kinds: [] })).toEqual({ shown: [], matching: 0, filtered: false });
  });
});

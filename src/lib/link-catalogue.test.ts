import { describe, expect, test } from 'vitest';
import {
  CATALOGUE_KEY,
  CatalogueKeyCollisionError,
  catalogueItemKind,
  catalogueKey,
  catalogueView,
  filterCatalogue,
  findCatalogueItem,
  groupByPage,
  isFoundByFilterOnly,
  itemsFoundByFilterOnly,
  itemsListedWithoutFilter,
  paragraphSummary,
  parseCatalogue,
  sectionSummaries,
  shortSummary,
  withKeys,
  type CatalogueItem,
  type CatalogueItemDraft,
} from './link-catalogue.ts';

const MODEL = '/modele/model-kooperacji-dla-miast/';

const drafts: CatalogueItemDraft[] = [
  { kind: 'sekcja', title: 'Jaki problem rozwiązuje', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#jaki-problem-rozwiazuje` },
  { kind: 'krok', title: 'Zgłoszenie potrzeby wsparcia', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#krok-zgloszenie-potrzeby`, code: 'MK-M 1' },
  { kind: 'krok', title: 'Wywiad środowiskowy', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#krok-wywiad-srodowiskowy`, code: 'MK-M 3' },
  { kind: 'sekcja', title: 'Zadania ROPS w Białymstoku', pageTitle: 'Dać to, czego naprawdę potrzeba', href: '/projekty/dac/#zadania-rops-w-bialymstoku' },
  { kind: 'wykres', title: 'Budżety projektów', pageTitle: 'Wskaźniki i wykresy', href: '/wskazniki/#wykres-budzety' },
];
const items: CatalogueItem[] = withKeys(drafts);

describe('catalogue keys', () => {
  test('are six base-36 characters', () => {
    for (const item of items) expect(item.key).toMatch(CATALOGUE_KEY);
  });

  test('depend on the address alone, the same on every run and in any catalogue order', () => {
    expect(catalogueKey(`${MODEL}#krok-zgloszenie-potrzeby`)).toBe(catalogueKey(`${MODEL}#krok-zgloszenie-potrzeby`));
    expect(
      withKeys([...drafts].reverse())
        .map((item) => item.key)
        .reverse(),
    ).toEqual(items.map((item) => item.key));
  });

  test('are pinned, so a change to the hash never silently breaks printed paths', () => {
    expect(catalogueKey('/modele/model-kooperacji-dla-miast/#krok-zgloszenie-potrzeby')).toBe('fsp504');
    expect(catalogueKey('/wskazniki/#wykres-budzety')).toBe('f9ivck');
  });

  test('differ between neighbouring addresses', () => {
    const keys = new Set(Array.from({ length: 2000 }, (_value, index) => catalogueKey(`${MODEL}#krok-${index}`)));
    expect(keys.size).toBe(2000);
  });

  test('keep the items in the given order', () => {
    expect(items.map((item) => item.title)).toEqual(drafts.map((draft) => draft.title));
  });

  test('an address listed twice stops the build, naming it', () => {
    expect(() => withKeys([drafts[0]!, { ...drafts[0]!, title: 'Inny nagłówek' }])).toThrow(CatalogueKeyCollisionError);
    expect(() => withKeys([drafts[0]!, { ...drafts[0]!, title: 'Inny nagłówek' }])).toThrow(`adres ${MODEL}#jaki-problem-rozwiazuje występuje dwa razy`);
  });

  test('two addresses with the same key stop the build, naming both', () => {
    const byKey = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index += 1) {
      const href = `/x/#kotwica-${index}`;
      const key = catalogueKey(href);
      const earlier = byKey.get(key);
      if (earlier) pair = [earlier, href];
      byKey.set(key, href);
    }
    const [first, second] = pair;
    const colliding = [first, second].map((href) => ({ kind: 'sekcja' as const, title: href, pageTitle: 'X', href }));
    expect(() => withKeys(colliding)).toThrow(new RegExp(`ten sam klucz „${catalogueKey(first)}”: ${first}.*${second}`));
  });
});

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

describe('naming the kind of an item', () => {
  test('a step carries its code, other kinds their label only', () => {
    expect(catalogueItemKind({ kind: 'krok', code: 'MK-M 3' })).toBe('Krok MK-M 3');
    expect(catalogueItemKind({ kind: 'sekcja' })).toBe('Sekcja');
    expect(catalogueItemKind({ kind: 'wykres' })).toBe('Wykres');
  });
});

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

  test('no kind chosen shows nothing', () => {
    expect(catalogueView(grown, { query: 'cel', kinds: [] })).toEqual({ shown: [], matching: 0, filtered: false });
  });
});

describe('section summaries from an MDX body', () => {
  const citation = (source: string) => (source === 'zrodlo-a' ? '(źródło: Strona projektu A)' : undefined);
  const heading = (depth: number, text: string, slug: string) => ({ depth, text, slug });

  test('take the first paragraph under each h2 and h3 as plain text', () => {
    const body = [
      '## Cel projektu',
      '',
      'Projekt ma **wypracować** model i [wdrożyć go](/modele/x/) w _gminach_.',
      'Drugi wiersz tego samego akapitu.',
      '',
      'Drugi akapit się nie liczy.',
      '',
      '### Zadanie 1. Obserwatorium',
      '',
      'Obserwatorium diagnozuje `potrzeby`.',
    ].join('\n');
    const summaries = sectionSummaries(body, [heading(2, 'Cel projektu', 'cel-projektu'), heading(3, 'Zadanie 1. Obserwatorium', 'zadanie-1')], citation);
    expect(Object.fromEntries(summaries)).toEqual({
      'cel-projektu': 'Projekt ma wypracować model i wdrożyć go w gminach. Drugi wiersz tego samego akapitu.',
      'zadanie-1': 'Obserwatorium diagnozuje potrzeby.',
    });
  });

  test('write a citation out as the page does', () => {
    const body = '## Finansowanie\n\nKoszt wynosi 100,00 zł <Cite source="zrodlo-a" />.';
    expect(sectionSummaries(body, [heading(2, 'Finansowanie', 'finansowanie')], citation).get('finansowanie')).toBe(
      'Koszt wynosi 100,00 zł (źródło: Strona projektu A).',
    );
  });

  test.each([
    ['a list', '## Cele\n\n- pierwszy\n- drugi'],
    ['a numbered list', '## Cele\n\n1. pierwszy'],
    ['a component', '## Cele\n\n<Komponent />'],
    ['an expression', '## Cele\n\nTekst {zmienna}.'],
    ['an unknown source', '## Cele\n\nKwota <Cite source="nie-ma" />.'],
    ['a paragraph that introduces a list', '## Cele\n\nProjekt ma:\n\n- cel'],
    ['a heading followed by another heading', '## Cele\n\n### Podcel\n\nTekst.'],
    ['a code block', '## Cele\n\n```\nkod\n```'],
  ])('leave out a section that starts with %s', (_case, body) => {
    expect(sectionSummaries(body, [heading(2, 'Cele', 'cele')], citation).has('cele')).toBe(false);
  });

  test('pair headings by position and text, and give none when they do not pair up', () => {
    const body = '## Pierwszy\n\nA.\n\n## Drugi\n\nB.';
    expect(Object.fromEntries(sectionSummaries(body, [heading(2, 'Pierwszy', 'p'), heading(2, 'Drugi', 'd')], citation))).toEqual({ p: 'A.', d: 'B.' });
    expect(Object.fromEntries(sectionSummaries(body, [heading(2, 'Inny', 'i'), heading(2, 'Drugi', 'd')], citation))).toEqual({ d: 'B.' });
    expect(sectionSummaries(body, [heading(3, 'Pierwszy', 'p')], citation).size).toBe(0);
  });

  test('ignore headings inside code blocks and deeper headings', () => {
    const body = '```\n## Nie nagłówek\n```\n\n#### Głębiej\n\nX.\n\n## Prawdziwy\n\nTekst.';
    expect(Object.fromEntries(sectionSummaries(body, [heading(4, 'Głębiej', 'g'), heading(2, 'Prawdziwy', 'p')], citation))).toEqual({ p: 'Tekst.' });
  });
});

describe('short summaries', () => {
  test('keep short text as it is', () => {
    expect(shortSummary('  Krótki   tekst. ')).toBe('Krótki tekst.');
  });

  test('keep whole sentences that fit', () => {
    const text = `${'Pierwsze zdanie jest dość długie. '.repeat(5)}Ostatnie zdanie już się nie zmieści, bo jest za długie na ten limit.`;
    expect(shortSummary(text, 180)).toBe('Pierwsze zdanie jest dość długie. '.repeat(5).trim());
  });

  test('do not end a sentence at a Polish abbreviation', () => {
    const text = 'Program przyjęto 23 września 2021 r. Rada Miasta. Dalej ul. Żużlowa 2 i reszta zdania, która się nie mieści.';
    expect(shortSummary(text, 60)).toBe('Program przyjęto 23 września 2021 r. Rada Miasta.');
  });

  test('cut a long first sentence at a word, with an ellipsis, never inside an emoji', () => {
    const summary = shortSummary(`${'słowo '.repeat(60)}koniec.`, 50);
    expect(summary.endsWith('…')).toBe(true);
    expect(Array.from(summary).length).toBeLessThanOrEqual(51);
    expect(shortSummary('😀'.repeat(30), 10)).toBe(`${'😀'.repeat(10)}…`);
  });

  test('a paragraph summary gives nothing for an introduction to a list or a cut citation', () => {
    expect(paragraphSummary('Projekt ma:')).toBeUndefined();
    expect(paragraphSummary(`Koszt ${'bardzo '.repeat(50)}wysoki wynosi 5 zł (źródło: Strona).`)).toBeUndefined();
    expect(paragraphSummary('Koszt wynosi 5 zł (źródło: Strona).')).toBe('Koszt wynosi 5 zł (źródło: Strona).');
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

import { describe, expect, test } from 'vitest';
import { paragraphSummary, sectionSummaries, shortSummary } from './section-summaries.ts';

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

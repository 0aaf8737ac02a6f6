import { describe, expect, test } from 'vitest';
import { readPageFile } from '../lib/content-file.ts';
import { pinnedIdProblems } from './pinned-ids.ts';

/** Sections a page adds itself, as the table gives them. */
const RESERVED = new Map([
  ['najwazniejsze-informacje', 'Najważniejsze informacje'],
  ['zrodla-informacji', 'Źródła informacji'],
  ['historia-zmian', 'Historia zmian'],
  ['powiazane-programy', 'Programy'],
]);

/** Problems of a page whose text starts on line 10 of its file (after nine lines of frontmatter), as "line: message". */
function problems(...lines: string[]): string[] {
  const text = ['---', ...Array.from({ length: 7 }, (_, index) => `pole${index}: 1`), '---', ...lines].join('\n');
  const { facts } = readPageFile('content/models/strona.md', text);
  return pinnedIdProblems(facts!.headings, RESERVED).map((problem) => `${problem.line}: ${problem.message}`);
}

describe('pinned heading ids', () => {
  test('accepts pinned ids on headings of any level, with or without spaces in the braces', () => {
    expect(
      problems('## Źródła finansowania { #finansowanie }', '', 'Tekst.', '', '### Zadanie 1 {#zadanie-obserwatorium}', '#### Krok 2 {  #etap-2  }'),
    ).toEqual([]);
  });

  test('headings without braces are not its business', () => {
    expect(problems('## Cele', '### Zadania { dla OPS } w tekście', 'Akapit { #nie-naglowek }')).toEqual([]);
  });

  test('an escaped brace is text, not a pinned id', () => {
    expect(problems('## Zbiór \\{ A, B \\}')).toEqual([]);
  });

  test('lines in fenced code are not headings', () => {
    expect(problems('```', '## Przykład { .zle }', '```')).toEqual([]);
  });

  test('an id that is not a slug, with the slug to use instead', () => {
    expect(problems('## Źródła { #Źródła_finansowania }')).toEqual([
      '10: identyfikator „Źródła_finansowania” może mieć tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki między nimi, np. „zrodla-finansowania”',
    ]);
  });

  test('anything else in the braces; empty braces are text, as the build prints them', () => {
    expect(problems('', '## Cele { .wazne }', '## Zadania { #zadania .wazne }', '## Pusty {}')).toEqual([
      '11: nawias klamrowy na końcu nagłówka to miejsce na stały identyfikator sekcji, zapisany jako { #identyfikator }, np. { #zrodla-finansowania }; znaleziono „{ .wazne }”',
      '12: nawias klamrowy na końcu nagłówka to miejsce na stały identyfikator sekcji, zapisany jako { #identyfikator }, np. { #zrodla-finansowania }; znaleziono „{ #zadania .wazne }”',
    ]);
  });

  test('the same id twice on one page, naming the line of the first', () => {
    expect(problems('## Cele { #cele }', '', '## Cele szczegółowe { #cele }')).toEqual([
      '12: identyfikator „cele” ma już nagłówek w wierszu 10; każda sekcja strony potrzebuje własnego',
    ]);
  });

  test('the id of a section the layout adds', () => {
    expect(problems('## Zmiany { #historia-zmian }')).toEqual([
      '10: identyfikator „historia-zmian” ma już sekcja „Historia zmian”, którą strona dodaje sama; wybierz inny',
    ]);
  });

  test.each([
    ['krok-diagnoza', 'identyfikatory zaczynające się od „krok-” to adresy kroków modelu'],
    ['wykres-budzet', 'identyfikatory zaczynające się od „wykres-” to adresy wykresów'],
    ['p-2-3', 'identyfikatory w postaci „p-2-3” to adresy ustępów dokumentów do konsultacji'],
    ['cele-akapit-2', 'identyfikatory kończące się na „-akapit-” i numer to adresy akapitów'],
  ])('an id of the shape another part of the page uses: %s', (id, owner) => {
    expect(problems(`## Nagłówek { #${id} }`)).toEqual([`10: ${owner}; wybierz dla nagłówka inny identyfikator niż „${id}”`]);
  });

  test('an id another heading of the page gets from its text: that heading would move to "-2"', () => {
    expect(problems('## Inne { #cel-projektu }', '', 'Tekst.', '', '## Cel projektu')).toEqual([
      '10: identyfikator „cel-projektu” to adres, który ma z tekstu nagłówek „Cel projektu” w wierszu 14; ten nagłówek dostałby wtedy adres „cel-projektu-2”, a odnośniki do niego prowadziłyby tutaj. Przypnij tu inny identyfikator albo przypnij tamtemu nagłówkowi jego obecny adres',
    ]);
    expect(problems('## Cel projektu { #cel-projektu }', '', '## Cele szczegółowe')).toEqual([]);
  });
});

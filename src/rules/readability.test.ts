import { describe, expect, test } from 'vitest';
import { ruleInput } from './__fixtures__/rule-input.ts';
import { readability } from './readability.ts';

const EASY = ['## Dla kogo jest model', '', 'Model pomaga rodzinom na wsi.', '', '- Opiekunka przychodzi do domu.', '- Pomaga w codziennych sprawach.'].join(
  '\n',
);

function easyRead(body: string, data: Record<string, unknown> = {}) {
  return {
    type: 'easyRead' as const,
    id: 'model-a',
    file: 'content/easy-read/model-a.md',
    data: { title: 'Model a', description: 'Krótki opis.', ...data },
    body,
  };
}

describe('readability', () => {
  test('an easy text and a plain lead pass', () => {
    const input = ruleInput([easyRead(EASY), { type: 'models', id: 'model-a', data: { inBrief: 'Model pomaga OPS i gminie w pracy z rodziną.' } }]);
    expect(readability.check(input)).toEqual({ problems: [] });
  });

  test('a hard easy-to-read text is reported at its file with every broken limit and its hardest sentences, by line', () => {
    const body = [
      'Model pomaga rodzinom.',
      '',
      'Ośrodek pomocy społecznej koordynuje zindywidualizowane wsparcie niepełnosprawnych mieszkańców gminy wiejskiej.',
      '',
      'OPS prowadzi diagnozę.',
    ].join('\n');
    const [problem, ...rest] = readability.check(ruleInput([easyRead(body)])).problems;
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      file: 'content/easy-read/model-a.md',
      field: 'tekst łatwy do czytania',
      message: expect.stringMatching(
        /^wskaźnik FOG-PL wynosi \d+,\d, a może najwyżej 7,0; tekst zawiera skróty pisane wielkimi literami: OPS; napisz pełne słowa\. /,
      ),
    });
    // The frontmatter of the fixture has 3 lines, so the body's first line is line 4.
    expect(problem!.message).toContain(
      'Najtrudniejsze zdania: „Ośrodek pomocy społecznej koordynuje zindywidualizowane wsparcie niepełnosprawnych mieszkańców gminy wiejskiej.” (wiersz 6: 10 słów, 3 trudne)',
    );
    expect(problem!.message).toContain('„OPS prowadzi diagnozę.” (wiersz 8: 3 słowa, 0 trudnych)');
  });

  test('long sentences break the limit of 10 words on average, and the title and description count', () => {
    const long = 'Opiekunka przychodzi do domu i pomaga w sprawach, które są dla rodziny trudne każdego dnia.';
    const problem = readability.check(ruleInput([easyRead(long, { title: 'Tekst', description: long })])).problems[0];
    expect(problem?.message).toMatch(/zdanie ma średnio \d+,\d słowa, a może najwyżej 10/);
    expect(problem?.message).toContain('(pole description: 15 słów, 1 trudne)');
  });

  test('a "W skrócie" lead above FOG-PL 10 is reported under its field, on any type', () => {
    const lead =
      'Koordynacja działań w zakresie polityki społecznej wymaga współdziałania instytucji samorządowych, organizacji pozarządowych i podmiotów ekonomii społecznej na terenie województwa.';
    const input = ruleInput([{ type: 'projects', id: 'projekt-a', data: { inBrief: lead } }]);
    expect(readability.check(input).problems).toEqual([
      {
        file: 'content/projects/projekt-a.md',
        field: 'inBrief',
        message: expect.stringMatching(/^wskaźnik FOG-PL wynosi \d+,\d, a może najwyżej 10,0\. Najtrudniejsze zdania: „Koordynacja/),
      },
    ]);
  });

  test('pages of other types are not held to the easy-to-read limits', () => {
    const body = 'Ośrodek pomocy społecznej koordynuje zindywidualizowane wsparcie niepełnosprawnych mieszkańców gminy wiejskiej.';
    expect(readability.check(ruleInput([{ type: 'models', id: 'model-a', body }])).problems).toEqual([]);
  });
});

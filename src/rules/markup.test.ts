import { describe, expect, test } from 'vitest';
import { ruleInput } from './__fixtures__/rule-input.ts';
import { markdownOnly, unsafeMarkup } from './markup.ts';

/** What a rule finds in one page whose text starts on line 4 of its file, as "line: found". */
function found(rule: typeof markdownOnly, body: string, file = 'content/places/strona.md'): string[] {
  const input = ruleInput([{ type: 'places', id: 'strona', file, body }]);
  return rule.check(input).problems.map((problem) => `${problem.field.replace('treść, wiersz ', '')}: ${/„(.*?)”/.exec(problem.message)?.[1]}`);
}

describe('MDX syntax in a .md file', () => {
  test('finds components and module lines with their line in the file', () => {
    const body = ['## Cel', '', 'Zgodnie z umową <Cite source="zrodlo-x" />.', 'import Tabela from "../x.astro";', '', '<BudgetTable project="p" />'].join(
      '\n',
    );
    expect(found(markdownOnly, body)).toEqual(['6: <Cite source="zrodlo-x" />', '7: import Tabela from "../x.astro";', '9: <BudgetTable project="p" />']);
  });

  test('leaves plain Markdown, HTML tags, code blocks and inline code alone', () => {
    const body = [
      'Tekst z <abbr title="ośrodek pomocy społecznej">OPS</abbr> i <br>.',
      'Przykład w kodzie: `<Cite source="x" />`.',
      '',
      '```mdx',
      '<Cite source="x" />',
      'import X from "y";',
      '```',
      '',
      'Kwota < 5 000 zł i > 100 zł; porównanie a<B.',
      'Importowane dane (import z systemu) nie są kodem.',
    ].join('\n');
    expect(found(markdownOnly, body)).toEqual([]);
  });

  test('is no concern of a .mdx file, where components run', () => {
    expect(found(markdownOnly, 'Tekst <Cite source="x" />.', 'content/places/strona.mdx')).toEqual([]);
  });
});

describe('unsafe markup', () => {
  test('refuses scripts, frames, event handlers and javascript: addresses in Markdown', () => {
    const body = [
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://example.org"></iframe>',
      '',
      'Obrazek <img src="a.png" onerror="alert(1)"> w tekście.',
      '',
      '[kliknij](javascript:alert(1))',
      '',
      '<a href="javascript:void(0)">tu</a>',
    ].join('\n');
    expect(found(unsafeMarkup, body)).toEqual(['4: <script', '6: <iframe', '8: onerror=', '10: javascript:alert(1)', '12: href="javascript:']);
  });

  test('refuses the same written as JSX in .mdx', () => {
    const body = ['<iframe src="https://example.org" />', '', 'Tekst <a href="javascript:alert(1)">tu</a> i <span onClick="x">b</span>.'].join('\n');
    expect(found(unsafeMarkup, body, 'content/places/strona.mdx')).toEqual(['4: <iframe>', '6: javascript:alert(1)', '6: onClick=']);
  });

  test('leaves ordinary links, HTML and code alone', () => {
    const body = ['[Rybnik](https://www.rybnik.eu/) i [projekt](/projekty/x/#cel)', '', '`<script>` w kodzie', '', '<abbr title="x">OPS</abbr>'].join('\n');
    expect(found(unsafeMarkup, body)).toEqual([]);
  });
});

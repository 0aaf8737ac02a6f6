import { describe, expect, test } from 'vitest';
import { findMdxOnlySyntax } from './markdown-syntax.ts';

describe('findMdxOnlySyntax', () => {
  test('finds components and module lines with their line in the file', () => {
    const body = ['## Cel', '', 'Zgodnie z umową <Cite source="zrodlo-x" />.', 'import Tabela from "../x.astro";', '<BudgetTable project="p" />'].join('\n');
    expect(findMdxOnlySyntax(body, 10)).toEqual([
      { line: 12, found: '<Cite source="zrodlo-x" />' },
      { line: 13, found: 'import Tabela from "../x.astro";' },
      { line: 14, found: '<BudgetTable project="p" />' },
    ]);
  });

  test('leaves plain Markdown, HTML tags, code blocks and inline code alone', () => {
    const body = [
      'Tekst z <abbr title="ośrodek pomocy społecznej">OPS</abbr> i <br>.',
      'Przykład w kodzie: `<Cite source="x" />`.',
      '```mdx',
      '<Cite source="x" />',
      'import X from "y";',
      '```',
      'Kwota < 5 000 zł i > 100 zł; porównanie a<B.',
      'Importowane dane (import z systemu) nie są kodem.',
    ].join('\n');
    expect(findMdxOnlySyntax(body, 1)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { checkGuideBody } from './body-rules.ts';

describe('checkGuideBody', () => {
  test('accepts sections with paragraphs and lists, and inline citations', () => {
    const body = '\n## Cel\n\nAkapit z cytowaniem. <Cite source="zrodlo" />\n\n- punkt\n- punkt\n\n## Dalej\n\n1. krok\n2. krok\n';
    expect(checkGuideBody(body, 10)).toEqual([]);
  });

  test('text before the first section has no paragraph to belong to', () => {
    expect(checkGuideBody('Wstęp.\n\n## Cel\n', 8)).toEqual([{ line: 8, message: expect.stringContaining('przed pierwszym nagłówkiem') }]);
  });

  test('only second-level headings, with the file line of the offending one', () => {
    const problems = checkGuideBody('## Cel\n\n### Podrozdział\n\n# Tytuł\n', 5);
    expect(problems.map((problem) => problem.line)).toEqual([7, 9]);
    expect(problems[0]?.message).toContain('nagłówek stopnia 3');
  });

  test('quotations, tables, code and block-level HTML are refused', () => {
    const problems = checkGuideBody('## Cel\n\n> cytat\n\n| a | b |\n\n```\nkod\n```\n\n<div>blok</div>\n', 1);
    expect(problems.map((problem) => problem.message.split(' ')[0])).toEqual(['cytat', 'tabela', 'blok', 'blok', 'znacznik']);
  });
});

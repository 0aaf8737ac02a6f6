import { describe, expect, test } from 'vitest';
import { ruleInput } from './__fixtures__/rule-input.ts';
import { guideText, guideVersions } from './guides.ts';

/** The guide-text problems of one version whose body starts on line 4 of its file, as "line: message". */
function problems(body: string): string[] {
  const input = ruleInput([{ type: 'guides', id: 'poradnik/1', file: 'content/guides/poradnik/1.mdx', body }]);
  return guideText.check(input).problems.map((problem) => `${problem.field.replace('treść, wiersz ', '')}: ${problem.message}`);
}

describe('guide text', () => {
  test('accepts sections with paragraphs and lists, and inline citations', () => {
    expect(problems('## Cel\n\nAkapit z cytowaniem. <Cite source="zrodlo" />\n\n- punkt\n- punkt\n\n## Dalej\n\n1. krok\n2. krok\n')).toEqual([]);
  });

  test('text before the first section has no paragraph to belong to, said once', () => {
    expect(problems('Wstęp.\n\nJeszcze jeden.\n\n## Cel\n')).toEqual([expect.stringMatching(/^4: tekst przed pierwszym nagłówkiem/)]);
  });

  test('only second-level headings, with the file line of the offending one', () => {
    const found = problems('## Cel\n\n### Podrozdział\n\n# Tytuł\n');
    expect(found.map((problem) => problem.split(':')[0])).toEqual(['6', '8']);
    expect(found[0]).toContain('nagłówek stopnia 3');
  });

  test('quotations, tables, code and block-level markup are refused, each block once', () => {
    const found = problems('## Cel\n\n> cytat\n> dalej\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nkod\n```\n\n<Cite source="a" />\n');
    expect(found.map((problem) => problem.split(': ')[1]!.split(' ')[0])).toEqual(['cytat', 'tabela', 'blok', 'znacznik']);
  });

  test('a heading-like line inside a code block is code, as the build reads it', () => {
    expect(problems('## Cel\n\n~~~\n# nie nagłówek\n~~~\n').map((problem) => problem.split(': ')[1]!.split(' ')[0])).toEqual(['blok']);
  });
});

describe('guide versions', () => {
  test('checks the versions of each document together, numbered by their file names', () => {
    const version = (number: number, date: string) => ({
      type: 'guides' as const,
      id: `poradnik/${number}`,
      file: `content/guides/poradnik/${number}.mdx`,
      data: { version: number, status: 'przyjety', date: new Date(date) },
    });
    expect(guideVersions.check(ruleInput([version(1, '2026-01-02'), version(2, '2026-01-01')])).problems).toEqual([
      expect.objectContaining({ file: 'content/guides/poradnik/2.mdx', field: 'date' }),
    ]);
    expect(guideVersions.check(ruleInput([version(1, '2026-01-01'), version(3, '2026-01-02')])).problems).toEqual([
      expect.objectContaining({ file: 'content/guides/poradnik/3.mdx', field: 'version' }),
    ]);
  });
});

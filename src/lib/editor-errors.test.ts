import { describe, expect, test } from 'vitest';
import { describeIssue, formatFieldPath, formatProblem, formatProblemReport, problemsFromIssue } from './editor-errors.ts';

test('field paths count list positions from 1, as editors do', () => {
  expect(formatFieldPath(['changes', 0, 'date'])).toBe('changes › pozycja 1 › date');
  expect(formatFieldPath([])).toBe('');
});

describe('describeIssue writes zod issues as Polish expected/found sentences', () => {
  test.each([
    [{ code: 'invalid_type', path: [], message: '', expected: 'string', input: undefined }, 'brak wymaganego pola (oczekiwano: tekst)'],
    [{ code: 'invalid_type', path: [], message: '', expected: 'array', input: 'a' }, 'oczekiwano: lista; znaleziono „a”'],
    [{ code: 'invalid_value', path: [], message: '', values: ['osoby', '%'], input: 'zł' }, 'oczekiwano jednej z wartości: osoby, %; znaleziono „zł”'],
    [{ code: 'too_small', path: [], message: '', origin: 'array', minimum: 1, input: [] }, 'lista musi mieć co najmniej 1 pozycji'],
    [{ code: 'too_big', path: [], message: '', origin: 'string', maximum: 300, input: 'x' }, 'tekst może mieć najwyżej 300 znaków'],
  ])('%j', (issue, message) => {
    expect(describeIssue(issue)).toBe(message);
  });
});

test('each unknown field becomes its own problem', () => {
  const problems = problemsFromIssue({ code: 'unrecognized_keys', path: ['funding'], message: '', keys: ['programe', 'os'] }, 'content/projects/a.mdx');
  expect(problems.map((problem) => problem.field)).toEqual(['funding › programe', 'funding › os']);
});

test('a problem line names the file, the entry of a list file and the field', () => {
  expect(formatProblem({ file: 'content/glossary.yaml', entry: 'ops', field: 'definition', message: 'pole nie może być puste' })).toBe(
    'content/glossary.yaml (wpis „ops”): pole „definition”: pole nie może być puste',
  );
  expect(formatProblem({ file: 'content/x.mdx', field: '', message: 'brak nagłówka' })).toBe('content/x.mdx: brak nagłówka');
});

test('the report counts problems with the right Polish form', () => {
  const problem = { file: 'f', field: 'a', message: 'm' };
  expect(formatProblemReport([problem]).split('\n')[0]).toBe('Treść ma 1 błąd; strona nie zostanie zbudowana, dopóki nie zostaną poprawione:');
  expect(formatProblemReport(Array(5).fill(problem)).split('\n')[0]).toContain('5 błędów');
});

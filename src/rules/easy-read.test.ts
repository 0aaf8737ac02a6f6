import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { easyReadSubjects } from './easy-read.ts';

function easyRead(id: string, subject: Record<string, unknown>): TestPage {
  return { type: 'easyRead', id, file: `content/easy-read/${id}.md`, data: subject };
}

const GUIDE: TestPage = { type: 'guides', id: 'poradnik-a/1', file: 'content/guides/poradnik-a/1.mdx' };

describe('easy-read subjects', () => {
  test('a text named with the id of the model, programme or guide it summarises passes', () => {
    const input = ruleInput([
      easyRead('model-a', { model: { collection: 'models', id: 'model-a' } }),
      easyRead('program-a', { programme: { collection: 'programmes', id: 'program-a' } }),
      easyRead('poradnik-a', { guide: 'poradnik-a' }),
      GUIDE,
    ]);
    expect(easyReadSubjects.check(input)).toEqual({ problems: [] });
  });

  test('a text named otherwise is told the name its file must have', () => {
    const input = ruleInput([easyRead('model-b-latwy', { model: { collection: 'models', id: 'model-b' } })]);
    expect(easyReadSubjects.check(input).problems).toEqual([
      {
        file: 'content/easy-read/model-b-latwy.md',
        field: 'model',
        message: 'tekst łatwy do czytania ma adres strony, którą streszcza: nazwij plik „model-b” (z tym samym rozszerzeniem), a nie „model-b-latwy”',
      },
    ]);
  });

  test('a guide that does not exist is reported with the closest document', () => {
    const input = ruleInput([easyRead('poradnik-b', { guide: 'poradnik-b' }), GUIDE]);
    expect(easyReadSubjects.check(input).problems).toEqual([
      {
        file: 'content/easy-read/poradnik-b.md',
        field: 'guide',
        message: 'oczekiwano nazwy folderu dokumentu z content/guides/; znaleziono „poradnik-b”, a takiego dokumentu nie ma. Czy chodziło o „poradnik-a”?',
      },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { courseItems } from './course-items.ts';
import type { ParsedEntry, RuleInput } from './types.ts';

const COURSE = 'content/courses/kurs-testowy.mdx';

/** A course with one session per list of items. */
const course = (...sessions: string[][]): TestPage => ({
  type: 'courses',
  id: 'kurs-testowy',
  file: COURSE,
  data: { sessions: sessions.map((items, index) => ({ title: `Zajęcia ${index + 1}`, items })) },
});

/** A model whose workflow, coded "MT", has five steps. */
const model: TestPage = {
  type: 'models',
  id: 'model-testowy',
  file: 'content/models/model-testowy.mdx',
  data: { workflow: { code: 'MT', steps: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, next: [] })) } },
};

/** The input with an entry that failed its schema, its fields as written in `raw`. */
function withFailed(input: RuleInput, failed: Omit<ParsedEntry, 'data'>): RuleInput {
  return { ...input, files: [...input.files, { type: failed.type, file: failed.file }], entries: [...input.entries, failed] };
}

const brokenModel = { type: 'models' as const, id: 'model-zly', file: 'content/models/model-zly.mdx' };

describe('course items', () => {
  test('accepts steps that exist, however typed, and pages of the site with an anchor', () => {
    const input = ruleInput([
      course(['MT 1', 'mt-5', 'MT-3'], ['/modele/model-testowy/#kroki-modelu', '/wskazniki/#wykres-budzety', '/dokumenty/poradnik/#cel', '/szukaj/#wyniki']),
      model,
      { type: 'guides', id: 'poradnik/2', file: 'content/guides/poradnik/2.mdx' },
    ]);
    expect(courseItems.check(input)).toEqual({ problems: [], knockOns: [] });
  });

  test('a step beyond the end of its workflow, with the number of steps', () => {
    const input = ruleInput([course(['MT 1'], ['MT 5', 'MT 6']), model]);
    expect(courseItems.check(input).problems).toEqual([
      { file: COURSE, field: 'sessions › pozycja 2 › items › pozycja 2', message: 'przebieg „MT” ma 5 kroków, więc kroku „MT 6” nie ma' },
    ]);
  });

  test('a step of a workflow no model has, listing the codes there are', () => {
    const input = ruleInput([course(['XY 1']), model]);
    expect(courseItems.check(input).problems).toEqual([
      {
        file: COURSE,
        field: 'sessions › pozycja 1 › items › pozycja 1',
        message: 'kod kroku „XY 1” wskazuje przebieg „XY”, którego nie ma; kody przebiegów: MT',
      },
    ]);
  });

  test('a page of an entry that does not exist, and a page the site does not have', () => {
    const input = ruleInput([course(['/modele/model-inny/#kroki-modelu', '/nieznane/#cel', '/modele/model-testowy/kroki/#a']), model]);
    expect(courseItems.check(input).problems).toEqual([
      {
        file: COURSE,
        field: 'sessions › pozycja 1 › items › pozycja 1',
        message: 'strona „/modele/model-inny/” nie istnieje: w dziale /modele/ nie ma wpisu „model-inny”',
      },
      { file: COURSE, field: 'sessions › pozycja 1 › items › pozycja 2', message: 'strona „/nieznane/” nie istnieje w serwisie' },
      { file: COURSE, field: 'sessions › pozycja 1 › items › pozycja 3', message: 'strona „/modele/model-testowy/kroki/” nie istnieje w serwisie' },
    ]);
  });

  test('a course that failed its schema, or has no sessions, is not read', () => {
    const input = ruleInput([{ ...course(['XY 1']), data: undefined }, { type: 'courses', id: 'kurs-bez-zajec', data: {} }, model]);
    expect(courseItems.check(input)).toEqual({ problems: [], knockOns: [] });
  });

  test('a page of an entry that failed its schema exists, so naming it is no problem', () => {
    const input = ruleInput([course(['/modele/model-testowy/#kroki-modelu']), { ...model, data: undefined }]);
    expect(courseItems.check(input).problems).toEqual([]);
  });

  test('a step of an unknown workflow while a model with a workflow failed its schema is a knock-on of that model, one per item', () => {
    const input = withFailed(ruleInput([course(['XY 1', 'XY 2'], ['MT 6']), model]), { ...brokenModel, raw: { workflow: { code: 'XY' } } });
    expect(courseItems.check(input)).toEqual({
      problems: [
        expect.objectContaining({ field: 'sessions › pozycja 2 › items › pozycja 1', message: 'przebieg „MT” ma 5 kroków, więc kroku „MT 6” nie ma' }),
      ],
      knockOns: [
        { cause: 'content/models/model-zly.mdx', file: COURSE },
        { cause: 'content/models/model-zly.mdx', file: COURSE },
      ],
    });
  });

  test('a failed entry without a workflow explains no unknown workflow', () => {
    const input = withFailed(ruleInput([course(['XY 1']), model]), { ...brokenModel, raw: { title: 'Model' } });
    expect(courseItems.check(input)).toEqual({
      problems: [expect.objectContaining({ message: 'kod kroku „XY 1” wskazuje przebieg „XY”, którego nie ma; kody przebiegów: MT' })],
      knockOns: [],
    });
  });
});
